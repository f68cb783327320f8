"""Turn a batch of source files into contract-shaped polars frames, quarantine rows and manifest rows.

Pure: no dagster, no database. Every record (a text page, a JSON study, an archive entry) ends
up either as a trial with child rows or as a quarantine row naming its source, stage and reason;
nothing raises out of ``parse_files``. A file holding more records than a batch may (an API page,
a JSON list, an archive unit) is cut into several batches as it is read, so memory holds at most
a batch's worth of rows whatever one file holds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import polars as pl

from contracts import PAGE_CONTRACTS, FileManifest, Quarantine, polars_schema
from pipelines.parsing.limits import MAX_FIELD_BYTES, size_text
from pipelines.parsing.model import NULLED, REJECTED, SKIPPED, TRIAL_LINEAGE, TRIAL_TABLE, UNKNOWN_FIELD, Issue, ParsedPage
from pipelines.parsing.reader import SourceFile, UnreadablePage, sha256_of
from pipelines.parsing.records import Record, read_records
from pipelines.parsing.registry_json import parse_study
from pipelines.parsing.registry_text import parse_page
from pipelines.parsing.version import parser_version
from pipelines.transform.units import Unit

# Child rows carry the page they came from until the contract step has picked the winning pages.
SOURCE_COLUMN = "_source_uri"
# Columns a parser never fills with record text: the field limit does not apply to them.
_LINEAGE = frozenset({"nct_id", "source_kind", "source_uri", "source_sha256", "load_id", SOURCE_COLUMN})


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
    records: int = 0  # records met (loaded, rejected or skipped) since the last take
    # JSON fields the parser does not know, by reason: one quarantine row each, counting its records.
    unknown: dict[str, dict[str, Any]] = field(default_factory=dict)

    def report_unknown(self, row: dict[str, Any]) -> None:
        seen = self.unknown.get(row["reason"])
        if seen is None:
            self.unknown[row["reason"]] = row
        else:
            seen["occurrences"] += 1

    def take(self, load_id: str, at: datetime) -> Batch:
        """The rows gathered so far as a batch (each text value held to ``MAX_FIELD_BYTES``); the
        rows are cleared."""
        tables = {name: _limit_fields(name, _frame(name, self.tables[name]), load_id, at, self.quarantine) for name in PAGE_CONTRACTS}
        self.quarantine.extend(self.unknown.values())
        self.unknown = {}
        batch = Batch(
            tables=tables,
            quarantine=pl.DataFrame(self.quarantine, schema=polars_schema(Quarantine), orient="row"),
            manifest=pl.DataFrame(self.manifest, schema=polars_schema(FileManifest), orient="row"),
        )
        self.tables = {t: [] for t in PAGE_CONTRACTS}
        self.quarantine, self.manifest, self.records = [], [], 0
        return batch


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
        "occurrences": 1,
    }


def parse_files(units: list[Unit], load_id: str, loaded_at: datetime) -> Batch:
    """Read and parse every record of each unit into one batch; bad records become quarantine
    rows, never exceptions."""
    (batch,) = parse_parts(units, load_id, loaded_at)
    return batch


def parse_parts(units: list[Unit], load_id: str, loaded_at: datetime, max_records: int | None = None) -> Iterator[Batch]:
    """``parse_files``, cut: a batch each time ``max_records`` records have been met, and one at the end."""
    rows = _Rows()
    cut = False
    for unit in units:
        for _ in _parse_unit(unit, load_id, loaded_at, rows):
            if max_records is not None and rows.records >= max_records:
                yield rows.take(load_id, loaded_at)
                cut = True
    if rows.records or rows.manifest or rows.quarantine or not cut:
        yield rows.take(load_id, loaded_at)


def _frame(table: str, rows: list[dict[str, Any]]) -> pl.DataFrame:
    schema = polars_schema(PAGE_CONTRACTS[table])
    if table != TRIAL_TABLE:
        schema = pl.Schema({**schema, SOURCE_COLUMN: pl.String})
    return pl.DataFrame(rows, schema=schema, orient="row")


def _limit_fields(table: str, frame: pl.DataFrame, load_id: str, at: datetime, quarantine: list[dict[str, Any]]) -> pl.DataFrame:
    """Text values longer than ``MAX_FIELD_BYTES`` become NULL, each with a quarantine row giving
    its size and opening words, before anything stores them."""
    columns = [name for name, dtype in frame.schema.items() if dtype == pl.String and name not in _LINEAGE]
    if frame.is_empty() or not columns:
        return frame
    too_long = frame.select((pl.col(c).str.len_bytes() > MAX_FIELD_BYTES).any() for c in columns).row(0)
    uri_column = "source_uri" if table == TRIAL_TABLE else SOURCE_COLUMN
    for column, found in zip(columns, too_long, strict=True):
        if not found:
            continue
        offending = pl.col(column).str.len_bytes() > MAX_FIELD_BYTES
        for row in frame.filter(offending).select(uri_column, "nct_id", column).iter_rows():
            uri, nct_id, value = row
            issue = Issue(
                "parse",
                f"{table}.{column} is {len(value.encode()):,} bytes, more than the {size_text(MAX_FIELD_BYTES)} a field may be",
                f"starts: {value[:200]!r}",
                f"{table}.{column}",
                NULLED,
            )
            quarantine.append(quarantine_row(load_id, uri, nct_id, issue, at))
        frame = frame.with_columns(pl.when(offending).then(None).otherwise(pl.col(column)).alias(column))
    return frame


def _parse_unit(unit: Unit, load_id: str, loaded_at: datetime, rows: _Rows) -> Iterator[None]:
    """Parse a unit's records into ``rows``, yielding after each one (so the caller can cut the batch)."""
    file = unit.file
    read = 0
    try:
        for record in read_records(file, unit.entry_table(), unit.file_sha256):
            rows.records += 1
            if record.skipped:
                issue = Issue(record.error.stage, record.error.reason, action=SKIPPED)
                rows.quarantine.append(quarantine_row(load_id, record.uri, None, issue, loaded_at))
            else:
                read += 1
                _parse_record(record, file, load_id, loaded_at, rows)
            yield
    except OSError as exc:
        _reject(file, file.uri, Issue("read", f"cannot read file: {exc.strerror or exc}", action=REJECTED), load_id, loaded_at, rows)
        return
    except UnreadablePage as exc:
        _reject(file, file.uri, Issue(exc.stage, exc.reason, action=REJECTED), load_id, loaded_at, rows)
        return
    except Exception as exc:  # a reader bug must not stop the run: the file is quarantined
        _reject(file, file.uri, Issue("read", f"reader error: {type(exc).__name__}: {exc}", action=REJECTED), load_id, loaded_at, rows)
        return
    if read == 0 and (unit.entries is None or unit.archive_records == 0):
        reason = "archive holds no entries" if rows.records == 0 else "archive holds no records (every entry was skipped)"
        _reject(file, file.uri, Issue("read", reason, action=REJECTED), load_id, loaded_at, rows)


