"""The API client's settings and the page size, apart from the client (which imports httpx), so the
CLI and the settings read them without loading it."""

from __future__ import annotations

from dataclasses import dataclass

from pipelines.parsing.limits import MAX_DOCUMENT_BYTES

DEFAULT_BASE_URL = "https://clinicaltrials.gov/api/v2"
# Studies per API page: the API's most.
PAGE_SIZE = 1000


@dataclass(frozen=True)
class ApiSettings:
    base_url: str = DEFAULT_BASE_URL
    timeout_s: float = 60.0
    max_attempts: int = 8
    min_interval_s: float = 1.3
    backoff_s: float = 2.0
    max_backoff_s: float = 120.0
    max_response_bytes: int = MAX_DOCUMENT_BYTES
    user_agent: str = "trials-warehouse/0.1 (scheduled registry pull)"

    @property
    def history_url(self) -> str:
        """Where the registry serves past versions of a study: beside the API, ``/api/int``
        (``https://clinicaltrials.gov/api/int``), as the R packages cthist and ctrdata read them."""
        return self.base_url.rstrip("/").rsplit("/", 1)[0] + "/int"
