"""The API pull job materialized in-process against the local fake API."""

import json

import dagster as dg

from pipelines.definitions import make_definitions
from pipelines.resources import ClinicalTrialsApi, WarehouseResource
from tests.assets.conftest import check_results, materialized
from tests.conftest import JSON_DIR, query, sample_ids
from tests.fake_ctgov import FakeCtGov


def test_pull_job_lands_loads_and_records_the_watermark_with_the_publish(tmp_path):
    studies = [json.loads((JSON_DIR / f"{n}.json").read_text()) for n in sample_ids()]
    warehouse, landing = tmp_path / "trials.duckdb", tmp_path / "landing"
    resource = WarehouseResource(warehouse_path=str(warehouse), sources=[str(landing)], landing=str(landing), workers=1)
    with FakeCtGov(studies, page_size=5, faults={2: "500"}) as api:
        ctgov = ClinicalTrialsApi(base_url=api.base_url, min_interval_s=0, backoff_s=0, timeout_s=5)
        job = make_definitions(resource, ctgov).resolve_job_def("trials_api_pull_job")
        result = job.execute_in_process(
            run_config={"ops": {"api_pull": {"config": {"condition": "cancer"}}}}, instance=dg.DagsterInstance.ephemeral()
        )
    assert result.success and all(check_results(result).values())
    meta = materialized(result)
    assert meta["api_pull"]["dagster/row_count"].value == 13
    assert meta["api_pull"]["pages"].value == 3 and meta["api_pull"]["requests"].value == 5  # version, 3 pages, 1 retry
    assert meta["api_pull"]["scope"].value == "query.cond=cancer"
    assert query(warehouse, "select load_id, studies from api_pulls") == [(result.run_id, 13)]
    assert query(warehouse, "select count(*) from trials where source_kind = 'api'") == [(13,)]
    pulled = [p for p in (landing / "api").iterdir()]
    assert len(pulled) == 1 and (pulled[0] / ".pull.json").exists() and len(list(pulled[0].glob("page-*.json.gz"))) == 3
