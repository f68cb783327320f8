"""The pull history in the warehouse: where the next pull of a scope starts, and recording one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb

from contracts import ApiPulls, polars_schema
from pipelines.api.pull import EVERYTHING, PullResult
from pipelines.warehouse.sql_files import run_sql, run_sql_row
from pipelines.warehouse.store import insert_row


def pull_state(published: Path, asked: str | None) -> tuple[str, date | None]:
    """The scope to pull (the one asked for, else the newest pull's, else everything) and its
    watermark in the published warehouse (None: never pulled)."""
    if not published.exists():
        return asked or EVERYTHING, None
    with duckdb.connect(str(published), read_only=True) as con:
        if not run_sql_row(con, "runs/has_table", {"table": "api_pulls"})["present"]:
            return asked or EVERYTHING, None
        scope = asked or next(iter(run_sql(con, "runs/last_pull_scope")), (EVERYTHING,))[0]
        return scope, run_sql_row(con, "runs/pull_watermark", {"scope": scope})["watermark"]


def record_pull(con: duckdb.DuckDBPyConnection, pull: PullResult, load_id: str) -> None:
    """Add the pull to the build's history, in the same publish as its data."""
    insert_row(con, ApiPulls, {**{k: getattr(pull, k) for k in polars_schema(ApiPulls) if k != "load_id"}, "load_id": load_id})
