"""The load of a run: every contract-checked batch into the build, set-based, a table at a
time. No dagster here."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from contracts import FileManifest, Quarantine, Trials, polars_schema
from pipelines.parsing.model import SKIPPED, TABLES, TRIAL_TABLE, UNKNOWN_FIELD, Issue
from pipelines.transform.batch import quarantine_row
from pipelines.transform.landing import UNCHANGED_SCHEMA
from pipelines.transform.staging import MANIFEST, QUARANTINE, read_parquet, staged_file, staged_files
from pipelines.transform.versions import BY_VERSION, VERSION_COLUMNS, decide_versions, latest_per_trial, superseded_in_run
from pipelines.warehouse.paths import transaction
from pipelines.warehouse.sql_files import run_sql, sql

# Contracted batches of a table loaded in one statement: at most 10 (about 50,000 records), and
# no more than SLICE_BYTES of the table's staged Parquet, so that a wide table (trials, with its
# long texts) is loaded a few batches at a time: what a statement holds in memory follows the
# bytes, not the records, and 10 batches of trials overran 256 MB of DuckDB memory in the v1.0.0
# storage format.
BATCHES_PER_SLICE = 10
SLICE_BYTES = 8 * 2**20
# Versions (of the trials whose history a run rebuilds) rebuilt in one statement: a share's rows
# of a table, all their versions, are windowed together, so memory follows the share, not the run
# (a backfill of thousands of trials in twenty versions each ran out of 512 MB in one statement).
VERSIONS_PER_REBUILD = 2_000
# Trials whose versions are decided together (all records of a trial are in the same share).
TRIALS_PER_DECISION = 100_000
# A current record: its trial, the number of the batch folder it is staged in, its source and Last Updated.
LOADED_SCHEMA = pl.Schema({"nct_id": pl.String, "batch": pl.Int32, "source_uri": pl.String, "last_updated": pl.Date})
# A version written to history by a rebuild: the record's trial, Last Updated, folder and source.
VERSIONS_SCHEMA = pl.Schema({"nct_id": pl.String, "last_updated": pl.Date, "batch": pl.Int32, "source_uri": pl.String})


def load_run(
    con: duckdb.DuckDBPyConnection,
    folders: list[Path],
    load_id: str,
    recorded_at: datetime,
    skipped: list[dict[str, str]] = (),
    unchanged: pl.DataFrame | None = None,
) -> Iterator[str]:
    """Load every contract-checked batch of a run into the build, set-based, a table at a time
    (each committed on its own) and its batches a slice at a time; yield each table's name once
    it is loaded.

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
        _seed_history(con)
        versions = _decide_versions(con, folders, load_id, recorded_at)
        problems = versions.problems + [
            quarantine_row(load_id, skip["source_uri"], None, Issue("discover", skip["reason"], action=SKIPPED), recorded_at)
            for skip in skipped
        ]
        replaced = versions.replaced
        none_replaced = replaced.clear()
        rebuilt = versions.versions_in(folders)
        offer("history_incoming", rebuilt)
        run_sql(con, "history/versions")
        rebuilt_folders = sorted({Path(batch) for batch in rebuilt["batch"]})
        shares = rebuild_shares(run_sql(con, "history/version_counts"))
        # A table at a time, and its batches a slice at a time: a statement holds one slice of
        # one table (and the versions of that slice only), whatever the run's size. Each table is
        # committed and checkpointed on its own: DuckDB holds what a transaction appended in
        # memory until it is checkpointed, so one transaction for the run grows with N. The build
        # is published only whole (``build.py``), so no reader ever sees it half loaded. The
        # replaced trials' old rows go with the first slice (later slices only add rows). Then
        # the table's history: the version of each new trial a slice at a time, and the trials
        # with other versions rebuilt together (their staged rows only).
        for table in TABLES if folders else ():
            with transaction(con):
                for number, (first, count) in enumerate(slices(folders, table)):
                    offer(
                        f"staged_{table}",
                        con.sql(sql("load/read_staged"), params={"files": staged_files(folders[first : first + count], table)}),
                    )
                    offer("loaded_versions", versions.loaded_in(folders, first, count))
                    offer("replaced_trials", replaced if number == 0 else none_replaced)
                    run_sql(con, f"load/{table}")
                    offer("history_new", versions.new_in(folders, first, count))
                    run_sql(con, f"history/add/{table}")
                if rebuilt_folders:
                    offer(f"staged_{table}", con.sql(sql("load/read_staged"), params={"files": staged_files(rebuilt_folders, table)}))
                    run_sql(con, f"history/gather/{table}")
                    for share in shares:
                        offer("history_share", share)
                        run_sql(con, f"history/rebuild/{table}")
                    run_sql(con, "history/gathered")
            con.unregister(f"staged_{table}")
            views.discard(f"staged_{table}")
            run_sql(con, "load/checkpoint")
            yield table
        with transaction(con):
            if folders:
                offer("staged_file_manifest", con.read_parquet(staged_files(folders, MANIFEST)))
                offer("staged_quarantine", con.sql(sql("load/read_staged"), params={"files": staged_files(folders, QUARANTINE)}))
                run_sql(con, "load/staged_quarantine", {"unknown_field": UNKNOWN_FIELD})
            else:
                offer("staged_file_manifest", pl.DataFrame(schema=polars_schema(FileManifest)))
            offer("unchanged_records", unchanged if unchanged is not None else pl.DataFrame(schema=UNCHANGED_SCHEMA))
            offer(
                "superseded_records",
                pl.DataFrame({"source_uri": versions.superseded_uris}, schema={"source_uri": pl.String}),
            )
            offer("past_records", pl.DataFrame({"source_uri": versions.past_uris}, schema={"source_uri": pl.String}))
            run_sql(con, "load/file_manifest")
            offer("superseded_files", pl.DataFrame({"source_uri": versions.replaced_uris}, schema={"source_uri": pl.String}))
            run_sql(con, "load/supersede_files")
            offer("incoming_quarantine", pl.DataFrame(problems, schema=polars_schema(Quarantine), orient="row"))
            run_sql(con, "load/quarantine")
        run_sql(con, "history/done")
        run_sql(con, "load/checkpoint")
    finally:
        for name in views:
            con.unregister(name)


