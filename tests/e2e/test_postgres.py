"""The warehouse published into a real PostgreSQL server the tests start (the system's initdb
and pg_ctl): whole, row for row, with the dictionary's comments and a read-only role; then only
what a run changed, the copy still row for row the file; atomic for a reader holding a long
query; rolled back whole when a statement fails; the password from where libpq reads it, never
said."""

from __future__ import annotations

import decimal
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time

import adbc_driver_postgresql.dbapi as postgres
import duckdb
import pytest

from pipelines import postgres as publisher
from pipelines.aact import connect_aact
from pipelines.export import stored_comments
from pipelines.warehouse.sql_files import run_sql
from tests.clients import PASSWORD_ROLE, postgres_database, postgres_server
from tests.conftest import PROJECT, run_cli
from tests.e2e.conftest import twin_study
from tests.e2e.test_aact_queries import BOUND, QUERIES

# DuckDB's types and the PostgreSQL types their copies have
TYPES = {
    "VARCHAR": "text",
    "INTEGER": "integer",
    "BIGINT": "bigint",
    "DOUBLE": "double precision",
    "DATE": "date",
    "BOOLEAN": "boolean",
    "TIMESTAMP": "timestamp without time zone",
}


@pytest.fixture(scope="module")
def server():
    with postgres_server() as url:
        yield url


def _rows(url: str, statement: str, params=None) -> list[tuple]:
    with postgres.connect(url) as con:
        cursor = con.cursor()
        cursor.execute(statement, params)
        return cursor.fetchall()


def _execute(url: str, *statements: str) -> None:
    with postgres.connect(url) as con:
        cursor = con.cursor()
        for statement in statements:
            cursor.execute(statement)
        con.commit()


def _relations(path) -> list[tuple[str, str]]:
    with duckdb.connect(str(path), read_only=True) as con:
        return run_sql(con, "catalog/exportable")


def _assert_the_copy_is_the_file(warehouse, url: str) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con, postgres.connect(url) as copy:
        cursor = copy.cursor()
        for schema, name in run_sql(con, "catalog/exportable"):
            mine = sorted(con.execute(f"select * from {schema}.{name}").fetchall(), key=repr)
            cursor.execute(f'select * from {schema}."{name}"')
            assert mine == sorted(cursor.fetchall(), key=repr), f"{schema}.{name}"


def test_a_publish_copies_every_table_and_view_row_for_row_with_its_types_and_comments(published, server):
    done = run_cli("publish", "--postgres", server, "--warehouse", published)
    assert done.returncode == 0, done.stderr
    assert "Published to postgresql://postgres@127.0.0.1" in done.stdout and "read-only role trials_reader" in done.stdout
    assert len(_relations(published)) > 150
    _assert_the_copy_is_the_file(published, server)
    with duckdb.connect(str(published), read_only=True) as con:
        described = stored_comments(con)
        types = {(s, t, c): d for s, t, c, d, _ in run_sql(con, "catalog/comments") if c is not None}
    copied = _rows(
        server,
        "select table_schema, table_name, column_name, data_type from information_schema.columns "
        "where table_schema in ('main', 'history', 'bi', 'ctgov')",
    )
    assert {(s, t, c): d for s, t, c, d in copied} == {key: TYPES[d] for key, d in types.items()}
    comment = _rows(server, "select obj_description('ctgov.studies'::regclass), col_description('main.trials'::regclass, 1)")[0]
    assert comment == (described[("ctgov", "studies")][0], described[("main", "trials")][1]["nct_id"])
    assert _rows(server, "select count(*) from pg_namespace where nspname like '%\\_\\_%'") == [(0,)]  # nothing left beside


def test_aact_sql_runs_unqualified_and_the_read_only_role_reads_but_cannot_write(published, server):
    assert run_cli("publish", "--postgres", server, "--warehouse", published).returncode == 0
    assert _rows(server, "select current_setting('search_path')") == [("ctgov, main, public",)]
    assert _rows(server, "select count(*) from studies") == [(15,)]  # ctgov.studies, with no schema
    with postgres.connect(server) as con:
        cursor = con.cursor()
        cursor.execute("drop role if exists analyst")
        cursor.execute("create role analyst login")
        cursor.execute("grant trials_reader to analyst")
        con.commit()
    analyst = server.replace("postgres@", "analyst@")
    assert _rows(analyst, "select count(*) from main.trials") == [(15,)]
    for write in ("delete from main.trials", "create table bi.mine (x integer)", "update ctgov.studies set phase = 'x'"):
        with pytest.raises(postgres.Error, match="permission denied"):
            _rows(analyst, write)


