"""The warehouse's views: the ``bi`` schema (``sql/views``) and the AACT-compatible ``ctgov``
schema (``sql/ctgov``), and the data dictionary's comments on every table, view and column
(``sql/dictionary``), created in the build. No dagster here."""

from __future__ import annotations

import duckdb

from pipelines.warehouse.paths import transaction
from pipelines.warehouse.sql_files import run_sql, sql_names

# Each schema of views, with the folder of sql/ holding one file per view.
VIEW_SCHEMAS = {"bi": "views", "ctgov": "ctgov"}


def view_files() -> dict[str, str]:
    """Every view the warehouse defines, by qualified name (``ctgov.studies``), with its SQL file's
    name (``ctgov/studies``)."""
    return {f"{schema}.{name.split('/', 1)[1]}": name for schema, folder in VIEW_SCHEMAS.items() for name in sql_names(folder)}


def create_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Create the ``bi`` and ``ctgov`` views and describe every table and view (``sql/dictionary``,
    generated from the contracts and the views' headers); return the views' qualified names.
    One transaction: all or nothing, and a third of the time of a commit per statement."""
    with transaction(con):
        names = create_schema_views(con)
        for name in [name for schema in ("main", "history", *VIEW_SCHEMAS) for name in sql_names(f"dictionary/{schema}")]:
            run_sql(con, name)
    return names


def create_schema_views(con: duckdb.DuckDBPyConnection, macros: bool = True) -> list[str]:
    """The ``bi`` and ``ctgov`` schemas and their views, without their descriptions, and (unless
    ``macros`` is False) the ``bi.<table>_as_of(date)`` table macros over the history."""
    for name in sql_names("schemas"):
        run_sql(con, name)
    files = view_files()
    for name in [*files.values(), *(sql_names("history/as_of") if macros else [])]:
        run_sql(con, name)
    return list(files)
