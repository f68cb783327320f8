"""Which of two records of the same trial wins.

The newer Last Updated wins; on a tie a structured source (JSON file or live API) beats a text
page; then the greater source URI, so the outcome never depends on the order records arrive in.
A record without a valid Last Updated never beats a dated one.
"""

from __future__ import annotations

from datetime import date

import polars as pl

SOURCE_RANK = {"text": 0, "json": 1, "api": 1}
RANK_COLUMN = "__source_rank"
_EPOCH = date(1, 1, 1)


def version_key(last_updated: date | None, source_kind: str, source_uri: str) -> tuple[date, int, str]:
    return (last_updated or _EPOCH, SOURCE_RANK.get(source_kind, 0), source_uri)


def rank_expr() -> pl.Expr:
    """``SOURCE_RANK`` of each row's ``source_kind``, as a column to sort by."""
    return pl.col("source_kind").replace_strict(SOURCE_RANK, default=0, return_dtype=pl.Int8).alias(RANK_COLUMN)


VERSION_ORDER = ["last_updated", RANK_COLUMN, "source_uri"]
