"""Which of two records of the same trial wins.

The newer Last Updated wins; on a tie a structured source (JSON file or live API) beats a text
page; then the greater source URI, so the outcome never depends on the order records arrive in.
A record without a valid Last Updated never beats a dated one.
"""

from __future__ import annotations

from datetime import date

import polars as pl

from pipelines.parsing.model import SUPERSEDED, Issue

SOURCE_RANK = {"text": 0, "json": 1, "api": 1}
RANK_COLUMN = "__source_rank"
_ROW = "__row"
_EPOCH = date(1, 1, 1)
SUPERSEDED_IN_RUN = "superseded by a later version of the same trial in this run (newer Last Updated, or JSON on a tie)"
STALE = "stale copy: the warehouse holds a later version of this trial (newer Last Updated, or JSON on a tie)"


def version_key(last_updated: date | None, source_kind: str, source_uri: str) -> tuple[date, int, str]:
    return (last_updated or _EPOCH, SOURCE_RANK.get(source_kind, 0), source_uri)


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
    ranked = trials.with_row_index(_ROW).with_columns(rank_expr()).sort(["nct_id", *VERSION_ORDER], nulls_last=False)
    winners = ranked.group_by("nct_id", maintain_order=True).last()
    kept = trials.with_row_index(_ROW).join(winners.select(_ROW), on=_ROW, how="semi").sort(_ROW).drop(_ROW)
    superseded = (
        ranked.join(winners.select(_ROW), on=_ROW, how="anti")
        .join(winners.select("nct_id", kept_uri="source_uri", kept_kind="source_kind", kept_last_updated_raw="last_updated_raw"), on="nct_id")
        .sort(_ROW)
        .drop(_ROW, RANK_COLUMN)
    )
    return kept, superseded


def superseded_in_run(loser: dict) -> Issue:
    """The quarantine issue of a record beaten by a later record of its trial in the same run
    (a ``superseded`` row of ``latest_per_trial``)."""
    detail = f"kept {loser['kept_uri']} ({loser['kept_kind']}, Last Updated {loser['kept_last_updated_raw']})"
    return Issue("dedupe", SUPERSEDED_IN_RUN, detail, action=SUPERSEDED)
