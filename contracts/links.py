from typing import Optional

import pandera.polars as pa

from contracts.base import ChildTable


class Links(ChildTable):
    """One row per related web link of a trial (key nct_id, ordinal)."""

    url: str = pa.Field(description="Address of the linked page.")
    label: Optional[str] = pa.Field(nullable=True, description="What the link is.")

    class Config:
        name = "links"
        metadata = {"grain": "one row per web link of a trial"}
        description = "One row per related web link of a trial."
