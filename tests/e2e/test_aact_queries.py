"""Real AACT users' SQL, unchanged, on the published warehouse: each file of
``tests/fixtures/aact/queries`` is one query from a public source (its first line says which),
run as written through an AACT session (``sql/sessions/aact.sql``), from Python, the CLI and
SQLAlchemy. And the Postgres behaviours a view cannot hide, each with the setting or rewrite the
README gives for it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb
import pytest
import sqlalchemy as sa

from pipelines.aact import aact_session, connect_aact, run_query
from pipelines.warehouse.sql_files import sql
from tests.conftest import run_cli

QUERIES = sorted((Path(__file__).parents[1] / "fixtures" / "aact" / "queries").glob("*.sql"))
BOUND = re.compile(r"\$1 bound to '([^']+)'")


def test_at_least_thirty_real_queries_each_with_its_public_source():
    assert len(QUERIES) >= 30
    for path in QUERIES:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert re.match(r"^-- source: https://\S+", first), path.name


@pytest.mark.parametrize("path", QUERIES, ids=[path.stem for path in QUERIES])
def test_a_real_aact_query_runs_unchanged_on_the_published_warehouse(published, path):
    text = path.read_text(encoding="utf-8")
    with connect_aact(published) as con:
        if bound := BOUND.search(text):  # the body of one of AACT's SQL functions: its $1 bound
            got = con.execute(text, [bound.group(1)]).fetchall()
        else:
            frame = run_query(con, text)
            assert frame is not None and frame.width > 0
            got = frame.rows()
    assert isinstance(got, list)


def test_the_queries_read_rows_of_the_ctgov_views(published):
    with connect_aact(published) as con:
        top = run_query(con, (QUERIES[0].parent / "jj14_top_lead_sponsors.sql").read_text(encoding="utf-8"))
        native = con.execute(
            "select sum(n) from (select count(distinct nct_id) as n from main.sponsors where role = 'lead' group by name order by n desc limit 10)"
        ).fetchall()[0][0]
    assert top.height == 10 and top["study_count"].sum() == native  # the native tables' answer, through AACT's names


def test_trials_query_aact_runs_a_query_file_unchanged_and_a_plain_session_does_not_see_ctgov_first(published):
    path = next(p for p in QUERIES if p.stem == "jj11_status_share")
    done = run_cli("query", "--aact", "--file", path, "--format", "csv", "--warehouse", published)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "overall_status,study_percentage" and "COMPLETED" in done.stdout
    plain = run_cli("query", "select count(*) as n from design_outcomes", "--warehouse", published)
    assert plain.returncode == 1 and "design_outcomes" in plain.stderr  # main has no AACT names
    aact = run_cli("query", "--aact", "select count(*) as n from design_outcomes", "--format", "json", "--warehouse", published)
    assert aact.returncode == 0 and '"n":' in aact.stdout


def test_sqlalchemy_with_duckdb_engine_runs_aact_sql_once_the_session_is_set_on_connect(published):
    engine = sa.create_engine(f"duckdb:///{published}", connect_args={"read_only": True})
    sa.event.listen(engine, "connect", lambda dbapi_connection, _record: dbapi_connection.execute(sql("sessions/aact")))
    try:
        with engine.connect() as connection:
            studies = connection.exec_driver_sql("select count(*) from studies").scalar()
            measured = connection.exec_driver_sql(
                "select count(*) from outcome_measurements m join outcomes o on o.id = m.outcome_id join result_groups g on g.id = m.result_group_id"
            ).scalar()
        assert studies == 15 and measured > 0
        inspector = sa.inspect(engine)
        assert "studies" in inspector.get_view_names(schema="ctgov")
        columns = {c["name"]: c for c in inspector.get_columns("studies", schema="ctgov")}
        assert isinstance(columns["enrollment"]["type"], sa.BigInteger) and columns["brief_title"]["comment"].startswith("AACT: ")
    finally:
        engine.dispose()


FAILS = "fails"
# Postgres behaviour -> (a query, DuckDB's own answer (or FAILS), the setting or rewrite the README gives,
# and the answer then: Postgres's). The README's "Coming from AACT" lists the same.
DIFFERENCES = {
    "integer division": ("select 7 / 2", 3.5, "set integer_division = true", 3),
    "NULLs first when sorting down": (
        "select list(x order by x desc) from (values (1), (null), (2)) t(x)",
        [2, 1, None],
        "set default_null_order = 'nulls_last_on_asc_first_on_desc'",
        [None, 2, 1],
    ),
    "collation of ORDER BY": (
        "select list(x order by x) from (values ('b'), ('B'), ('a')) t(x)",
        ["B", "a", "b"],
        "set default_collation = 'en_us'",
        ["a", "b", "B"],
    ),
    "SIMILAR TO wildcards": ("select 'abc' similar to 'a%'", False, "select 'abc' like 'a%'", True),
    "DISTINCT aggregate order": (
        "select array_agg(distinct x) = ['a', 'b'] from (values ('b'), ('a'), ('b'), ('c'), ('d')) t(x) where x < 'c'",
        None,  # DuckDB gives the distinct values in no set order
        "select array_agg(distinct x order by x) = ['a', 'b'] from (values ('b'), ('a'), ('b'), ('c'), ('d')) t(x) where x < 'c'",
        True,
    ),
    "numeric precision": ("select '0.0004'::numeric = 0.0004", False, "select '0.0004'::double = 0.0004", True),
    "substring with a regular expression": (
        "select substring('abc123' from '[0-9]+')",
        FAILS,
        "select regexp_extract('abc123', '[0-9]+')",
        "123",
    ),
    "to_date with a format": (
        "select to_date('2020-01-02', 'YYYY-MM-DD')",
        FAILS,
        "select strptime('2020-01-02', '%Y-%m-%d')::date = date '2020-01-02'",
        True,
    ),
    "generate_series in the select list": (
        "select count(*) from (select generate_series(1, 3))",
        1,  # one row holding a list; Postgres gives three rows
        "select count(*) from (select unnest(generate_series(1, 3)))",
        3,
    ),
    "count(*) column name": (
        "select column_name from (describe select count(*) from (values (1)) t(x))",
        "count_star()",
        "select column_name from (describe select count(*) as count from (values (1)) t(x))",
        "count",
    ),
}


@pytest.mark.parametrize("behaviour", list(DIFFERENCES))
def test_a_postgres_behaviour_a_view_cannot_hide_is_restored_by_the_documented_setting_or_rewrite(behaviour):
    statement, own, fix, postgres = DIFFERENCES[behaviour]
    with duckdb.connect() as con:
        if own == FAILS:
            with pytest.raises(duckdb.Error):
                con.execute(statement)
        elif own is not None:
            assert con.execute(statement).fetchall() == [(own,)]
        if fix.startswith("set "):
            con.execute(fix)
            fixed = con.execute(statement).fetchall()
        else:
            fixed = con.execute(fix).fetchall()
    assert fixed == [(postgres,)]


def test_the_aact_session_sets_postgres_division_and_null_order_and_leaves_collation_alone():
    with duckdb.connect() as con:
        con.execute("create schema ctgov")
        aact_session(con)
        assert con.execute("select 7 / 2, list(x order by x desc) from (values (1), (null)) t(x)").fetchall() == [(3, [None, 1])]
        assert con.execute("select current_setting('search_path')").fetchall() == [("ctgov,main",)]


def test_trials_query_without_sql_or_with_an_unreadable_file_is_a_usage_error(published, tmp_path):
    assert run_cli("query", "--warehouse", published).returncode == 2
    missing = run_cli("query", "--file", tmp_path / "missing.sql", "--warehouse", published)
    assert missing.returncode == 2 and "missing.sql" in missing.stderr
    bad = run_cli("query", "--aact", "select * from no_such_table", "--warehouse", published)
    assert bad.returncode == 1 and "no_such_table" in bad.stderr


def test_trials_query_aact_on_a_warehouse_without_ctgov_says_to_publish_it_again(published, tmp_path):
    old = tmp_path / "old.duckdb"
    shutil.copy(published, old)
    with duckdb.connect(str(old)) as con:  # as an earlier release published it
        con.execute("drop schema ctgov cascade")
    done = run_cli("query", "--aact", "select count(*) from studies", "--warehouse", old)
    assert done.returncode == 1 and "has no ctgov schema" in done.stderr and "trials run" in done.stderr
