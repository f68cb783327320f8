"""AACT users' SQL on the warehouse: the session that reads it as AACT's Postgres does
(``sql/sessions/aact.sql``), and running a user's own SQL. No dagster here.

DuckDB stores no search path in the file, so each connection sets it::

    from pipelines.aact import connect_aact
    con = connect_aact("data/warehouse/trials.duckdb")
    con.sql("select overall_status, count(*) from studies group by 1").show()
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl

from pipelines.warehouse.paths import connect_read_only
from pipelines.warehouse.sql_files import sql

SESSION = "sessions/aact"


def aact_session(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """Make ``con`` read SQL as AACT does: ``ctgov`` first on the search path, Postgres's integer
    division and NULL order. Returns ``con``; a warehouse without ``ctgov`` (published by an
    earlier release) is a ``duckdb.CatalogException`` saying so."""
    if not con.execute(sql("catalog/has_ctgov")).fetchall()[0][0]:
        raise duckdb.CatalogException(
            "this warehouse has no ctgov schema (an earlier release published it): run `trials run` to publish it again"
        )
    con.execute(sql(SESSION))
    return con


def connect_aact(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to a published warehouse in an AACT session."""
    con = connect_read_only(Path(path))
    try:
        return aact_session(con)
    except BaseException:
        con.close()
        raise


def run_query(con: duckdb.DuckDBPyConnection, text: str) -> pl.DataFrame | None:
    """Run a user's SQL, one statement or several (``;``-separated, as a file of AACT queries
    holds them); return the last statement's rows, or None when it returns none."""
    relation = con.sql(text)
    return None if relation is None else relation.pl()
