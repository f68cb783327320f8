from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable


class Arms(ChildTable):
    """One row per arm or cohort of a trial (key nct_id, ordinal)."""

    label: str = pa.Field(description="Arm label as the registry gives it.")
    arm_type: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.ARM_TYPE,
        description="Arm type code (EXPERIMENTAL, PLACEBO_COMPARATOR ...); NULL for a cohort without one.",
    )
    description: Optional[str] = pa.Field(nullable=True, description="What participants in the arm receive.")

    class Config:
        name = "arms"
        metadata = {"grain": "one row per arm or cohort of a trial"}
        description = "One row per arm or cohort of a trial."
