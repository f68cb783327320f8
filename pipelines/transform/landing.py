"""Decide which source files a run must parse: new or changed content only.

A changed archive (the registry's bulk archive downloaded again) is compared entry by entry:
its index gives each entry's CRC-32 and size, so only the entries that changed, or are new,
are read; the others keep their records and only take the archive's new hash.

Pure: compares the files found in the sources with the warehouse's file manifest.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from pipelines.parsing.reader import Discovery, Skip, SourceFile, UnreadablePage, sha256_of
from pipelines.parsing.records import ENTRY_SCHEMA, is_archive
from pipelines.transform.units import archive_index

# A path is kept as its bytes: a file name need not be valid UTF-8.
PLAN_SCHEMA = pl.Schema({"path": pl.Binary, "size_bytes": pl.Int64, "mtime_ns": pl.Int64})
SKIPPED_SCHEMA = pl.Schema({"source_uri": pl.String, "reason": pl.String})
ENTRIES_SCHEMA = pl.Schema({"path": pl.Binary, "sha256": pl.String, **ENTRY_SCHEMA})
UNCHANGED_SCHEMA = pl.Schema(
    {"source_uri": pl.String, "file_uri": pl.String, "sha256": pl.String, "size_bytes": pl.Int64, "mtime_ns": pl.Int64}
)
# What the warehouse holds of an archive's entries, by the archive's URI: a frame of
# ``STORED_ENTRIES_SCHEMA`` (each record's source URI, and its entry's CRC-32 and size).
StoredEntries = Callable[[str], pl.DataFrame]
STORED_ENTRIES_SCHEMA = pl.Schema({"source_uri": pl.String, "entry_crc32": pl.Int64, "entry_size": pl.Int64})


@dataclass(frozen=True)
class ArchivePlan:
    """A changed archive: its hash, the entries to read, and the records of the entries that
    did not change (their source URIs)."""

    sha256: str
    entries: pl.DataFrame  # ENTRY_SCHEMA
    unchanged: pl.Series  # source URIs


@dataclass(frozen=True)
class LandingPlan:
    files_seen: int
    to_parse: list[SourceFile]
    skipped: list[Skip] = field(default_factory=list)
    archives: dict[str, ArchivePlan] = field(default_factory=dict)  # by path: archives read entry by entry
    unchanged: list[pl.DataFrame] = field(default_factory=list)  # UNCHANGED_SCHEMA: records kept, with the new file facts

    @property
    def files_unchanged(self) -> int:
        return self.files_seen - len(self.to_parse)

    def frame(self) -> pl.DataFrame:
        return pl.DataFrame([(os.fsencode(f.path), f.size_bytes, f.mtime_ns) for f in self.to_parse], schema=PLAN_SCHEMA, orient="row")

    def skipped_frame(self) -> pl.DataFrame:
        return pl.DataFrame([(s.uri, s.reason) for s in self.skipped], schema=SKIPPED_SCHEMA, orient="row")

    def entries_frame(self) -> pl.DataFrame:
        frames = [
            plan.entries.select(pl.lit(os.fsencode(path), pl.Binary).alias("path"), pl.lit(plan.sha256).alias("sha256"), *ENTRY_SCHEMA)
            for path, plan in self.archives.items()
        ]
        return pl.concat([pl.DataFrame(schema=ENTRIES_SCHEMA), *frames])

    def unchanged_frame(self) -> pl.DataFrame:
        return pl.concat([pl.DataFrame(schema=UNCHANGED_SCHEMA), *self.unchanged])

    @property
    def unchanged_count(self) -> int:
        return sum(frame.height for frame in self.unchanged)

    @staticmethod
    def files_of(frame: pl.DataFrame) -> list[SourceFile]:
        return [SourceFile(os.fsdecode(path), size, mtime) for path, size, mtime in frame.iter_rows()]

    @staticmethod
    def archives_of(frame: pl.DataFrame) -> dict[str, tuple[str, pl.DataFrame]]:
        """The entries to read (``ENTRY_SCHEMA``) of each archive read entry by entry, with its
        hash, by path."""
        return {
            os.fsdecode(path): (part["sha256"][0], part.select(list(ENTRY_SCHEMA)))
            for (path,), part in frame.group_by("path", maintain_order=True)
        }


def nothing_changed(discovery: Discovery, manifest: pl.DataFrame) -> bool:
    """True when every file found has the size and modification time the manifest gives it and
    nothing was skipped: a run would parse nothing and report nothing."""
    if discovery.skipped:
        return False
    known = _known(manifest)
    for found in discovery.files:
        facts = known.get(found.uri)
        if facts is None or facts[1:] != (found.size_bytes, found.mtime_ns):
            return False
    return True


def _known(manifest: pl.DataFrame) -> dict[str, tuple[str, int, int]]:
    """The manifest's facts of each file, by URI: its hash, size and modification time."""
    columns = (manifest[c].to_list() for c in ("sha256", "size_bytes", "mtime_ns"))
    return dict(zip(manifest["source_uri"].to_list(), zip(*columns, strict=True), strict=True))


