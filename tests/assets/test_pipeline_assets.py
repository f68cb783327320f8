"""Materialize the whole asset graph into a DuckDB file under tmp_path."""

import shutil

import duckdb
import polars as pl
from dagster import AssetKey

import pipelines.transform.steps as steps
import pipelines.warehouse.load as load
import pipelines.warehouse.storage as storage
import pipelines.warehouse.views as views
from contracts import CONTRACTS, PAGE_CONTRACTS
from pipelines.bench.run import change_one_percent
from pipelines.checks import KEYED_TABLES
from pipelines.parsing.model import CHILD_TABLES
from pipelines.warehouse.paths import WarehousePaths as warehouse_paths
from tests.assets.conftest import check_results, materialized
from tests.conftest import BAD_DIR, JSON_DIR, query, table_contents


def test_materialize_loads_every_table_and_passes_every_check(good_dir, warehouse, materialize_all):
    result = materialize_all(warehouse, good_dir)
    assert result.success
    assert all(check_results(result).values()) and len(check_results(result)) == 3 + len(CHILD_TABLES) + len(KEYED_TABLES)
    meta = materialized(result)
    assert meta["trials"]["dagster/row_count"].value == 14
    assert meta["sites"]["dagster/row_count"].value == 117 + 31
    assert meta["landing_files"]["files_seen"].value == 14
    assert meta["published_warehouse"]["dagster/row_count"].value == 14
    assert "dagster/column_schema" in meta["trials"]
    assert query(warehouse, "select count(*) from trials") == [(14,)]
    assert query(warehouse, "select count(*) from bi.trial_overview where site_count > 0") == [(14,)]
    assert meta["trials"]["quarantine/last_load"].value == 0
    assert meta["trials"]["key"].text == "nct_id"
    assert meta["bi_views"]["rows:bi.trials"].value == 14


def test_the_views_asset_reports_each_view_column_s_lineage_to_the_table_assets_columns(good_dir, warehouse, materialize_all):
    result = materialize_all(warehouse, good_dir)
    meta = materialized(result)["bi_views"]
    lineage = meta["dagster/column_lineage"].value.deps_by_column
    assert [(d.asset_key, d.column_name) for d in lineage["bi.trial_overview.phase"]] == [(AssetKey("trials"), "phase")]
    assert [(d.asset_key, d.column_name) for d in lineage["ctgov.facilities.city"]][0] == (AssetKey("sites"), "city")
    # every column it names is a column of a table asset of this run, and every view column is in the schema
    schemas = {
        key: {c.name for c in m["dagster/column_schema"].value.columns}
        for key, m in materialized(result).items()
        if key != "bi_views" and "dagster/column_schema" in m
    }
    assert all(d.column_name in schemas[d.asset_key.path[-1]] for deps in lineage.values() for d in deps)
    assert set(lineage) <= {c.name for c in meta["dagster/column_schema"].value.columns}


def test_second_materialize_finds_nothing_changed_and_leaves_the_published_file_untouched(good_dir, warehouse, materialize_all):
    assert materialize_all(warehouse, good_dir).success
    before = warehouse.read_bytes(), warehouse.stat().st_mtime_ns, warehouse.stat().st_ino
    result = materialize_all(warehouse, good_dir)
    assert result.success
    assert materialized(result) == {}  # landing_files is not materialized: every later step is skipped
    [seen] = [e.asset_observation_data.asset_observation.metadata for e in result.get_asset_observation_events()]
    assert seen["unchanged"].value is True and seen["files_seen"].value == 14
    assert (warehouse.read_bytes(), warehouse.stat().st_mtime_ns, warehouse.stat().st_ino) == before
    assert not warehouse_paths(warehouse).build.exists()


