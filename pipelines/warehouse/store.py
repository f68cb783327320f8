"""The DuckDB side: build a new warehouse beside the published one, load batches, swap it in.

No dagster here. One writer at a time (see ``lock.py``); readers only ever open the published
file, which is replaced whole by an atomic rename, so they never see half a run.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pandera.polars as pa
import polars as pl

from contracts import CONTRACTS, LoadRuns, Quarantine, Trials, polars_schema
from pipelines.parsing.model import SKIPPED, SUPERSEDED, TABLES, TRIAL_TABLE, Issue
from pipelines.transform.batch import quarantine_row
from pipelines.transform.staging import MANIFEST, QUARANTINE, read_parquet, staged_file, staged_files
from pipelines.transform.versions import STALE, SUPERSEDED_IN_RUN, latest_per_trial, superseded_in_run, version_key
from pipelines.warehouse.ownership import Foreign, check_foreign, copy_foreign
from pipelines.warehouse.paths import WarehousePaths, check_is_warehouse, connect, connect_read_only
from pipelines.warehouse.sql_files import run_sql, run_sql_row, sql, sql_names


def read_manifest(build: Path) -> pl.DataFrame:
    """Hashes, sizes and mtimes of the files the warehouse was loaded from."""
    with connect_read_only(build) as con:
        return con.sql(sql("load/read_manifest")).pl()


def remove_build(paths: WarehousePaths) -> None:
    """Throw away a build left by a crashed or killed run."""
    for leftover in (paths.build, paths.build_wal, _set_aside(paths.build)):
        leftover.unlink(missing_ok=True)


# The storage format the published file is written in: DuckDB 1.0 and every later release
# (the DuckDB that BI drivers bundle) read it. DuckDB 2.0 writes files only 2.0 reads by default.
STORAGE_VERSION = "v1.0.0"


def start_build(paths: WarehousePaths, storage_version: str = STORAGE_VERSION) -> None:
    """Create the build file: a copy of the published warehouse (or a new one) in the storage
    format ``storage_version``, with every table and no index.

    Only the published file is copied, never its write-ahead log: what a read-write client left
    there uncheckpointed is not the warehouse's. Users' own tables and views come along
    (``ownership.py``); what a run cannot keep stops it here, with the file untouched."""
    paths.build_dir.mkdir(parents=True, exist_ok=True)
    remove_build(paths)
    if not paths.published.exists():
        with connect(paths.build, storage_compatibility_version=storage_version) as con:
            ensure_schema(con)
        return
    check_is_warehouse(paths.published)
    shutil.copyfile(paths.published, paths.build)
    with connect(paths.build) as con:
        ensure_schema(con)
        (found_version, indexes), = run_sql(con, "catalog/storage")
        rewriting = bool(found_version != storage_version or indexes)
        kept = check_foreign(con, paths.published, rewriting)
    if rewriting:
        rewrite(paths.build, storage_version, kept)


def _set_aside(path: Path) -> Path:
    return path.with_name(path.name + ".old")


def rewrite(path: Path, storage_version: str, kept: list[Foreign] = ()) -> None:
    """Rewrite a warehouse file in ``storage_version``, without the primary-key indexes earlier
    releases created (DuckDB 1.0 cannot read a file holding one): a new file gets the tables of
    ``sql/ddl`` and every row of the old one, and the users' own schemas, tables and views
    (``kept``), and takes its place. The warehouse's views and comments are made again by the run
    (``create_views``)."""
    old = _set_aside(path)
    os.replace(path, old)
    try:
        with connect(path, storage_compatibility_version=storage_version) as con:
            ensure_schema(con)
            run_sql(con, "load/attach_source", {"source": str(old)})
            for table, model in CONTRACTS.items():  # by name: a migrated table has its added columns last
                con.table(f"source_warehouse.main.{table}").select(*polars_schema(model)).insert_into(table)
            if kept:
                create_bi_views(con)  # a user's view may read one
                copy_foreign(con, kept, "source_warehouse")
            run_sql(con, "load/detach_source")
    except BaseException:
        path.unlink(missing_ok=True)
        os.replace(old, path)
        raise
    old.unlink()


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Every table, and the columns a warehouse published by an earlier version lacks."""
    for name in [*sql_names("ddl"), *sql_names("migrate")]:
        run_sql(con, name)


