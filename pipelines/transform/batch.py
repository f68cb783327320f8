"""Turn a batch of page files into contract-shaped polars frames, quarantine rows and manifest rows.

Pure: no dagster, no database. Every file ends up either as a trial with child rows or as a
quarantine row naming its source, stage and reason; nothing raises out of ``parse_files``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import polars as pl

from contracts import PAGE_CONTRACTS, FileManifest, Quarantine, polars_schema
from pipelines.parsing.model import CHILD_TABLES, REJECTED, TRIAL_TABLE, Issue
from pipelines.parsing.reader import SourceFile, UnreadablePage, decode_page
from pipelines.parsing.registry_text import parse_page

SOURCE_KIND_TEXT = "text"
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


def parse_files(files: list[SourceFile], load_id: str, loaded_at: datetime) -> Batch:
    """Read, hash and parse each file; bad files become quarantine rows, never exceptions."""
    rows = _Rows()
    for landed in files:
        _parse_one(landed, load_id, loaded_at, rows)
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


def _parse_one(landed: SourceFile, load_id: str, loaded_at: datetime, rows: _Rows) -> None:
    uri = landed.uri
    sha256 = None
    nct_id = None
    try:
        raw = Path(landed.path).read_bytes()
        sha256 = hashlib.sha256(raw).hexdigest()
        page = parse_page(decode_page(raw, landed.path))
    except OSError as exc:
        issue = Issue("read", f"cannot read file: {exc.strerror or exc}", action=REJECTED)
    except UnreadablePage as exc:
        issue = Issue(exc.stage, exc.reason, action=REJECTED)
    except Exception as exc:  # a parser bug must not stop the run: the page is quarantined
        issue = Issue("parse", f"parser error: {type(exc).__name__}: {exc}", action=REJECTED)
    else:
        nct_id = page.nct_id
        lineage = {
            "source_kind": SOURCE_KIND_TEXT,
            "source_uri": uri,
            "source_sha256": sha256,
            "load_id": load_id,
            "loaded_at": loaded_at,
        }
        rows.tables[TRIAL_TABLE].append({**page.trial, **lineage})
        for table in CHILD_TABLES:
            rows.tables[table].extend(
                {"nct_id": nct_id, **row, SOURCE_COLUMN: uri} for row in page.children.get(table, [])
            )
        for found in page.issues:
            named = Issue(found.stage, found.reason, found.detail, f"trials.{found.field}" if found.field else None, found.action)
            rows.quarantine.append(quarantine_row(load_id, uri, nct_id, named, loaded_at))
        issue = None
    if issue is not None:
        rows.quarantine.append(quarantine_row(load_id, uri, None, issue, loaded_at))
    rows.manifest.append(
        {
            "source_uri": uri,
            "sha256": sha256 or hashlib.sha256(b"").hexdigest(),
            "size_bytes": landed.size_bytes,
            "mtime_ns": landed.mtime_ns,
            "nct_id": nct_id,
            "outcome": "loaded" if issue is None else "rejected",
            "load_id": load_id,
        }
    )
