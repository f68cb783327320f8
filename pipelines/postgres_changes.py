"""What a PostgreSQL publish sends: the whole warehouse, or only what changed since the copy the
database holds. It reads the DuckDB file only (no dagster, no PostgreSQL here).

A copy in PostgreSQL can be brought up to date in place when it was made from a warehouse of the
same shape (``shape``: every relation, column, type and comment, and the views' SQL) by a publish
of the same layout (``LAYOUT``). Then only the trials whose rows differ are sent: a trial is the
same on both sides when its ``load_id`` and its history's versions are (a load replaces a trial's
current rows whole and rebuilds its history whole), so the trials to send are those whose
``load_id`` or versions differ, or that one side lacks.

A relation is sent by trial when each of its rows belongs to one trial and follows from that
trial's rows alone: the record tables (``trials`` and its children) and their history, and the ``bi`` and ``ctgov``
views that have ``nct_id`` and read no other relation (``by_trial``). The rest (the load log,
the file manifest, quarantine, ``bi.relationships``, a user's own table) is sent whole. A view
whose rows of one trial depended on other trials' rows (a rank over all trials, a share of the
whole) would have to be sent whole too; none of the warehouse's views does, and a test compares
every relation of the copy with the file after an incremental publish.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

import duckdb

from pipelines.parsing.model import TABLES
from pipelines.warehouse.sql_files import run_sql

# Past this share of the trials changed (and this many), a full copy is sent instead: replacing
# rows in place took about a sixth of a full copy's time for 1% of 100,000 trials, and grows with
# the trials changed (docs/benchmarks.md).
WHOLE_ABOVE_SHARE = 0.1
WHOLE_ABOVE_TRIALS = 1_000

# What a publish makes in PostgreSQL beside the rows (the tables, their nct_id indexes, the
# ledger): a copy made by a publish of another layout is replaced whole.
LAYOUT = 3
# The schemas of tables (not views) a record fills: each of their tables is sent by trial.
TABLE_SCHEMAS = ("main", "history")


@dataclass(frozen=True)
class Relation:
    schema: str
    name: str
    by_trial: bool  # its rows are sent for the changed trials only
    indexed: bool  # it has nct_id, indexed in PostgreSQL (AACT indexes it too)

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}"


def relations(source: duckdb.DuckDBPyConnection) -> list[Relation]:
    """Every relation a publish copies (``catalog/exportable``), and how it is sent."""
    exportable = run_sql(source, "catalog/exportable")
    with_nct_id = {(schema, name) for schema, name, column, _, _ in run_sql(source, "catalog/comments") if column == "nct_id"}
    definitions = {(schema, name): text for schema, name, text in run_sql(source, "catalog/view_definitions")}
    by_trial = {
        (schema, name)
        for schema, name in exportable
        if (schema, name) in with_nct_id and (name in TABLES if schema in TABLE_SCHEMAS else (schema, name) in definitions)
    }
    while True:  # a view reading a relation that is not by trial is not either, through any number of views
        whole = {name for schema, name in exportable if (schema, name) not in by_trial}
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(whole))) + r")\b", re.IGNORECASE) if whole else None
        shrunk = {key for key in by_trial if key[0] in TABLE_SCHEMAS or pattern is None or not pattern.search(definitions[key])}
        if shrunk == by_trial:
            break
        by_trial = shrunk
    return [Relation(schema, name, (schema, name) in by_trial, (schema, name) in with_nct_id) for schema, name in exportable]


def shape(source: duckdb.DuckDBPyConnection, sent: list[Relation]) -> str:
    """A digest of what the warehouse's relations are, not of their rows: every relation, column,
    type and comment, the views' SQL, how each relation is ``sent`` and the publish's layout.
    Equal digests mean a copy can be brought up to date row by row."""
    digest = hashlib.sha256(f"layout {LAYOUT}\n".encode())
    for row in sorted(map(repr, [*run_sql(source, "catalog/comments"), *run_sql(source, "catalog/view_definitions")])):
        digest.update(row.encode() + b"\n")
    digest.update(json.dumps([(r.qualified, r.by_trial, r.indexed) for r in sent]).encode())
    return digest.hexdigest()


def cheaper_whole(changed: int, trials: int) -> bool:
    """Whether a full copy costs less than sending ``changed`` of the file's ``trials``."""
    return changed > WHOLE_ABOVE_TRIALS and changed > WHOLE_ABOVE_SHARE * trials


def changed_trials(source: duckdb.DuckDBPyConnection, published_versions) -> list[str]:
    """The NCT IDs whose rows differ between the file and a copy holding ``published_versions``
    (Arrow: ``nct_id``, ``load_id`` of the copy's ``main.trials``, ``versions`` of its history):
    loaded since, given another version, or on one side only."""
    source.register("published_versions", published_versions)
    try:
        return [nct_id for (nct_id,) in run_sql(source, "publish/changed_trials")]
    finally:
        source.unregister("published_versions")
