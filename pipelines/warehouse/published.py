"""What the published warehouse was built from, kept beside it in the work folder, so that a run
finding nothing new or changed need neither copy nor open it (a multi-GB copy, and a BI tool
holding it open cannot block the check). No dagster here.

At each publish the facts are written: the published file's identity (device, inode, size,
modification time), the signature of the code that built it, and its file manifest. They count
only while the published file is that same file, untouched (a client writing to it changes its
modification time, or leaves a write-ahead log) and the code is the same; otherwise a run takes
the full path, as if they were not there.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from functools import cache
from importlib.resources import files
from pathlib import Path

import polars as pl

from pipelines.atomic import write_whole
from pipelines.warehouse.paths import WarehousePaths

_CODE_PACKAGES = ("pipelines", "contracts")


def _facts_path(paths: WarehousePaths) -> Path:
    return paths.work_dir / "published.json"


def _manifest_path(paths: WarehousePaths) -> Path:
    return paths.work_dir / "published-manifest.parquet"


@cache
def code_signature(storage_version: str) -> str:
    """A hash of the code a build runs (every Python and SQL file of the installed packages) and
    the storage format: a run of other code rebuilds the warehouse (its schema, views, comments)."""
    digest = hashlib.sha256(storage_version.encode())
    for package in _CODE_PACKAGES:
        root = Path(os.fspath(files(package)))
        for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".sql") and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _identity(path: Path) -> list[int]:
    found = path.stat()
    return [found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns]


def forget_published(paths: WarehousePaths) -> None:
    """Drop the facts (before the published file is replaced: a crash then leaves none)."""
    _facts_path(paths).unlink(missing_ok=True)


def record_published(paths: WarehousePaths, manifest: pl.DataFrame, signature: str) -> None:
    """Keep the facts of the file just published, with its manifest (``read_manifest``'s frame)."""
    paths.work_dir.mkdir(parents=True, exist_ok=True)
    table = io.BytesIO()
    manifest.write_parquet(table)
    write_whole(_manifest_path(paths), table.getvalue())
    write_whole(_facts_path(paths), json.dumps({"identity": _identity(paths.published), "signature": signature}).encode())


def published_manifest(paths: WarehousePaths, signature: str) -> pl.DataFrame | None:
    """The manifest of the published warehouse, when the facts hold for the file published now
    and for this code; else None."""
    try:
        facts = json.loads(_facts_path(paths).read_text())
        if os.path.lexists(paths.published_wal) or facts["identity"] != _identity(paths.published) or facts["signature"] != signature:
            return None
        return pl.read_parquet(_manifest_path(paths), glob=False)
    except (OSError, ValueError, KeyError, TypeError, pl.exceptions.PolarsError):
        return None
