"""Fetch every past version of chosen studies from the registry's history into a landing folder.

ClinicalTrials.gov keeps each version of a study: ``/api/int/studies/{nct_id}?history=true``
lists them (version 0 first, each with its date) and ``/api/int/studies/{nct_id}/history/{n}``
gives one as an API v2 record. Each version is landed as a record file of its own
(``<nct_id>/version-0003.json.gz``), so that the load reads each as a record of its trial and
keeps it as a version (``history`` schema). The studies are named by NCT ID, or found by a
query as ``trials pull`` finds them.

The files are written into a hidden ``.<name>.partial`` folder that no run or sensor looks at,
and renamed into place only when every chosen study's versions are in: a fetch that fails half
way leaves nothing behind. A study the registry does not know (HTTP 404) is named in the result
and the rest are fetched. Requests are spaced, retried and bounded as every request of the
client is (``client.py``). Pure: no dagster, no database.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pipelines.api.client import ApiError, CtGovClient
from pipelines.api.pull import scope_params
from pipelines.atomic import folder_whole, write_whole

NCT_ID = re.compile(r"^NCT\d{8}$")
# The API's field path that lists a study by its NCT ID alone.
ID_FIELD = "protocolSection.identificationModule.nctId"
# A version's record without its own Last Updated date gets the date the registry's list gives it.
_LAST_UPDATED = ("protocolSection", "statusModule", "lastUpdatePostDateStruct")


class NotAnNctId(ValueError):
    """A study named by something that is not an NCT ID."""


def nct_ids(given: list[str]) -> list[str]:
    """The NCT IDs given, upper-cased, each once, in order; ``NotAnNctId`` naming any that is not one."""
    cleaned = [text.strip().upper() for text in given]
    wrong = [text for text, clean in zip(given, cleaned, strict=True) if not NCT_ID.match(clean)]
    if wrong:
        raise NotAnNctId(f"not an NCT ID (NCT and 8 digits): {', '.join(map(repr, wrong))}")
    return list(dict.fromkeys(cleaned))


def find_trials(client: CtGovClient, scope: str, page_size: int, log: Callable[[str], None] = lambda _: None) -> list[str]:
    """The NCT IDs of every study of a query scope (``pull.scope_of``), from ``/studies`` asking
    for the ID field alone."""
    params = {**scope_params(scope), "pageSize": str(page_size), "format": "json", "fields": ID_FIELD}
    found: list[str] = []
    token: str | None = None
    seen: set[str] = set()
    while True:
        _, body = client.studies_page({**params, **({"pageToken": token} if token else {})})
        for study in body["studies"]:
            nct_id = (((study or {}).get("protocolSection") or {}).get("identificationModule") or {}).get("nctId")
            if isinstance(nct_id, str) and NCT_ID.match(nct_id):
                found.append(nct_id)
        log(f"history: {len(found):,} studies found for {scope}")
        token = body.get("nextPageToken")
        if not token:
            return list(dict.fromkeys(found))
        if not isinstance(token, str) or token in seen:
            raise ApiError(f"{client.settings.base_url}/studies sent a nextPageToken it sent before, or not text: {str(token)[:60]!r}")
        seen.add(token)


@dataclass(frozen=True)
class HistoryFetch:
    """What a fetch landed: the studies and versions, the studies the registry does not know, the folder."""

    trials: int
    versions: int
    folder: str
    unknown: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)

    @staticmethod
    def from_json(text: str) -> HistoryFetch:
        return HistoryFetch(**json.loads(text))


def dated(study: dict[str, Any], change: dict[str, Any]) -> dict[str, Any]:
    """A version's record, with the registry's date of the version as its Last Updated when the
    record gives none (the load dates each version by its Last Updated)."""
    status = study.setdefault("protocolSection", {}).setdefault("statusModule", {})
    struct = status.get(_LAST_UPDATED[-1])
    if not (isinstance(struct, dict) and struct.get("date")) and isinstance(change.get("date"), str):
        status[_LAST_UPDATED[-1]] = {"date": change["date"], "type": "ACTUAL"}
    return study


def fetch_history(
    client: CtGovClient, trials: list[str], landing: Path, name: str, log: Callable[[str], None] = lambda _: None
) -> HistoryFetch:
    """Fetch every version of each of ``trials`` into ``landing/name`` (see the module)."""
    versions, unknown = 0, []
    with folder_whole(landing, name) as partial:
        for number, nct_id in enumerate(trials, 1):
            try:
                changes = client.study_versions(nct_id)
            except ApiError as exc:
                if "HTTP 404" not in str(exc):
                    raise
                unknown.append(nct_id)
                log(f"history: {nct_id} is not in the registry (HTTP 404): skipped")
                continue
            for change in changes:
                study = dated(client.study_version(nct_id, change["version"]), change)
                path = partial / nct_id / f"version-{change['version']:04d}.json.gz"
                path.parent.mkdir(exist_ok=True)
                write_whole(path, gzip.compress(json.dumps(study).encode(), compresslevel=5))
                versions += 1
            log(f"history: {nct_id}: {len(changes)} versions ({number:,} of {len(trials):,} studies)")
        if len(unknown) == len(trials):
            raise ApiError(f"the registry knows none of the studies asked for: {', '.join(unknown)}")
    return HistoryFetch(len(trials) - len(unknown), versions, str(landing / name), unknown)