def _seed_history(con: duckdb.DuckDBPyConnection) -> None:
    """Give the trials the history lacks (all of them, in a warehouse published before history
    was kept) their current rows as their first version, a table at a time."""
    run_sql(con, "history/unseeded")
    if not run_sql(con, "history/unseeded_count")[0][0]:
        return
    for table in TABLES:
        with transaction(con):
            run_sql(con, f"history/seed/{table}")
    run_sql(con, "load/checkpoint")


def rebuild_shares(counts: list[tuple[str, int]], most: int = VERSIONS_PER_REBUILD) -> list[pl.DataFrame]:
    """The trials whose history is rebuilt (``counts``: each one's versions), cut into shares of
    consecutive trials holding about ``most`` versions each (a trial is never split)."""
    shares: list[list[str]] = []
    held = most
    for nct_id, versions in counts:
        if held + versions > most and (not shares or shares[-1]):
            shares.append([])
            held = 0
        shares[-1].append(nct_id)
        held += versions
    return [pl.DataFrame({"nct_id": share}, schema={"nct_id": pl.String}) for share in shares]


def slices(folders: list[Path], table: str) -> list[tuple[int, int]]:
    """The batch folders cut into slices for loading ``table``: (first folder, folders), each at
    most ``BATCHES_PER_SLICE`` folders and ``SLICE_BYTES`` of the table's staged files (but at
    least one folder)."""
    cut: list[tuple[int, int]] = []
    first, size = 0, 0
    for number, folder in enumerate(folders):
        grown = size + staged_file(folder, table).stat().st_size
        if number > first and (number - first == BATCHES_PER_SLICE or grown > SLICE_BYTES):
            cut.append((first, number - first))
            first, grown = number, staged_file(folder, table).stat().st_size
        size = grown
    if folders:
        cut.append((first, len(folders) - first))
    return cut


