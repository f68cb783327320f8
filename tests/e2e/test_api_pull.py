"""``trials pull`` against a local fake of the API that fails in every way the real one can."""

import gzip
import json

import pytest

from tests.conftest import JSON_DIR, query, run_cli, sample_ids
from tests.fake_ctgov import FakeCtGov


@pytest.fixture
def studies():
    return [json.loads((JSON_DIR / f"{nct_id}.json").read_text()) for nct_id in sample_ids()]


@pytest.fixture
def places(tmp_path):
    return tmp_path / "wh" / "trials.duckdb", tmp_path / "landing"


def pull(api, places, *extra):
    return pull_from(api.base_url, places, *extra)


def pull_from(api_url: str, places, *extra):
    """``trials pull`` from ``api_url`` with quick retries; ``extra`` flags come last, so they win."""
    warehouse, landing = places
    return run_cli(
        "pull",
        "--api-url",
        api_url,
        "--warehouse",
        warehouse,
        "--landing",
        landing,
        "--min-interval",
        "0",
        "--timeout",
        "1",
        "--max-attempts",
        "4",
        "--backoff",
        "0.05",
        "--quiet",
        *extra,
    )


def landed_ids(landing):
    """NCT IDs in every landed page (hidden, partial folders included)."""
    ids = []
    for page in sorted(landing.rglob("*.json.gz")):
        ids += [s["protocolSection"]["identificationModule"]["nctId"] for s in json.loads(gzip.decompress(page.read_bytes()))["studies"]]
    return ids


def test_pull_survives_429_500_timeout_and_truncation_and_loads_every_study_once(studies, places):
    warehouse, landing = places
    faults = {1: "429", 2: "500", 4: "timeout", 6: "truncated"}
    with FakeCtGov(studies, page_size=4, faults=faults) as api:
        result = pull(api, places, "--condition", "cancer")
        assert result.returncode == 0, result.stdout + result.stderr
        assert api.pages_served == [1, 2, 3, 4]  # each page answered in full once, after its faults
        assert all(r["query.cond"] == "cancer" and r["pageSize"] == "1000" for r in api.study_requests)
        assert all("filter.advanced" not in r for r in api.study_requests)  # first pull: no watermark
    assert sorted(landed_ids(landing)) == sample_ids()  # every study landed exactly once
    assert query(warehouse, "select count(*), count(distinct nct_id), min(source_kind), max(source_kind) from trials") == [
        (13, 13, "api", "api")
    ]
    assert query(warehouse, "select count(*) from quarantine") == [(0,)]
    assert query(warehouse, "select records_loaded, cast(api_data_timestamp as varchar) from load_runs") == [(13, "2026-11-24 09:00:05")]
    assert query(warehouse, "select scope, since, cast(watermark as varchar), pages, studies from api_pulls") == [
        ("query.cond=cancer", None, "2026-11-24", 4, 13)
    ]


def test_next_pull_asks_from_a_day_before_the_watermark_and_keeps_the_scope(studies, places):
    warehouse, _ = places
    with FakeCtGov(studies, page_size=20) as api:
        assert pull(api, places, "--sponsor", "Pfizer").returncode == 0
    with FakeCtGov(studies[:2], page_size=20, data_timestamp="2026-11-25T09:00:00") as api:
        result = pull(api, places)
        assert result.returncode == 0, result.stderr
        (request,) = api.study_requests
        assert request["query.spons"] == "Pfizer"
        assert request["filter.advanced"] == "AREA[LastUpdatePostDate]RANGE[2026-11-23,MAX]"
    assert query(warehouse, "select cast(max(watermark) as varchar), count(*) from api_pulls") == [("2026-11-25", 2)]
    assert query(warehouse, "select count(*) from trials") == [(13,)]


def test_a_pull_that_fails_half_way_publishes_nothing_and_keeps_the_watermark(studies, places):
    warehouse, landing = places
    with FakeCtGov(studies, page_size=20) as api:
        assert pull(api, places).returncode == 0
    before = query(warehouse, "select nct_id, load_id from trials order by 1")
    watermark = query(warehouse, "select * from api_pulls")
    folders = sorted(p.name for p in (landing / "api").iterdir())
    with FakeCtGov(studies, page_size=4, data_timestamp="2026-11-30T09:00:00") as api:
        api.down_from_page = 3
        result = pull(api, places)
        assert api.pages_served == [1, 2]
    assert result.returncode == 1
    assert "gave no usable answer after 4 attempts" in result.stderr and "HTTP 503" in result.stderr
    assert "Nothing published" in result.stderr
    assert query(warehouse, "select nct_id, load_id from trials order by 1") == before
    assert query(warehouse, "select * from api_pulls") == watermark
    assert sorted(p.name for p in (landing / "api").iterdir()) == folders  # no partial pages left behind


def test_an_api_that_stays_down_is_a_clear_error_and_a_bad_query_fails_at_once(studies, places):
    warehouse, landing = places
    with FakeCtGov(studies) as api:
        api.down_from_page = 1
        result = pull(api, places)
    assert result.returncode == 1 and "ClinicalTrials.gov API at" in result.stderr and not warehouse.exists()
    assert not (landing / "api").exists() or not any((landing / "api").iterdir())
    unreachable = pull_from("http://127.0.0.1:9/api/v2", places, "--max-attempts", "2", "--backoff", "0")
    assert unreachable.returncode == 1 and "ConnectError" in unreachable.stderr
    with FakeCtGov(studies) as api:
        missing = run_cli(
            "pull", "--api-url", api.base_url + "/nowhere", "--warehouse", warehouse, "--landing", landing, "--min-interval", "0", "--quiet"
        )
    assert missing.returncode == 1 and "HTTP 404" in missing.stderr


def test_everything_with_a_query_or_an_out_of_range_setting_is_a_usage_error(places):
    warehouse, landing = places
    result = run_cli("pull", "--everything", "--condition", "x", "--warehouse", warehouse, "--landing", landing)
    assert result.returncode == 2 and "--everything takes no" in result.stderr
    result = run_cli("pull", "--timeout", "0", "--warehouse", warehouse, "--landing", landing)
    assert result.returncode == 2 and "--timeout: Input should be greater than 0" in result.stderr
    assert not warehouse.exists() and not landing.exists()