def _reading(url: str, select: str, seconds: int) -> tuple[threading.Thread, dict]:
    """A reader running ``select ... from main.trials`` for ``seconds`` in a thread, holding the
    table a second in: its rows and how long it took land in the dict when the thread ends."""
    answer: dict = {}

    def read() -> None:
        started = time.monotonic()
        answer["rows"] = _rows(url, f"{select} from main.trials, pg_sleep({seconds})")
        answer["seconds"] = time.monotonic() - started

    reader = threading.Thread(target=read)
    reader.start()
    time.sleep(1)
    return reader, answer


def test_a_reader_holding_a_long_query_is_neither_cancelled_nor_blocks_a_full_publish(published, server):
    alone = publisher.publish(published, server, full=True).seconds  # the same publish with nobody reading
    reader, answer = _reading(server, "select count(*)", 10)  # still reading when the old copy's drop gives up
    started = time.monotonic()
    done = publisher.publish(published, server, full=True)
    took = time.monotonic() - started
    reader.join()
    assert answer["rows"] == [(15,)] and 10 <= answer["seconds"] < 10 + 2  # it ran to its end, on the old copy, unhindered
    # not made to wait: the swap waits for no reader, and dropping the old copy gives up after the
    # lock timeout (2 s), leaving it for a later publish
    assert done.old_left >= 1 and took < alone + 2 + 3, (took, alone)
    later = publisher.publish(published, server, full=True)
    assert later.old_left == 0 and _rows(server, "select count(*) from pg_namespace where nspname like '%\\_\\_old\\_%'") == [(0,)]


def test_a_failed_statement_rolls_the_publish_back_and_the_database_keeps_its_last_publish(published, server, monkeypatch):
    assert run_cli("publish", "--postgres", server, "--warehouse", published).returncode == 0
    before = _rows(server, "select count(*), min(loaded_at) from main.trials")
    real = publisher._statement
    monkeypatch.setattr(publisher, "_statement", lambda name: "select 1 / 0" if name == "run/swap" else real(name))
    with pytest.raises(publisher.PostgresPublishError, match="failed and was rolled back: .*division by zero"):
        publisher.publish(published, server, full=True)
    assert _rows(server, "select count(*), min(loaded_at) from main.trials") == before
    assert _rows(server, "select count(*) from pg_namespace where nspname like '%\\_\\_%'") == [(0,)]


def test_a_password_never_appears_in_what_the_publish_says(published):
    done = run_cli("publish", "--postgres", "postgresql://writer:s3cret-pw@127.0.0.1:1/trials", "--warehouse", published)
    assert done.returncode == 1 and "s3cret-pw" not in done.stdout + done.stderr
    assert "postgresql://writer:***@127.0.0.1:1/trials" in done.stderr and "keeps its last publish" in done.stderr
    assert publisher.redacted("postgresql://u:p%40ss@h/db") == "postgresql://u:***@h/db"
    assert run_cli("publish", "--warehouse", published).returncode == 2  # no --postgres, no $TRIALS_POSTGRES


def test_a_run_with_postgres_publishes_the_file_then_the_database_and_says_which_failed(good_dir, server, tmp_path):
    warehouse = tmp_path / "trials.duckdb"
    done = run_cli("run", "--quiet", "--source", good_dir, "--warehouse", warehouse, "--postgres", server)
    assert done.returncode == 0, done.stderr
    assert "Published " in done.stdout and "Published to postgresql://postgres@" in done.stdout
    assert _rows(server, "select count(*) from main.trials") == [(14,)]
    # nothing changed: the file stays as it is, and the database cannot be reached
    unreachable = run_cli("run", "--quiet", "--source", good_dir, "--warehouse", warehouse, "--postgres", "postgresql://w@127.0.0.1:1/x")
    assert unreachable.returncode == 1 and f"{warehouse} is published" in unreachable.stderr


