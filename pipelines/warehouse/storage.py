"""Keep the warehouse file as small as its data. No dagster here.

A run replaces trials by deleting their rows and appending the new ones; DuckDB does not give
the space of deleted rows back (a row group with a few deleted rows is kept whole), so a file
loaded daily grows by about a percent a day (40% in 30 days of 1% updates). Each run compares
the file's bytes per trial with those of the last run that wrote the file whole (``load_runs``:
``file_bytes``, ``compacted``); past ``GROWTH_LIMIT`` the build is rewritten whole before it is
published (``build.rewrite``), so the published file stays within that of a fresh load.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipelines.warehouse.runs import count_rows
from pipelines.warehouse.sql_files import run_sql

# Bytes per trial beyond which the file is rewritten, against the last file written whole.
GROWTH_LIMIT = 1.08
# Below this size a file is never compacted: its fixed overhead, not deleted rows, sets its size.
MIN_COMPACT_BYTES = 64 * 2**20


def grown_too_much(con: duckdb.DuckDBPyConnection, path: Path) -> bool:
    """True when the open file ``path`` holds more than ``GROWTH_LIMIT`` times the bytes per
    trial it held when last written whole, or when no such run is recorded (a warehouse from a
    release that did not keep sizes)."""
    size = path.stat().st_size
    trials = count_rows(con, "trials")
    if size < MIN_COMPACT_BYTES or trials == 0:
        return False
    baseline = run_sql(con, "runs/last_compaction")
    if not baseline:
        return True
    base_bytes, base_trials = baseline[0]
    return size / trials > GROWTH_LIMIT * base_bytes / base_trials
