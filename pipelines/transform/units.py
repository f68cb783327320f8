"""Cut the files a run must parse into batches of bounded size.

A text page or a JSON file is one unit of work; a zip archive (the registry's bulk download
holds every study) is cut into units of entries, so one archive is parsed in parallel batches
and never held in memory whole. Pure: no dagster, no database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from pipelines.parsing.reader import SourceFile, UnreadablePage, gzip_size, sha256_of
from pipelines.parsing.records import archive_entries, is_archive
from pipelines.transform.parallel import in_own_process

# Names that hold one document (a page, a study, an API page), never an archive to cut up; the
# parser still decides what they hold by their content.
ONE_DOCUMENT_SUFFIXES = (".txt", ".txt.gz", ".json", ".json.gz")


@dataclass(frozen=True, eq=False)  # a unit is itself, whatever its entries
class Unit:
    """A file to parse, or some entries of an archive (with the archive's hash, computed once)."""

    file: SourceFile
    entries: pl.DataFrame | None = None  # some rows of the archive's entry table (``ENTRY_SCHEMA``)
    file_sha256: str | None = None
    archive_entries: int = 0  # entries in the whole archive, to share its size among units
    document_bytes: int | None = None  # a gzipped document's size once unpacked
    archive_records: int = 0  # entries of the whole archive that are read (not skipped)

    @property
    def weight(self) -> int:
        """Records the unit is expected to hold (an API page may hold more: its bytes bound it too)."""
        return self.entries.height if self.entries is not None else 1

    @property
    def size_bytes(self) -> int:
        """Input bytes as parsed: unpacked for a gzipped document (an API page unpacks about
        tenfold) and for archive entries (as the archive's index gives them)."""
        if self.entries is None:
            return self.document_bytes or self.file.size_bytes
        return int(self.entries["file_size"].sum())


# Input bytes per batch (unpacked), besides the record count: bounds a parser process's memory
# on API pages (1,000 studies, about 20 MB of JSON: 3 pages to a batch) and archive entries.
MAX_BATCH_BYTES = 64 * 1024 * 1024
# An archive larger than this has its index read in a process of its own: the registry's 600,000
# entries take 500 MB as ``zipfile`` reads them, which this process would keep.
OWN_PROCESS_INDEX_BYTES = 64 * 1024 * 1024


def units_of(
    files: list[SourceFile],
    entries_per_unit: int,
    max_unit_bytes: int = MAX_BATCH_BYTES,
    planned: dict[str, tuple[str, pl.DataFrame]] | None = None,
) -> list[Unit]:
    """One unit per file; archives cut into units of at most ``entries_per_unit`` entries and
    about ``max_unit_bytes`` unpacked. ``planned`` gives, by path, the hash and the entries to
    read of an archive the landing plan compared entry by entry (only those are read)."""
    planned = planned or {}
    units: list[Unit] = []
    for file in files:
        path = Path(file.path)
        try:  # text and JSON names are not opened here (a no-archive run costs no extra open per file)
            archive = not path.name.lower().endswith(ONE_DOCUMENT_SUFFIXES) and is_archive(path)
        except (OSError, UnreadablePage):
            archive = False  # unreadable: the parse step quarantines it with the reason
        if not archive:
            units.append(Unit(file, document_bytes=gzip_size(path) if path.name.lower().endswith(".gz") else None))
            continue
        if file.path in planned:
            sha256, entries = planned[file.path]
        else:
            try:
                entries = archive_index(file)
                sha256 = sha256_of(path)
            except (UnreadablePage, OSError):
                units.append(Unit(file))
                continue
        records = entries.filter(pl.col("skipped").is_null()).height
        if not records:  # an archive with no record to read is one unit, which says so
            units.append(Unit(file, entries, sha256, entries.height, archive_records=0))
            continue
        start = size = 0
        for end, entry_size in enumerate(entries["file_size"].to_list(), start=1):
            size += entry_size
            if end - start >= entries_per_unit or size >= max_unit_bytes or end == entries.height:
                units.append(Unit(file, entries.slice(start, end - start), sha256, entries.height, archive_records=records))
                start, size = end, 0
    return units


def archive_index(file: SourceFile) -> pl.DataFrame:
    """An archive's entry table; a large archive's is read in a process of its own."""
    if file.size_bytes > OWN_PROCESS_INDEX_BYTES:
        return in_own_process(archive_entries, Path(file.path))
    return archive_entries(Path(file.path))


def batches_of(units: list[Unit], batch_size: int, max_batch_bytes: int) -> list[list[Unit]]:
    """Pack units in order into batches of at most ``batch_size`` records and about
    ``max_batch_bytes`` of input (a unit bigger than that is a batch of its own)."""
    batches: list[list[Unit]] = []
    current: list[Unit] = []
    weight = size = 0
    for unit in units:
        if current and (weight + unit.weight > batch_size or size + unit.size_bytes > max_batch_bytes):
            batches.append(current)
            current, weight, size = [], 0, 0
        current.append(unit)
        weight += unit.weight
        size += unit.size_bytes
    if current:
        batches.append(current)
    return batches
