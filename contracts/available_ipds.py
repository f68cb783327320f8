from typing import Optional

import pandera.polars as pa

from contracts.base import ChildTable, from_json

_IPDS = "protocolSection.referencesModule.availIpds."


class AvailableIpds(ChildTable):
    """One row per individual participant data set or document a trial makes available (key nct_id, ordinal); JSON and API sources only."""

    ipd_id: Optional[str] = pa.Field(nullable=True, metadata=from_json(f"{_IPDS}id"), description="Identifier of the data set or document.")
    ipd_type: Optional[str] = pa.Field(
        nullable=True, metadata=from_json(f"{_IPDS}type"), description="What it is (Individual Participant Data Set, Study Protocol ...)."
    )
    url: Optional[str] = pa.Field(nullable=True, metadata=from_json(f"{_IPDS}url"), description="Where it is.")
    comment: Optional[str] = pa.Field(nullable=True, metadata=from_json(f"{_IPDS}comment"), description="Comment on it.")

    class Config:
        name = "available_ipds"
        metadata = {"grain": "one row per participant data set or document a trial makes available"}
        description = "One row per individual participant data (IPD) set or document a trial makes available; JSON and API sources only."
