"""``python -m pipelines.generate [--check]`` (``make generate``): regenerate every file that
follows from the contracts (each table's SQL, then the data dictionary and the views' column
lineage), or check they are current."""

from __future__ import annotations

import argparse
import sys

from pipelines.dictionary import lineage
from pipelines.dictionary import render as dictionary
from pipelines.generate import files, history_sql, tables_sql
from pipelines.warehouse.sql_files import SQL_DIR, sql

PROJECT_DIR = SQL_DIR.parent


def _expected() -> dict:
    return {**tables_sql.expected_files(), **history_sql.expected_files()}


def _generated() -> list:
    return tables_sql.generated_files() + history_sql.generated_files()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.generate", description=__doc__)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when a file is out of date")
    args = parser.parse_args(argv)
    if args.check:
        changed = files.stale(_expected(), _generated())
        if not changed:  # the dictionary and the lineage are read from the table SQL: only current SQL can say
            changed = dictionary.stale_files() + files.stale(lineage.expected_files(), [])
    else:
        changed = files.write(_expected(), _generated())
        sql.cache_clear()  # the dictionary reads the SQL just written
        dictionary.catalog.cache_clear()
        changed += dictionary.write()
        changed += files.write(lineage.expected_files(), [])
    for path in changed:
        print(f"{'out of date' if args.check else 'updated'}: {path.relative_to(PROJECT_DIR)}")
    if args.check and changed:
        print("run `make generate` to regenerate them from the contracts", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
