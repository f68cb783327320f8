from typing import Optional

import pandera.polars as pa

from contracts.base import ChildTable, from_json


class Links(ChildTable):
    """One row per related web link of a trial (key nct_id, ordinal)."""

    url: str = pa.Field(metadata=from_json("protocolSection.referencesModule.seeAlsoLinks.url"), description="Address of the linked page.")
    label: Optional[str] = pa.Field(
        nullable=True, metadata=from_json("protocolSection.referencesModule.seeAlsoLinks.label"), description="What the link is."
    )

    class Config:
        name = "links"
        metadata = {"grain": "one row per web link of a trial"}
        description = "One row per related web link of a trial."
