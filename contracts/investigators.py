from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable


class Investigators(ChildTable):
    """One row per overall official of a trial (key nct_id, ordinal)."""

    name: Optional[str] = pa.Field(nullable=True, description="Name and degrees of the person.")
    role: Optional[str] = pa.Field(
        nullable=True, isin=codes.OFFICIAL_ROLE, description="Official role code (PRINCIPAL_INVESTIGATOR, STUDY_CHAIR ...); NULL when none."
    )
    affiliation: Optional[str] = pa.Field(nullable=True, description="Institution of the person.")

    class Config:
        name = "investigators"
        metadata = {"grain": "one row per overall official of a trial"}
        description = "One row per overall official of a trial."
