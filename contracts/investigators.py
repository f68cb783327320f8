from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable, from_json


class Investigators(ChildTable):
    """One row per overall official of a trial (key nct_id, ordinal)."""

    name: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json("protocolSection.contactsLocationsModule.overallOfficials.name"),
        description="Name and degrees of the person.",
    )
    role: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.OFFICIAL_ROLE,
        metadata=from_json("protocolSection.contactsLocationsModule.overallOfficials.role"),
        description="Official role code (PRINCIPAL_INVESTIGATOR, STUDY_CHAIR ...); NULL when none.",
    )
    affiliation: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json("protocolSection.contactsLocationsModule.overallOfficials.affiliation"),
        description="Institution of the person.",
    )

    class Config:
        name = "investigators"
        metadata = {"grain": "one row per overall official of a trial"}
        description = "One row per overall official of a trial."