def test_a_warehouse_changed_since_its_publish_is_rebuilt_even_when_no_file_changed(good_dir, warehouse, materialize_all):
    assert materialize_all(warehouse, good_dir).success
    with duckdb.connect(str(warehouse)) as con:  # a client writes to it: its facts no longer hold
        con.execute("create table notes (note varchar)")
    result = materialize_all(warehouse, good_dir)
    meta = materialized(result)
    assert meta["landing_files"]["files_unchanged"].value == 14
    assert meta["parsed_records"]["files_parsed"].value == 0
    assert query(warehouse, "select count(*) from load_runs") == [(2,)]
    assert query(warehouse, "select count(*) from notes") == [(0,)]  # the user's table is kept


def test_bad_files_are_quarantined_and_the_good_ones_load(good_dir, warehouse, materialize_all):
    result = materialize_all(warehouse, good_dir, BAD_DIR)
    assert result.success
    assert query(warehouse, "select count(*) from trials") == [(16,)]  # 14 good + bad_fields + unknown_section
    rejected = query(warehouse, "select count(*) from quarantine where action = 'rejected'")
    assert rejected == [(8,)]
    assert query(warehouse, "select records_loaded, records_quarantined from load_runs") == [(16, 8)]
    meta = materialized(result)  # each table asset shows the last load's quarantine count
    by_table = dict(query(warehouse, "select coalesce(split_part(field, '.', 1), 'trials'), count(*) from quarantine group by all"))
    for table in CHILD_TABLES:
        assert meta[table]["quarantine/last_load"].value == by_table.get(table, 0), table
        assert meta[table]["quarantine/last_load_records"].value == 8
    assert meta["trials"]["quarantine/last_load"].value == by_table["trials"] > 8
    assert meta["quarantine"]["quarantine/last_load"].value == sum(by_table.values())


def test_a_failing_blocking_check_stops_the_publish_and_keeps_the_old_warehouse(
    good_dir, warehouse, materialize_all, monkeypatch, tmp_path
):
    assert materialize_all(warehouse, good_dir).success
    before = warehouse.read_bytes()
    original = steps.enforce_contracts

    def broken(batch, recorded_at):  # a contract step that lets a bad code through
        checked = original(batch, recorded_at)
        checked.tables["trials"] = checked.tables["trials"].with_columns(pl.lit("FINISHED").alias("overall_status"))
        return checked

    monkeypatch.setattr(steps, "enforce_contracts", broken)
    (good_dir / "NCT02013167.txt").write_text((good_dir / "NCT02013167.txt").read_text().replace("405 participants", "406 participants"))
    result = materialize_all(warehouse, good_dir)
    assert not result.success
    assert check_results(result)[("contracted_frames", "contracts_pass")] is False
    assert "published_warehouse" not in materialized(result)
    assert warehouse.read_bytes() == before
    assert query(warehouse, "select enrollment from trials where nct_id = 'NCT02013167'") == [(405,)]


def test_rows_sharing_a_key_stop_the_publish_and_keep_the_old_warehouse(good_dir, warehouse, materialize_all, monkeypatch):
    assert materialize_all(warehouse, good_dir).success
    before = warehouse.read_bytes()
    original = load.run_sql

    def forgetful(con, name, params=None):  # a load that does not see the stored versions, so keeps both
        return [] if name == "load/existing_versions" else original(con, name, params)

    monkeypatch.setattr(load, "run_sql", forgetful)
    (good_dir / "NCT02013167.txt").write_text((good_dir / "NCT02013167.txt").read_text().replace("405 participants", "406 participants"))
    result = materialize_all(warehouse, good_dir)
    assert not result.success
    checks = check_results(result)
    assert checks[("trials", "key_is_unique")] is False and checks[("sites", "key_is_unique")] is False
    assert checks[("contracted_frames", "contracts_pass")] is True
    assert "published_warehouse" not in materialized(result)
    assert warehouse.read_bytes() == before


