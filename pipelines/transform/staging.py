"""Staging between steps: each batch's frames as Parquet files in a folder of its own.

Steps hand data to each other through these files, never through pickled frames, so memory
holds one batch at a time and any step can be re-read for inspection.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from pipelines.transform.batch import Batch

QUARANTINE = "_quarantine"
MANIFEST = "_manifest"


@dataclass(frozen=True)
class RunStaging:
    """The files one run's steps hand to each other, in one folder of the run's own."""

    root: Path

    @property
    def pull(self) -> Path:
        """What the run's API pull covers (``api_pull`` writes it, the load records it)."""
        return self.root / "pull.json"

    @property
    def history(self) -> Path:
        """What the run's history fetch landed (``registry_history`` writes it)."""
        return self.root / "history.json"

    @property
    def run(self) -> Path:
        """When the run started, its sources and file counts (``landing_files``)."""
        return self.root / "run.json"

    @property
    def plan(self) -> Path:
        """The files to parse (``landing_files``)."""
        return self.root / "landing.parquet"

    @property
    def skipped(self) -> Path:
        """The inputs discovery skipped, with the reason (``landing_files``)."""
        return self.root / "skipped.parquet"

    @property
    def archives(self) -> Path:
        """The entries to read of the changed archives read entry by entry (``landing_files``)."""
        return self.root / "archives.parquet"

    @property
    def unchanged(self) -> Path:
        """The records of archive entries that did not change, with their archive's new facts (``landing_files``)."""
        return self.root / "unchanged.parquet"

    @property
    def index(self) -> Path:
        """The entry tables of the archives being parsed, which units name slices of (``parsed_records``)."""
        return self.root / "index"

    @property
    def parsed(self) -> Path:
        """The parsed batches (``parsed_records``)."""
        return self.root / "parsed"

    @property
    def contracted(self) -> Path:
        """The batches held to their contracts (``contracted_frames``)."""
        return self.root / "contracted"


def batch_dirs(root: Path) -> list[Path]:
    """The batch folders under ``root``, in batch order."""
    if not root.exists():
        return []
    return sorted(p for p in root.iterdir() if p.name.startswith("batch-") and not p.name.endswith(".tmp") and p.is_dir())


def batch_dir(root: Path, number: int) -> Path:
    return root / f"batch-{number:06d}"


def part_dir(folder: Path, part: int) -> Path:
    """The folder of a batch's ``part``-th overflow (a batch that met more records than it may hold)."""
    return folder.with_name(f"{folder.name}-{part:04d}")


def staged_file(folder: Path, name: str) -> Path:
    """The Parquet file of one table (or ``QUARANTINE``, ``MANIFEST``) in a batch folder."""
    return folder / f"{name}.parquet"


def staged_files(folders: list[Path], name: str) -> list[str]:
    """That file in each of the batch folders, as paths for DuckDB to read."""
    return [str(staged_file(folder, name)) for folder in folders]


def write_batch(folder: Path, batch: Batch) -> None:
    """Write a batch atomically: to a temporary folder, then renamed into place."""
    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name, frame in {**batch.tables, QUARANTINE: batch.quarantine, MANIFEST: batch.manifest}.items():
        frame.write_parquet(staged_file(tmp, name))
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)


def read_parquet(path: Path, columns: list[str] | None = None) -> pl.DataFrame:
    """One staged Parquet file, its path taken literally (a folder may be named ``br[1]``)."""
    return pl.read_parquet(path, columns=columns, glob=False)


def read_batch(folder: Path, tables: list[str]) -> Batch:
    return Batch(
        tables={name: read_parquet(staged_file(folder, name)) for name in tables},
        quarantine=read_parquet(staged_file(folder, QUARANTINE)),
        manifest=read_parquet(staged_file(folder, MANIFEST)),
    )


def read_batches(folders: list[Path], tables: list[str]) -> Batch:
    """Several staged batches as one, in folder order."""
    parts = [read_batch(folder, tables) for folder in folders]
    return Batch(
        tables={name: pl.concat([part.tables[name] for part in parts]) for name in tables},
        quarantine=pl.concat([part.quarantine for part in parts]),
        manifest=pl.concat([part.manifest for part in parts]),
    )


def group_batches(folders: list[Path], records: int) -> list[list[Path]]:
    """Consecutive batch folders in groups of about ``records`` records each (by their manifest
    rows): a parse batch bounded by its input bytes (three API pages) holds fewer records than a
    batch may, and a step whose cost is mostly per batch (pandera's is per check) takes several."""
    groups: list[list[Path]] = []
    held = records
    for folder in folders:
        size = pl.scan_parquet(staged_file(folder, MANIFEST), glob=False).select(pl.len()).collect().item()
        if groups and held + size <= records:
            groups[-1].append(folder)
            held += size
        else:
            groups.append([folder])
            held = size
    return groups
