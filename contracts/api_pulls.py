import datetime
from typing import Optional

import pandera.polars as pa


class ApiPulls(pa.DataFrameModel):
    """One row per published pull from the ClinicalTrials.gov API: its scope and watermark."""

    load_id: str = pa.Field(unique=True, description="Run that pulled and published (the Dagster run ID).")
    scope: str = pa.Field(description="What was asked for: the query, condition and sponsor terms, or 'everything'.")
    base_url: str = pa.Field(description="API base URL the pull read.")
    since: Optional[datetime.date] = pa.Field(
        nullable=True,
        description="Lower bound on LastUpdatePostDate (the previous watermark less a day of overlap); NULL for a first pull.",
    )
    watermark: datetime.date = pa.Field(
        description="Date of the API's dataTimestamp: every study of the scope updated up to it is covered."
    )
    data_timestamp: datetime.datetime = pa.Field(description="The API's dataTimestamp (/api/v2/version) when the pull started.")
    pages: int = pa.Field(ge=0, description="API pages fetched.")
    studies: int = pa.Field(ge=0, description="Studies the pages held.")
    folder: str = pa.Field(description="Landing folder the raw pages were written to.")
    started_at: datetime.datetime = pa.Field(description="When the pull started (UTC).")
    finished_at: datetime.datetime = pa.Field(description="When the last page arrived (UTC).")

    class Config:
        strict = True
        name = "api_pulls"
        metadata = {"grain": "one row per published pull", "bi": False}  # bi: no view (the pull's bookkeeping)
        description = "The pull history: one row per published pull; the newest watermark of a scope is where the next pull starts."
