from typing import Optional

import pandera.polars as pa
import polars as pl

from contracts import rules
from contracts.results_fields import FLOW, GroupedRow, belongs_to, number, raw, recorded

_COUNTS = f"{FLOW}periods.dropWithdraws.reasons."


class FlowDropWithdrawalCounts(GroupedRow):
    """One row per drop-out reason and group: how many participants (and units) of the group left for it (key nct_id, ordinal); JSON and API sources only."""

    group_code: Optional[str] = pa.Field(
        nullable=True, metadata={"json": (f"{_COUNTS}groupId",)}, description="The participant-flow group's code, as written (FG000 ...)."
    )
    period_ordinal: pl.Int32 = belongs_to("flow_periods", "period")
    drop_withdrawal_ordinal: pl.Int32 = belongs_to("flow_drop_withdrawals", "drop-out reason")
    num_subjects: Optional[pl.Int32] = number(f"{_COUNTS}numSubjects", what="Participants of the group who left for this reason")
    num_subjects_raw: Optional[str] = raw(f"{_COUNTS}numSubjects", what="num_subjects")
    num_units: Optional[pl.Int32] = number(f"{_COUNTS}numUnits", what="Units of the group that left for this reason")
    num_units_raw: Optional[str] = raw(f"{_COUNTS}numUnits", what="num_units")
    comment: Optional[str] = recorded(f"{_COUNTS}comment", what="Comment on the count.")

    _counts = rules.not_negative("num_subjects", "num_units")

    class Config:
        name = "flow_drop_withdrawal_counts"
        metadata = {"grain": "one row per participant-flow drop-out reason and group"}
        description = "One row per participant-flow drop-out reason and group, with the number of participants (and units); JSON and API sources only."
