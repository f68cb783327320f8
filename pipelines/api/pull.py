"""Pull the studies updated since a watermark from the API into a landing folder.

The pages are written as received (gzipped) into a hidden ``.<name>.partial`` folder that no
run or sensor looks at; only a pull that reached its last page is renamed into place, with a
``.pull.json`` marker saying what it covers. A pull that fails half-way leaves nothing behind.

Pure: no dagster, no database.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from pipelines.api.client import CtGovClient
from pipelines.clock import utc_now
from pipelines.parsing.records import PULL_MARKER

EVERYTHING = "everything"
PAGE_SIZE = 1000
OVERLAP = timedelta(days=1)
# CLI / config names of the API's query parameters.
QUERY_PARAMS = {"query": "query.term", "condition": "query.cond", "sponsor": "query.spons"}


def scope_of(query: str = "", condition: str = "", sponsor: str = "") -> str | None:
    """The canonical scope string of a query (``query.cond=diabetes``), or None when none is given."""
    given = {QUERY_PARAMS[k]: v.strip() for k, v in (("query", query), ("condition", condition), ("sponsor", sponsor)) if v.strip()}
    return urlencode(sorted(given.items())) if given else None


def scope_params(scope: str) -> dict[str, str]:
    return {} if scope == EVERYTHING else dict(parse_qsl(scope))


def since_of(watermark: date | None) -> date | None:
    """Where the next pull starts: a day before the watermark, so nothing posted on its edge is missed."""
    return None if watermark is None else watermark - OVERLAP


def request_params(scope: str, since: date | None, page_size: int = PAGE_SIZE) -> dict[str, str]:
    params = {**scope_params(scope), "pageSize": str(page_size), "format": "json"}
    if since is not None:
        params["filter.advanced"] = f"AREA[LastUpdatePostDate]RANGE[{since.isoformat()},MAX]"
    return params


@dataclass(frozen=True)
class PullResult:
    scope: str
    base_url: str
    since: date | None
    watermark: date
    data_timestamp: datetime
    pages: int
    studies: int
    folder: str
    started_at: datetime
    finished_at: datetime

    def to_json(self) -> str:
        return json.dumps({k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in asdict(self).items()}, indent=2)

    @staticmethod
    def from_json(text: str) -> PullResult:
        raw = json.loads(text)
        for key in ("since", "watermark"):
            raw[key] = date.fromisoformat(raw[key]) if raw[key] else None
        for key in ("data_timestamp", "started_at", "finished_at"):
            raw[key] = datetime.fromisoformat(raw[key])
        return PullResult(**raw)


def pull(client: CtGovClient, scope: str, since: date | None, landing: Path, name: str,
         log: Callable[[str], None] = lambda _: None, page_size: int = PAGE_SIZE) -> PullResult:
    """Fetch every page of the scope's studies updated since ``since`` into ``landing/name``."""
    started_at = utc_now()
    data_timestamp = datetime.fromisoformat(client.version()["dataTimestamp"].replace("Z", "+00:00")).replace(tzinfo=None)
    final = landing / name
    partial = landing / f".{name}.partial"
    for stale in landing.glob(".*.partial"):  # left by a pull that was killed (the caller holds the writer lock)
        shutil.rmtree(stale, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        params = request_params(scope, since, page_size)
        pages = studies = 0
        token: str | None = None
        while True:
            raw, body = client.studies_page({**params, **({"pageToken": token} if token else {"countTotal": "true"})})
            pages += 1
            if body["studies"]:
                studies += len(body["studies"])
                _write_atomically(partial / f"page-{pages:05d}.json.gz", gzip.compress(raw, compresslevel=5))
            total = body.get("totalCount")
            log(f"pull: page {pages}, {studies:,} studies{f' of {total:,}' if isinstance(total, int) else ''}")
            token = body.get("nextPageToken")
            if not token:
                break
        result = PullResult(scope, client.settings.base_url, since, data_timestamp.date(), data_timestamp, pages, studies,
                            str(final), started_at, utc_now())
        _write_atomically(partial / PULL_MARKER, result.to_json().encode())
        shutil.rmtree(final, ignore_errors=True)
        os.replace(partial, final)
        return result
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
