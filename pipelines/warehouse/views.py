"""The ``bi`` schema's views (``sql/views``) and the data dictionary's comments on every table,
view and column (``sql/dictionary``), created in the build. No dagster here."""

from __future__ import annotations

import duckdb

from pipelines.warehouse.paths import transaction
from pipelines.warehouse.sql_files import run_sql, sql_names


def create_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Create the ``bi`` schema's views (``sql/views``) and describe every table and view
    (``sql/dictionary``, generated from the contracts); return the views' qualified names.
    One transaction: all or nothing, and a third of the time of a commit per statement."""
    with transaction(con):
        names = create_bi_views(con)
        for name in [*sql_names("dictionary/main"), *sql_names("dictionary/bi")]:
            run_sql(con, name)
    return names


def create_bi_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The ``bi`` schema and its views, without their descriptions."""
    for name in sql_names("schemas"):
        run_sql(con, name)
    names = sql_names("views")
    for name in names:
        run_sql(con, name)
    return [f"bi.{name.split('/', 1)[1]}" for name in names]
