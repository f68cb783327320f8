import pandera.polars as pa

from contracts.base import ChildTable, from_json


class Keywords(ChildTable):
    """One row per keyword the sponsor gave a trial (key nct_id, ordinal); JSON and API sources only."""

    keyword: str = pa.Field(
        metadata=from_json("protocolSection.conditionsModule.keywords"), description="Keyword or phrase, as the registry gives it."
    )

    class Config:
        name = "keywords"
        metadata = {"grain": "one row per keyword of a trial"}
        description = "One row per keyword the sponsor gave a trial; JSON and API sources only."
