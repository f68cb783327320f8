import pandera.polars as pa

from contracts.base import ChildTable, from_json


class Conditions(ChildTable):
    """One row per condition a trial studies (key nct_id, ordinal)."""

    condition: str = pa.Field(
        metadata=from_json("protocolSection.conditionsModule.conditions"), description="Condition or disease, as the registry gives it."
    )

    class Config:
        name = "conditions"
        metadata = {"grain": "one row per condition a trial studies"}
        description = "One row per condition a trial studies."
