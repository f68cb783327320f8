"""Which of two records of the same trial wins: the rule, decided here once.

The newer Last Updated wins; on a tie a structured source (JSON file or live API) beats a text
page; then the greater source URI, so the outcome never depends on the order records arrive in.
A record without a valid Last Updated never beats a dated one.

``latest_per_trial`` applies it to records of a batch, and of a whole run; ``decide_versions``
to a run's records against the versions the warehouse holds, by the same ``latest_per_trial``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import polars as pl

from pipelines.parsing.model import SUPERSEDED, Issue
from pipelines.transform.batch import quarantine_row

SOURCE_RANK = {"text": 0, "json": 1, "api": 1}
RANK_COLUMN = "__source_rank"
_ROW = "__row"
SUPERSEDED_IN_RUN = "superseded by a later version of the same trial in this run (newer Last Updated, or JSON on a tie)"
STALE = "stale copy: the warehouse holds a later version of this trial (newer Last Updated, or JSON on a tie)"


def rank_expr() -> pl.Expr:
    """``SOURCE_RANK`` of each row's ``source_kind``, as a column to sort by."""
    return pl.col("source_kind").replace_strict(SOURCE_RANK, default=0, return_dtype=pl.Int8).alias(RANK_COLUMN)


VERSION_ORDER = ["last_updated", RANK_COLUMN, "source_uri"]


def latest_per_trial(trials: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Split records of trials into the latest version of each trial and the others.

    Returns ``(kept, superseded)``: ``kept`` holds the winning rows, in their input order;
    ``superseded`` holds the losing rows with the winner's ``kept_uri``, ``kept_kind`` and
    ``kept_last_updated_raw``.
    """
    # On a full tie (the same record twice) the later row wins: the row number sorts last.
    ranked = trials.with_row_index(_ROW).with_columns(rank_expr()).sort(["nct_id", *VERSION_ORDER, _ROW], nulls_last=False)
    winners = ranked.group_by("nct_id", maintain_order=True).last()
    kept = trials.with_row_index(_ROW).join(winners.select(_ROW), on=_ROW, how="semi").sort(_ROW).drop(_ROW)
    superseded = (
        ranked.join(winners.select(_ROW), on=_ROW, how="anti")
        .join(
            winners.select("nct_id", kept_uri="source_uri", kept_kind="source_kind", kept_last_updated_raw="last_updated_raw"), on="nct_id"
        )
        .sort(_ROW)
        .drop(_ROW, RANK_COLUMN)
    )
    return kept, superseded


def superseded_in_run(loser: dict) -> Issue:
    """The quarantine issue of a record beaten by a later record of its trial in the same run
    (a ``superseded`` row of ``latest_per_trial``)."""
    detail = f"kept {loser['kept_uri']} ({loser['kept_kind']}, Last Updated {loser['kept_last_updated_raw']})"
    return Issue("dedupe", SUPERSEDED_IN_RUN, detail, action=SUPERSEDED)


# The columns of a record that decide which record of a trial wins.
VERSION_COLUMNS = ["nct_id", "last_updated", "last_updated_raw", "source_kind", "source_uri"]
# A version the warehouse holds: ``sql/load/existing_versions.sql``.
STORED_SCHEMA = pl.Schema(
    {"nct_id": pl.String, "last_updated": pl.Date, "source_kind": pl.String, "source_uri": pl.String, "load_id": pl.String}
)
_INCOMING = "__incoming"


@dataclass
class VersionDecision:
    """Which incoming records lose to the stored version, and which stored records they replace."""

    stale_ids: list[str] = field(default_factory=list)
    stale_uris: list[str] = field(default_factory=list)
    replaced_uris: list[str] = field(default_factory=list)
    problems: list[dict[str, Any]] = field(default_factory=list)


def decide_versions(incoming: pl.DataFrame, stored: list[tuple], load_id: str, at: datetime) -> VersionDecision:
    """Compare a run's records (one per trial) with the stored versions of their trials
    (``nct_id, last_updated, source_kind, source_uri, load_id``), by ``latest_per_trial``: a
    record replaces the stored trial only when it is not older (on a full tie it replaces it:
    the same file, changed in place). A stored version loaded earlier in this same run that
    loses is accounted for as superseded here."""
    records = incoming.select(VERSION_COLUMNS).with_row_index(_INCOMING)
    held = pl.DataFrame(stored, schema=STORED_SCHEMA, orient="row").join(records.select("nct_id"), on="nct_id", how="semi")
    held = held.with_columns(last_updated_raw=pl.col("last_updated").cast(pl.String).fill_null("None"))
    # Held versions first: on a full tie the run's record, which comes after, wins.
    _, losers = latest_per_trial(pl.concat([held, records.with_columns(load_id=pl.lit(None, pl.String))], how="diagonal_relaxed"))
    order = records.select("nct_id", __order=_INCOMING)
    decision = VersionDecision()
    for loser in losers.join(order, on="nct_id").sort("__order").iter_rows(named=True):
        if loser[_INCOMING] is not None:  # the run's record is older than the stored one
            decision.stale_ids.append(loser["nct_id"])
            decision.stale_uris.append(loser["source_uri"])
            issue = Issue(
                "dedupe",
                STALE,
                f"kept {loser['kept_uri']} ({loser['kept_kind']}, Last Updated {loser['kept_last_updated_raw']})",
                action=SUPERSEDED,
            )
            decision.problems.append(quarantine_row(load_id, loser["source_uri"], loser["nct_id"], issue, at))
        elif loser["source_uri"] != loser["kept_uri"]:  # the stored record is replaced by another
            decision.replaced_uris.append(loser["source_uri"])
            if loser["load_id"] == load_id:  # loaded earlier in this run: account for it here
                decision.problems.append(quarantine_row(load_id, loser["source_uri"], loser["nct_id"], superseded_in_run(loser), at))
    return decision