@dataclass
class RunVersions:
    """What the version rule decided for a run's records: the current record of each trial it
    loads (NCT ID, batch number, source URI), the versions it writes to history, the stored
    trials they replace, and what became of the other records."""

    loaded: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=LOADED_SCHEMA))
    new_ids: list[str] = field(default_factory=list)  # trials whose only version is the one the run loads
    versions: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=VERSIONS_SCHEMA))  # of the other trials
    replaced_ids: list[str] = field(default_factory=list)
    superseded_uris: list[str] = field(default_factory=list)  # lost to a record of the same version
    replaced_uris: list[str] = field(default_factory=list)  # stored records replaced by one of the same version
    past_uris: list[str] = field(default_factory=list)  # records that are a past version now: in history alone
    problems: list[dict[str, Any]] = field(default_factory=list)

    @property
    def replaced(self) -> pl.DataFrame:
        return pl.DataFrame({"nct_id": sorted(self.replaced_ids)}, schema={"nct_id": pl.String})

    def loaded_in(self, folders: list[Path], first: int, count: int) -> pl.DataFrame:
        """The current records staged in ``folders[first:first + count]``, with their folder."""
        return _in_folders(self.loaded, folders, first, count)

    def new_in(self, folders: list[Path], first: int, count: int) -> pl.DataFrame:
        """Of those, the records of trials new to the warehouse (their history is that version)."""
        return _in_folders(self.loaded.filter(pl.col("nct_id").is_in(self.new_ids)), folders, first, count)

    def versions_in(self, folders: list[Path]) -> pl.DataFrame:
        """The versions of trials the warehouse held, or that come with several (their history is
        rebuilt: ``sql/history/rebuild``), with their folder."""
        return _in_folders(self.versions, folders, 0, len(folders))


def _in_folders(records: pl.DataFrame, folders: list[Path], first: int, count: int) -> pl.DataFrame:
    names = {number: str(folders[number]) for number in range(first, first + count)}
    return records.filter(pl.col("batch").is_between(first, first + count - 1)).with_columns(
        batch=pl.col("batch").replace_strict(names, return_dtype=pl.String)
    )


def _decide_versions(con: duckdb.DuckDBPyConnection, folders: list[Path], load_id: str, at: datetime) -> RunVersions:
    """Apply the version rule (``versions.py``) to the run's records, a share of the trials at a
    time (by a hash of the NCT ID, about ``TRIALS_PER_DECISION`` in each): all records of a
    trial fall in the same share, so each share is decided on its own and memory holds one
    share's records and stored versions, whatever the run's size."""
    total = sum(pl.scan_parquet(staged_file(folder, TRIAL_TABLE), glob=False).select(pl.len()).collect().item() for folder in folders)
    shares = max(1, -(-total // TRIALS_PER_DECISION))
    in_run, stale, loaded, versions_of = [], [], [], []
    versions = RunVersions()
    for share in range(shares):
        kept, superseded = latest_per_trial(_staged_versions(folders, share, shares), by=BY_VERSION)
        con.register("incoming_versions", kept.select("nct_id"))
        try:
            stored = run_sql(con, "load/existing_versions")
        finally:
            con.unregister("incoming_versions")
        decision = decide_versions(kept, stored, load_id, at)
        in_run += [
            quarantine_row(load_id, row["source_uri"], row["nct_id"], superseded_in_run(row), at)
            for row in superseded.iter_rows(named=True)
        ]
        stale += decision.problems
        loaded.append(decision.current.select(LOADED_SCHEMA.names()))
        versions_of.append(decision.accepted.filter(~pl.col("nct_id").is_in(decision.new_ids)).select(VERSIONS_SCHEMA.names()))
        versions.new_ids += decision.new_ids
        versions.replaced_ids += decision.replaced_ids
        versions.superseded_uris += [*superseded["source_uri"], *decision.stale_uris]
        versions.replaced_uris += decision.replaced_uris
        versions.past_uris += decision.past_uris
    versions.problems = in_run + stale
    versions.loaded = pl.concat([versions.loaded, *loaded], rechunk=True)
    versions.versions = pl.concat([versions.versions, *versions_of], rechunk=True)
    return versions


def _staged_versions(folders: list[Path], share: int, shares: int) -> pl.DataFrame:
    """The version columns of the staged trials in one share (by NCT ID), with the number of the
    batch folder each is staged in."""
    schema = polars_schema(Trials)
    frames = [
        read_parquet(staged_file(folder, TRIAL_TABLE), columns=VERSION_COLUMNS)
        .filter(pl.col("nct_id").hash(seed=0) % shares == share)
        .with_columns(batch=pl.lit(number, pl.Int32))
        for number, folder in enumerate(folders)
    ]
    return (
        pl.concat(frames) if frames else pl.DataFrame(schema={**{c: schema[c] for c in VERSION_COLUMNS}, "batch": LOADED_SCHEMA["batch"]})
    )
