"""``trials sql``: an interactive SQL shell on the published warehouse, read-only, with the data
dictionary at hand. No dagster here.

Statements end with ``;`` (a line may hold several, a statement may span lines: the stdlib's
``sqlite3.complete_statement`` tells when one is whole, quotes and comments included). Dot
commands answer from the warehouse itself (its ``COMMENT ON`` text and ``bi.relationships``), so
they describe the file that is open, whichever release published it. Without a terminal the
shell reads statements from standard input, as the DuckDB CLI does (``trials sql < queries.sql``).
"""

from __future__ import annotations

import os
import shlex
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import duckdb

from pipelines.reports import FORMATS, ReportError, all_reports, find_report, parse_params, render, run_report
from pipelines.warehouse.sql_files import run_sql

PROMPT, CONTINUE = "trials> ", "   ...> "
DEFAULT_MAX_ROWS = 1000
HELP = """\
SQL statements end with ; and run read-only on the published warehouse.
Schemas: main (tables), bi (flat views for BI tools), ctgov (AACT's tables: use --aact to read them unqualified).

.tables [WORDS]       tables and views, with what one row is (only those whose name or description has every word)
.describe NAME        a table's or view's columns, types and descriptions (NAME: trials, bi.trial_overview, ctgov.studies)
.joins NAME           how NAME joins the tables around it (bi.relationships)
.search WORDS         columns whose name or description has every word
.reports              the reports;  .report NAME [name=value ...]  runs one
.mode table|csv|json  how rows are printed (now: {mode})
.maxrows N            rows printed at most (now: {maxrows}; the query itself is not changed)
.timer on|off         print each statement's time
.help                 this text;  .quit  (or Ctrl-D) leaves
"""


