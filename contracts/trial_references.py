from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable, from_json


class TrialReferences(ChildTable):
    """One row per publication cited by a trial (key nct_id, ordinal)."""

    citation: Optional[str] = pa.Field(
        nullable=True, metadata=from_json("protocolSection.referencesModule.references.citation"), description="Citation text."
    )
    reference_type: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.REFERENCE_TYPE,
        metadata=from_json("protocolSection.referencesModule.references.type"),
        description="BACKGROUND, RESULT or DERIVED.",
    )
    pmid: Optional[str] = pa.Field(
        nullable=True,
        str_matches=r"^\d+$",
        metadata=from_json("protocolSection.referencesModule.references.pmid"),
        description="PubMed ID, when the reference has one.",
    )

    class Config:
        name = "trial_references"
        metadata = {"grain": "one row per publication a trial cites"}
        description = "One row per publication cited by a trial."
