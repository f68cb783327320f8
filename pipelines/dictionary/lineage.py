"""Column lineage: which table columns each ``bi`` and ``ctgov`` view column is computed from.

Read from the views' SQL by sqlglot (the SQL parser dagster-dbt uses for the same job), at
``make generate`` time, into ``sql/lineage.json`` (committed; a test fails when it is stale).
The pipeline reads that file (``lineage()``), so a run needs no parser: the ``bi_views`` asset
reports it to Dagster as ``dagster/column_lineage``, and the docs site shows it.

A view column's sources are the ``main`` table columns it is computed from, through any views
it reads (a ``ctgov`` view over ``bi.trial_overview`` gets the table columns behind that view).
A column computed from no column (a constant, ``count(*)``) has none.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from pipelines.warehouse.sql_files import SQL_DIR

LINEAGE_PATH = SQL_DIR / "lineage.json"


def _table_schemas() -> dict:
    from contracts import CONTRACTS, polars_schema
    from pipelines.generate.tables_sql import duckdb_type
    from pipelines.warehouse.ownership import HISTORY_TABLES, HISTORY_VALIDITY

    main = {name: {column: duckdb_type(dtype) for column, dtype in polars_schema(model).items()} for name, model in CONTRACTS.items()}
    history = {name: {**main[name], **dict.fromkeys(HISTORY_VALIDITY, "date")} for name in HISTORY_TABLES}
    return {"main": main, "history": history}


def compute(view_sql: dict[str, str], view_columns: dict[str, list[str]]) -> dict[str, dict[str, list[str]]]:
    """``{"bi.trial_overview": {"phase": ["main.trials.phase"], ...}, ...}`` for the given views
    (``schema.name`` → its SQL), whose columns are ``view_columns`` (as DuckDB names them).
    Views are resolved in the order given, so a view may read the views before it."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.lineage import lineage as column_lineage
    from sqlglot.optimizer.qualify import qualify

    schema = _table_schemas()
    found: dict[str, dict[str, list[str]]] = {}
    for qualified, text in view_sql.items():
        statement = sqlglot.parse_one(text, read="duckdb")
        select = statement.expression if isinstance(statement, exp.Create) else statement
        select = qualify(select, schema=schema, db="main", dialect="duckdb", validate_qualify_columns=False)
        nodes = column_lineage(None, select, schema=schema, dialect="duckdb")
        columns: dict[str, list[str]] = {}
        for column in view_columns[qualified]:
            node = nodes.get(column)
            sources: set[str] = set()
            for leaf in node.walk() if node is not None else ():
                if leaf.downstream or not isinstance(leaf.source, exp.Table):
                    continue
                table = leaf.source
                name = f"{table.db or 'main'}.{table.name}"
                column_name = leaf.name.split(".")[-1].strip('"')
                # a view read by this one: its own sources; a table: the column itself
                sources.update(found[name].get(column_name, []) if name in found else [f"{name}.{column_name}"])
            columns[column] = sorted(sources)
        found[qualified] = columns
        schema.setdefault(qualified.split(".")[0], {})[qualified.split(".")[1]] = {c: "varchar" for c in view_columns[qualified]}
    return found


def render(found: dict[str, dict[str, list[str]]]) -> str:
    return json.dumps(found, indent=1, sort_keys=True) + "\n"


def expected_files() -> dict[Path, str]:
    """The lineage file, with the text it must have."""
    from pipelines.dictionary.catalog import catalog
    from pipelines.warehouse.sql_files import sql
    from pipelines.warehouse.views import view_files

    columns = {r.qualified: [c.name for c in r.columns] for r in catalog() if r.kind == "view"}
    return {LINEAGE_PATH: render(compute({q: sql(f) for q, f in view_files().items()}, columns))}


@cache
def lineage() -> dict[str, dict[str, list[str]]]:
    """The committed lineage: view → column → the ``schema.table.column`` it comes from."""
    return json.loads(LINEAGE_PATH.read_text(encoding="utf-8"))