@dataclass
class Shell:
    con: duckdb.DuckDBPyConnection
    out: TextIO = sys.stdout
    err: TextIO = sys.stderr
    mode: str = "table"
    maxrows: int = DEFAULT_MAX_ROWS
    timer: bool = False
    failures: int = field(default=0)

    # -- statements -------------------------------------------------------------------------
    def run_sql(self, text: str) -> None:
        started = time.monotonic()
        try:
            for statement in self.con.extract_statements(text):
                relation = self.con.sql(statement.query)
                if relation is None:
                    self.out.write("OK\n")
                    continue
                frame = relation.limit(self.maxrows + 1).pl()
                shown = frame.head(self.maxrows)
                self.out.write(render(shown, self.mode))
                if frame.height > self.maxrows:
                    self.out.write(f"(only the first {self.maxrows:,} rows are shown: .maxrows N for more)\n")
        except duckdb.Error as exc:
            self.failures += 1
            self.err.write(f"Error: {exc}\n")
        if self.timer:
            self.out.write(f"Time: {time.monotonic() - started:.3f} s\n")

    # -- dot commands -----------------------------------------------------------------------
    def command(self, line: str) -> bool:
        """Run a dot command; False when it is ``.quit``."""
        name, _, rest = line.strip().partition(" ")
        rest = rest.strip()
        handler = {
            ".help": self._help,
            ".tables": self._tables,
            ".describe": self._describe,
            ".d": self._describe,
            ".joins": self._joins,
            ".search": self._search,
            ".reports": self._reports,
            ".report": self._report,
            ".mode": self._mode,
            ".maxrows": self._maxrows,
            ".timer": self._timer,
        }.get(name)
        if name in (".quit", ".exit", ".q"):
            return False
        if handler is None:
            self.failures += 1
            self.err.write(f"Error: unknown command {name}: .help lists them\n")
            return True
        try:
            handler(rest)
        except (duckdb.Error, ReportError, ValueError) as exc:
            self.failures += 1
            self.err.write(f"Error: {exc}\n")
        return True

    def _print(self, rows: list[tuple], columns: list[str]) -> None:
        import polars as pl

        self.out.write(render(pl.DataFrame(rows, schema=columns, orient="row"), self.mode))

    def _print_described(self, rows: list[tuple], columns: list[str]) -> None:
        """Rows whose last column is a description: in table mode, aligned with the description
        whole (a table would cut it), else as the mode prints rows."""
        if self.mode != "table":
            self._print(rows, columns)
            return
        widths = [max(len(str(row[i])) for row in rows) for i in range(len(columns) - 1)]
        for row in rows:
            self.out.write("  ".join(str(value).ljust(width) for value, width in zip(row, widths, strict=False)) + f"  {row[-1] or ''}\n")
        self.out.write(f"({len(rows)} row{'' if len(rows) == 1 else 's'})\n")

    def _help(self, _: str) -> None:
        self.out.write(HELP.format(mode=self.mode, maxrows=self.maxrows))

    def _tables(self, words: str) -> None:
        rows = run_sql(self.con, "shell/relations", {"words": _words(words)})
        self._print(rows, ["relation", "kind", "grain"])

    def _describe(self, name: str) -> None:
        schema, table = _split(name)
        rows = run_sql(self.con, "shell/columns", {"schema": schema, "name": table})
        if not rows:
            raise ValueError(f"no table or view {schema}.{table}: .tables lists them")
        self._print_described(rows, ["column", "type", "description"])

    def _joins(self, name: str) -> None:
        _, table = _split(name)
        try:
            rows = run_sql(self.con, "shell/joins", {"name": table})
        except duckdb.CatalogException as exc:
            raise ValueError("this warehouse has no bi.relationships (an earlier release published it): run `trials run` again") from exc
        if not rows:
            self.out.write(f"{table} declares no joins (.tables lists the tables)\n")
            return
        self._print(rows, ["table", "joins", "on"])

    def _search(self, words: str) -> None:
        if not _words(words):
            raise ValueError(".search needs a word")
        rows = run_sql(self.con, "shell/search", {"words": _words(words)})
        if not rows:
            self.out.write("no column's name or description has every word\n")
            return
        self._print_described(rows, ["column", "type", "description"])

    def _reports(self, _: str) -> None:
        self.out.write("\n".join(found.line() for found in all_reports()) + "\n")

    def _report(self, rest: str) -> None:
        words = shlex.split(rest)  # quotes keep a value with spaces whole: sponsor="Eli Lilly"
        if not words:
            raise ValueError(".report NAME [name=value ...]: .reports lists them")
        name, *params = words
        found = find_report(name)
        self.out.write(render(run_report(self.con, found, parse_params(params)), self.mode))

    def _mode(self, mode: str) -> None:
        if mode not in FORMATS:
            raise ValueError(f".mode is one of {', '.join(FORMATS)}")
        self.mode = mode

    def _maxrows(self, value: str) -> None:
        if not value.isdigit() or int(value) < 1:
            raise ValueError(".maxrows takes a whole number of at least 1")
        self.maxrows = int(value)

    def _timer(self, value: str) -> None:
        if value not in ("on", "off"):
            raise ValueError(".timer on or .timer off")
        self.timer = value == "on"

    # -- the loop ---------------------------------------------------------------------------
    def loop(self, read, interactive: bool) -> int:
        """Read lines with ``read(prompt)`` (None at the end) until the end or ``.quit``; the exit
        code: 0, or 1 when a statement or command failed and the input was not a terminal."""
        buffer = ""
        while True:
            try:
                line = read(CONTINUE if buffer else PROMPT)
            except KeyboardInterrupt:  # Ctrl-C drops the statement being typed, as psql does
                self.out.write("^C\n")
                buffer = ""
                continue
            if line is None:
                break
            if not buffer and line.lstrip().startswith("."):
                if not self.command(line):
                    break
                continue
            if not buffer and not line.strip():
                continue
            buffer += line if line.endswith("\n") else line + "\n"
            if sqlite3.complete_statement(buffer):
                self.run_sql(buffer)
                buffer = ""
        if buffer.strip():  # the last statement, without its ;
            self.run_sql(buffer)
        return 0 if interactive or not self.failures else 1


def _words(text: str) -> list[str]:
    return [word.lower() for word in text.split()]


def _split(name: str) -> tuple[str, str]:
    if not name:
        raise ValueError("name a table or view")
    schema, _, table = name.rpartition(".")
    return schema or "main", table


def history_file() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "trials-warehouse" / "sql_history"


def stream_reader(stream: TextIO):
    """Lines of a file or pipe; the prompt is not shown."""
    lines = iter(stream)
    return lambda _prompt: next(lines, None)


def terminal_reader(out: TextIO):
    """Lines typed at the terminal, with readline's editing and a history kept between sessions
    (``$XDG_STATE_HOME/trials-warehouse/sql_history``) where readline is there."""
    try:
        import readline
    except ImportError:  # not on every platform
        readline = None
    if readline is not None:
        history = history_file()
        history.parent.mkdir(parents=True, exist_ok=True)
        if history.is_file():
            readline.read_history_file(history)
        import atexit

        atexit.register(readline.write_history_file, history)

    def read(prompt: str) -> str | None:
        try:
            return input(prompt)
        except EOFError:
            out.write("\n")
            return None

    return read