def _publishing(url: str, warehouse, *flags: str) -> subprocess.Popen:
    """``trials publish --postgres URL`` started as a user would, in the background (to be killed)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRIALS_", "DAGSTER_HOME"))}
    command = [sys.executable, "-m", "pipelines", "publish", *flags, "--postgres", url, "--warehouse", str(warehouse)]
    return subprocess.Popen(command, cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill_9_once(url: str, publishing: subprocess.Popen, seen: str, doing: str) -> None:
    """Kill the publisher with SIGKILL as soon as the server shows a session where ``seen`` holds
    (a condition on pg_stat_activity): the publisher ``doing`` it, inside its transaction."""
    deadline = time.monotonic() + 60
    with postgres.connect(url) as watcher:
        cursor = watcher.cursor()
        while True:  # polled without a pause: a COPY may last a few milliseconds
            cursor.execute(f"select count(*) from pg_stat_activity where {seen} and pid <> pg_backend_pid()")
            if cursor.fetchone()[0]:
                break
            assert publishing.poll() is None and time.monotonic() < deadline, f"the publish ended before it was seen {doing}"
            watcher.rollback()
    publishing.send_signal(signal.SIGKILL)
    publishing.wait(timeout=30)


def test_kill_9_of_the_publisher_mid_copy_leaves_the_last_publish_whole(published, server):
    assert run_cli("publish", "--postgres", server, "--warehouse", published).returncode == 0
    before = _rows(server, "select count(*), min(loaded_at) from main.trials")
    publishing = _publishing(server, published, "--full")
    _kill_9_once(server, publishing, "query like 'COPY %FROM STDIN%' and state = 'active'", "sending rows")
    time.sleep(0.5)  # the server sees the connection gone and rolls its transaction back
    assert _rows(server, "select count(*), min(loaded_at) from main.trials") == before
    assert _rows(server, "select count(*) from pg_namespace where nspname like '%\\_\\_%'") == [(0,)]
    assert publisher.publish(published, server, full=True).relations > 150  # and the next publish goes through


def test_a_failure_after_the_swap_says_the_new_copy_is_published(published, server, monkeypatch):
    real = publisher._statement
    monkeypatch.setattr(publisher, "_statement", lambda name: "select 1 / 0" if name == "run/drop_old" else real(name))
    with pytest.raises(publisher.PostgresPublishError, match="published to .*, but setting its search path or dropping") as failed:
        publisher.publish(published, server)
    assert failed.value.rolled_back is False and failed.value.outcome == "The new copy is published in PostgreSQL"
    assert _rows(server, "select count(*) from main.trials") == [(15,)]


def _change(folder) -> None:
    """A day's registry news in a source folder: one trial updated (stopped, all but one of its
    sites gone) and one trial new."""
    path = folder / "NCT00072579.json"
    study = json.loads(path.read_text(encoding="utf-8"))
    status = study["protocolSection"]["statusModule"]
    status["lastUpdatePostDateStruct"] = {"date": "2099-01-15", "type": "ACTUAL"}
    status["overallStatus"], status["whyStopped"] = "TERMINATED", "Sponsor decision"
    del study["protocolSection"]["contactsLocationsModule"]["locations"][1:]
    path.write_text(json.dumps(study), encoding="utf-8")
    (folder / "NCT09999902.json").write_text(twin_study("NCT09999902"), encoding="utf-8")


def test_a_later_publish_sends_only_the_trials_a_run_changed_and_the_copy_stays_the_file_row_for_row(bi_sources, server, tmp_path):
    url = postgres_database(server, "incremental")
    folder, warehouse = tmp_path / "sources", tmp_path / "trials.duckdb"
    shutil.copytree(bi_sources, folder)
    assert run_cli("run", "--quiet", "--source", folder, "--warehouse", warehouse).returncode == 0
    first = publisher.publish(warehouse, url)
    assert (first.kind, first.trials) == ("full", 15)
    sites = _rows(url, "select count(*) from main.sites where nct_id = 'NCT00072579'")[0][0]
    _change(folder)
    assert run_cli("run", "--quiet", "--source", folder, "--warehouse", warehouse).returncode == 0
    done = run_cli("publish", "--postgres", url, "--warehouse", warehouse)
    assert done.returncode == 0, done.stderr
    assert "2 changed trials sent" in done.stdout
    _assert_the_copy_is_the_file(warehouse, url)
    assert sites > 1 and _rows(url, "select overall_status, count(*) from ctgov.studies s join ctgov.facilities using (nct_id) "
                               "where nct_id = 'NCT00072579' group by 1") == [("TERMINATED", 1)]  # fmt: skip
    assert _rows(url, "select count(*) from ctgov.studies where nct_id = 'NCT09999902'") == [(1,)]
    again = publisher.publish(warehouse, url)  # nothing changed since
    assert (again.kind, again.rows) == ("unchanged", 0)
    ledger = _rows(url, "select kind, trials_sent, relations_sent from trials_publish.publishes order by published_at")
    assert [row[:2] for row in ledger] == [("full", 15), ("incremental", 2)]
    assert ledger[1][2] < ledger[0][2]  # only the tables holding the two trials' rows, and those sent whole


def test_a_copy_of_another_shape_or_missing_a_table_is_made_anew_whole(published, server):
    url = postgres_database(server, "reshaped")
    assert publisher.publish(published, url).kind == "full"
    assert publisher.publish(published, url).kind == "unchanged"
    _execute(url, "update trials_publish.publishes set shape = 'made by another release'")
    assert publisher.publish(published, url).kind == "full"
    _execute(url, "drop table ctgov.facilities")
    assert publisher.publish(published, url).kind == "full"
    _assert_the_copy_is_the_file(published, url)


def _stale(url: str, nct_id: str) -> None:
    """The copy made to hold an older load of one trial, with a site it no longer has: the next
    publish sends that trial again."""
    _execute(
        url,
        f"update main.trials set load_id = 'older' where nct_id = '{nct_id}'",
        f"insert into main.sites (nct_id, ordinal, source_kind) values ('{nct_id}', 999, 'json')",
    )


def test_a_reader_holding_a_long_query_is_neither_cancelled_nor_blocks_an_incremental_publish(published, server):
    url = postgres_database(server, "reading")
    publisher.publish(published, url)
    _stale(url, "NCT02013167")
    alone = publisher.publish(published, url)  # the same publish with nobody reading
    assert (alone.kind, alone.trials) == ("incremental", 1)
    _stale(url, "NCT02013167")
    reader, answer = _reading(url, "select count(*) filter (where load_id = 'older')", 6)
    started = time.monotonic()
    done = publisher.publish(published, url)
    took = time.monotonic() - started
    reader.join()
    assert done.kind == "incremental" and took < alone.seconds + 2, (took, alone.seconds)  # not made to wait
    assert answer["rows"] == [(1,)] and 6 <= answer["seconds"] < 6 + 2  # its snapshot, to its end, unhindered
    assert _rows(url, "select count(*) filter (where load_id = 'older') from main.trials") == [(0,)]
    _assert_the_copy_is_the_file(published, url)


def test_a_failed_incremental_publish_rolls_back_every_deletion(published, server, monkeypatch):
    url = postgres_database(server, "rollback")
    publisher.publish(published, url)
    _stale(url, "NCT02013167")
    before = _rows(url, "select count(*), count(*) filter (where ordinal = 999) from main.sites")
    real = publisher._statement
    monkeypatch.setattr(publisher, "_statement", lambda name: "select 1 / 0" if name == "run/record" else real(name))
    with pytest.raises(publisher.PostgresPublishError, match="failed and was rolled back: .*division by zero"):
        publisher.publish(published, url)
    assert _rows(url, "select count(*), count(*) filter (where ordinal = 999) from main.sites") == before
    assert _rows(url, "select count(*) from main.trials where load_id = 'older'") == [(1,)]
    assert _rows(url, "select count(*) from trials_publish.publishes") == [(1,)]


def test_the_password_comes_from_a_password_file_or_pgpassword_and_is_never_said(published, server, tmp_path, monkeypatch):
    url = postgres_database(server, "guarded")
    _execute(
        server,
        f"do $$ begin create role {PASSWORD_ROLE} login; exception when duplicate_object then null; end $$",
        f"alter role {PASSWORD_ROLE} password 's3cret-pw'",
        f"alter database guarded owner to {PASSWORD_ROLE}",
    )
    writer = url.replace("postgres@", f"{PASSWORD_ROLE}@")
    port = url.split(":")[-1].split("/")[0]
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{port}:guarded:{PASSWORD_ROLE}:s3cret-pw\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    refused = run_cli("publish", "--postgres", writer, "--warehouse", published)
    assert refused.returncode == 1 and "no password supplied" in refused.stderr and "keeps its last publish" in refused.stderr
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    done = run_cli("publish", "--postgres", writer, "--warehouse", published)
    assert done.returncode == 0, done.stderr
    assert "a full copy of 15 trials" in done.stdout and "s3cret-pw" not in done.stdout + done.stderr
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    monkeypatch.setenv("PGPASSWORD", "s3cret-pw")
    again = run_cli("publish", "--postgres", writer, "--warehouse", published)
    assert again.returncode == 0 and "already up to date" in again.stdout and "s3cret-pw" not in again.stdout + again.stderr


# The collected AACT queries whose ORDER BY leaves rows tied, with the columns they are ordered
# by: the tied rows may come in any order (in Postgres from one run to the next too), so these
# columns are compared in order and the rows as a whole as a set; where a LIMIT cuts through the
# ties, which of the tied rows each engine keeps is its own choice, so only the values of the
# columns that rank them are compared, as a set (jj25 ranks by a count it does not select).
ORDERED_WITH_TIES = {
    "jj11_status_share": (1,),
    "jj20_top_university_sponsors": (3,),
    "jj31_primary_purposes": (1,),
    "jj34_intervention_types": (1,),
}
TIED_AT_THE_LIMIT = {"jj14_top_lead_sponsors": (3,), "jj25_sites_by_country": (1, 2), "jj29_top_cities": (1,)}
COMMENTS = re.compile(r"--[^\n]*|/\*.*?\*/", re.DOTALL)
NUMBER = re.compile(r"-?\d+(\.\d+)?")


def _same_value(value):
    """A value as both engines' answers can be compared: numbers as floats to 6 places (AACT's
    numeric results, such as round(...) or avg(...), come from PostgreSQL's numeric, which the
    driver hands over as text; DuckDB's are DOUBLE)."""
    if isinstance(value, str) and NUMBER.fullmatch(value):
        value = float(value)
    if isinstance(value, int | float | decimal.Decimal) and not isinstance(value, bool):
        return round(float(value), 6)
    return value


