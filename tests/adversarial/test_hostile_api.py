"""The API client always terminates, whatever the server does, and a pull publishes what it can."""

from __future__ import annotations

import json
import socket
import threading
import time
from datetime import date, datetime

import duckdb
import httpx
import pytest

from pipelines.api.client import ApiError, ApiSettings, ApiUnavailable, CtGovClient
from pipelines.api.pull import pull
from pipelines.warehouse.build import ensure_schema
from pipelines.warehouse.pulls import pull_state
from tests.adversarial.conftest import DEEP, cli, page, study_bytes, with_lone_surrogate
from tests.conftest import held_read_write, query
from tests.fake_ctgov import FakeCtGov

FAST = ApiSettings(base_url="http://api.test/api/v2", min_interval_s=0, backoff_s=0, max_attempts=2, timeout_s=1)
VERSION = {"apiVersion": "2", "dataTimestamp": "2026-11-24T09:00:05"}


class RawPages(FakeCtGov):
    """The fake API, serving pages given as bytes (so they may hold what no encoder writes)."""

    def __init__(self, pages: list[bytes], **kwargs) -> None:
        super().__init__([], **kwargs)
        self.raw_pages = pages

    def page(self, number: int) -> bytes:
        return self.raw_pages[min(number, len(self.raw_pages)) - 1]


def pull_cli(api, tmp_path, *extra):
    return cli(
        "pull",
        "--api-url",
        api.base_url,
        "--warehouse",
        tmp_path / "wh" / "trials.duckdb",
        "--landing",
        tmp_path / "landing",
        "--min-interval",
        "0",
        "--timeout",
        "2",
        "--max-attempts",
        "2",
        "--backoff",
        "0",
        "--quiet",
        "--workers",
        "1",
        *extra,
    )


def mock_client(*answers, settings: ApiSettings = FAST) -> CtGovClient:
    queue = list(answers)

    def handle(request: httpx.Request) -> httpx.Response:
        answer = queue.pop(0)
        return answer if isinstance(answer, httpx.Response) else httpx.Response(200, content=json.dumps(answer).encode())

    return CtGovClient(settings, transport=httpx.MockTransport(handle))


def test_a_study_that_does_not_decode_in_an_api_page_is_quarantined_and_the_pull_publishes_the_rest(tmp_path):
    first = page(study_bytes("NCT09100001"), DEEP, with_lone_surrogate("NCT09100002"), nextPageToken="token-2", totalCount=4)
    with RawPages([first, page(study_bytes("NCT09100003"))]) as api:
        code, out, err = pull_cli(api, tmp_path, "--everything")
        assert code == 0, out + err
        code, out, err = pull_cli(api, tmp_path)  # and the next pull is not stopped by what landed
        assert code == 0, out + err
    warehouse = tmp_path / "wh" / "trials.duckdb"
    assert query(warehouse, "select nct_id from trials order by 1") == [("NCT09100001",), ("NCT09100003",)]
    rows = query(
        warehouse,
        "select regexp_extract(source_uri, '#.*'), action, reason from quarantine where load_id = "
        "(select min_by(load_id, started_at) from load_runs) order by 1",
    )
    assert [(pointer, action) for pointer, action, _ in rows] == [("#/studies/1", "rejected"), ("#/studies/2", "rejected")]
    assert "nested more than 1024 levels deep" in rows[0][2] and "surrogate" in rows[1][2]


def test_a_bi_tool_holding_the_published_file_read_write_does_not_stop_a_pull(tmp_path):
    warehouse = tmp_path / "wh" / "trials.duckdb"
    with RawPages([page(study_bytes("NCT09100001"), totalCount=1)]) as api:
        assert pull_cli(api, tmp_path, "--everything")[0] == 0
        with held_read_write(warehouse):
            code, out, err = pull_cli(api, tmp_path)
    assert code == 0, out + err
    assert query(warehouse, "select count(*) from api_pulls") == [(2,)]


def test_a_repeated_next_page_token_fails_the_pull_clearly_and_publishes_nothing(tmp_path):
    looping = page(study_bytes("NCT09100001"), nextPageToken="token-1", totalCount=1000)
    with RawPages([looping]) as api:
        code, out, err = pull_cli(api, tmp_path, "--everything")
        assert len(api.study_requests) == 2  # the token is followed once, and recognised
    assert code == 1
    assert "sent the nextPageToken 'token-1' again on page 2 (first on page 1): following it would never end" in err
    assert not (tmp_path / "wh" / "trials.duckdb").exists()
    assert not list((tmp_path / "landing").rglob("*.json.gz"))  # no pages left behind for the next run


