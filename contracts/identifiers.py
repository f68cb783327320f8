from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable, from_json


class Identifiers(ChildTable):
    """One row per other identifier of a trial: org study IDs, secondary IDs and NCT ID aliases (key nct_id, ordinal)."""

    identifier: str = pa.Field(
        metadata=from_json(
            "protocolSection.identificationModule.orgStudyIdInfo.id",
            "protocolSection.identificationModule.secondaryIdInfos.id",
            "protocolSection.identificationModule.nctIdAliases",
        ),
        description="The identifier (EudraCT number, grant number, sponsor protocol ID ...).",
    )
    identifier_type: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.IDENTIFIER_TYPE,
        metadata=from_json(
            "protocolSection.identificationModule.orgStudyIdInfo.type", "protocolSection.identificationModule.secondaryIdInfos.type"
        ),
        description="Identifier type code (EUDRACT_NUMBER, NIH, REGISTRY ...); NULL when none.",
    )
    identifier_source: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.IDENTIFIER_SOURCE,
        description="secondary_id, org_study_id, or nct_id_alias (an NCT ID the registry merged into this trial).",
    )

    domain: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json(
            "protocolSection.identificationModule.orgStudyIdInfo.domain", "protocolSection.identificationModule.secondaryIdInfos.domain"
        ),
        description="Who issued the identifier (NIH/NIAID/DMID, a registry's name); JSON and API sources only.",
    )
    link: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json(
            "protocolSection.identificationModule.orgStudyIdInfo.link", "protocolSection.identificationModule.secondaryIdInfos.link"
        ),
        description="Where the identifier leads (a NIH RePORTER page ...); JSON and API sources only.",
    )

    class Config:
        name = "identifiers"
        metadata = {"grain": "one row per other identifier of a trial"}
        description = "One row per other identifier of a trial: org study IDs, secondary IDs and NCT ID aliases."
