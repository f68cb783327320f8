"""Decide which source files a run must parse: new or changed content only.

Pure: compares the files found in the sources with the warehouse's file manifest.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from pipelines.parsing.reader import Skip, SourceFile, UnreadablePage, find_sources, sha256_of

# A path is kept as its bytes: a file name need not be valid UTF-8.
PLAN_SCHEMA = pl.Schema({"path": pl.Binary, "size_bytes": pl.Int64, "mtime_ns": pl.Int64})
SKIPPED_SCHEMA = pl.Schema({"source_uri": pl.String, "reason": pl.String})


@dataclass(frozen=True)
class LandingPlan:
    files_seen: int
    to_parse: list[SourceFile]
    skipped: list[Skip] = field(default_factory=list)

    @property
    def files_unchanged(self) -> int:
        return self.files_seen - len(self.to_parse)

    def frame(self) -> pl.DataFrame:
        return pl.DataFrame([(os.fsencode(f.path), f.size_bytes, f.mtime_ns) for f in self.to_parse], schema=PLAN_SCHEMA, orient="row")

    def skipped_frame(self) -> pl.DataFrame:
        return pl.DataFrame([(s.uri, s.reason) for s in self.skipped], schema=SKIPPED_SCHEMA, orient="row")

    @staticmethod
    def files_of(frame: pl.DataFrame) -> list[SourceFile]:
        return [SourceFile(os.fsdecode(path), size, mtime) for path, size, mtime in frame.iter_rows()]


def plan_landing(sources: list[Path], manifest: pl.DataFrame, trust_mtime: bool = True) -> LandingPlan:
    """Files whose content hash differs from the manifest's (or that it has never seen).

    With ``trust_mtime`` a file whose size and modification time match the manifest is taken as
    unchanged without reading it, which makes a no-op run cost one ``stat`` per file; otherwise
    every file is hashed.
    """
    known = dict(
        zip(
            manifest["source_uri"].to_list(),
            zip(*(manifest[c].to_list() for c in ("sha256", "size_bytes", "mtime_ns")), strict=True),
            strict=True,
        )
    )
    discovery = find_sources(sources)
    found = discovery.files
    to_parse: list[SourceFile] = []
    for source in found:
        seen = known.get(source.uri)
        if seen is not None:
            sha256, size, mtime_ns = seen
            if trust_mtime and size == source.size_bytes and mtime_ns == source.mtime_ns:
                continue
            try:
                if sha256_of(Path(source.path)) == sha256:
                    continue
            except (OSError, UnreadablePage):
                pass  # unreadable now: parse it, so it is quarantined with the reason
        to_parse.append(source)
    return LandingPlan(files_seen=len(found), to_parse=to_parse, skipped=discovery.skipped)
