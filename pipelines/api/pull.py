"""Pull the studies updated since a watermark from the API into a landing folder.

The pages are written as received (gzipped) into a hidden ``.<name>.partial`` folder that no
run or sensor looks at; only a pull that reached its last page is renamed into place, with a
``.pull.json`` marker saying what it covers. A pull that fails half-way leaves nothing behind.

A pull always ends: a ``nextPageToken`` the API sends twice, or more pages than the total it
announced can fill, fails it clearly. The watermark is the API's ``dataTimestamp``, checked
against the clock (never in the future, never before the registry began) and against the last
published watermark of the scope (it never moves back).

Pure: no dagster, no database.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from pipelines.api.client import ApiError, CtGovClient
from pipelines.api.settings import PAGE_SIZE
from pipelines.atomic import folder_whole, write_whole
from pipelines.clock import utc_now
from pipelines.parsing.records import PULL_MARKER

EVERYTHING = "everything"
OVERLAP = timedelta(days=1)
# CLI / config names of the API's query parameters.
QUERY_PARAMS = {"query": "query.term", "condition": "query.cond", "sponsor": "query.spons"}
# ClinicalTrials.gov went public on 29 February 2000: no registry data is older.
REGISTRY_EPOCH = date(2000, 2, 29)
# How far the API's clock may run ahead of ours (time zones, a skewed clock).
CLOCK_SKEW = timedelta(days=1)
# Pages a pull may take beyond those its announced total fills (studies posted while it runs).
EXTRA_PAGES = 2
# Without an announced total, no pull takes more pages than the whole registry fills several times.
MAX_PAGES_WITHOUT_TOTAL = 5000


def plausible_watermarks(now: datetime) -> tuple[date, date]:
    """The earliest and latest watermark that can be real at ``now``."""
    return REGISTRY_EPOCH, (now + CLOCK_SKEW).date()


def data_timestamp_of(version: dict, now: datetime, base_url: str) -> datetime:
    """The API's ``dataTimestamp`` (UTC), or ``ApiError`` when it is not a time the registry's
    data can have: in the future, or before the registry began."""
    text = version["dataTimestamp"]
    try:
        stamp = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(f"{base_url}/version gave a dataTimestamp that is not a time: {text[:100]!r}") from None
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(UTC).replace(tzinfo=None)
    earliest, latest = plausible_watermarks(now)
    if not earliest <= stamp.date() <= latest:
        raise ApiError(
            f"{base_url}/version gave dataTimestamp {text[:40]!r}, which cannot be real (it is "
            f"{'in the future' if stamp.date() > latest else 'before the registry began'}; now is {now:%Y-%m-%d %H:%M} UTC): "
            "the pull is refused and the watermark stays where it is"
        )
    return stamp


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


def pull(
    client: CtGovClient,
    scope: str,
    since: date | None,
    landing: Path,
    name: str,
    log: Callable[[str], None] = lambda _: None,
    page_size: int = PAGE_SIZE,
) -> PullResult:
    """Fetch every page of the scope's studies updated since ``since`` into ``landing/name``."""
    started_at = utc_now()
    data_timestamp = data_timestamp_of(client.version(), started_at, client.settings.base_url)
    # The watermark never moves back: an API reporting older data than the last pull saw is a
    # mirror or a rollback, and the studies since the last watermark are asked for all the same.
    watermark = max(data_timestamp.date(), since + OVERLAP) if since is not None else data_timestamp.date()
    with folder_whole(landing, name) as partial:  # pages left by a pull that was killed are removed first
        params = request_params(scope, since, page_size)
        pages = studies = 0
        token: str | None = None
        tokens: dict[str, int] = {}  # each token sent, and the page that gave it
        max_pages = MAX_PAGES_WITHOUT_TOTAL
        total = None
        while True:
            raw, body = client.studies_page({**params, **({"pageToken": token} if token else {"countTotal": "true"})})
            pages += 1
            if body["studies"]:
                studies += len(body["studies"])
                write_whole(partial / f"page-{pages:05d}.json.gz", gzip.compress(raw, compresslevel=5))
            if pages == 1 and isinstance(body.get("totalCount"), int) and not isinstance(body.get("totalCount"), bool):
                total = max(0, body["totalCount"])
                per_page = len(body["studies"]) or page_size  # the API may give fewer than asked
                max_pages = math.ceil(total / per_page) + EXTRA_PAGES
            log(f"pull: page {pages}, {studies:,} studies{f' of {total:,}' if total is not None else ''}")
            token = body.get("nextPageToken")
            if not token:
                break
            if not isinstance(token, str):
                raise ApiError(f"{client.settings.base_url}/studies page {pages} gave a nextPageToken that is not text: {token!r}")
            if token in tokens:
                raise ApiError(
                    f"{client.settings.base_url}/studies sent the nextPageToken {token[:60]!r} again on page {pages} "
                    f"(first on page {tokens[token]}): following it would never end; the pull is refused"
                )
            tokens[token] = pages
            if pages >= max_pages:
                announced = (
                    f"its total of {total:,} studies fills {max_pages - EXTRA_PAGES:,} such pages"
                    if total is not None
                    else "it announced no total"
                )
                raise ApiError(
                    f"{client.settings.base_url}/studies still sends a nextPageToken after {pages:,} pages "
                    f"({announced}): the pull is refused"
                )
        result = PullResult(
            scope, client.settings.base_url, since, watermark, data_timestamp, pages, studies, str(landing / name), started_at, utc_now()
        )
        write_whole(partial / PULL_MARKER, result.to_json().encode())
    return result
