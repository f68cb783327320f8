from typing import Optional

from contracts.base import ChildTable
from contracts.results_fields import FLOW, recorded


class FlowPeriods(ChildTable):
    """One row per period of a trial's participant flow (key nct_id, ordinal); JSON and API sources only."""

    title: Optional[str] = recorded(f"{FLOW}periods.title", what="The period's title (Overall Study, Open-Label Extension ...).")

    class Config:
        name = "flow_periods"
        metadata = {"grain": "one row per period of a trial's participant flow"}
        description = "One row per period of a trial's participant flow; JSON and API sources only."
