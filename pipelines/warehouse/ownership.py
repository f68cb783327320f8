"""What the warehouse owns in its file, and what it does with the rest. No dagster here.

The warehouse owns the tables its contracts declare (schema ``main``), their history (schema
``history``) and the whole ``bi`` and ``ctgov`` schemas. Everything else in the file is a user's: a table or view of their own (in ``main`` or a
schema of their own) is kept run after run, and carried over when the file is rewritten in
another storage format; the checks never look at it. What cannot be kept faithfully is refused
at the start of the run, which then publishes nothing and names each object and what to do:

- an object in ``bi``, ``ctgov`` or ``history``, or a column added to a warehouse table (the run would overwrite them);
- a key (primary, unique, foreign) or an index (the file holds none, so that DuckDB 1.0 reads it);
- on a rewrite only: a sequence, macro or type (a rewrite cannot carry their state).
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from contracts import CONTRACTS, PAGE_CONTRACTS, polars_schema
from pipelines.warehouse.sql_files import run_sql, sql, sql_names
from pipelines.warehouse.views import VIEW_SCHEMAS, view_files

# The history the warehouse keeps: one table per table a record fills (``sql/history/ddl``).
HISTORY_TABLES = list(PAGE_CONTRACTS)
HISTORY_VALIDITY = ("valid_from", "valid_to")


class ForeignObjects(RuntimeError):
    """The warehouse file holds users' objects that a run cannot keep."""


@dataclass(frozen=True)
class Foreign:
    kind: str
    schema: str
    name: str
    create_sql: str | None
    keys: int

    @property
    def qualified(self) -> str:
        return self.name if self.kind == "schema" else f"{self.schema}.{self.name}"


def owned_views() -> list[str]:
    """The views the warehouse defines, qualified (``bi.trials``, ``ctgov.studies``)."""
    return list(view_files())


def owned_macros() -> list[str]:
    """The table macros the warehouse defines, qualified (``bi.trials_as_of``)."""
    return [f"bi.{name.split('/')[-1]}_as_of" for name in sql_names("history/as_of")]


def foreign_objects(con: duckdb.DuckDBPyConnection) -> list[Foreign]:
    """Every object of the open file that the warehouse does not define."""
    params = {"tables": list(CONTRACTS), "history": HISTORY_TABLES, "views": owned_views(), "macros": owned_macros()}
    rows = run_sql(con, "catalog/foreign_objects", params)
    return [Foreign(*row) for row in rows]


def check_foreign(con: duckdb.DuckDBPyConnection, path, rewriting: bool) -> list[Foreign]:
    """The users' objects a run keeps; ``ForeignObjects`` naming those it cannot keep."""
    found = foreign_objects(con)
    problems = [_refusal(item, rewriting) for item in found]
    problems = [problem for problem in problems if problem]
    problems += _added_columns(con)
    if problems:
        raise ForeignObjects(
            f"the warehouse file {path} holds objects of yours that a run cannot keep, so nothing was changed: "
            + "; ".join(problems)
            + ". Keep your own tables and views (without keys or indexes) in main or a schema of your own, "
            "or in a database of your own that you ATTACH"
        )
    return [item for item in found if item.kind in ("schema", "table", "view")]


def _refusal(item: Foreign, rewriting: bool) -> str | None:
    if item.schema in (*VIEW_SCHEMAS, "history") and item.kind in ("table", "view"):
        return f"{item.qualified} (the {item.schema} schema belongs to the warehouse and is rebuilt by every run: move it to a schema of your own)"
    if item.kind == "table" and item.keys:
        return f"{item.qualified} (it has a primary, unique or foreign key: the file holds no index, so that DuckDB 1.0 reads it)"
    if item.kind == "index":
        return f"index {item.qualified} (the file holds no index, so that DuckDB 1.0 reads it: drop it)"
    if rewriting and item.kind in ("sequence", "macro", "type"):
        return f"{item.kind} {item.qualified} (the file is being rewritten in another storage format, which cannot carry it)"
    return None


def _added_columns(con: duckdb.DuckDBPyConnection) -> list[str]:
    columns: dict[str, list[str]] = {}
    for schema, table, column, _ in run_sql(con, "catalog/columns"):
        if schema == "main" and table in CONTRACTS:
            columns.setdefault(table, []).append(column)
    return [
        f"main.{table}.{column} (a column the warehouse does not define on its own table: keep it in a table of yours)"
        for table, found in sorted(columns.items())
        for column in found
        if column not in polars_schema(CONTRACTS[table])
    ]


def copy_foreign(con: duckdb.DuckDBPyConnection, kept: list[Foreign], source: str) -> None:
    """Recreate the users' schemas, tables (with their rows, from the attached ``source``) and
    views in the open file. Views are created once what they read exists."""
    for item in kept:
        if item.kind == "schema":  # the catalog keeps no SQL for a schema: only its name, quoted, is put in
            con.execute(sql("catalog/create_schema").replace("$schema", quoted(item.name)))
    for item in kept:
        if item.kind == "table":
            con.execute(item.create_sql)
            table = f"{quoted(item.schema)}.{quoted(item.name)}"
            con.table(f"{source}.{table}").insert_into(table)
    pending = [item for item in kept if item.kind == "view"]
    while pending:
        failed = []
        for item in pending:
            try:
                con.execute(item.create_sql)
            except duckdb.Error as exc:
                failed.append((item, exc))
        if len(failed) == len(pending):
            item, exc = failed[0]
            raise ForeignObjects(f"your view {item.qualified} cannot be carried into the rewritten warehouse: {exc}")
        pending = [item for item, _ in failed]


def quoted(name: str) -> str:
    """An identifier read from the catalog, quoted (never a value: values are bound)."""
    return '"' + name.replace('"', '""') + '"'
