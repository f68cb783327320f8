"""Each table's SQL, from its contract and the templates in ``sql/templates``.

- ``sql/ddl/<table>.sql``: the table, its columns, types and NOT NULL from the contract;
- ``sql/columns/<table>.sql``: its columns added to a warehouse an earlier release published;
- ``sql/load/<table>.sql``: a record's table is replaced per trial from the staged batches, a
  load's own table appended from ``incoming_<table>``;
- ``sql/views/<table>.sql``: the ``bi`` view, every column, INTEGER widened to BIGINT (unless
  the contract says ``metadata["bi"] = False``);
- ``sql/views/relationships.sql``: ``bi.relationships``, the joins the contracts declare;
- ``sql/checks/orphan_rows/<table>.sql`` and ``sql/checks/duplicate_keys/<table>.sql``: each child
  table's orphans and each keyed table's duplicate keys, one statement a table (run one at a time,
  so a check holds one table's aggregate in memory, whatever the warehouse's size).

A file there without the generated line is hand-written and kept in place of the generated one.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from contracts import Table, tables
from contracts.registry import relationships
from pipelines.generate.files import MARKER, generated_in
from pipelines.transform.batch import SOURCE_COLUMN
from pipelines.warehouse.sql_files import SQL_DIR

GENERATED_FOLDERS = ("ddl", "columns", "load", "views", "checks", "checks/orphan_rows", "checks/duplicate_keys")
_DUCKDB_TYPES = {
    pl.String: "varchar",
    pl.Int32: "integer",
    pl.Int64: "bigint",
    pl.Float64: "double",
    pl.Date: "date",
    pl.Boolean: "boolean",
    pl.Datetime: "timestamp",
}
_KEY_RULE = (
    "kept unique by the blocking check key_is_unique, not by an index (an\n"
    "-- index doubles the load time and the file size, and DuckDB 1.0 cannot read a file holding one)."
)


def duckdb_type(dtype) -> str:
    """The DuckDB type of a contract column's polars type."""
    return _DUCKDB_TYPES[dtype if isinstance(dtype, type) else type(dtype)]


def template(name: str) -> str:
    return (SQL_DIR / "templates" / f"{name}.sql").read_text(encoding="utf-8")


def fill(text: str, **values: str) -> str:
    """``{{name}}`` in a template replaced by identifiers and comment text (never SQL values);
    a value the template does not use is fine."""
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", value)
    if "{{" in text:
        raise ValueError(f"template placeholder left unfilled: {text[text.index('{{') :][:40]}")
    return text


def in_bi(table: Table) -> bool:
    return (table.model.__config__.metadata or {}).get("bi", True)


def column_definitions(table: Table) -> str:
    """The table's columns as a CREATE TABLE lists them: name, type and NOT NULL, from its contract."""
    spec = table.model.to_schema().columns
    return ",\n".join(
        f"    {name} {duckdb_type(dtype)}{'' if spec[name].nullable else ' not null'}" for name, dtype in table.schema.items()
    )


def added_columns(table: Table, qualified: str) -> str:
    """One ``add column if not exists`` per contract column of the table ``qualified`` names."""
    return "\n".join(
        f"alter table {qualified} add column if not exists {name} {duckdb_type(dtype)};" for name, dtype in table.schema.items()
    )


def ddl(table: Table) -> str:
    columns = column_definitions(table)
    key_note = f"Key ({', '.join(table.key)}): {_KEY_RULE}" if table.key else "No key: rows are events, never changed."
    return fill(template("ddl"), description=table.description, key_note=key_note, generated=MARKER, table=table.name, columns=columns)


def columns(table: Table) -> str:
    return fill(template("columns"), table=table.name, generated=MARKER, statements=added_columns(table, table.name))


def staged_source(table: Table) -> dict[str, str]:
    """How a record table's staged rows name their record: the column, and the columns the
    staged file has beyond the table's (the file each row was read from, and that column when it
    is not one of the table's)."""
    source = "source_uri" if table.parent is None else SOURCE_COLUMN
    return {"source": source, "exclude": "batch_file" if source in table.schema else f"batch_file, {source}"}


def load(table: Table) -> str:
    if not table.from_record:
        return fill(template("load_own"), table=table.name, generated=MARKER)
    return fill(template("load_record"), table=table.name, generated=MARKER, **staged_source(table))


