"""Staging between steps: each batch's frames as Parquet files in a folder of its own.

Steps hand data to each other through these files, never through pickled frames, so memory
holds one batch at a time and any step can be re-read for inspection.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl

from pipelines.transform.batch import Batch

_QUARANTINE = "_quarantine"
_MANIFEST = "_manifest"


def batch_dirs(root: Path) -> list[Path]:
    """The batch folders under ``root``, in batch order."""
    return sorted(p for p in root.glob("batch-*") if p.is_dir()) if root.exists() else []


def batch_dir(root: Path, number: int) -> Path:
    return root / f"batch-{number:06d}"


def write_batch(folder: Path, batch: Batch) -> None:
    """Write a batch atomically: to a temporary folder, then renamed into place."""
    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name, frame in batch.tables.items():
        frame.write_parquet(tmp / f"{name}.parquet")
    batch.quarantine.write_parquet(tmp / f"{_QUARANTINE}.parquet")
    batch.manifest.write_parquet(tmp / f"{_MANIFEST}.parquet")
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)


def read_batch(folder: Path, tables: list[str]) -> Batch:
    return Batch(
        tables={name: pl.read_parquet(folder / f"{name}.parquet") for name in tables},
        quarantine=pl.read_parquet(folder / f"{_QUARANTINE}.parquet"),
        manifest=pl.read_parquet(folder / f"{_MANIFEST}.parquet"),
    )
