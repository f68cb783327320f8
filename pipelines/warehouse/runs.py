"""The run's bookkeeping in the warehouse: the manifest it starts from, what it did (load
history, quarantine counts), and rows of the load's own tables. No dagster here."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pandera.polars as pa
import polars as pl

from contracts import LoadRuns, polars_schema
from pipelines.parsing.version import parser_version
from pipelines.transform.landing import STORED_ENTRIES_SCHEMA
from pipelines.warehouse.paths import connect_read_only
from pipelines.warehouse.sql_files import run_sql, run_sql_row, sql


def stored_entries(build: Path, file_uri: str) -> pl.DataFrame:
    """The archive entries the warehouse holds records of, for one archive: each record's URI
    and its entry's CRC-32 and size (``STORED_ENTRIES_SCHEMA``)."""
    with connect_read_only(build) as con:
        params = {"file_uri": file_uri, "parser_version": parser_version()}
        return con.sql(sql("load/stored_entries"), params=params).pl().cast(dict(STORED_ENTRIES_SCHEMA))


def read_manifest(build: Path) -> pl.DataFrame:
    """Hashes, sizes and mtimes of the files the warehouse was loaded from; a file holding a
    record that other parsing code read has neither (it is read again)."""
    with connect_read_only(build) as con:
        return con.sql(sql("load/read_manifest"), params={"parser_version": parser_version()}).pl()


def run_outcomes(con: duckdb.DuckDBPyConnection, load_id: str) -> dict[str, int]:
    return run_sql_row(con, "load/run_outcomes", {"load_id": load_id})


def quarantine_by_table(con: duckdb.DuckDBPyConnection, load_id: str) -> dict[str, int]:
    """This run's quarantine rows per table they concern (``sql/runs/quarantine_by_table.sql``)."""
    return dict(run_sql(con, "runs/quarantine_by_table", {"load_id": load_id}))


def insert_row(con: duckdb.DuckDBPyConnection, model: type[pa.DataFrameModel], row: dict[str, Any]) -> None:
    """Insert one contract-shaped row through ``sql/load/<table>.sql`` (it reads ``incoming_<table>``)."""
    table = model.Config.name
    con.register(f"incoming_{table}", pl.DataFrame([row], schema=polars_schema(model), orient="row"))
    try:
        run_sql(con, f"load/{table}")
    finally:
        con.unregister(f"incoming_{table}")


def record_run(
    con: duckdb.DuckDBPyConnection, load_id: str, run: dict[str, Any], finished_at: datetime, api_data_timestamp: datetime | None
) -> dict[str, int]:
    """Add the run to the load history (``run``: what ``landing_files`` staged), with what it
    loaded and quarantined; return those outcomes."""
    outcomes = run_outcomes(con, load_id)
    insert_row(
        con,
        LoadRuns,
        {
            "load_id": load_id,
            "started_at": datetime.fromisoformat(run["started_at"]),
            "finished_at": finished_at,
            "status": "published",
            "sources": "\n".join(run["sources"]),
            "files_seen": run["files_seen"],
            "files_unchanged": run["files_unchanged"],
            "files_parsed": run["files_parsed"],
            **outcomes,
            "api_data_timestamp": api_data_timestamp,
            "file_bytes": run.get("file_bytes"),
            "compacted": run.get("compacted"),
        },
    )
    return outcomes


def table_counts(con: duckdb.DuckDBPyConnection, tables: list[str]) -> dict[str, int]:
    """Row counts of the given tables (names come from the contracts, never from input)."""
    return {table: count_rows(con, table) for table in tables}


def count_rows(con: duckdb.DuckDBPyConnection, table: str) -> int:
    """Rows in a table or view, through the relation API (no SQL text)."""
    return con.table(table).count("*").fetchall()[0][0]
