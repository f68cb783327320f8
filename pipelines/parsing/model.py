"""What parsing one page produces: rows per warehouse table, and the issues met on the way."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from contracts import tables
from contracts.base import PARENT_TABLE

# Table names, in load order: the trial first, then its children (from the contracts).
TRIAL_TABLE = PARENT_TABLE
CHILD_TABLES = tuple(t.name for t in tables() if t.parent == PARENT_TABLE)
TABLES = (TRIAL_TABLE, *CHILD_TABLES)

# The trial columns the load fills about the record itself, not from it.
TRIAL_LINEAGE = ("source_kind", "source_uri", "source_sha256", "load_id", "loaded_at")

# What happened to the record or field an issue names.
REJECTED = "rejected"  # the whole record is not loaded
NULLED = "nulled"  # the record loads, this field is NULL
DROPPED = "dropped"  # the record loads without this child row
SUPERSEDED = "superseded"  # a newer record of the same trial won
REPORTED = "reported"  # nothing removed from the tables (an unknown field, a broken rule): only reported
SKIPPED = "skipped"  # an input not read (a FIFO, an unreadable folder, a hidden archive entry)


# The reason of a JSON leaf path the parser does not know (``json_paths.py``), before the path.
UNKNOWN_FIELD = "JSON field the parser does not know"


def unknown_field_reason(path: str) -> str:
    return f"{UNKNOWN_FIELD}: {path}"


@dataclass(frozen=True)
class Issue:
    """One thing wrong with a page: the stage that found it, the field, why, and what was done."""

    stage: str
    reason: str
    detail: str | None = None
    field: str | None = None
    action: str = NULLED


@dataclass
class ParsedPage:
    """A page turned into warehouse rows (without lineage columns)."""

    nct_id: str
    last_updated: date | None
    trial: dict[str, Any]
    children: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)


def add_child(children: dict[str, list[dict[str, Any]]], table: str, row: dict[str, Any]) -> dict[str, Any]:
    """Append a child row to ``children[table]``, numbered from 1 in record order; return it."""
    rows = children.setdefault(table, [])
    row["ordinal"] = len(rows) + 1  # in place: the row is the caller's new dict, and copying it costs
    rows.append(row)
    return row
