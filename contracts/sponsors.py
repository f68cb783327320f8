from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable, from_json


class Sponsors(ChildTable):
    """One row per sponsor organisation of a trial, lead and collaborators (key nct_id, ordinal)."""

    name: str = pa.Field(
        metadata=from_json(
            "protocolSection.sponsorCollaboratorsModule.leadSponsor.name", "protocolSection.sponsorCollaboratorsModule.collaborators.name"
        ),
        description="Organisation name.",
    )
    agency_class: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.AGENCY_CLASS,
        metadata=from_json(
            "protocolSection.sponsorCollaboratorsModule.leadSponsor.class", "protocolSection.sponsorCollaboratorsModule.collaborators.class"
        ),
        description="Agency class code (INDUSTRY, NIH, OTHER ...).",
    )
    role: Optional[str] = pa.Field(nullable=True, isin=codes.SPONSOR_ROLE, description="lead or collaborator.")

    class Config:
        name = "sponsors"
        metadata = {"grain": "one row per sponsor organisation of a trial"}
        description = "One row per sponsor organisation of a trial, lead and collaborators."
