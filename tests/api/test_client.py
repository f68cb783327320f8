"""The API client's retry rules and the pull's scope and watermark arithmetic, on a mock transport."""

import json
from datetime import date

import httpx
import pytest

from pipelines.api.client import ApiError, ApiSettings, ApiUnavailable, CtGovClient
from pipelines.api.pull import EVERYTHING, request_params, scope_of, scope_params, since_of

FAST = ApiSettings(base_url="http://api.test/api/v2", min_interval_s=0, backoff_s=0, max_attempts=3, timeout_s=1)


def client_answering(*responses, on_retry=None):
    """A client whose successive requests get the given (status, body, headers) answers."""
    answers = list(responses)
    seen = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status, body, headers = answers.pop(0)
        return httpx.Response(status, content=body if isinstance(body, bytes) else json.dumps(body).encode(), headers=headers)

    return CtGovClient(FAST, transport=httpx.MockTransport(handle), on_retry=on_retry), seen


def test_429_and_5xx_and_broken_json_are_retried_until_a_page_arrives_and_each_retry_is_reported():
    page = {"studies": [{"protocolSection": {}}]}
    told = []
    client, seen = client_answering((429, {}, {"Retry-After": "0"}), (502, {}, {}), (200, page, {}), on_retry=told.append)
    raw, body = client.studies_page({"pageSize": "10"})
    assert body == page and json.loads(raw) == page and len(seen) == 3
    assert [line.split(" failed ")[0] for line in told] == ["api: studies attempt 1 of 3", "api: studies attempt 2 of 3"]
    assert "(HTTP 502)" in told[1]
    client, seen = client_answering((200, b'{"studies": [', {}), (200, page, {}))
    assert client.studies_page({})[1] == page and len(seen) == 2


def test_an_api_that_stays_down_raises_a_clear_error_naming_the_attempts():
    client, seen = client_answering(*[(503, {}, {})] * 3)
    with pytest.raises(ApiUnavailable, match=r"studies gave no usable answer after 3 attempts .* HTTP 503"):
        client.studies_page({})
    assert len(seen) == 3


def test_a_bad_request_is_not_retried():
    client, seen = client_answering((400, {"message": "bad filter"}, {}))
    with pytest.raises(ApiError, match="HTTP 400.*bad filter"):
        client.studies_page({"filter.advanced": "nonsense"})
    assert len(seen) == 1


def test_retry_after_is_waited_for_even_when_the_backoff_is_shorter(monkeypatch):
    slept = []
    monkeypatch.setattr("tenacity.nap.time.sleep", slept.append)
    client, _ = client_answering((429, {}, {"Retry-After": "7"}), (200, {"studies": []}, {}))
    client.studies_page({})
    assert slept == [7.0]


def test_scope_and_watermark_arithmetic():
    assert scope_of() is None
    assert scope_of(condition=" lung cancer ", sponsor="NCI") == "query.cond=lung+cancer&query.spons=NCI"
    assert scope_params("query.cond=lung+cancer&query.spons=NCI") == {"query.cond": "lung cancer", "query.spons": "NCI"}
    assert scope_params(EVERYTHING) == {}
    assert since_of(None) is None and since_of(date(2026, 3, 1)) == date(2026, 2, 28)
    params = request_params("query.term=aspirin", date(2026, 2, 28))
    assert params == {
        "query.term": "aspirin",
        "pageSize": "1000",
        "format": "json",
        "filter.advanced": "AREA[LastUpdatePostDate]RANGE[2026-02-28,MAX]",
    }


def test_pull_lands_complete_pages_with_a_marker_and_clears_what_a_killed_pull_left(tmp_path):
    from pipelines.api.pull import PullResult, pull

    landing = tmp_path / "api"
    (landing / ".old-run.partial").mkdir(parents=True)
    (landing / ".old-run.partial" / "page-00001.json.gz").write_bytes(b"half")
    client, seen = client_answering(
        (200, {"apiVersion": "2", "dataTimestamp": "2026-11-24T09:00:05"}, {}),
        (200, {"studies": [{"protocolSection": {}}], "nextPageToken": "t2", "totalCount": 2}, {}),
        (200, {"studies": [{"protocolSection": {}}]}, {}),
    )
    result = pull(client, "query.term=aspirin", date(2026, 11, 1), landing, "run-1")
    assert sorted(p.name for p in landing.iterdir()) == ["run-1"]
    assert sorted(p.name for p in (landing / "run-1").iterdir()) == [".pull.json", "page-00001.json.gz", "page-00002.json.gz"]
    assert PullResult.from_json((landing / "run-1" / ".pull.json").read_text()) == result
    assert (result.pages, result.studies, result.watermark, result.since) == (2, 2, date(2026, 11, 24), date(2026, 11, 1))
    assert [r.url.params.get("pageToken") for r in seen[1:]] == [None, "t2"]
    assert seen[1].url.params["countTotal"] == "true"
