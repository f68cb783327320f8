"""The build and its publish: a copy of the published warehouse is made, brought up to the
current schema and storage format, and swapped in whole by one atomic rename. No dagster here.

One writer at a time (see ``lock.py``); readers only ever open the published file, which is
replaced whole, so they never see half a run.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import datetime
from pathlib import Path

import duckdb

from contracts import CONTRACTS, polars_schema
from pipelines.settings import STORAGE_VERSION
from pipelines.warehouse.ownership import HISTORY_TABLES, HISTORY_VALIDITY, Foreign, ForeignObjects, check_foreign, copy_foreign
from pipelines.warehouse.paths import WarehousePaths, check_is_warehouse, connect
from pipelines.warehouse.published import forget_published, record_published
from pipelines.warehouse.runs import read_manifest
from pipelines.warehouse.sql_files import run_sql, sql_names
from pipelines.warehouse.views import create_schema_views


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Every table, and the columns a warehouse published by an earlier version lacks (the
    hand-written migrations first, then every contract column); then the same of the history."""
    schema = [*sql_names("ddl"), *sql_names("migrate"), *sql_names("columns")]
    for name in [*schema, "history/schema", *sql_names("history/ddl"), *sql_names("history/columns")]:
        run_sql(con, name)


def remove_build(paths: WarehousePaths) -> None:
    """Throw away a build left by a crashed or killed run."""
    for leftover in (paths.build, paths.build_wal, _set_aside(paths.build)):
        leftover.unlink(missing_ok=True)


def start_build(paths: WarehousePaths, storage_version: str = STORAGE_VERSION) -> bool:
    """Create the build file: a copy of the published warehouse (or a new one) in the storage
    format ``storage_version``, with every table and no index. True when the file is written
    whole (a new one, or one rewritten in another format).

    Only the published file is copied, never its write-ahead log: what a read-write client left
    there uncheckpointed is not the warehouse's. Users' own tables and views come along
    (``ownership.py``); what a run cannot keep stops it here, with the file untouched."""
    paths.build_dir.mkdir(parents=True, exist_ok=True)
    remove_build(paths)
    if not paths.published.exists():
        with connect(paths.build, storage_compatibility_version=storage_version) as con:
            ensure_schema(con)
        return True
    check_is_warehouse(paths.published)
    shutil.copyfile(paths.published, paths.build)
    with connect(paths.build) as con:
        ensure_schema(con)
        ((found_version, indexes),) = run_sql(con, "catalog/storage")
        rewriting = bool(found_version != storage_version or indexes)
        kept = check_foreign(con, paths.published, rewriting)
    if rewriting:
        rewrite(paths.build, storage_version, kept)
    return rewriting


def compact(path: Path, storage_version: str) -> bool:
    """Rewrite a build whole (``rewrite``), keeping the users' objects; False, and the file as it
    was, when it holds objects a rewrite cannot keep."""
    with connect(path) as con:
        try:
            kept = check_foreign(con, path, rewriting=True)
        except ForeignObjects:
            return False
    rewrite(path, storage_version, kept)
    return True


def _set_aside(path: Path) -> Path:
    return path.with_name(path.name + ".old")


def rewrite(path: Path, storage_version: str, kept: list[Foreign] = ()) -> None:
    """Rewrite a warehouse file in ``storage_version``, without the primary-key indexes earlier
    releases created (DuckDB 1.0 cannot read a file holding one): a new file gets the tables of
    ``sql/ddl`` and every row of the old one (its history too), and the users' own schemas, tables and views
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
            for table in HISTORY_TABLES:
                columns = [*polars_schema(CONTRACTS[table]), *HISTORY_VALIDITY]
                con.table(f"source_warehouse.history.{table}").select(*columns).insert_into(f"history.{table}")
            if kept:
                create_schema_views(con)  # a user's view may read one
                copy_foreign(con, kept, "source_warehouse")
            run_sql(con, "load/detach_source")
    except BaseException:
        path.unlink(missing_ok=True)
        os.replace(old, path)
        raise
    old.unlink()


def publish(paths: WarehousePaths, at: datetime, signature: str) -> Path | None:
    """Swap the finished build in as the published warehouse, atomically and durably, and keep
    the facts of what it was built from (``published.py``; ``signature``: the code's).

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
    manifest = read_manifest(paths.build)
    forget_published(paths)
    paths.published.parent.mkdir(parents=True, exist_ok=True)
    foreign = None
    if os.path.lexists(paths.published_wal):
        foreign = paths.work_dir / f"foreign-{at:%Y%m%dT%H%M%S%fZ}.wal"
        os.replace(paths.published_wal, foreign)
    os.replace(paths.build, paths.published)
    _fsync(paths.published.parent)
    with contextlib.suppress(OSError):  # without them the next run only takes the full path
        record_published(paths, manifest, signature)
    return foreign


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
