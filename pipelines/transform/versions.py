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
SUPERSEDED_IN_RUN = "superseded by another record of the same version of the trial (the same Last Updated) in this run: JSON over text, then the greater source URI"
STALE = "stale copy: the warehouse holds this version of the trial (the same Last Updated) from a preferred record (JSON over text, then the greater source URI)"


def rank_expr() -> pl.Expr:
    """``SOURCE_RANK`` of each row's ``source_kind``, as a column to sort by."""
    return pl.col("source_kind").replace_strict(SOURCE_RANK, default=0, return_dtype=pl.Int8).alias(RANK_COLUMN)


VERSION_ORDER = ["last_updated", RANK_COLUMN, "source_uri"]


def latest_per_trial(trials: pl.DataFrame, by: tuple[str, ...] = ("nct_id",)) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Split records of trials into the latest version of each trial (of each trial and Last
    Updated date, with ``by=BY_VERSION``) and the others.

    Returns ``(kept, superseded)``: ``kept`` holds the winning rows, in their input order;
    ``superseded`` holds the losing rows with the winner's ``kept_uri``, ``kept_kind`` and
    ``kept_last_updated_raw``.
    """
    # On a full tie (the same record twice) the later row wins: the row number sorts last.
    by = list(by)
    ranked = trials.with_row_index(_ROW).with_columns(rank_expr()).sort([*by, *VERSION_ORDER, _ROW], nulls_last=False)
    winners = ranked.group_by(by, maintain_order=True).last()
    kept = trials.with_row_index(_ROW).join(winners.select(_ROW), on=_ROW, how="semi").sort(_ROW).drop(_ROW)
    superseded = (
        ranked.join(winners.select(_ROW), on=_ROW, how="anti")
        .join(
            winners.select(*by, kept_uri="source_uri", kept_kind="source_kind", kept_last_updated_raw="last_updated_raw"),
            on=by,
            nulls_equal=True,
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
# A version the warehouse holds (a row of history.trials): ``sql/load/existing_versions.sql``.
STORED_SCHEMA = pl.Schema(
    {
        "nct_id": pl.String,
        "last_updated": pl.Date,
        "source_kind": pl.String,
        "source_uri": pl.String,
        "load_id": pl.String,
        "is_current": pl.Boolean,
    }
)
BY_VERSION = ("nct_id", "last_updated")
_INCOMING = "__incoming"


@dataclass
class VersionDecision:
    """What becomes of a run's records against the versions the warehouse holds.

    ``accepted``: the records that are a version of their trial (one per Last Updated date, not
    beaten by the stored record of that date), all written to history; ``current``: those of them
    that are their trial's latest version, loaded into the current tables; ``new_ids``: trials
    the warehouse did not hold that come with one version (their history is that version alone);
    ``replaced_ids``: trials whose current rows the run replaces. ``new_ids`` also holds a trial
    whose one stored version the run replaces with a record of the same date."""

    accepted: pl.DataFrame
    current: pl.DataFrame
    new_ids: list[str] = field(default_factory=list)  # trials whose only version is the one the run loads
    replaced_ids: list[str] = field(default_factory=list)
    stale_uris: list[str] = field(default_factory=list)  # lost to the stored record of the same version
    replaced_uris: list[str] = field(default_factory=list)  # stored records replaced by one of the same version
    past_uris: list[str] = field(default_factory=list)  # records now a past version only (in history)
    problems: list[dict[str, Any]] = field(default_factory=list)


def decide_versions(incoming: pl.DataFrame, stored: list[tuple], load_id: str, at: datetime) -> VersionDecision:
    """Compare a run's records (at most one per trial and Last Updated: ``latest_per_trial`` by
    ``BY_VERSION``) with the versions the warehouse holds of their trials (``nct_id,
    last_updated, source_kind, source_uri, load_id, is_current``), by the one rule
    (``latest_per_trial``).

    A record of a Last Updated the warehouse holds replaces that version only when it is not
    older by the rule (on a full tie it replaces it: the same file, changed in place); otherwise
    it is a stale copy, quarantined. Every other record is accepted as a version, and the latest
    version of each trial is its current one: a record older than the stored current version
    goes to history alone. A stored version loaded earlier in this same run that is replaced is
    accounted for as superseded here."""
    records = incoming.with_row_index(_INCOMING)
    held = pl.DataFrame(stored, schema=STORED_SCHEMA, orient="row").join(records.select("nct_id").unique(), on="nct_id", how="semi")
    held = held.with_columns(last_updated_raw=pl.col("last_updated").cast(pl.String).fill_null("None"))
    # Held versions first: on a full tie the run's record, which comes after, wins.
    both = pl.concat([held, records.with_columns(load_id=pl.lit(None, pl.String))], how="diagonal_relaxed")
    winners, losers = latest_per_trial(both, by=BY_VERSION)
    latest, _ = latest_per_trial(winners)
    run_only = [c for c in winners.columns if c not in (_INCOMING, "load_id", "is_current")]
    decision = VersionDecision(
        accepted=winners.filter(pl.col(_INCOMING).is_not_null()).sort(_INCOMING).select(run_only),
        current=latest.filter(pl.col(_INCOMING).is_not_null()).sort(_INCOMING).select(run_only),
    )
    for loser in losers.sort(_INCOMING, nulls_last=True).iter_rows(named=True):
        detail = f"kept {loser['kept_uri']} ({loser['kept_kind']}, Last Updated {loser['kept_last_updated_raw']})"
        if loser[_INCOMING] is not None:  # the stored record of the same version wins
            decision.stale_uris.append(loser["source_uri"])
            issue = Issue("dedupe", STALE, detail, action=SUPERSEDED)
            decision.problems.append(quarantine_row(load_id, loser["source_uri"], loser["nct_id"], issue, at))
        elif loser["source_uri"] != loser["kept_uri"]:  # the stored record is replaced by another of its version
            decision.replaced_uris.append(loser["source_uri"])
            if loser["load_id"] == load_id:  # loaded earlier in this run: account for it here
                decision.problems.append(quarantine_row(load_id, loser["source_uri"], loser["nct_id"], superseded_in_run(loser), at))
    held_ids = set(held["nct_id"])
    decision.replaced_ids = sorted(set(decision.current["nct_id"]) & held_ids)
    once = set(decision.accepted["nct_id"].value_counts().filter(pl.col("count") == 1)["nct_id"])
    # A trial whose only version after this run is the one it loads: new, or its one stored
    # version replaced by a record of the same date (every record is read again when the parsing
    # code changed). Its history is that version's rows alone: no rebuild needed.
    kept_dates = dict(decision.accepted.select("nct_id", "last_updated").iter_rows())
    stored_once = held.group_by("nct_id").agg(pl.len().alias("versions"), pl.col("last_updated").first())
    replaced_alone = {nct_id for nct_id, versions, day in stored_once.iter_rows() if versions == 1 and kept_dates.get(nct_id, day) == day}
    decision.new_ids = sorted(once - (held_ids - replaced_alone))
    # Past versions now: the run's records that are not current, and the stored current versions
    # a newer one replaces (unless that is the same record, or one of its date replaced it).
    current_uris = set(decision.current["source_uri"])
    replaced_uris = set(decision.replaced_uris)
    demoted = held.filter(pl.col("is_current") & pl.col("nct_id").is_in(decision.replaced_ids))
    decision.past_uris = [uri for uri in decision.accepted["source_uri"] if uri not in current_uris]
    decision.past_uris += [uri for uri in demoted["source_uri"] if uri not in current_uris and uri not in replaced_uris]
    return decision
