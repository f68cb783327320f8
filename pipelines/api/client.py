"""A polite, persistent client for the ClinicalTrials.gov API v2 (``/version``, ``/studies``) and
the registry's history of a study (``/api/int/studies/{nct_id}?history=true`` and
``/api/int/studies/{nct_id}/history/{version}``).

- Requests are spaced by ``min_interval_s`` (the registry asks for about 50 a minute).
- 429, 5xx, timeouts, dropped connections and truncated or unparseable bodies are retried with
  exponential backoff and full jitter (tenacity), honouring ``Retry-After``.
- Any other 4xx is the caller's mistake (a bad query) and fails at once with the API's message.
- When the API stays down, ``ApiUnavailable`` says which URL, how many attempts over how long,
  and the last error.
- Each attempt is bounded in time as a whole (``timeout_s`` for the answer to arrive, however
  slowly its bytes trickle in) and in size (``max_response_bytes``: a larger answer fails at once,
  with the advice to ask for smaller pages).
- A page whose studies do not all decode (one nested too deeply, a lone surrogate escape) is
  still a page: its studies that decode are given, the others are None; the load quarantines them.

Pure: no dagster. httpx does the HTTP.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt, wait_random_exponential

from pipelines.api.settings import ApiSettings
from pipelines.parsing.json_doc import JsonError, decode, outline
from pipelines.parsing.limits import size_text


class ApiError(RuntimeError):
    """The API answered, but not with what was asked for (a bad query, a missing endpoint)."""


class ApiUnavailable(RuntimeError):
    """The API did not give a usable answer after every retry."""


class _Retryable(Exception):
    """A failed attempt worth repeating, with the server's Retry-After when it gave one."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class CtGovClient:
    """``version()`` and ``studies_page(params)`` against one API base URL."""

    def __init__(
        self, settings: ApiSettings, transport: httpx.BaseTransport | None = None, on_retry: Callable[[str], None] | None = None
    ) -> None:
        self.settings = settings
        self.on_retry = on_retry  # told of each failed attempt before the wait, so a stalled pull is visible
        self._http = httpx.Client(
            base_url=settings.base_url.rstrip("/") + "/",
            timeout=settings.timeout_s,
            headers={"User-Agent": settings.user_agent, "Accept": "application/json"},
            transport=transport,
            follow_redirects=True,
        )
        self._last_request = 0.0
        self.requests = 0  # every attempt, retries included

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> CtGovClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def version(self) -> dict[str, Any]:
        """``{"apiVersion": ..., "dataTimestamp": ...}``: when the registry data was last refreshed."""
        body = self._get("version", {})[1]
        if not isinstance(body, dict) or not isinstance(body.get("dataTimestamp"), str):
            raise ApiError(f"{self.settings.base_url}/version gave no dataTimestamp: {str(body)[:200]}")
        return body

    def studies_page(self, params: dict[str, str]) -> tuple[bytes, dict[str, Any]]:
        """One page of ``/studies``: the raw body (to land as received) and its parsed JSON."""
        return self._get("studies", params, require="studies")

    def study_versions(self, nct_id: str) -> list[dict[str, Any]]:
        """The registry's list of a study's versions (``history.changes``: ``version``, from 0 for
        the first, and ``date``, each with the status it gave), oldest first."""
        url = f"{self.settings.history_url}/studies/{nct_id}"
        body = self._get(url, {"history": "true"})[1]
        changes = body.get("history", {}).get("changes") if isinstance(body, dict) and isinstance(body.get("history"), dict) else None
        if not isinstance(changes, list) or not all(isinstance(c, dict) and isinstance(c.get("version"), int) for c in changes):
            raise ApiError(f"{url}?history=true gave no list of versions (history.changes): {str(body)[:200]}")
        return sorted(changes, key=lambda change: change["version"])

    def study_version(self, nct_id: str, version: int) -> dict[str, Any]:
        """One past version of a study as the registry kept it (its ``study``: the API v2 record)."""
        url = f"{self.settings.history_url}/studies/{nct_id}/history/{version}"
        body = self._get(url, {})[1]
        if not isinstance(body, dict) or not isinstance(body.get("study"), dict):
            raise ApiError(f"{url} gave no study: {str(body)[:200]}")
        return body["study"]

    # -- plumbing ----------------------------------------------------------------------------------
    def _get(self, path: str, params: dict[str, str], require: str | None = None) -> tuple[bytes, Any]:
        settings = self.settings
        started = time.monotonic()
        retrying = Retrying(
            stop=stop_after_attempt(settings.max_attempts),
            wait=self._wait,
            retry=retry_if_exception_type(_Retryable),
            before_sleep=lambda state: self._report_retry(path, state),
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    return self._attempt(path, params, require)
        except _Retryable as exc:
            where = path if "://" in path else f"{settings.base_url}/{path}"
            raise ApiUnavailable(
                f"ClinicalTrials.gov API at {where} gave no usable answer after "
                f"{settings.max_attempts} attempts over {time.monotonic() - started:.0f} s; last error: {exc}"
            ) from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def _attempt(self, path: str, params: dict[str, str], require: str | None) -> tuple[bytes, Any]:
        self._space_requests()
        self.requests += 1
        try:
            with self._http.stream("GET", path, params=params) as response:
                if response.status_code == 429 or response.status_code >= 500:
                    raise _Retryable(f"HTTP {response.status_code}", _retry_after(response))
                raw = self._read_body(response)
        except httpx.TimeoutException as exc:
            raise _Retryable(f"timed out after {self.settings.timeout_s:g} s ({type(exc).__name__})") from exc
        except httpx.RequestError as exc:
            raise _Retryable(f"{type(exc).__name__}: {exc}") from exc
        if response.status_code >= 400:
            raise ApiError(f"{response.request.url} answered HTTP {response.status_code}: {raw[:300].decode(errors='replace')}")
        body = _body(raw)
        if require is not None and not (isinstance(body, dict) and isinstance(body.get(require), list)):
            raise _Retryable(f"answer has no '{require}' list: {str(body)[:200]}")
        return raw, body

    def _read_body(self, response: httpx.Response) -> bytes:
        """The whole body, within ``timeout_s`` from the request and ``max_response_bytes``."""
        settings = self.settings
        deadline = time.monotonic() + settings.timeout_s
        too_large = ApiError(
            f"{response.request.url} sent an answer larger than {size_text(settings.max_response_bytes)}, the most one may be: "
            "pull with a smaller --page-size"
        )
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > settings.max_response_bytes:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > settings.max_response_bytes:
                raise too_large
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise _Retryable(f"the answer took longer than {settings.timeout_s:g} s to arrive ({size:,} bytes so far)")
        return b"".join(chunks)

    def _space_requests(self) -> None:
        wait = self._last_request + self.settings.min_interval_s - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last_request = time.monotonic()

    def _report_retry(self, path: str, state: RetryCallState) -> None:
        if self.on_retry is not None and state.outcome is not None and state.next_action is not None:
            self.on_retry(
                f"api: {path} attempt {state.attempt_number} of {self.settings.max_attempts} failed "
                f"({state.outcome.exception()}); retrying in {state.next_action.sleep:.1f} s"
            )

    def _wait(self, state: RetryCallState) -> float:
        backoff = wait_random_exponential(multiplier=self.settings.backoff_s, max=self.settings.max_backoff_s)(state)
        error = state.outcome.exception() if state.outcome else None
        retry_after = getattr(error, "retry_after", None)
        if retry_after is not None:
            return min(max(retry_after, backoff), self.settings.max_backoff_s)
        return backoff


def _body(raw: bytes) -> Any:
    """The decoded answer. A page whose studies do not all decode keeps its shape: its other
    members are decoded, each study that decodes is given and each that does not is None."""
    try:
        return decode(raw)
    except JsonError as exc:
        found = outline(raw)
        if found is None or found.is_array or found.studies is None:
            raise _Retryable(f"body is not complete JSON ({len(raw)} bytes): {exc}") from exc
    body = {name: found.value(raw, name) for name, _, _ in found.members if name != "studies"}
    body["studies"] = [_study_or_none(raw[start:end]) for start, end in found.studies]
    return body


def _study_or_none(part: bytes) -> Any:
    try:
        return decode(part)
    except JsonError:
        return None


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds from a ``Retry-After`` header (a number or an HTTP date); None when absent or bad."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None
