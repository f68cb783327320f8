"""The run's defaults, light enough for the CLI to read before it imports Dagster: sizes, the
storage format, the CPUs a run may use, and the default paths (read from the environment when
asked, never at import time; no path depends on the current folder or the installed package)."""

from __future__ import annotations

import os
from pathlib import Path

from pipelines.api.settings import ApiSettings
from pipelines.locations import samples_dir, user_data_dir

# The storage format the published file is written in: DuckDB 1.0 and every later release
# (the DuckDB that BI drivers bundle) read it. DuckDB 2.0 writes files only 2.0 reads by default.
STORAGE_VERSION = "v1.0.0"

# Records per batch. Contract checking costs a fixed ~0.15 s per batch whatever its size, so
# batches are large; 5,000 records keep a parser process near 300 MB (docs/benchmarks.md).
DEFAULT_BATCH_SIZE = 5000
# DuckDB's memory for loading and checking the build; beyond it DuckDB spills to disk. 256MB
# ran out now and then (not every time) loading the 600,000-study archive with posted results in
# the v1.0.0 storage format: the trials' long texts in a statement's buffers. The load's peak is
# still below the parse stage's (docs/benchmarks.md).
DEFAULT_MEMORY_LIMIT = "512MB"


def absolute(path: str | Path) -> Path:
    """An absolute path with links resolved; a link that loops is left as it is (the run reports it)."""
    return Path(os.path.realpath(os.path.expanduser(path)))


def default_sources() -> list[Path]:
    """``TRIALS_SOURCES`` (paths separated by the OS path separator; one that does not exist is
    reported by the run), else the bundled samples and the landing folder, when it exists."""
    configured = os.environ.get("TRIALS_SOURCES")
    if configured:
        return [absolute(p) for p in configured.split(os.pathsep) if p]
    return [p for p in (samples_dir(), landing_dir()) if p.exists()]


def default_warehouse() -> Path:
    """``TRIALS_WAREHOUSE``, else ``warehouse/trials.duckdb`` in the user's data folder."""
    configured = os.environ.get("TRIALS_WAREHOUSE")
    return absolute(configured) if configured else user_data_dir() / "warehouse" / "trials.duckdb"


def landing_dir() -> Path:
    """The folder the sensor watches for new pages (``TRIALS_LANDING``, else ``landing`` in the
    user's data folder)."""
    configured = os.environ.get("TRIALS_LANDING")
    return absolute(configured) if configured else user_data_dir() / "landing"


API_DEFAULTS = ApiSettings()


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity, else the machine's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)
