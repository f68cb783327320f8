"""The history fetch: which trials, each version landed as a file of its own, whole or not at all."""

import gzip
import json

import httpx
import pytest

from pipelines.api.client import ApiError, ApiSettings, CtGovClient
from pipelines.api.history import NotAnNctId, dated, fetch_history, find_trials, nct_ids
from tests.fake_ctgov import FakeCtGov

FAST = ApiSettings(base_url="http://api.test/api/v2", min_interval_s=0, backoff_s=0, max_attempts=2, timeout_s=1)


def study(nct_id: str, last_updated: str | None, status: str = "RECRUITING") -> dict:
    module = {"overallStatus": status, **({"lastUpdatePostDateStruct": {"date": last_updated}} if last_updated else {})}
    return {"protocolSection": {"identificationModule": {"nctId": nct_id}, "statusModule": module}}


def test_nct_ids_are_cleaned_kept_once_in_order_and_anything_else_is_named():
    assert nct_ids([" nct00000002", "NCT00000001", "NCT00000002"]) == ["NCT00000002", "NCT00000001"]
    with pytest.raises(NotAnNctId, match="'NCT1', 'x'"):
        nct_ids(["NCT1", "NCT00000001", "x"])


def test_the_history_url_sits_beside_the_api_and_a_version_without_a_date_takes_the_registrys():
    assert FAST.history_url == "http://api.test/api/int"
    assert ApiSettings().history_url == "https://clinicaltrials.gov/api/int"
    undated = dated(study("NCT00000001", None), {"version": 0, "date": "2005-09-13"})
    assert undated["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"] == {"date": "2005-09-13", "type": "ACTUAL"}
    kept = dated(study("NCT00000001", "2006-01-01"), {"version": 1, "date": "2005-12-30"})
    assert kept["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"] == {"date": "2006-01-01"}


def test_every_version_lands_as_its_own_file_and_an_unknown_trial_is_named_not_fatal(tmp_path):
    versions = {"NCT00000001": [study("NCT00000001", "2005-01-01"), study("NCT00000001", None, "COMPLETED")]}
    with FakeCtGov([], versions=versions) as api, CtGovClient(ApiSettings(base_url=api.base_url, min_interval_s=0)) as client:
        result = fetch_history(client, ["NCT00000001", "NCT00000009"], tmp_path, "fetch")
    assert (result.trials, result.versions, result.unknown) == (1, 2, ["NCT00000009"])
    files = sorted((tmp_path / "fetch").rglob("*.json.gz"))
    assert [p.relative_to(tmp_path / "fetch").as_posix() for p in files] == [
        "NCT00000001/version-0000.json.gz",
        "NCT00000001/version-0001.json.gz",
    ]
    second = json.loads(gzip.decompress(files[1].read_bytes()))["protocolSection"]["statusModule"]
    assert second["overallStatus"] == "COMPLETED" and "lastUpdatePostDateStruct" not in second  # the list gave no date either


def test_a_fetch_that_fails_leaves_no_folder_and_none_known_is_an_error(tmp_path):
    versions = {"NCT00000001": [study("NCT00000001", "2005-01-01"), study("NCT00000001", "2006-01-01")]}
    with FakeCtGov([], versions=versions, history_faults={3: "503", 4: "503"}) as api:
        settings = ApiSettings(base_url=api.base_url, min_interval_s=0, backoff_s=0, max_attempts=2)
        with CtGovClient(settings) as client, pytest.raises(Exception, match="gave no usable answer after 2 attempts"):
            fetch_history(client, ["NCT00000001"], tmp_path, "fetch")
        assert list(tmp_path.iterdir()) == []
        with CtGovClient(settings) as client, pytest.raises(ApiError, match="knows none of the studies"):
            fetch_history(client, ["NCT00000009"], tmp_path, "fetch")
        assert list(tmp_path.iterdir()) == []


def test_a_query_finds_the_trials_by_their_ids_across_pages():
    pages = [
        {"studies": [study("NCT00000001", None), study("NCT00000002", None)], "nextPageToken": "t2"},
        {"studies": [study("NCT00000002", None), {"protocolSection": {}}, study("NCT00000003", None)]},
    ]
    seen = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.url.params))
        return httpx.Response(200, content=json.dumps(pages[len(seen) - 1]).encode())

    client = CtGovClient(FAST, transport=httpx.MockTransport(handle))
    assert find_trials(client, "query.cond=asthma", 2) == ["NCT00000001", "NCT00000002", "NCT00000003"]
    assert seen[0]["query.cond"] == "asthma" and seen[0]["fields"] == "protocolSection.identificationModule.nctId"
    assert seen[1]["pageToken"] == "t2"