def test_a_bi_view_with_a_nested_type_or_a_missing_comment_stops_the_publish(good_dir, warehouse, materialize_all, monkeypatch):
    assert materialize_all(warehouse, good_dir).success
    before = warehouse.read_bytes()
    original = views.run_sql

    def careless(con, name, params=None):  # a view that returns a LIST, and no comments applied
        if name.startswith("dictionary/"):
            return []
        if name == "views/trial_phases":
            return con.execute(
                "create or replace view bi.trial_phases as select nct_id, string_split(phase, '/') as phase from main.trials"
            ).fetchall()
        return original(con, name, params)

    monkeypatch.setattr(views, "run_sql", careless)
    (good_dir / "NCT02013167.txt").write_text((good_dir / "NCT02013167.txt").read_text().replace("405 participants", "406 participants"))
    result = materialize_all(warehouse, good_dir)
    assert not result.success
    assert check_results(result)[("bi_views", "bi_schema_is_flat_and_described")] is False
    evaluation = next(
        e.event_specific_data
        for e in result.all_events
        if e.event_type_value == "ASSET_CHECK_EVALUATION" and e.event_specific_data.check_name == "bi_schema_is_flat_and_described"
    )
    details = evaluation.metadata["details"].text
    assert "bi.trial_phases.phase: VARCHAR[]" in details and "bi.age_groups: comment is None" in details
    assert "published_warehouse" not in materialized(result)
    assert warehouse.read_bytes() == before


def test_versions_decided_a_share_of_trials_at_a_time_give_the_same_warehouse(good_dir, tmp_path, materialize_all, monkeypatch):
    # Each trial comes twice (a text page and its JSON twin), so the version rule has losers to
    # account for; with shares of 2 trials they fall in seven shares instead of one.
    both = tmp_path / "both"
    shutil.copytree(good_dir, both / "text")
    shutil.copytree(JSON_DIR, both / "json")
    one_share, seven_shares = tmp_path / "one" / "trials.duckdb", tmp_path / "seven" / "trials.duckdb"
    assert materialize_all(one_share, both).success
    monkeypatch.setattr(load, "TRIALS_PER_DECISION", 2)
    assert materialize_all(seven_shares, both).success
    volatile = frozenset({"load_id", "loaded_at", "recorded_at", "started_at", "finished_at"})
    tables = [name for name in CONTRACTS if name != "load_runs"]
    assert table_contents(one_share, tables, volatile) == table_contents(seven_shares, tables, volatile)
    assert query(seven_shares, "select count(*) from quarantine where action = 'superseded'") == [(13,)]


def test_a_file_grown_past_its_limit_is_rewritten_whole_before_it_is_published(good_dir, warehouse, materialize_all, monkeypatch):
    assert materialize_all(warehouse, good_dir).success
    with duckdb.connect(str(warehouse)) as con:  # a user's table, which the rewrite keeps
        con.execute("create table notes as select 'mine' as note")
    change_one_percent(sorted(good_dir.rglob("*.txt"))[:1])  # one page, a later Last Updated
    assert materialize_all(warehouse, good_dir).success  # within the limit: not rewritten
    monkeypatch.setattr(storage, "MIN_COMPACT_BYTES", 0)
    monkeypatch.setattr(storage, "GROWTH_LIMIT", 0.0)  # any file counts as grown
    change_one_percent(sorted(good_dir.rglob("*.txt"))[:1])  # one page, a later Last Updated
    before = table_contents(warehouse, list(PAGE_CONTRACTS), frozenset({"load_id", "loaded_at"}))
    result = materialize_all(warehouse, good_dir)
    assert result.success and all(check_results(result).values())
    assert query(warehouse, "select compacted, file_bytes > 0 from load_runs order by started_at") == [
        (True, True),
        (False, True),
        (True, True),
    ]
    assert table_contents(warehouse, list(PAGE_CONTRACTS), frozenset({"load_id", "loaded_at"})) == before
    assert query(warehouse, "select note from notes") == [("mine",)]
    [(size,)] = query(warehouse, "select file_bytes from load_runs order by started_at desc limit 1")
    # recorded before the views, their comments and this row: about 1.8 MiB of catalog in this
    # 8.5 MiB file since the bi views carry their join keys (0.8 held until then)
    assert 0.75 * warehouse.stat().st_size < size <= warehouse.stat().st_size
