import pandera.polars as pa

from contracts.base import ChildTable, from_json


class RemovedCountries(ChildTable):
    """One row per country a trial once listed sites in and no longer does (key nct_id, ordinal); JSON and API sources only."""

    country: str = pa.Field(
        metadata=from_json("derivedSection.miscInfoModule.removedCountries"), description="Country name as the registry spells it."
    )

    class Config:
        name = "removed_countries"
        metadata = {"grain": "one row per country removed from a trial's sites"}
        description = "One row per country a trial once had sites in and no longer lists (AACT's countries with removed = true); JSON and API sources only."
