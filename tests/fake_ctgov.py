"""A local stand-in for the ClinicalTrials.gov API v2 on 127.0.0.1, with scripted faults.

Serves ``/api/v2/version`` and ``/api/v2/studies`` (pages of ``page_size`` studies chained by
``nextPageToken``). ``faults`` maps a request number of ``/studies`` (1-based, retries count)
to what goes wrong with it: ``429``, ``500``, ``503``, ``timeout`` (answer after the client gave
up), ``truncated`` (the connection drops half-way through the body). ``down_from_page`` makes
every request for that page and later ones fail with 503.

``versions`` (NCT ID to its versions' records, oldest first) is the registry's history of those
studies: ``/api/int/studies/{nct_id}?history=true`` lists them (version 0 first, dated by each
record's Last Updated) and ``/api/int/studies/{nct_id}/history/{n}`` gives one as ``{"study": ...}``;
another NCT ID is a 404. ``history_faults`` maps a request number of those (1-based) to a fault.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


class FakeCtGov:
    def __init__(
        self,
        studies: list[dict],
        page_size: int = 4,
        data_timestamp: str = "2026-11-24T09:00:05",
        faults: dict[int, str] | None = None,
        timeout_sleep_s: float = 2.0,
        versions: dict[str, list[dict]] | None = None,
        history_faults: dict[int, str] | None = None,
    ) -> None:
        self.studies = studies
        self.versions = dict(versions or {})
        self.history_faults = dict(history_faults or {})
        self.history_requests: list[str] = []  # the path of every /api/int request
        self.page_size = page_size
        self.data_timestamp = data_timestamp
        self.faults = dict(faults or {})
        self.down_from_page: int | None = None
        self.timeout_sleep_s = timeout_sleep_s
        self.study_requests: list[dict[str, str]] = []  # query parameters of every /studies request
        self.pages_served: list[int] = []  # page numbers answered in full
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/api/v2"

    def __enter__(self) -> FakeCtGov:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def page(self, number: int) -> bytes:
        start = (number - 1) * self.page_size
        body: dict = {"studies": self.studies[start : start + self.page_size]}
        if start + self.page_size < len(self.studies):
            body["nextPageToken"] = f"token-{number + 1}"
        if number == 1:
            body["totalCount"] = len(self.studies)
        return json.dumps(body).encode()

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep the test output clean
                pass

            def send(self, status: int, body: bytes, headers: dict[str, str] | None = None, cut: bool = False) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    for name, value in (headers or {}).items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(body[: len(body) // 2] if cut else body)
                    self.wfile.flush()
                    if cut:
                        self.close_connection = True
                        self.connection.shutdown(2)
                except (BrokenPipeError, ConnectionResetError, OSError):
                    pass

            def do_GET(self) -> None:
                url = urlparse(self.path)
                params = {k: v[0] for k, v in parse_qs(url.query).items()}
                if url.path.startswith("/api/int/studies/"):
                    self.history(url.path.removeprefix("/api/int/studies/"), params)
                    return
                if url.path == "/api/v2/version":
                    self.send(200, json.dumps({"apiVersion": "2.0.5", "dataTimestamp": fake.data_timestamp}).encode())
                    return
                if url.path != "/api/v2/studies":
                    self.send(404, b'{"message": "no such endpoint"}')
                    return
                fake.study_requests.append(params)
                number = int(params.get("pageToken", "token-1").split("-")[1])
                fault = fake.faults.pop(len(fake.study_requests), None)
                if fake.down_from_page is not None and number >= fake.down_from_page:
                    fault = "503"
                if fault in ("429", "500", "503"):
                    self.send(int(fault), b'{"message": "try later"}', {"Retry-After": "0"} if fault == "429" else None)
                elif fault == "timeout":
                    time.sleep(fake.timeout_sleep_s)
                    self.send(200, fake.page(number))
                elif fault == "truncated":
                    self.send(200, fake.page(number), cut=True)
                else:
                    self.send(200, fake.page(number))
                    fake.pages_served.append(number)

            def history(self, rest: str, params: dict[str, str]) -> None:
                fake.history_requests.append(rest)
                fault = fake.history_faults.pop(len(fake.history_requests), None)
                if fault in ("429", "500", "503"):
                    self.send(int(fault), b'{"message": "try later"}', {"Retry-After": "0"} if fault == "429" else None)
                    return
                nct_id, _, version = rest.partition("/history/")
                records = fake.versions.get(nct_id)
                if records is None or (version and not (version.isdigit() and int(version) < len(records))):
                    self.send(404, b'{"message": "not found"}')
                elif version:
                    self.send(200, json.dumps({"study": records[int(version)]}).encode(), cut=fault == "truncated")
                elif params.get("history") == "true":
                    changes = [
                        {"version": number, "date": _last_updated(record), "status": "RECRUITING", "moduleLabels": ["Study Status"]}
                        for number, record in enumerate(records)
                    ]
                    self.send(200, json.dumps({"history": {"changes": changes}}).encode())
                else:
                    self.send(404, b'{"message": "not found"}')

        return Handler


def _last_updated(record: dict) -> str | None:
    return record.get("protocolSection", {}).get("statusModule", {}).get("lastUpdatePostDateStruct", {}).get("date")
