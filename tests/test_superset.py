"""The Superset bundle: Superset's export format, built from the dashboard's declaration, the
data dictionary and the reports, with ids that stay the same from one export to the next."""

from __future__ import annotations

import io
import zipfile

import pytest
import yaml

from pipelines import superset
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    from tests.conftest import PROJECT

    path = tmp_path_factory.mktemp("superset_bundle") / "trials.duckdb"
    done = run_cli("run", "--quiet", "--source", PROJECT / "data" / "samples", "--warehouse", path)
    assert done.returncode == 0, done.stderr
    return path


def _read(path) -> dict[str, dict]:
    with zipfile.ZipFile(path) as archive:
        return {name: yaml.safe_load(archive.read(name)) for name in archive.namelist()}


def test_the_bundle_holds_the_database_read_only_a_dataset_per_declared_view_or_report_and_the_charts(warehouse, tmp_path):
    written = superset.write_bundle(warehouse, tmp_path / "bundle.zip")
    files = _read(tmp_path / "bundle.zip")
    assert set(files) == set(written)
    root = superset.ROOT
    assert files[f"{root}/metadata.yaml"]["type"] == "Dashboard"
    database = files[f"{root}/databases/trials_warehouse.yaml"]
    assert database["sqlalchemy_uri"] == f"duckdb:///{warehouse.resolve()}" and database["extra"]["engine_params"]["connect_args"] == {
        "read_only": True
    }
    overview = files[f"{root}/datasets/trials_warehouse/trial_overview.yaml"]
    described = {c["column_name"]: c["description"] for c in overview["columns"]}
    assert overview["schema"] == "bi" and described["phase"].startswith("Phase code")
    report = files[f"{root}/datasets/trials_warehouse/sites_per_country.yaml"]
    assert report["schema"] is None and "from bi.sites" in report["sql"] and not report["sql"].rstrip().endswith(";")
    assert [c["column_name"] for c in report["columns"]] == ["country", "trials", "sites", "recruiting_sites"]
    datasets = {d["uuid"] for name, d in files.items() if "/datasets/" in name}
    charts = [c for name, c in files.items() if "/charts/" in name]
    assert len(charts) == 7 and all(c["dataset_uuid"] in datasets for c in charts)
    delay = next(c for c in charts if c["slice_name"] == "Results reporting delay")
    assert delay["params"]["all_columns"][:2] == ["sponsor_class", "completion_year"]  # a raw table without columns shows them all
    [dashboard] = [d for name, d in files.items() if "/dashboards/" in name]
    placed = {v["meta"]["uuid"] for v in dashboard["position"].values() if isinstance(v, dict) and v.get("type") == "CHART"}
    assert placed == {c["uuid"] for c in charts}


def test_the_ids_stay_the_same_from_one_export_to_the_next_so_an_import_replaces(warehouse, tmp_path):
    first, second = (superset.bundle(warehouse) for _ in range(2))
    assert {k: v for k, v in first.items() if not k.endswith("metadata.yaml")} == {
        k: v
        for k, v in second.items()
        if not k.endswith("metadata.yaml")  # metadata.yaml: the export's time
    }


def test_a_row_wider_than_superset_s_grid_is_refused(warehouse, monkeypatch):
    declared = superset.spec()
    declared["rows"][0][0]["width"] = 12
    monkeypatch.setattr(superset, "spec", lambda: declared)
    with pytest.raises(ValueError, match="wider than Superset's 12 columns"):
        superset.bundle(warehouse)


def test_the_cli_writes_the_bundle_and_says_how_to_import_it_or_that_there_is_no_warehouse(warehouse, tmp_path):
    done = run_cli("export", "--superset", tmp_path / "out" / "dash.zip", "--warehouse", warehouse)
    assert done.returncode == 0 and "superset import-dashboards -p" in done.stdout
    assert zipfile.is_zipfile(io.BytesIO((tmp_path / "out" / "dash.zip").read_bytes()))
    missing = run_cli("export", "--superset", tmp_path / "x.zip", "--warehouse", tmp_path / "none.duckdb")
    assert missing.returncode == 1 and "no warehouse at" in missing.stderr
    both = run_cli("export", "--superset", tmp_path / "x.zip", "--parquet", tmp_path / "p")
    assert both.returncode == 2
