from typing import Optional

import pandera.polars as pa
import polars as pl

from contracts import rules
from contracts.results_fields import EVENTS, GroupedRow, belongs_to, recorded


def _either(key: str) -> tuple[str, ...]:
    return (f"{EVENTS}seriousEvents.stats.{key}", f"{EVENTS}otherEvents.stats.{key}")


class AdverseEventStats(GroupedRow):
    """One row per adverse event term and group: events, participants affected and at risk (key nct_id, ordinal); JSON and API sources only."""

    group_code: Optional[str] = pa.Field(
        nullable=True, metadata={"json": _either("groupId")}, description="The adverse-event group's code, as written (EG000 ...)."
    )
    event_ordinal: pl.Int32 = belongs_to("adverse_events", "adverse event term")
    num_events: Optional[pl.Int32] = recorded(*_either("numEvents"), what="Number of events in the group (a participant may have several).")
    num_affected: Optional[pl.Int32] = recorded(*_either("numAffected"), what="Participants of the group affected.")
    num_at_risk: Optional[pl.Int32] = recorded(*_either("numAtRisk"), what="Participants of the group at risk.")

    _counts = rules.not_negative("num_events", "num_affected", "num_at_risk")
    _affected = rules.not_above("num_affected", "num_at_risk")

    class Config:
        name = "adverse_event_stats"
        metadata = {"grain": "one row per adverse event term and group"}
        description = "One row per adverse event term and group: events, participants affected and at risk; JSON and API sources only."
