from typing import Optional

import pandera.polars as pa
import polars as pl

from contracts import codes, rules
from contracts.base import ChildTable
from contracts.results_fields import BASELINE, EVENTS, FLOW, OUTCOMES, belongs_to, recorded

_MODULES = (f"{FLOW}groups.", f"{BASELINE}groups.", f"{OUTCOMES}groups.", f"{EVENTS}eventGroups.")


def _groups(key: str) -> tuple[str, ...]:
    return tuple(f"{module}{key}" for module in _MODULES)


def _numbers(key: str, what: str) -> object:
    return recorded(f"{EVENTS}eventGroups.{key}", what=f"{what} (adverse-event groups only).")


class ResultGroups(ChildTable):
    """One row per group a results module compares: participant flow (FG), baseline (BG), each outcome measure (OG) and adverse events (EG) (key nct_id, ordinal); JSON and API sources only."""

    result_type: str = pa.Field(isin=codes.RESULT_TYPE, description="The module: participant_flow, baseline, outcome or adverse_events.")
    measure_ordinal: Optional[pl.Int32] = belongs_to(
        "result_measures", "outcome measure whose groups these are (outcome groups only; NULL for the other modules)", optional=True
    )
    group_code: Optional[str] = pa.Field(
        nullable=True,
        metadata={"json": _groups("id")},
        description="The registry's code of the group (FG000, BG001, OG002, EG000 ...), unique within its module (within its measure for outcomes).",
    )
    title: Optional[str] = recorded(*_groups("title"), what="The group's title.")
    description: Optional[str] = recorded(*_groups("description"), what="The group's description.")
    deaths_num_affected: Optional[pl.Int32] = _numbers("deathsNumAffected", "Participants of the group who died, from any cause")
    deaths_num_at_risk: Optional[pl.Int32] = _numbers("deathsNumAtRisk", "Participants of the group at risk of death")
    serious_num_affected: Optional[pl.Int32] = _numbers("seriousNumAffected", "Participants with a serious adverse event")
    serious_num_at_risk: Optional[pl.Int32] = _numbers("seriousNumAtRisk", "Participants at risk of a serious adverse event")
    other_num_affected: Optional[pl.Int32] = _numbers("otherNumAffected", "Participants with another (not serious) adverse event")
    other_num_at_risk: Optional[pl.Int32] = _numbers("otherNumAtRisk", "Participants at risk of another adverse event")

    _counts = rules.not_negative(
        "deaths_num_affected",
        "deaths_num_at_risk",
        "serious_num_affected",
        "serious_num_at_risk",
        "other_num_affected",
        "other_num_at_risk",
    )
    _deaths = rules.not_above("deaths_num_affected", "deaths_num_at_risk")
    _serious = rules.not_above("serious_num_affected", "serious_num_at_risk")
    _other = rules.not_above("other_num_affected", "other_num_at_risk")

    class Config:
        name = "result_groups"
        metadata = {"grain": "one row per group a results module (or an outcome measure) compares"}
        description = (
            "One row per group a results module compares (participant flow, baseline, each outcome measure, adverse events); "
            "every row that names a group joins it by group_ordinal = result_groups.ordinal; JSON and API sources only."
        )