@pytest.fixture(scope="module")
def aact_copy(published, server) -> str:
    url = postgres_database(server, "aact")
    publisher.publish(published, url)
    return url


@pytest.mark.parametrize("path", QUERIES, ids=[path.stem for path in QUERIES])
def test_a_real_aact_query_gives_the_same_rows_on_the_postgres_copy_as_on_the_file(published, aact_copy, path):
    # One query was published with non-breaking spaces for indentation: DuckDB reads them as
    # spaces, PostgreSQL as part of a name (AACT itself would refuse it), so both get spaces.
    text = path.read_text(encoding="utf-8").replace("\u00a0", " ").strip().removesuffix(";")
    bound = [match.group(1)] if (match := BOUND.search(text)) else None
    with connect_aact(published) as con:
        mine = [tuple(map(_same_value, row)) for row in con.execute(text, bound).fetchall()]
    with postgres.connect(aact_copy) as copy:  # no schema named: ctgov is on the database's search path
        cursor = copy.cursor()
        cursor.execute(text, bound)
        theirs = [tuple(map(_same_value, row)) for row in cursor.fetchall()]
    if keys := ORDERED_WITH_TIES.get(path.stem):
        assert [tuple(row[c] for c in keys) for row in mine] == [tuple(row[c] for c in keys) for row in theirs]
    if keys := TIED_AT_THE_LIMIT.get(path.stem):
        mine, theirs = (sorted(tuple(row[c] for c in keys) for row in rows) for rows in (mine, theirs))
    assert sorted(mine, key=repr) == sorted(theirs, key=repr)
    if _ordered(text) and path.stem not in {**ORDERED_WITH_TIES, **TIED_AT_THE_LIMIT}:
        assert mine == theirs


