from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable


class Identifiers(ChildTable):
    """One row per other identifier of a trial: org study IDs, secondary IDs and NCT ID aliases (key nct_id, ordinal)."""

    identifier: str = pa.Field(description="The identifier (EudraCT number, grant number, sponsor protocol ID ...).")
    identifier_type: Optional[str] = pa.Field(
        nullable=True, isin=codes.IDENTIFIER_TYPE, description="Identifier type code (EUDRACT_NUMBER, NIH, REGISTRY ...); NULL when none."
    )
    identifier_source: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.IDENTIFIER_SOURCE,
        description="secondary_id, org_study_id, or nct_id_alias (an NCT ID the registry merged into this trial).",
    )

    class Config:
        name = "identifiers"
        metadata = {"grain": "one row per other identifier of a trial"}
        description = "One row per other identifier of a trial: org study IDs, secondary IDs and NCT ID aliases."
