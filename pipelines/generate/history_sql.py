"""Each record table's history SQL, from its contract and the templates in ``sql/templates``.

For a table the registry record fills (``trials`` and its children):

- ``sql/history/ddl/<table>.sql``: ``history.<table>``, the table's columns and ``valid_from`` and
  ``valid_to``, the Last Updated dates of the versions between which a row held;
- ``sql/history/columns/<table>.sql``: its columns added to a history an earlier release kept;
- ``sql/history/seed/<table>.sql``: the current rows of a trial the history lacks, as its first version;
- ``sql/history/add/<table>.sql``: the one version of a trial new to the warehouse;
- ``sql/history/gather/<table>.sql`` and ``sql/history/rebuild/<table>.sql``: the history of trials
  with other versions, gathered once and rebuilt whole a share of trials at a time;
- ``sql/history/as_of/<table>.sql``: ``bi.<table>_as_of(date)``, the bi view's rows on a date;
- ``sql/history/session_history/<table>.sql`` and ``sql/history/session/<table>.sql``:
  ``history.<table>`` and ``main.<table>`` on a date, in a report's ``--as-of`` session (the
  load's own tables pass through as they are).
"""

from __future__ import annotations

from pathlib import Path

from contracts import Table, tables
from pipelines.generate.files import MARKER, generated_in
from pipelines.generate.tables_sql import added_columns, column_definitions, fill, in_bi, staged_source, template, view_columns
from pipelines.warehouse.ownership import HISTORY_VALIDITY
from pipelines.warehouse.sql_files import SQL_DIR

GENERATED_FOLDERS = tuple(
    f"history/{folder}" for folder in ("ddl", "columns", "seed", "add", "gather", "rebuild", "as_of", "session", "session_history")
)


def ddl(table: Table) -> str:
    columns = column_definitions(table)
    return fill(template("history_ddl"), table=table.name, description=table.description, columns=columns, generated=MARKER)


def columns(table: Table) -> str:
    statements = added_columns(table, f"history.{table.name}")
    return fill(template("history_columns"), table=table.name, statements=statements, generated=MARKER)


def rebuild(table: Table) -> str:
    return fill(template("history_rebuild"), table=table.name, columns=", ".join(table.schema), generated=MARKER)


def as_of(table: Table) -> str:
    columns = view_columns(table, exclude=f"exclude ({', '.join(HISTORY_VALIDITY)})")
    return fill(template("history_as_of"), table=table.name, columns=columns, generated=MARKER)


def expected_files() -> dict[Path, str]:
    """Every generated history SQL file with the text it must have."""
    files: dict[Path, str] = {}
    for table in tables():
        if not table.from_record:
            files[SQL_DIR / "history" / "session" / f"{table.name}.sql"] = fill(
                template("history_session_own"), table=table.name, generated=MARKER
            )
            continue
        folder = SQL_DIR / "history"
        files[folder / "ddl" / f"{table.name}.sql"] = ddl(table)
        files[folder / "columns" / f"{table.name}.sql"] = columns(table)
        files[folder / "seed" / f"{table.name}.sql"] = fill(template("history_seed"), table=table.name, generated=MARKER)
        files[folder / "add" / f"{table.name}.sql"] = fill(
            template("history_add"), table=table.name, generated=MARKER, **staged_source(table)
        )
        files[folder / "gather" / f"{table.name}.sql"] = fill(
            template("history_gather"), table=table.name, generated=MARKER, **staged_source(table)
        )
        files[folder / "rebuild" / f"{table.name}.sql"] = rebuild(table)
        if in_bi(table):
            files[folder / "as_of" / f"{table.name}.sql"] = as_of(table)
        files[folder / "session_history" / f"{table.name}.sql"] = fill(
            template("history_session_history"), table=table.name, generated=MARKER
        )
        files[folder / "session" / f"{table.name}.sql"] = fill(template("history_session"), table=table.name, generated=MARKER)
    return files


def generated_files() -> list[Path]:
    """The generated history SQL files there are now."""
    return generated_in(SQL_DIR, GENERATED_FOLDERS)
