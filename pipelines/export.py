"""``trials export``: every table, its history, and every ``bi`` and ``ctgov`` view of a warehouse as Parquet files,
each column carrying its description (Parquet field metadata, ``description``), with a
``manifest.json`` of what was written. No dagster here."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

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


ROWS_PER_BATCH = 100_000
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Exported:
    relation: str  # schema.name
    path: Path
    rows: int
    description: str = ""


def stored_comments(con) -> dict[tuple[str, str], tuple[str, dict[str, str]]]:
    """Each table's and view's comment, and its columns' (the data dictionary, as the file stores it)."""
    found: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}
    for schema, table, column, _type, comment in run_sql(con, "catalog/comments"):
        columns = found.setdefault((schema, table), ("", {}))[1]
        if column is None:
            found[(schema, table)] = (comment or "", columns)
        elif comment:
            columns[column] = comment
    return found


def _write(con, relation: str, path: Path, description: str, columns: dict[str, str]) -> None:
    """The relation as Parquet, streamed in batches, each field with its description."""
    reader = con.table(relation).to_arrow_reader(ROWS_PER_BATCH)
    fields = [field.with_metadata({"description": columns[field.name]}) if field.name in columns else field for field in reader.schema]
    schema = pa.schema(fields, metadata={"description": description})
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for batch in reader:
            writer.write_batch(pa.RecordBatch.from_arrays(batch.columns, schema=schema))


def export_parquet(warehouse: Path, out_dir: Path) -> list[Exported]:
    """Write ``DIR/<table>.parquet`` for every table, ``DIR/history/<table>.parquet`` for its
    history, ``DIR/bi/<view>.parquet`` and
    ``DIR/ctgov/<view>.parquet`` (AACT's tables, as flat files) for every view.

    Files are written beside their place and renamed into it one by one, so a reader of the
    folder sees each file whole: the old export's or the new one's.
    """
    out_dir = out_dir.resolve()
    clear_dead_partials(out_dir)
    partial = out_dir / f".partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    for schema in ("history", *VIEW_SCHEMAS):
        (partial / schema).mkdir(parents=True)
    done: list[Exported] = []
    try:
        with connect_read_only(warehouse) as con:
            comments = stored_comments(con)
            for schema, name in run_sql(con, "catalog/exportable"):
                relative = Path(f"{name}.parquet") if schema == "main" else Path(schema) / f"{name}.parquet"
                description, columns = comments.get((schema, name), ("", {}))
                _write(con, f"{schema}.{name}", partial / relative, description, columns)
                done.append(Exported(f"{schema}.{name}", out_dir / relative, count_rows(con, f"{schema}.{name}"), description))
            latest = run_sql(con, "catalog/latest_load")
        manifest = {
            "warehouse": str(warehouse),
            "load_id": latest[0][0] if latest else None,
            "loaded_at": latest[0][1].isoformat() if latest else None,
            "relations": [
                {"relation": i.relation, "path": str(i.path.relative_to(out_dir)), "rows": i.rows, "description": i.description}
                for i in done
            ],
        }
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        for item in done:
            item.path.parent.mkdir(parents=True, exist_ok=True)
            os.replace(partial / item.path.relative_to(out_dir), item.path)
        os.replace(partial / MANIFEST, out_dir / MANIFEST)  # last: it names files that are all in place
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return done
