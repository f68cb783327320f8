"""The fields the posted-results contracts share: where in ``resultsSection`` they come from, a
number the registry gives as text, the row a row belongs to, and the group a row names."""

from __future__ import annotations

from typing import Optional

import pandera.polars as pa
import polars as pl

from contracts import codes, rules
from contracts.base import ChildTable, from_json, refers_to

RESULTS = "resultsSection."
FLOW = f"{RESULTS}participantFlowModule."
BASELINE = f"{RESULTS}baselineCharacteristicsModule."
OUTCOMES = f"{RESULTS}outcomeMeasuresModule.outcomeMeasures."
EVENTS = f"{RESULTS}adverseEventsModule."
MORE_INFO = f"{RESULTS}moreInfoModule."


def recorded(*paths: str, what: str, **checks) -> object:
    """A text, flag or coded value as the record gives it (NULL when it gives none)."""
    return pa.Field(nullable=True, metadata=from_json(*paths), description=what, **checks)


def number(*paths: str, what: str) -> object:
    return recorded(*paths, what=f"{what}: the number the registry gives as text; NULL when it is not one (NA), see *_raw.")


def modifier(*paths: str, what: str) -> object:
    return recorded(
        *paths,
        what=f"The sign before the number of {what} (<, ≤, >, ≥; <= and >= written as ≤ and ≥); NULL when the number is exact.",
        isin=codes.NUMBER_MODIFIER,
    )


def raw(*paths: str, what: str) -> object:
    return recorded(*paths, what=f'{what}, the text exactly as the registry gives it ("12.5", "<0.001", "NA").')


def belongs_to(table: str, what: str, *, optional: bool = False) -> object:
    """The row of ``table`` (its ordinal in the same trial) this row belongs to."""
    return refers_to(table, f"The {what} ({table}.ordinal of the same trial) this row belongs to.", nullable=optional)


class GroupedRow(ChildTable):
    """A row that names one group of its results module (``BG000``, ``OG001``, ``EG000`` ...)."""

    group_ordinal: Optional[pl.Int32] = refers_to(
        "result_groups",
        "The group (result_groups.ordinal of the same trial) group_code names; NULL when the module lists no such group.",
        nullable=True,
    )
    group_code: Optional[str] = pa.Field(
        nullable=True, description="The registry's code of the group, as written (BG000, OG001, EG000 ...)."
    )

    _group_named = rules.group_named()
