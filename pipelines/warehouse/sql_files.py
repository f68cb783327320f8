"""SQL lives in ``sql/`` at the project root, one statement group per file; this reads it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"


@cache
def sql(name: str) -> str:
    """The text of ``sql/<name>.sql`` (``sql("load/trials")``)."""
    path = SQL_DIR / f"{name}.sql"
    if not path.is_file():
        raise FileNotFoundError(f"no SQL file {path}")
    return path.read_text(encoding="utf-8")


def sql_names(folder: str) -> list[str]:
    """Names of the SQL files in ``sql/<folder>``, sorted (``views/trial_overview``)."""
    return sorted(f"{folder}/{path.stem}" for path in (SQL_DIR / folder).glob("*.sql"))


def run_sql(con, name: str, params: dict | None = None) -> list[tuple]:
    """Execute ``sql/<name>.sql`` with bound parameters and fetch its (last statement's) rows."""
    return con.execute(sql(name), params).fetchall()


def run_sql_row(con, name: str, params: dict | None = None) -> dict:
    """Execute ``sql/<name>.sql`` and return its single row as a dict of column to value."""
    cursor = con.execute(sql(name), params)
    names = [column[0] for column in cursor.description]
    (row,) = cursor.fetchall()
    return dict(zip(names, row))
