"""The Dagster definitions load, and every asset is described, grouped and typed."""

import dagster as dg
import pytest

from pipelines.checks import KEYED_TABLES
from pipelines.definitions import defs
from pipelines.jobs import landing_folder_sensor
from pipelines.parsing.model import CHILD_TABLES


def test_definitions_are_loadable_like_dg_check_defs():
    dg.Definitions.validate_loadable(defs)
    repo = defs.get_repository_def()
    assert repo.has_job("trials_warehouse_job") and repo.has_job("trials_api_pull_job")
    assert sorted(s.name for s in repo.schedule_defs) == ["daily_api_pull", "daily_warehouse_refresh"]
    assert [s.name for s in repo.sensor_defs] == ["landing_folder_sensor"]


def test_asset_graph_runs_landing_to_publish():
    graph = defs.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    assert {
        "landing_files",
        "parsed_records",
        "contracted_frames",
        "trials",
        "sites",
        "quarantine",
        "bi_views",
        "published_warehouse",
    } <= keys
    upstream = {k.to_user_string() for k in graph.get(dg.AssetKey("published_warehouse")).parent_keys}
    assert upstream == {"bi_views"}
    assert {k.to_user_string() for k in graph.get(dg.AssetKey("trials")).parent_keys} == {"contracted_frames"}


def test_every_asset_has_a_description_a_group_and_kinds():
    for spec in defs.resolve_all_asset_specs():
        name = spec.key.to_user_string()
        assert spec.description, name
        assert "``" not in spec.description, name  # the UI renders Markdown: reStructuredText backticks would show
        assert spec.group_name and spec.group_name != "default", name
        assert spec.kinds, name


def test_table_assets_carry_their_column_schema_from_the_contracts():
    specs = {s.key.to_user_string(): s for s in defs.resolve_all_asset_specs()}
    schema = specs["sites"].metadata["dagster/column_schema"]
    columns = {c.name: c.description for c in schema.columns}
    assert (
        columns["country"]
        == "Country name as the registry spells it. From the record: protocolSection.contactsLocationsModule.locations.country."
    )
    assert {c.name: c.type for c in schema.columns}["latitude"] == "DOUBLE"  # the warehouse's type, not polars'
    assert specs["sites"].metadata["key"] == "nct_id, ordinal"


def test_every_gate_is_blocking():
    graph = defs.resolve_asset_graph()
    checks = list(graph.asset_check_keys)
    # contracts, one orphan check per child table, one key check per keyed table, records balance,
    # bi schema flat and described
    assert len(checks) == 3 + len(CHILD_TABLES) + len(KEYED_TABLES)
    for key in checks:
        assert graph.get_check_spec(key).blocking, key


def test_landing_sensor_requests_a_run_only_when_pages_change(tmp_path, monkeypatch):
    monkeypatch.setenv("TRIALS_LANDING", str(tmp_path))
    instance = dg.DagsterInstance.ephemeral()
    context = dg.build_sensor_context(instance=instance)
    assert isinstance(landing_folder_sensor(context), dg.SkipReason)
    (tmp_path / "NCT00000001.txt").write_text("page")
    request = landing_folder_sensor(context)
    assert isinstance(request, dg.RunRequest)
    context = dg.build_sensor_context(instance=instance, cursor=request.run_key)
    assert isinstance(landing_folder_sensor(context), dg.SkipReason)


@pytest.mark.parametrize("variable", ["TRIALS_WAREHOUSE", "TRIALS_SOURCES"])
def test_configuration_is_read_when_a_run_starts_not_at_import(tmp_path, monkeypatch, variable):
    from pipelines.resources import WarehouseResource

    monkeypatch.setenv(variable, str(tmp_path / "x"))
    resource = WarehouseResource()
    if variable == "TRIALS_WAREHOUSE":
        assert resource.paths.published == tmp_path / "x"
    else:
        (tmp_path / "x").mkdir()
        assert resource.source_paths() == [tmp_path / "x"]


def test_dg_check_defs_passes():
    import subprocess
    import sys
    from pathlib import Path

    from tests.conftest import PROJECT

    dg_cli = Path(sys.executable).with_name("dg")
    done = subprocess.run([str(dg_cli), "check", "defs"], cwd=PROJECT, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "All definitions loaded successfully" in done.stdout + done.stderr