def join_keys(table: Table) -> dict[str, tuple[str, str]]:
    """The single-column join keys the ``bi`` view of ``table`` adds: name → (expression, what it
    is). A join the contracts declare is on two columns (``nct_id`` and an ordinal); tools that
    join on one column of the same name on both sides (Power BI's autodetect, a drag-and-drop
    join) get ``<parent>_key`` (``nct_id:ordinal``) on the parent's view and the child's."""
    keys: dict[str, tuple[str, str]] = {}
    if any(r.parent == table.name and r.parent_columns != ("nct_id",) for r in relationships()):
        keys[f"{table.name}_key"] = (
            "nct_id || ':' || ordinal",
            f"Single-column key of this row (nct_id:ordinal): the rows that name it carry the same {table.name}_key.",
        )
    for r in relationships():
        if r.table == table.name and r.parent_columns != ("nct_id",):
            keys[f"{r.parent}_key"] = (
                f"nct_id || ':' || {r.via}",
                f"The {r.parent} row this row names (nct_id:{r.via}), to join bi.{r.parent} on {r.parent}_key alone"
                + ("; NULL when it names none." if r.optional else "."),
            )
    return keys


def view_columns(table: Table, exclude: str = "") -> str:
    """The select list of the ``bi`` view of ``table`` (``exclude``: an ``exclude (...)`` clause
    for columns of the relation read that the view leaves out)."""
    widened = [name for name, dtype in table.schema.items() if dtype == pl.Int32]
    columns = "*" + (f" {exclude}" if exclude else "")
    columns += f" replace ({', '.join(f'{name}::bigint as {name}' for name in widened)})" if widened else ""
    keys = join_keys(table)
    if keys:  # one column a line, as sqlfluff lays out a select of several
        return "\n    " + columns + "".join(f",\n    {expression} as {name}" for name, (expression, _) in keys.items())
    return " " + columns


def view(table: Table) -> str:
    columns = view_columns(table)
    keys = join_keys(table)
    notes = "".join(f"\n-- column {name}: {what}" for name, (_, what) in keys.items())
    return fill(template("view"), description=table.description, generated=MARKER, table=table.name, columns=columns, column_notes=notes)


def orphan_rows(table: Table) -> str:
    """The rows of ``table`` whose trial is missing, plus those naming a row of their trial that
    is not there (each ``refers_to`` field; a NULL names none)."""
    named = [r for r in relationships() if r.table == table.name and r.parent != table.parent]
    references = "".join(
        f"\n    + (select count(*) from {table.name} as c anti join {r.parent} as p on {r.condition()}"
        + (f" where c.{r.via} is not null)" if r.optional else ")")
        for r in named
    )
    said = ", ".join(f"{r.via} in {r.parent}" for r in named)
    return fill(
        template("orphan_rows"),
        table=table.name,
        parent=table.parent,
        named=f", or that name a row of it that is not there ({said})" if named else "",
        references=references,
        generated=MARKER,
    )


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def relationships_view() -> str:
    """``bi.relationships``: the declared joins as rows (generated text, committed; no value is
    formatted into SQL at run time)."""
    rows = ",\n".join(
        "    ("
        + ", ".join(
            [
                _literal(r.table),
                _literal(", ".join(r.columns)),
                _literal(r.parent),
                _literal(", ".join(r.parent_columns)),
                "true" if r.optional else "false",
                _literal(r.condition()),
                _literal("nct_id" if r.parent_columns == ("nct_id",) else f"{r.parent}_key"),
            ]
        )
        + ")"
        for r in relationships()
    )
    return fill(template("relationships"), rows=rows, generated=MARKER)


def duplicate_keys(table: Table) -> str:
    stored_key = ", ".join(f"stored.{column}" for column in table.key)
    name = "duplicate_keys_record" if table.from_record else "duplicate_keys_own"
    return fill(template(name), table=table.name, key=", ".join(table.key), stored_key=stored_key, generated=MARKER)


def _hand_written(path: Path) -> bool:
    return path.is_file() and MARKER not in path.read_text(encoding="utf-8")


def expected_files() -> dict[Path, str]:
    """Every generated SQL file with the text it must have (hand-written overrides left out)."""
    files: dict[Path, str] = {}
    for table in tables():
        files[SQL_DIR / "ddl" / f"{table.name}.sql"] = ddl(table)
        files[SQL_DIR / "columns" / f"{table.name}.sql"] = columns(table)
        files[SQL_DIR / "load" / f"{table.name}.sql"] = load(table)
        if in_bi(table):
            files[SQL_DIR / "views" / f"{table.name}.sql"] = view(table)
        if table.parent:
            files[SQL_DIR / "checks" / "orphan_rows" / f"{table.name}.sql"] = orphan_rows(table)
        if table.key:
            files[SQL_DIR / "checks" / "duplicate_keys" / f"{table.name}.sql"] = duplicate_keys(table)
    files[SQL_DIR / "views" / "relationships.sql"] = relationships_view()
    return {path: text for path, text in files.items() if not _hand_written(path)}


def generated_files() -> list[Path]:
    """The generated SQL files there are now."""
    return generated_in(SQL_DIR, GENERATED_FOLDERS)