def _ordered(text: str) -> bool:
    """Whether the query's outermost SELECT has an ORDER BY (not one inside a subquery or a CTE)."""
    outer, depth = [], 0
    for char in re.sub(r"'[^']*'", "''", COMMENTS.sub("", text)):
        depth += (char == "(") - (char == ")")
        outer.append(char if depth == 0 and char != ")" else " ")
    return re.search(r"\border\s+by\b", "".join(outer), re.IGNORECASE) is not None


def _snapshot(url: str, relations: list[tuple[str, str]]) -> dict:
    with postgres.connect(url) as con:
        cursor = con.cursor()
        taken = {}
        for schema, name in relations:
            cursor.execute(f'select * from {schema}."{name}"')
            taken[(schema, name)] = sorted(cursor.fetchall(), key=repr)
        return taken


def test_kill_9_of_the_publisher_mid_incremental_publish_leaves_the_last_publish_whole(published, server):
    url = postgres_database(server, "killed")
    publisher.publish(published, url)
    _stale(url, "NCT02013167")
    _execute(url, "delete from main.conditions where nct_id = 'NCT02013167'")  # a table the publish replaces before main.sites
    relations = _relations(published)
    before = _snapshot(url, relations)
    assert not [row for row in before[("main", "conditions")] if row[0] == "NCT02013167"]
    with postgres.connect(url) as locker:  # holds main.sites: the publish stops at it, its earlier tables replaced
        cursor = locker.cursor()
        cursor.execute("lock table main.sites in access exclusive mode")
        publishing = _publishing(url, published)
        _kill_9_once(url, publishing, "query like '%trials_clear%' and wait_event_type = 'Lock'", "waiting for main.sites")
        locker.rollback()
    time.sleep(0.5)  # the server sees the connection gone and rolls its transaction back
    assert _snapshot(url, relations) == before
    assert _rows(url, "select kind from trials_publish.publishes") == [("full",)]
    assert publisher.publish(published, url).kind == "incremental"  # and the next publish goes through
    _assert_the_copy_is_the_file(published, url)
