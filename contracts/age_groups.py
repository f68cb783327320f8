import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable, from_json


class AgeGroups(ChildTable):
    """One row per standard age group a trial admits (key nct_id, ordinal); JSON and API sources only."""

    age_group: str = pa.Field(
        isin=codes.STANDARD_AGE,
        metadata=from_json("protocolSection.eligibilityModule.stdAges"),
        description="CHILD (under 18), ADULT (18-64) or OLDER_ADULT (65 and over).",
    )

    class Config:
        name = "age_groups"
        metadata = {"grain": "one row per standard age group a trial admits"}
        description = "One row per standard age group a trial admits; JSON and API sources only."
