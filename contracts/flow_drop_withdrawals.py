from typing import Optional

import polars as pl

from contracts.base import ChildTable
from contracts.results_fields import FLOW, belongs_to, recorded

_REASONS = f"{FLOW}periods.dropWithdraws."


class FlowDropWithdrawals(ChildTable):
    """One row per reason participants left a participant-flow period without completing it (key nct_id, ordinal); JSON and API sources only."""

    period_ordinal: pl.Int32 = belongs_to("flow_periods", "period")
    reason: Optional[str] = recorded(
        f"{_REASONS}type", what="The reason as written (Adverse Event, Withdrawal by Subject, Lost to Follow-up ...)."
    )
    comment: Optional[str] = recorded(f"{_REASONS}comment", what="Comment on the reason.")

    class Config:
        name = "flow_drop_withdrawals"
        metadata = {"grain": "one row per reason for not completing a participant-flow period"}
        description = "One row per reason participants did not complete a participant-flow period (the counts per group are in flow_drop_withdrawal_counts); JSON and API sources only."
