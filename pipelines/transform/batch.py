"""Turn a batch of source files into contract-shaped polars frames, quarantine rows and manifest rows.

Pure: no dagster, no database. Every record (a text page, a JSON study, an archive entry) ends
up either as a trial with child rows or as a quarantine row naming its source, stage and reason;
nothing raises out of ``parse_files``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import polars as pl

from contracts import PAGE_CONTRACTS, FileManifest, Quarantine, polars_schema
from pipelines.parsing.model import CHILD_TABLES, REJECTED, TRIAL_TABLE, Issue, ParsedPage
from pipelines.parsing.reader import SourceFile, UnreadablePage, sha256_of
from pipelines.parsing.records import Record, read_records
from pipelines.parsing.registry_json import parse_study
from pipelines.parsing.registry_text import parse_page
from pipelines.transform.units import Unit

# Child rows carry the page they came from until the contract step has picked the winning pages.
SOURCE_COLUMN = "_source_uri"


@dataclass
class Batch:
    """Frames for one batch: one per page table, plus quarantine and manifest rows."""

    tables: dict[str, pl.DataFrame]
    quarantine: pl.DataFrame
    manifest: pl.DataFrame

    @property
    def trial_count(self) -> int:
        return self.tables[TRIAL_TABLE].height


@dataclass
class _Rows:
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {t: [] for t in PAGE_CONTRACTS})
    quarantine: list[dict[str, Any]] = field(default_factory=list)
    manifest: list[dict[str, Any]] = field(default_factory=list)


def quarantine_row(load_id: str, uri: str, nct_id: str | None, issue: Issue, at: datetime) -> dict[str, Any]:
    return {
        "load_id": load_id,
        "source_uri": uri,
        "nct_id": nct_id,
        "stage": issue.stage,
        "reason": issue.reason,
        "detail": issue.detail,
        "field": issue.field,
        "action": issue.action,
        "recorded_at": at,
    }


def parse_files(units: list[Unit], load_id: str, loaded_at: datetime) -> Batch:
    """Read and parse every record of each unit; bad records become quarantine rows, never exceptions."""
    rows = _Rows()
    for unit in units:
        _parse_unit(unit, load_id, loaded_at, rows)
    return Batch(
        tables={name: _frame(name, rows.tables[name]) for name in PAGE_CONTRACTS},
        quarantine=pl.DataFrame(rows.quarantine, schema=polars_schema(Quarantine), orient="row"),
        manifest=pl.DataFrame(rows.manifest, schema=polars_schema(FileManifest), orient="row"),
    )


def _frame(table: str, rows: list[dict[str, Any]]) -> pl.DataFrame:
    schema = polars_schema(PAGE_CONTRACTS[table])
    if table != TRIAL_TABLE:
        schema = pl.Schema({**schema, SOURCE_COLUMN: pl.String})
    return pl.DataFrame(rows, schema=schema, orient="row")


def _parse_unit(unit: Unit, load_id: str, loaded_at: datetime, rows: _Rows) -> None:
    file = unit.file
    records = 0
    try:
        for record in read_records(file, unit.members, unit.file_sha256):
            records += 1
            _parse_record(record, file, load_id, loaded_at, rows)
    except OSError as exc:
        _reject(file, file.uri, Issue("read", f"cannot read file: {exc.strerror or exc}", action=REJECTED), load_id, loaded_at, rows)
        return
    except UnreadablePage as exc:
        _reject(file, file.uri, Issue(exc.stage, exc.reason, action=REJECTED), load_id, loaded_at, rows)
        return
    if records == 0:
        _reject(file, file.uri, Issue("read", "archive holds no entries", action=REJECTED), load_id, loaded_at, rows)


def _parse_record(record: Record, file: SourceFile, load_id: str, loaded_at: datetime, rows: _Rows) -> None:
    if record.error is not None:
        issue = Issue(record.error.stage, record.error.reason, action=REJECTED)
        _reject(file, record.uri, issue, load_id, loaded_at, rows, record.file_sha256)
        return
    try:
        page = parse_page(record.text) if record.text is not None else parse_study(record.study)
    except UnreadablePage as exc:
        issue = Issue(exc.stage, exc.reason, action=REJECTED)
    except Exception as exc:  # a parser bug must not stop the run: the record is quarantined
        issue = Issue("parse", f"parser error: {type(exc).__name__}: {exc}", action=REJECTED)
    else:
        _accept(page, record, file, load_id, loaded_at, rows)
        return
    _reject(file, record.uri, issue, load_id, loaded_at, rows, record.file_sha256)


def _accept(page: ParsedPage, record: Record, file: SourceFile, load_id: str, loaded_at: datetime, rows: _Rows) -> None:
    nct_id, uri, kind = page.nct_id, record.uri, record.kind
    lineage = {"source_kind": kind, "source_uri": uri, "source_sha256": record.sha256, "load_id": load_id, "loaded_at": loaded_at}
    rows.tables[TRIAL_TABLE].append({**page.trial, **lineage})
    for table in CHILD_TABLES:
        rows.tables[table].extend(
            {"nct_id": nct_id, "source_kind": kind, **row, SOURCE_COLUMN: uri} for row in page.children.get(table, [])
        )
    for found in page.issues:
        named = Issue(found.stage, found.reason, found.detail, f"trials.{found.field}" if found.field else None, found.action)
        rows.quarantine.append(quarantine_row(load_id, uri, nct_id, named, loaded_at))
    rows.manifest.append(_manifest_row(file, uri, record.file_sha256, nct_id, "loaded", load_id))


def _reject(file: SourceFile, uri: str, issue: Issue, load_id: str, loaded_at: datetime, rows: _Rows,
            file_sha256: str | None = None) -> None:
    """A record that yields no trial (so no NCT ID): one quarantine row and its manifest row."""
    rows.quarantine.append(quarantine_row(load_id, uri, None, issue, loaded_at))
    rows.manifest.append(_manifest_row(file, uri, file_sha256 or _hash_or_empty(file), None, "rejected", load_id))


def _manifest_row(file: SourceFile, uri: str, file_sha256: str, nct_id: str | None, outcome: str, load_id: str) -> dict[str, Any]:
    return {
        "source_uri": uri,
        "file_uri": file.uri,
        "sha256": file_sha256,
        "size_bytes": file.size_bytes,
        "mtime_ns": file.mtime_ns,
        "nct_id": nct_id,
        "outcome": outcome,
        "load_id": load_id,
    }


def _hash_or_empty(file: SourceFile) -> str:
    """The file's hash, so an unchanged bad file is not read again; empty-content hash if unreadable."""
    try:
        return sha256_of(Path(file.path))
    except OSError:
        return hashlib.sha256(b"").hexdigest()
