from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable


class Outcomes(ChildTable):
    """One row per outcome measure a trial registered (key nct_id, ordinal); JSON and API sources only."""

    outcome_type: str = pa.Field(isin=codes.OUTCOME_TYPE, description="PRIMARY, SECONDARY or OTHER.")
    measure: str = pa.Field(description="What is measured.")
    description: Optional[str] = pa.Field(nullable=True, description="How it is measured; NULL when the registry gives none.")
    time_frame: Optional[str] = pa.Field(nullable=True, description="When it is measured; NULL when the registry gives none.")

    class Config:
        name = "outcomes"
        metadata = {"grain": "one row per outcome measure a trial registered"}
        description = "One row per outcome measure a trial registered; JSON and API sources only."
