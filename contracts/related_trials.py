from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable


class RelatedTrials(ChildTable):
    """One row per trial the registry suggests as related (key nct_id, ordinal)."""

    related_nct_id: str = pa.Field(str_matches=codes.NCT_ID_PATTERN, description="NCT ID of the related trial.")
    title: Optional[str] = pa.Field(nullable=True, description="Title of the related trial.")
    overall_status: Optional[str] = pa.Field(
        nullable=True, isin=codes.OVERALL_STATUS, description="Recruitment status code of the related trial."
    )
    phase: Optional[str] = pa.Field(
        nullable=True, str_matches=codes.PHASE_PATTERN, description="Phase of the related trial, phases joined with '/'."
    )

    class Config:
        name = "related_trials"
        metadata = {"grain": "one row per trial the registry suggests as related to a trial"}
        description = "One row per trial the registry suggests as related."
