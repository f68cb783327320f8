"""``trials export``: every table and ``bi`` and ``ctgov`` view of a warehouse as Parquet files. No dagster here."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from pipelines.warehouse.paths import connect_read_only
from pipelines.warehouse.runs import count_rows
from pipelines.warehouse.sql_files import run_sql
from pipelines.warehouse.views import VIEW_SCHEMAS


def clear_dead_partials(out_dir: Path) -> None:
    """Remove the ``.partial-<pid>`` folders of exports whose process is gone (killed half-way);
    a running export's folder is left alone."""
    if not out_dir.is_dir():
        return
    for folder in out_dir.glob(".partial-*"):
        pid = folder.name.removeprefix(".partial-")
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


@dataclass(frozen=True)
class Exported:
    relation: str  # schema.name
    path: Path
    rows: int


def export_parquet(warehouse: Path, out_dir: Path) -> list[Exported]:
    """Write ``DIR/<table>.parquet`` for every table, ``DIR/bi/<view>.parquet`` and
    ``DIR/ctgov/<view>.parquet`` (AACT's tables, as flat files) for every view.

    Files are written beside their place and renamed into it one by one, so a reader of the
    folder sees each file whole: the old export's or the new one's.
    """
    out_dir = out_dir.resolve()
    clear_dead_partials(out_dir)
    partial = out_dir / f".partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    for schema in VIEW_SCHEMAS:
        (partial / schema).mkdir(parents=True)
    done: list[Exported] = []
    try:
        with connect_read_only(warehouse) as con:
            for schema, name in run_sql(con, "catalog/exportable"):
                relative = Path(f"{name}.parquet") if schema == "main" else Path(schema) / f"{name}.parquet"
                con.table(f"{schema}.{name}").to_parquet(str(partial / relative), compression="zstd")
                done.append(Exported(f"{schema}.{name}", out_dir / relative, count_rows(con, f"{schema}.{name}")))
        for item in done:
            item.path.parent.mkdir(parents=True, exist_ok=True)
            os.replace(partial / item.path.relative_to(out_dir), item.path)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return done
