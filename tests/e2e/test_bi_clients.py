"""Real clients on the published warehouse: DuckDB 1.0 (the oldest 1.x, as BI drivers bundle),
SQLAlchemy with duckdb-engine (the driver Superset uses), and the Node.js client reading while a
run publishes; each reads the ``ctgov`` views as it reads ``bi``. Also: the storage format they need, and the rewrite of older warehouses into it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import sqlalchemy as sa

from contracts import CONTRACTS
from pipelines.reports import all_reports, bind, run_report
from pipelines.warehouse.ownership import HISTORY_TABLES
from tests.clients import OLD_DUCKDB, node_reader, old_duckdb
from tests.conftest import query, run_cli
from tests.e2e.conftest import twin_study

OLD_CLIENT = """
import json, sys
import duckdb
path, reports = sys.argv[1], json.loads(sys.argv[2])
con = duckdb.connect(path, read_only=True)
relations = con.execute(
    "select schema_name, table_name from duckdb_tables() where schema_name in ('main', 'history') "
    "union all select schema_name, view_name from duckdb_views() where schema_name in ('bi', 'ctgov') order by 1, 2").fetchall()
print(json.dumps({
    "version": duckdb.__version__,
    "counts": {f"{s}.{n}": con.execute(f"select count(*) from {s}.{n}").fetchone()[0] for s, n in relations},
    "reports": {name: len(con.execute(text, params).fetchall()) for name, (text, params) in reports.items()},
    "comment": con.execute("select comment from duckdb_tables() where schema_name = 'main' and table_name = 'trials'").fetchone()[0],
    "as_of": con.execute("select nct_id, overall_status from bi.trials_as_of(date '2012-01-01') order by 1").fetchall(),
}))
"""


def storage(path: Path) -> tuple[str, int]:
    rows = query(path, "select tags['storage_version'] from duckdb_databases() where database_name = current_database()")
    constraints = query(path, "select count(*) from duckdb_constraints() where constraint_type in ('PRIMARY KEY', 'UNIQUE')")
    return rows[0][0], constraints[0][0]


def read_with_old_duckdb(path: Path) -> dict:
    reports = {r.name: (r.sql, bind(r, {})) for r in all_reports()}
    done = subprocess.run(
        [sys.executable, "-S", "-c", OLD_CLIENT, str(path), json.dumps(reports)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(old_duckdb())},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_duckdb_1_0_reads_every_table_view_report_and_comment_of_the_published_file(published):
    assert storage(published) == ("v1.0.0+", 0)
    seen = read_with_old_duckdb(published)
    assert seen["version"] == OLD_DUCKDB
    with duckdb.connect(str(published), read_only=True) as con:
        assert seen["counts"] == {name: con.table(name).count("*").fetchall()[0][0] for name in seen["counts"]}
        assert seen["reports"] == {r.name: run_report(con, r).height for r in all_reports()}
    views = query(published, "select 1 from duckdb_views() where schema_name in ('bi', 'ctgov')")
    assert len(seen["counts"]) == len(CONTRACTS) + len(HISTORY_TABLES) + len(views)
    assert seen["as_of"] == [["NCT00711542", "RECRUITING"]]  # its 2010 version: no other trial was last updated by then
    assert seen["counts"]["bi.trials"] == seen["counts"]["ctgov.studies"] == 15 and min(seen["reports"].values()) > 0
    assert seen["counts"]["ctgov.outcome_measurements"] > 0
    assert seen["comment"].startswith("One row per trial")


def test_a_warehouse_in_duckdb_2_format_with_primary_keys_is_rewritten_for_1_x_readers(bi_sources, tmp_path):
    warehouse = tmp_path / "trials.duckdb"
    done = run_cli("run", "--quiet", "--storage-version", "latest", "--source", bi_sources, "--warehouse", warehouse)
    assert done.returncode == 0, done.stderr
    with duckdb.connect(str(warehouse)) as con:  # as an earlier release left it: an index on load_runs
        con.execute("alter table load_runs add primary key (load_id)")
    assert storage(warehouse) == ("v2.0.0+", 1)
    before = query(warehouse, "select * from trials order by nct_id")
    done = run_cli("run", "--quiet", "--source", bi_sources, "--warehouse", warehouse)
    assert done.returncode == 0, done.stderr
    assert storage(warehouse) == ("v1.0.0+", 0)
    assert query(warehouse, "select * from trials order by nct_id") == before
    assert query(warehouse, "select count(*), count(distinct load_id) from load_runs") == [(2, 2)]
    assert read_with_old_duckdb(warehouse)["counts"]["main.trials"] == 15


def test_an_unknown_storage_version_is_a_usage_error(bi_sources, tmp_path):
    done = run_cli("run", "--storage-version", "v9.9", "--source", bi_sources, "--warehouse", tmp_path / "w.duckdb")
    assert done.returncode == 2 and "not a known DuckDB version" in done.stderr


def test_sqlalchemy_with_duckdb_engine_runs_every_report_through_the_bi_views(published):
    with duckdb.connect(str(published), read_only=True) as con:
        expected = {found.name: run_report(con, found).rows() for found in all_reports()}
        views = [name for (name,) in con.execute("select view_name from duckdb_views() where schema_name = 'bi'").fetchall()]
    with duckdb.connect() as only_bi:  # a database holding copies of the bi views and nothing else
        only_bi.execute("create schema bi")
        only_bi.execute("attach $path as wh (read_only)", {"path": str(published)})
        for view in views:
            only_bi.table(f"wh.bi.{view}").to_table(f"bi.{view}")
        only_bi.execute("detach wh")
        assert {found.name: run_report(only_bi, found).rows() for found in all_reports()} == expected
    engine = sa.create_engine(f"duckdb:///{published}", connect_args={"read_only": True})
    try:
        with engine.connect() as connection:
            for found in all_reports():
                rows = connection.exec_driver_sql(found.sql, bind(found, {})).fetchall()
                assert [tuple(row) for row in rows] == expected[found.name], found.name
        inspector = sa.inspect(engine)  # what Superset shows when it lists a schema's tables
        assert "trial_overview" in inspector.get_view_names(schema="bi")
        columns = {c["name"]: c for c in inspector.get_columns("trials", schema="bi")}
        assert isinstance(columns["enrollment"]["type"], sa.BigInteger)
        assert (
            columns["nct_id"]["comment"]
            == "Registry key of the trial (NCT########). From the record: protocolSection.identificationModule.nctId."
        )
    finally:
        engine.dispose()


def test_node_client_reads_a_view_read_only_while_a_run_publishes_a_new_version(published, bi_sources, tmp_path):
    warehouse = tmp_path / "trials.duckdb"
    shutil.copy(published, warehouse)
    sources = tmp_path / "sources"
    shutil.copytree(bi_sources, sources)
    (sources / "NCT09999902.json").write_text(twin_study("NCT09999902"))
    stop = tmp_path / "stop"
    reader = subprocess.Popen(
        ["node", str(node_reader() / "read_while_publishing.mjs"), str(warehouse), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        client = json.loads(reader.stdout.readline())
        first = json.loads(reader.stdout.readline())  # it is reading before the run starts
        done = run_cli("run", "--quiet", "--source", sources, "--warehouse", warehouse)
        assert done.returncode == 0, done.stderr
        time.sleep(0.5)
        stop.touch()
        rest, errors = reader.communicate(timeout=60)
    finally:
        reader.kill()
    reads = [first, *map(json.loads, rest.splitlines())]
    assert client["client"] == "node" and client["duckdb"].startswith("v1."), client
    assert reader.returncode == 0, errors
    assert [r for r in reads if not r["ok"]] == []
    assert {(r["trials"], r["with_sites"], r["loads"]) for r in reads} == {(15, 15, 1), (16, 16, 2)}
    assert all(r["aact_studies"] == r["trials"] for r in reads)  # ctgov, read through AACT's search path
    assert reads[0]["trials"] == 15 and reads[-1]["trials"] == 16
    seen = [r["trials"] for r in reads]
    assert seen == sorted(seen)  # once a reader sees the new version it never sees the old one again
