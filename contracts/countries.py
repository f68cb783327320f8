import pandera.polars as pa

from contracts.base import ChildTable, from_json


class Countries(ChildTable):
    """One row per country a trial has sites in (key nct_id, ordinal)."""

    country: str = pa.Field(
        metadata=from_json("protocolSection.contactsLocationsModule.locations.country"),
        description="Country name as the registry spells it.",
    )

    class Config:
        name = "countries"
        metadata = {"grain": "one row per country a trial has sites in"}
        description = "One row per country a trial has sites in."