def plan_landing(
    discovery: Discovery, manifest: pl.DataFrame, trust_mtime: bool = True, stored_entries: StoredEntries | None = None
) -> LandingPlan:
    """Files found (``find_sources``) whose content hash differs from the manifest's (or that it
    has never seen).

    With ``trust_mtime`` a file whose size and modification time match the manifest is taken as
    unchanged without reading it, which makes a no-op run cost one ``stat`` per file; otherwise
    every file is hashed. A changed archive the warehouse holds entries of (``stored_entries``)
    is read only for its new or changed entries; one with none is unchanged.
    """
    known = _known(manifest)
    found = discovery.files
    to_parse: list[SourceFile] = []
    archives: dict[str, ArchivePlan] = {}
    unchanged: list[pl.DataFrame] = []
    for source in found:
        seen = known.get(source.uri)
        if seen is not None:
            sha256, size, mtime_ns = seen
            if trust_mtime and size == source.size_bytes and mtime_ns == source.mtime_ns:
                continue
            try:
                current = sha256_of(Path(source.path))
                if current == sha256:
                    continue
                plan = _archive_plan(source, current, stored_entries) if stored_entries is not None else None
            except (OSError, UnreadablePage):
                plan = None  # unreadable now: parse it, so it is quarantined with the reason
            if plan is not None:
                facts = {"file_uri": source.uri, "sha256": plan.sha256, "size_bytes": source.size_bytes, "mtime_ns": source.mtime_ns}
                kept = plan.unchanged.to_frame("source_uri").with_columns(**{name: pl.lit(value) for name, value in facts.items()})
                unchanged.append(kept.cast(dict(UNCHANGED_SCHEMA)))
                if plan.entries.is_empty():
                    continue  # every entry as the warehouse has it: only the archive's facts change
                archives[source.path] = plan
        to_parse.append(source)
    return LandingPlan(len(found), to_parse, discovery.skipped, archives, unchanged)


def _archive_plan(source: SourceFile, sha256: str, stored_entries: StoredEntries) -> ArchivePlan | None:
    """The entries of a changed archive to read: those the warehouse holds no record of with the
    same CRC-32 and size (and the skipped ones, which are reported again). None when the file is
    no archive, or the warehouse holds no entry of it."""
    path = Path(source.path)
    if not is_archive(path):
        return None
    stored = stored_entries(source.uri)
    if stored.is_empty():
        return None
    entries = archive_index(source).with_columns(source_uri=pl.lit(f"{source.uri}#") + pl.col("name"))
    same = entries.join(
        stored, left_on=["source_uri", "crc", "file_size"], right_on=["source_uri", "entry_crc32", "entry_size"], how="semi"
    ).filter(pl.col("skipped").is_null())
    to_read = entries.join(same, on="source_uri", how="anti", maintain_order="left")
    return ArchivePlan(sha256, to_read.select(list(ENTRY_SCHEMA)), same["source_uri"])
