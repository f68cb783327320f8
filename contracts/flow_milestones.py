from typing import Optional

import polars as pl

from contracts.base import ChildTable
from contracts.results_fields import FLOW, belongs_to, recorded

_MILESTONES = f"{FLOW}periods.milestones."


class FlowMilestones(ChildTable):
    """One row per milestone of a participant-flow period: STARTED, COMPLETED, NOT COMPLETED or the registry's own (key nct_id, ordinal); JSON and API sources only."""

    period_ordinal: pl.Int32 = belongs_to("flow_periods", "period")
    milestone_type: Optional[str] = recorded(
        f"{_MILESTONES}type", what="The milestone as written: STARTED, COMPLETED, NOT COMPLETED or free text (Received OL Treatment ...)."
    )
    comment: Optional[str] = recorded(f"{_MILESTONES}comment", what="Comment on the milestone.")

    class Config:
        name = "flow_milestones"
        metadata = {"grain": "one row per milestone of a participant-flow period"}
        description = "One row per milestone of a participant-flow period (the counts per group are in flow_milestone_counts); JSON and API sources only."