def create_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Create the ``bi`` schema's views (``sql/views``) and describe every table and view
    (``sql/dictionary``, generated from the contracts); return the views' qualified names.
    One transaction: all or nothing, and a third of the time of a commit per statement."""
    with transaction(con):
        names = create_bi_views(con)
        for name in [*sql_names("dictionary/main"), *sql_names("dictionary/bi")]:
            run_sql(con, name)
    return names


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Run the block in one transaction: committed when it ends, rolled back when it raises.

    The error that ended it is the one raised: when the commit itself fails (a full disk, no
    memory left) DuckDB has already ended the transaction, and the rollback's own error ("no
    transaction is active") must not hide the cause."""
    con.begin()
    try:
        yield
    except BaseException:
        _rollback(con)
        raise
    try:
        con.commit()
    except BaseException:
        _rollback(con)
        raise


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.rollback()
    except duckdb.Error:
        pass  # the transaction is gone already; the caller raises what ended it


def create_bi_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The ``bi`` schema and its views, without their descriptions."""
    for name in sql_names("schemas"):
        run_sql(con, name)
    names = sql_names("views")
    for name in names:
        run_sql(con, name)
    return [f"bi.{name.split('/', 1)[1]}" for name in names]


@dataclass
class VersionDecision:
    """Which incoming pages lose to the stored version, and which stored files they replace."""

    stale_ids: list[str] = field(default_factory=list)
    stale_uris: list[str] = field(default_factory=list)
    replaced_uris: list[str] = field(default_factory=list)
    problems: list[dict[str, Any]] = field(default_factory=list)


def decide_versions(incoming: pl.DataFrame, stored: list[tuple], load_id: str, at: datetime) -> VersionDecision:
    """Compare incoming trials with the stored ones (``nct_id, last_updated, source_kind, source_uri, load_id``).

    A record replaces the stored trial only when it is not older (``versions.py``: Last Updated,
    then JSON over text, then source URI), so the outcome does not depend on the order records
    arrive in.
    """
    held_by_id = {row[0]: row[1:] for row in stored}
    decision = VersionDecision()
    for row in incoming.select("nct_id", "last_updated", "last_updated_raw", "source_kind", "source_uri").iter_rows(named=True):
        held = held_by_id.get(row["nct_id"])
        if held is None:
            continue
        held_updated, held_kind, held_uri, held_load = held
        new_key = version_key(row["last_updated"], row["source_kind"], row["source_uri"])
        if new_key >= version_key(held_updated, held_kind, held_uri):
            if held_uri != row["source_uri"]:
                decision.replaced_uris.append(held_uri)
                if held_load == load_id:  # loaded earlier in this run: account for it here
                    issue = Issue("dedupe", SUPERSEDED_IN_RUN, f"kept {row['source_uri']} ({row['source_kind']}, Last Updated {row['last_updated_raw']})", action=SUPERSEDED)
                    decision.problems.append(quarantine_row(load_id, held_uri, row["nct_id"], issue, at))
        else:
            decision.stale_ids.append(row["nct_id"])
            decision.stale_uris.append(row["source_uri"])
            issue = Issue("dedupe", STALE, f"kept {held_uri} ({held_kind}, Last Updated {held_updated})", action=SUPERSEDED)
            decision.problems.append(quarantine_row(load_id, row["source_uri"], row["nct_id"], issue, at))
    return decision


# The columns of a staged trial that decide which record of a trial wins.
_VERSION_COLUMNS = ["nct_id", "last_updated", "last_updated_raw", "source_kind", "source_uri"]


def load_run(con: duckdb.DuckDBPyConnection, folders: list[Path], load_id: str, recorded_at: datetime,
             skipped: list[dict[str, str]] = ()) -> Iterator[str]:
    """Load every contract-checked batch of a run in one transaction, set-based; yield each
    table's name once it is loaded.

    The staged Parquet files are read by DuckDB directly (``staged_<table>`` views), so no row
    passes through Python. Only the version keys are read here: of several records of a trial
    in the run the latest wins (``latest_per_trial``), and it replaces the stored trial only when
    it is not older (``decide_versions``); a replaced trial's child rows are replaced as a whole.
    Every losing record is a quarantine row and its manifest row says ``superseded``; every
    input discovery ``skipped`` (``source_uri``, ``reason``) is a quarantine row too.
    """
    views: list[str] = []

    def offer(name: str, data) -> None:
        con.register(name, data)
        views.append(name)

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
            offer("loaded_versions", kept.filter(~pl.col("nct_id").is_in(decision.stale_ids)).select("nct_id", "batch"))
            # Only trials already stored have rows to delete; a run of new trials deletes nothing.
            replaced = sorted({row[0] for row in stored} - set(decision.stale_ids))
            offer("replaced_trials", pl.DataFrame({"nct_id": replaced}, schema={"nct_id": pl.String}))
            if folders:
                for table in TABLES:
                    offer(f"staged_{table}", con.read_parquet(staged_files(folders, table), filename=True))
                    run_sql(con, f"load/{table}")
                    yield table
                offer("staged_file_manifest", con.read_parquet(staged_files(folders, MANIFEST)))
                offer("superseded_records", pl.DataFrame(
                    {"source_uri": [*superseded["source_uri"], *decision.stale_uris]}, schema={"source_uri": pl.String}
                ))
                run_sql(con, "load/file_manifest")
                offer("staged_quarantine", con.read_parquet(staged_files(folders, QUARANTINE)))
                run_sql(con, "load/staged_quarantine")
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
        read_parquet(staged_file(folder, TRIAL_TABLE), columns=_VERSION_COLUMNS).with_columns(batch=pl.lit(str(folder)))
        for folder in folders
    ]
    return pl.concat(frames) if frames else pl.DataFrame(schema={**{c: schema[c] for c in _VERSION_COLUMNS}, "batch": pl.String})


def run_outcomes(con: duckdb.DuckDBPyConnection, load_id: str) -> dict[str, int]:
    return run_sql_row(con, "load/run_outcomes", {"load_id": load_id})


def quarantine_by_table(con: duckdb.DuckDBPyConnection, load_id: str) -> dict[str, int]:
    """This run's quarantine rows per table they concern (``sql/runs/quarantine_by_table.sql``)."""
    return dict(run_sql(con, "runs/quarantine_by_table", {"load_id": load_id}))


