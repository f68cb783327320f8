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


@dataclass(frozen=True)
class StagedEntries:
    """Rows ``start`` to ``start + count`` of an archive's entry table, staged as Parquet at
    ``table``: a worker reads its slice itself, so the main process holds no entry."""

    table: str
    start: int
    count: int

    def read(self) -> pl.DataFrame:
        return pl.scan_parquet(self.table, glob=False).slice(self.start, self.count).collect()


@dataclass(frozen=True, eq=False)  # a unit is itself, whatever its entries
class Unit:
    """A file to parse, or some entries of an archive (with the archive's hash, computed once)."""

    file: SourceFile
    entries: pl.DataFrame | StagedEntries | None = None  # rows of the archive's entry table (``ENTRY_SCHEMA``)
    file_sha256: str | None = None
    archive_entries: int = 0  # entries in the whole archive, to share its size among units
    document_bytes: int | None = None  # a gzipped document's size once unpacked
    archive_records: int = 0  # entries of the whole archive that are read (not skipped)
    entry_bytes: int = 0  # the unit's entries unpacked, as the archive's index gives them

    @property
    def weight(self) -> int:
        """Records the unit is expected to hold (an API page may hold more: its bytes bound it too)."""
        if self.entries is None:
            return 1
        return self.entries.count if isinstance(self.entries, StagedEntries) else self.entries.height

    @property
    def size_bytes(self) -> int:
        """Input bytes as parsed: unpacked for a gzipped document (an API page unpacks about
        tenfold) and for archive entries (as the archive's index gives them)."""
        if self.entries is None:
            return self.document_bytes or self.file.size_bytes
        return self.entry_bytes

    def entry_table(self) -> pl.DataFrame | None:
        """The unit's entries (``ENTRY_SCHEMA``), read from staging when staged there."""
        return self.entries.read() if isinstance(self.entries, StagedEntries) else self.entries


@dataclass(frozen=True)
class _Layout:
    """How an archive's entry table is cut into units: (first row, rows, unpacked bytes) each."""

    cuts: list[tuple[int, int, int]]
    entries: int
    records: int


def _layout(entries: pl.DataFrame, entries_per_unit: int, max_unit_bytes: int) -> _Layout:
    records = entries.filter(pl.col("skipped").is_null()).height
    if not records:  # an archive with no record to read is one unit, which says so
        return _Layout([(0, entries.height, int(entries["file_size"].sum()))], entries.height, 0)
    cuts: list[tuple[int, int, int]] = []
    start = size = 0
    for end, entry_size in enumerate(entries["file_size"].to_list(), start=1):
        size += entry_size
        if end - start >= entries_per_unit or size >= max_unit_bytes or end == entries.height:
            cuts.append((start, end - start, size))
            start, size = end, 0
    return _Layout(cuts, entries.height, records)


def stage_index(path: Path, table: Path, entries_per_unit: int, max_unit_bytes: int) -> _Layout:
    """Read an archive's index, stage it as Parquet at ``table`` and say how to cut it (run in a
    process of its own for a large archive: only the layout comes back)."""
    entries = archive_entries(path)
    entries.write_parquet(table)
    return _layout(entries, entries_per_unit, max_unit_bytes)


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
    index_dir: Path | None = None,
) -> list[Unit]:
    """One unit per file; archives cut into units of at most ``entries_per_unit`` entries and
    about ``max_unit_bytes`` unpacked. ``planned`` gives, by path, the hash and the entries to
    read of an archive the landing plan compared entry by entry (only those are read). With
    ``index_dir`` each archive's entry table is staged there and a unit names its slice of it
    (``StagedEntries``), so this process holds none; without, units hold their rows."""
    planned = planned or {}
    if index_dir is not None:
        index_dir.mkdir(parents=True, exist_ok=True)
    units: list[Unit] = []
    for number, file in enumerate(files):
        path = Path(file.path)
        try:  # text and JSON names are not opened here (a no-archive run costs no extra open per file)
            archive = not path.name.lower().endswith(ONE_DOCUMENT_SUFFIXES) and is_archive(path)
        except (OSError, UnreadablePage):
            archive = False  # unreadable: the parse step quarantines it with the reason
        if not archive:
            units.append(Unit(file, document_bytes=gzip_size(path) if path.name.lower().endswith(".gz") else None))
            continue
        table = index_dir / f"archive-{number:06d}.parquet" if index_dir is not None else None
        try:
            if file.path in planned:
                sha256, entries = planned[file.path]
            else:
                sha256 = sha256_of(path)
                entries = None if table is not None and file.size_bytes > OWN_PROCESS_INDEX_BYTES else archive_index(file)
            if entries is None:  # staged by a process of its own: this one never holds the entries
                layout = in_own_process(stage_index, path, table, entries_per_unit, max_unit_bytes)
            else:
                layout = _layout(entries, entries_per_unit, max_unit_bytes)
                if table is not None:
                    entries.write_parquet(table)
        except (UnreadablePage, OSError):
            units.append(Unit(file))
            continue
        for start, count, size in layout.cuts:
            rows = StagedEntries(str(table), start, count) if table is not None else entries.slice(start, count)
            units.append(Unit(file, rows, sha256, layout.entries, archive_records=layout.records, entry_bytes=size))
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
