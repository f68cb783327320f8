"""The warehouse published into a real PostgreSQL server the tests start (the system's initdb
and pg_ctl): whole, row for row, with the dictionary's comments and a read-only role; atomic for
a reader holding a long query; rolled back whole when a statement fails."""

from __future__ import annotations

import threading
import time

import adbc_driver_postgresql.dbapi as postgres
import duckdb
import pytest

from pipelines import postgres as publisher
from pipelines.export import stored_comments
from pipelines.warehouse.sql_files import run_sql
from tests.clients import postgres_server
from tests.conftest import run_cli

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


def _relations(path) -> list[tuple[str, str]]:
    with duckdb.connect(str(path), read_only=True) as con:
        return run_sql(con, "catalog/exportable")


def test_a_publish_copies_every_table_and_view_row_for_row_with_its_types_and_comments(published, server):
    done = run_cli("publish", "--postgres", server, "--warehouse", published)
    assert done.returncode == 0, done.stderr
    assert "Published to postgresql://postgres@127.0.0.1" in done.stdout and "read-only role trials_reader" in done.stdout
    relations = _relations(published)
    assert len(relations) > 150
    with duckdb.connect(str(published), read_only=True) as con:
        described = stored_comments(con)
        types = {(s, t, c): d for s, t, c, d, _ in run_sql(con, "catalog/comments") if c is not None}
        with postgres.connect(server) as copy:
            cursor = copy.cursor()
            for schema, name in relations:
                mine = sorted(con.execute(f"select * from {schema}.{name}").fetchall(), key=repr)
                cursor.execute(f'select * from {schema}."{name}"')
                assert mine == sorted(cursor.fetchall(), key=repr), f"{schema}.{name}"
    copied = _rows(
        server,
        "select table_schema, table_name, column_name, data_type from information_schema.columns where table_schema in ('main', 'bi', 'ctgov')",
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


def test_a_reader_holding_a_long_query_is_neither_cancelled_nor_blocks_the_publish(published, server):
    alone = publisher.publish(published, server).seconds  # the same publish with nobody reading
    answer: dict = {}

    def read() -> None:
        started = time.monotonic()
        answer["rows"] = _rows(server, "select count(*) from main.trials, pg_sleep(6)")
        answer["seconds"] = time.monotonic() - started

    reader = threading.Thread(target=read)
    reader.start()
    time.sleep(1)  # the reader holds main.trials
    started = time.monotonic()
    done = publisher.publish(published, server)
    took = time.monotonic() - started
    reader.join()
    assert answer["rows"] == [(15,)] and answer["seconds"] >= 6  # it ran to its end, on the old copy
    # not made to wait: the swap waits for no reader, and dropping the old copy gives up after the
    # lock timeout (2 s), leaving it for a later publish
    assert done.old_left >= 1 and took < alone + 2 + 3, (took, alone)
    later = publisher.publish(published, server)
    assert later.old_left == 0 and _rows(server, "select count(*) from pg_namespace where nspname like '%\\_\\_old\\_%'") == [(0,)]


def test_a_failed_statement_rolls_the_publish_back_and_the_database_keeps_its_last_publish(published, server, monkeypatch):
    assert run_cli("publish", "--postgres", server, "--warehouse", published).returncode == 0
    before = _rows(server, "select count(*), min(loaded_at) from main.trials")
    real = publisher._statement
    monkeypatch.setattr(publisher, "_statement", lambda name: "select 1 / 0" if name == "run/swap" else real(name))
    with pytest.raises(publisher.PostgresPublishError, match="failed and was rolled back: .*division by zero"):
        publisher.publish(published, server)
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


def test_kill_9_of_the_publisher_mid_copy_leaves_the_last_publish_whole(published, server):
    import os
    import signal
    import subprocess
    import sys

    from tests.conftest import PROJECT

    assert run_cli("publish", "--postgres", server, "--warehouse", published).returncode == 0
    before = _rows(server, "select count(*), min(loaded_at) from main.trials")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRIALS_", "DAGSTER_HOME"))}
    publishing = subprocess.Popen(
        [sys.executable, "-m", "pipelines", "publish", "--postgres", server, "--warehouse", str(published)],
        cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    with postgres.connect(server) as watcher:
        cursor = watcher.cursor()
        while True:  # until the publisher is sending rows
            cursor.execute(
                "select count(*) from pg_stat_activity where query like 'COPY %FROM STDIN%' and state = 'active' and pid <> pg_backend_pid()"
            )
            if cursor.fetchone()[0]:
                break
            assert publishing.poll() is None and time.monotonic() < deadline, "the publish ended before its COPY was seen"
            watcher.rollback()
    publishing.send_signal(signal.SIGKILL)
    publishing.wait(timeout=30)
    time.sleep(0.5)  # the server sees the connection gone and rolls its transaction back
    assert _rows(server, "select count(*), min(loaded_at) from main.trials") == before
    assert _rows(server, "select count(*) from pg_namespace where nspname like '%\\_\\_%'") == [(0,)]
    assert publisher.publish(published, server).relations > 150  # and the next publish goes through


def test_a_failure_after_the_swap_says_the_new_copy_is_published(published, server, monkeypatch):
    real = publisher._statement
    monkeypatch.setattr(publisher, "_statement", lambda name: "select 1 / 0" if name == "run/drop_old" else real(name))
    with pytest.raises(publisher.PostgresPublishError, match="published to .*, but setting its search path or dropping") as failed:
        publisher.publish(published, server)
    assert failed.value.rolled_back is False and failed.value.outcome == "The new copy is published in PostgreSQL"
    assert _rows(server, "select count(*) from main.trials") == [(15,)]