def insert_row(con: duckdb.DuckDBPyConnection, model: type[pa.DataFrameModel], row: dict[str, Any]) -> None:
    """Insert one contract-shaped row through ``sql/load/<table>.sql`` (it reads ``incoming_<table>``)."""
    table = model.Config.name
    con.register(f"incoming_{table}", pl.DataFrame([row], schema=polars_schema(model), orient="row"))
    try:
        run_sql(con, f"load/{table}")
    finally:
        con.unregister(f"incoming_{table}")


def record_run(con: duckdb.DuckDBPyConnection, run: dict[str, Any]) -> None:
    insert_row(con, LoadRuns, run)


def table_counts(con: duckdb.DuckDBPyConnection, tables: list[str]) -> dict[str, int]:
    """Row counts of the given tables (names come from the contracts, never from input)."""
    return {table: count_rows(con, table) for table in tables}


def count_rows(con: duckdb.DuckDBPyConnection, table: str) -> int:
    """Rows in a table or view, through the relation API (no SQL text)."""
    return con.table(table).count("*").fetchall()[0][0]


def publish(paths: WarehousePaths, at: datetime) -> Path | None:
    """Swap the finished build in as the published warehouse, atomically and durably.

    A write-ahead log beside the published file belongs to a client that wrote to it and died
    before a checkpoint: DuckDB would replay it onto the new warehouse at the next open. It is
    moved into the work folder first (its path is returned), so the new file opens as built."""
    if not paths.build.is_file():
        raise RuntimeError(f"this run's build {paths.build} is gone (removed by something else): nothing is published")
    with connect(paths.build) as con:
        run_sql(con, "load/checkpoint")
    if paths.build_wal.exists():
        raise RuntimeError(f"build still has a write-ahead log after checkpoint: {paths.build_wal}")
    _fsync(paths.build)
    paths.published.parent.mkdir(parents=True, exist_ok=True)
    foreign = None
    if os.path.lexists(paths.published_wal):
        foreign = paths.work_dir / f"foreign-{at:%Y%m%dT%H%M%S%fZ}.wal"
        os.replace(paths.published_wal, foreign)
    os.replace(paths.build, paths.published)
    _fsync(paths.published.parent)
    return foreign


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
