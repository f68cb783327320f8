from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable, from_json


class Arms(ChildTable):
    """One row per arm or cohort of a trial (key nct_id, ordinal)."""

    label: str = pa.Field(
        metadata=from_json("protocolSection.armsInterventionsModule.armGroups.label"), description="Arm label as the registry gives it."
    )
    arm_type: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.ARM_TYPE,
        metadata=from_json("protocolSection.armsInterventionsModule.armGroups.type"),
        description="Arm type code (EXPERIMENTAL, PLACEBO_COMPARATOR ...); NULL for a cohort without one.",
    )
    description: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json("protocolSection.armsInterventionsModule.armGroups.description"),
        description="What participants in the arm receive.",
    )

    class Config:
        name = "arms"
        metadata = {"grain": "one row per arm or cohort of a trial"}
        description = "One row per arm or cohort of a trial."
