"""SQL lives in ``sql/`` at the project root, one statement group per file, and is installed
inside the package as ``pipelines.sql``; this reads it, through ``importlib.resources``."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

SQL_DIR = Path(os.fspath(files("pipelines.sql")))


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
    return dict(zip(names, row, strict=True))


@dataclass(frozen=True)
class SqlHeader:
    """What the leading ``--`` comment lines of a SQL file declare.

    The first line says what the object is. After it, ``-- param NAME: text`` declares a named
    parameter (bound as ``$NAME``, NULL when not given), ``-- column NAME: text`` describes a column
    the file computes, and ``-- inherits: TABLE`` names the table whose contract describes the
    other columns. Any other comment line continues the description.
    """

    description: str
    notes: tuple[str, ...] = ()
    params: dict[str, str] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)
    inherits: tuple[str, ...] = ()
    grain: str = ""
    key: tuple[str, ...] = ()


_DECLARATION = re.compile(r"^(param|column) (\w+): (.+)$")


def sql_header(name: str) -> SqlHeader:
    """The header of ``sql/<name>.sql``; a file without one is an error."""
    lines = []
    for line in sql(name).splitlines():
        if not line.startswith("--"):
            break
        lines.append(line[2:].strip())
    if not lines or not lines[0]:
        raise ValueError(f"sql/{name}.sql has no header comment saying what it is")
    notes, params, columns, listed = [], {}, {}, {"inherits": (), "key": (), "grain": ""}
    for line in lines[1:]:
        if found := _DECLARATION.match(line):
            kind, name_, text = found.groups()
            (params if kind == "param" else columns)[name_] = text
        elif (word := line.split(":", 1)[0]) in listed and ":" in line:
            text = line.split(":", 1)[1].strip()
            listed[word] = text if word == "grain" else tuple(part.strip() for part in text.split(","))
        else:
            notes.append(line)
    return SqlHeader(lines[0], tuple(notes), params, columns, listed["inherits"], listed["grain"], listed["key"])
