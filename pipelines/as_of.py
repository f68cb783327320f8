"""The warehouse as the registry gave it on a date: an in-memory session over the published file
(attached read-only) in which every record table, its history and every ``bi`` and ``ctgov``
view read as of that date, by the registry's Last Updated date. Reports and users' SQL run in it
unchanged (``trials report ... --as-of``, ``trials query --as-of``). No dagster here.

    from pipelines.as_of import as_of_session
    con = as_of_session(Path("data/warehouse/trials.duckdb"), date(2020, 1, 1))
    con.sql("select overall_status, count(*) from bi.trials group by 1").show()
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb

from pipelines.warehouse.paths import attach_read_only
from pipelines.warehouse.sql_files import run_sql, sql_names
from pipelines.warehouse.views import create_schema_views


def as_of_session(path: Path, on: date) -> duckdb.DuckDBPyConnection:
    """A connection that reads the published warehouse at ``path`` as of ``on``: ``main`` and
    ``history`` hold views of the versions last updated on or before it (the load's own tables as
    they are), and ``bi`` and ``ctgov`` the warehouse's own views over them. A warehouse that
    keeps no history (an earlier release published it) is a ``duckdb.CatalogException`` saying so."""
    con = duckdb.connect(config={"autoload_known_extensions": False, "autoinstall_known_extensions": False})
    try:
        attach_read_only(con, path, "warehouse")
        if not run_sql(con, "catalog/has_history")[0][0]:
            raise duckdb.CatalogException(
                "this warehouse keeps no history (an earlier release published it): run `trials run` to publish it again"
            )
        run_sql(con, "sessions/as_of", {"as_of": on})
        run_sql(con, "history/schema")
        for name in [*sql_names("history/session_history"), *sql_names("history/session")]:
            run_sql(con, name)
        create_schema_views(con, macros=False)
        return con
    except BaseException:
        con.close()
        raise
