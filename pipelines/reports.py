"""Reports: questions users ask, answered by the SQL files in ``sql/reports`` over the ``bi`` views.

A report's header says what it answers (its first line) and which ``$parameters`` it takes
(``-- param NAME: text``); a parameter left out is NULL, which each report reads as "no filter"
or its stated default. No dagster here.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipelines.warehouse.sql_files import sql, sql_header, sql_names

if TYPE_CHECKING:  # polars and duckdb only when a report runs: listing them stays quick
    import duckdb
    import polars as pl

FORMATS = ("table", "csv", "json")
_PARAMETER = re.compile(r"\$(\w+)")


class ReportError(ValueError):
    """A report that does not exist, or a parameter it does not take."""


@dataclass(frozen=True)
class Report:
    name: str
    description: str
    params: dict[str, str]

    @property
    def sql(self) -> str:
        return sql(f"reports/{self.name}")

    def line(self) -> str:
        """The report in one line, for ``trials report --list``."""
        params = f"  [--param {' --param '.join(f'{p}=...' for p in self.params)}]" if self.params else ""
        return f"{self.name:<26}{self.description}{params}"


def all_reports() -> list[Report]:
    reports = []
    for name in sql_names("reports"):
        header = sql_header(name)
        reports.append(Report(name.split("/", 1)[1], header.description, header.params))
    return reports


def find_report(name: str) -> Report:
    known = {report.name: report for report in all_reports()}
    if name not in known:
        raise ReportError(f"no report {name!r}; the reports are: {', '.join(known)}")
    return known[name]


def parse_params(pairs: list[str]) -> dict[str, str]:
    """``["sponsor=Amgen"]`` (the ``--param`` flags) as ``{"sponsor": "Amgen"}``."""
    malformed = [pair for pair in pairs if "=" not in pair or not pair.split("=", 1)[0]]
    if malformed:
        raise ReportError(f"--param takes NAME=VALUE, not {malformed[0]!r}")
    return dict(pair.split("=", 1) for pair in pairs)


def bind(report: Report, given: dict[str, str]) -> dict[str, str | None]:
    """Every parameter the report takes, NULL where not given; an unknown one is an error."""
    unknown = sorted(set(given) - set(report.params))
    if unknown:
        takes = ", ".join(report.params) or "no parameters"
        raise ReportError(f"report {report.name} takes {takes}, not {', '.join(unknown)}")
    return {name: given.get(name) for name in report.params}


def _literal(value: str | None) -> str:
    return "null" if value is None else "'" + value.replace("'", "''") + "'"


def bound_sql(report: Report, given: dict[str, str]) -> str:
    """The report's SQL with each ``$parameter`` written as its value (a quoted literal, or NULL
    where not given), to paste into a BI tool's SQL editor. The warehouse itself binds them."""
    values = bind(report, given)
    return _PARAMETER.sub(lambda found: _literal(values[found[1]]) if found[1] in values else found[0], report.sql)


def run_report(con: duckdb.DuckDBPyConnection, report: Report, given: dict[str, str] | None = None) -> pl.DataFrame:
    return con.sql(report.sql, params=bind(report, given or {})).pl()


def render(frame: pl.DataFrame, fmt: str) -> str:
    """The report's rows as an aligned table, CSV (with a header) or a JSON array of objects."""
    import polars as pl

    if fmt == "csv":
        return frame.write_csv()
    if fmt == "json":
        buffer = io.StringIO()
        frame.write_json(buffer)
        return buffer.getvalue() + "\n"
    with pl.Config(
        tbl_rows=-1,
        tbl_cols=-1,
        fmt_str_lengths=60,
        tbl_width_chars=240,
        tbl_hide_dataframe_shape=True,
        tbl_hide_column_data_types=True,
        tbl_formatting="ASCII_MARKDOWN",
    ):
        return f"{frame}\n({frame.height} row{'' if frame.height == 1 else 's'})\n"
