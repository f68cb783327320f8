"""The pull history in the warehouse: where the next pull of a scope starts, and recording one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb

from contracts import ApiPulls, polars_schema
from pipelines.api.pull import EVERYTHING, PullResult, plausible_watermarks
from pipelines.warehouse.paths import connect_read_only
from pipelines.warehouse.runs import insert_row
from pipelines.warehouse.sql_files import run_sql, run_sql_row


@dataclass(frozen=True)
class PullState:
    scope: str
    watermark: date | None  # None: never pulled
    ignored: int = 0  # stored watermarks that cannot be real, left out


def pull_state(warehouse: Path, asked: str | None, now: datetime) -> PullState:
    """The scope to pull (the one asked for, else the newest pull's, else everything) and its
    watermark in ``warehouse`` (the run's build: a client holding the published file open
    read-write must not stop a pull)."""
    if not warehouse.exists():
        return PullState(asked or EVERYTHING, None)
    earliest, latest = plausible_watermarks(now)
    with connect_read_only(warehouse) as con:
        if not run_sql_row(con, "runs/has_table", {"table": "api_pulls"})["present"]:
            return PullState(asked or EVERYTHING, None)
        scope = asked or next(iter(run_sql(con, "runs/last_pull_scope")), (EVERYTHING,))[0]
        found = run_sql_row(con, "runs/pull_watermark", {"scope": scope, "earliest": earliest, "latest": latest})
        return PullState(scope, found["watermark"], found["ignored"])


def record_pull(con: duckdb.DuckDBPyConnection, pull: PullResult, load_id: str) -> None:
    """Add the pull to the build's history, in the same publish as its data."""
    insert_row(con, ApiPulls, {**{k: getattr(pull, k) for k in polars_schema(ApiPulls) if k != "load_id"}, "load_id": load_id})
