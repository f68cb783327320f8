from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable, from_json


def _paths(key: str) -> dict:
    lists = ("primaryOutcomes", "secondaryOutcomes", "otherOutcomes")
    return from_json(*(f"protocolSection.outcomesModule.{name}.{key}" for name in lists))


class Outcomes(ChildTable):
    """One row per outcome measure a trial registered (key nct_id, ordinal); JSON and API sources only."""

    outcome_type: str = pa.Field(isin=codes.OUTCOME_TYPE, description="PRIMARY, SECONDARY or OTHER.")
    measure: str = pa.Field(
        metadata=_paths("measure"),
        description="What is measured.",
    )
    description: Optional[str] = pa.Field(
        nullable=True,
        metadata=_paths("description"),
        description="How it is measured; NULL when the registry gives none.",
    )
    time_frame: Optional[str] = pa.Field(
        nullable=True,
        metadata=_paths("timeFrame"),
        description="When it is measured; NULL when the registry gives none.",
    )

    class Config:
        name = "outcomes"
        metadata = {"grain": "one row per outcome measure a trial registered"}
        description = "One row per outcome measure a trial registered; JSON and API sources only."