def _parse_record(record: Record, file: SourceFile, load_id: str, loaded_at: datetime, rows: _Rows) -> None:
    if record.error is not None:
        issue = Issue(record.error.stage, record.error.reason, action=REJECTED)
        _reject(file, record.uri, issue, load_id, loaded_at, rows, record.file_sha256, record)
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
    _reject(file, record.uri, issue, load_id, loaded_at, rows, record.file_sha256, record)


def _column_of(field: str | None) -> str | None:
    """An issue's field as ``table.column``: a bare name is a trial column."""
    if field is None or "." in field:
        return field
    return f"trials.{field}"


def _accept(page: ParsedPage, record: Record, file: SourceFile, load_id: str, loaded_at: datetime, rows: _Rows) -> None:
    nct_id, uri, kind = page.nct_id, record.uri, record.kind
    lineage = dict(zip(TRIAL_LINEAGE, (kind, uri, record.sha256, load_id, loaded_at), strict=True))
    rows.tables[TRIAL_TABLE].append({**page.trial, **lineage})
    for table, children in page.children.items():
        for row in children:  # in place: the parser's rows are not used again
            row["nct_id"] = nct_id
            row["source_kind"] = kind
            row[SOURCE_COLUMN] = uri
        rows.tables[table].extend(children)
    for found in page.issues:
        named = Issue(found.stage, found.reason, found.detail, _column_of(found.field), found.action)
        row = quarantine_row(load_id, uri, nct_id, named, loaded_at)
        if found.reason.startswith(UNKNOWN_FIELD):
            rows.report_unknown(row)
        else:
            rows.quarantine.append(row)
    rows.manifest.append(_manifest_row(file, uri, record.file_sha256, nct_id, "loaded", load_id, record))


def _reject(
    file: SourceFile,
    uri: str,
    issue: Issue,
    load_id: str,
    loaded_at: datetime,
    rows: _Rows,
    file_sha256: str | None = None,
    record: Record | None = None,
) -> None:
    """A record that yields no trial (so no NCT ID): one quarantine row and its manifest row."""
    rows.quarantine.append(quarantine_row(load_id, uri, None, issue, loaded_at))
    rows.manifest.append(_manifest_row(file, uri, file_sha256 or _hash_or_empty(file), None, "rejected", load_id, record))


def _manifest_row(
    file: SourceFile, uri: str, file_sha256: str, nct_id: str | None, outcome: str, load_id: str, record: Record | None = None
) -> dict[str, Any]:
    return {
        "source_uri": uri,
        "file_uri": file.uri,
        "sha256": file_sha256,
        "size_bytes": file.size_bytes,
        "mtime_ns": file.mtime_ns,
        "nct_id": nct_id,
        "outcome": outcome,
        "load_id": load_id,
        "entry_crc32": record.entry_crc32 if record is not None else None,
        "entry_size": record.entry_size if record is not None else None,
        "parser_version": parser_version(),
    }


def _hash_or_empty(file: SourceFile) -> str:
    """The file's hash, so an unchanged bad file is not read again; empty-content hash if unreadable."""
    try:
        return sha256_of(Path(file.path))
    except OSError:
        return hashlib.sha256(b"").hexdigest()
