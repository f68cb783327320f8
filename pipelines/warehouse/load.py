"""The load of a run: every contract-checked batch into the build, set-based, in one
transaction. No dagster here."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl

from contracts import FileManifest, Quarantine, Trials, polars_schema
from pipelines.parsing.model import SKIPPED, TABLES, TRIAL_TABLE, Issue
from pipelines.transform.batch import quarantine_row
from pipelines.transform.landing import UNCHANGED_SCHEMA
from pipelines.transform.staging import MANIFEST, QUARANTINE, read_parquet, staged_file, staged_files
from pipelines.transform.versions import VERSION_COLUMNS, decide_versions, latest_per_trial, superseded_in_run
from pipelines.warehouse.paths import transaction
from pipelines.warehouse.sql_files import run_sql

# Contracted batches loaded in one statement: about 50,000 records (a batch holds up to 5,000).
BATCHES_PER_SLICE = 10


def load_run(
    con: duckdb.DuckDBPyConnection,
    folders: list[Path],
    load_id: str,
    recorded_at: datetime,
    skipped: list[dict[str, str]] = (),
    unchanged: pl.DataFrame | None = None,
) -> Iterator[str]:
    """Load every contract-checked batch of a run in one transaction, set-based, a table at a
    time and its batches a slice at a time; yield each table's name once it is loaded.

    The staged Parquet files are read by DuckDB directly (``staged_<table>`` views), so no row
    passes through Python. Only the version keys are read here: of several records of a trial
    in the run the latest wins (``latest_per_trial``), and it replaces the stored trial only when
    it is not older (``decide_versions``); a replaced trial's child rows are replaced as a whole.
    Every losing record is a quarantine row and its manifest row says ``superseded``; every
    input discovery ``skipped`` (``source_uri``, ``reason``) is a quarantine row too. The records
    of archive entries that did not change (``unchanged``: ``source_uri``, ``file_uri`` and the
    archive's new ``sha256``, ``size_bytes``, ``mtime_ns``) keep their manifest rows.
    """
    views: set[str] = set()

    def offer(name: str, data) -> None:
        con.register(name, data)
        views.add(name)

    try:
        with transaction(con):
            kept, superseded = latest_per_trial(_staged_versions(folders))
            offer("incoming_versions", kept)
            stored = run_sql(con, "load/existing_versions")
            decision = decide_versions(kept, stored, load_id, recorded_at)
            problems = [
                quarantine_row(load_id, row["source_uri"], row["nct_id"], superseded_in_run(row), recorded_at)
                for row in superseded.iter_rows(named=True)
            ]
            problems += decision.problems
            problems += [
                quarantine_row(load_id, skip["source_uri"], None, Issue("discover", skip["reason"], action=SKIPPED), recorded_at)
                for skip in skipped
            ]
            loaded = kept.filter(~pl.col("nct_id").is_in(decision.stale_ids)).select("nct_id", "batch")
            # Only trials already stored have rows to delete; a run of new trials deletes nothing.
            replaced = pl.DataFrame({"nct_id": sorted({row[0] for row in stored} - set(decision.stale_ids))}, schema={"nct_id": pl.String})
            none_replaced = replaced.clear()
            if folders:
                # A table at a time, and its batches a slice at a time: a statement holds one slice
                # of one table (and the versions of that slice only), whatever the run's size; full
                # row groups are written out as they fill. The replaced trials' old rows go with the
                # first slice (later slices only add rows).
                slices = [folders[start : start + BATCHES_PER_SLICE] for start in range(0, len(folders), BATCHES_PER_SLICE)]
                for table in TABLES:
                    for number, part in enumerate(slices):
                        offer(f"staged_{table}", con.read_parquet(staged_files(part, table), filename=True))
                        offer("loaded_versions", loaded.filter(pl.col("batch").is_in([str(folder) for folder in part])))
                        offer("replaced_trials", replaced if number == 0 else none_replaced)
                        run_sql(con, f"load/{table}")
                    yield table
                offer("replaced_trials", replaced)
                offer("staged_file_manifest", con.read_parquet(staged_files(folders, MANIFEST)))
                offer("staged_quarantine", con.read_parquet(staged_files(folders, QUARANTINE)))
                run_sql(con, "load/staged_quarantine")
            else:
                offer("staged_file_manifest", pl.DataFrame(schema=polars_schema(FileManifest)))
            offer("unchanged_records", unchanged if unchanged is not None else pl.DataFrame(schema=UNCHANGED_SCHEMA))
            offer(
                "superseded_records",
                pl.DataFrame({"source_uri": [*superseded["source_uri"], *decision.stale_uris]}, schema={"source_uri": pl.String}),
            )
            run_sql(con, "load/file_manifest")
            offer("superseded_files", pl.DataFrame({"source_uri": decision.replaced_uris}, schema={"source_uri": pl.String}))
            run_sql(con, "load/supersede_files")
            offer("incoming_quarantine", pl.DataFrame(problems, schema=polars_schema(Quarantine), orient="row"))
            run_sql(con, "load/quarantine")
    finally:
        for name in views:
            con.unregister(name)


def _staged_versions(folders: list[Path]) -> pl.DataFrame:
    """The version columns of every staged trial, with the batch folder it is staged in."""
    schema = polars_schema(Trials)
    frames = [
        read_parquet(staged_file(folder, TRIAL_TABLE), columns=VERSION_COLUMNS).with_columns(batch=pl.lit(str(folder)))
        for folder in folders
    ]
    return pl.concat(frames) if frames else pl.DataFrame(schema={**{c: schema[c] for c in VERSION_COLUMNS}, "batch": pl.String})