def test_pages_beyond_what_the_announced_total_fills_fail_the_pull(tmp_path):
    pages = [
        {"studies": [{"protocolSection": {}}], "nextPageToken": f"t{n}", **({"totalCount": 2} if n == 1 else {})} for n in range(1, 10)
    ]
    client = mock_client(VERSION, *pages)
    with pytest.raises(ApiError, match=r"still sends a nextPageToken after 4 pages \(its total of 2 studies fills 2 such pages\)"):
        pull(client, "everything", None, tmp_path / "api", "run-1")
    assert not list((tmp_path / "api").iterdir())


def test_a_body_trickling_in_a_byte_a_second_is_bounded_by_the_timeout():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()

    def trickle() -> None:
        connection, _ = server.accept()
        connection.recv(65536)
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
        try:
            for _ in range(60):
                connection.sendall(b" ")
                time.sleep(0.5)
        except OSError:
            pass
        connection.close()

    threading.Thread(target=trickle, daemon=True).start()
    settings = ApiSettings(base_url=f"http://127.0.0.1:{server.getsockname()[1]}/api/v2", min_interval_s=0, max_attempts=1, timeout_s=1.5)
    started = time.monotonic()
    with pytest.raises(ApiUnavailable, match=r"took longer than 1.5 s to arrive"), CtGovClient(settings) as client:
        client.studies_page({})
    assert time.monotonic() - started < 4.5  # at most the timeout and one more read: 44 s before
    server.close()


def test_an_answer_larger_than_the_cap_is_refused_as_it_streams_and_by_its_declared_length():
    settings = ApiSettings(**{**FAST.__dict__, "max_response_bytes": 10_000})
    sent = []

    def endless():
        while True:
            sent.append(1)
            yield b" " * 1000

    streamed = mock_client(httpx.Response(200, content=endless()), settings=settings)
    with pytest.raises(ApiError, match=r"larger than 10,000 bytes, the most one may be: pull with a smaller --page-size"):
        streamed.studies_page({})
    assert len(sent) <= 12  # stopped at the cap, not read whole
    declared = mock_client(httpx.Response(200, content=b" " * 20_000), settings=settings)
    with pytest.raises(ApiError, match="larger than 10,000 bytes"):
        declared.studies_page({})


@pytest.mark.parametrize("stamp", ["2999-12-31T00:00:00", "0001-01-01T00:00:00", "yesterday"])
def test_an_impossible_data_timestamp_is_refused_and_lands_nothing(stamp, tmp_path):
    client = mock_client({"apiVersion": "2", "dataTimestamp": stamp}, {"studies": []})
    with pytest.raises(ApiError, match="dataTimestamp"):
        pull(client, "everything", None, tmp_path / "api", "run-1")
    assert not (tmp_path / "api" / "run-1").exists()


def test_the_watermark_never_moves_back(tmp_path):
    client = mock_client({"apiVersion": "2", "dataTimestamp": "2026-01-01T00:00:00"}, {"studies": []})
    assert pull(client, "everything", date(2026, 10, 31), tmp_path / "api", "run-1").watermark == date(2026, 11, 1)


def test_impossible_watermarks_stored_by_an_earlier_release_are_ignored(tmp_path):
    warehouse = tmp_path / "old.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        ensure_schema(con)
        for load_id, watermark in (("a", date(2026, 11, 2)), ("b", date(2999, 12, 31)), ("c", date(1, 1, 1))):
            con.execute(
                "insert into api_pulls values ($id, 'everything', 'x', null, $w, '2026-11-02', 1, 1, 'f', '2026-11-02', '2026-11-02')",
                {"id": load_id, "w": watermark},
            )
    state = pull_state(warehouse, None, datetime(2026, 12, 1))
    assert (state.scope, state.watermark, state.ignored) == ("everything", date(2026, 11, 2), 2)


def test_a_data_timestamp_in_the_future_fails_trials_pull_with_exit_1_and_keeps_the_warehouse(tmp_path):
    with RawPages([page(study_bytes("NCT09100001"))], data_timestamp="2999-12-31T00:00:00") as api:
        code, out, err = pull_cli(api, tmp_path, "--everything")
    assert code == 1 and "which cannot be real (it is in the future" in err
    assert not (tmp_path / "wh" / "trials.duckdb").exists()
