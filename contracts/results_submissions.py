import datetime
from typing import Optional

import pandera.polars as pa
import polars as pl

from contracts.base import ChildTable, from_json

_INFOS = "derivedSection.miscInfoModule.submissionTracking.submissionInfos."


class ResultsSubmissions(ChildTable):
    """One row per results submission the registry tracked for a trial: released for review, returned, reset (key nct_id, ordinal); JSON and API sources only."""

    release_date: Optional[datetime.date] = pa.Field(
        nullable=True, metadata=from_json(f"{_INFOS}releaseDate"), description="Date the submission was released to the registry."
    )
    unrelease_date: Optional[datetime.date] = pa.Field(
        nullable=True, metadata=from_json(f"{_INFOS}unreleaseDate"), description="Date it was taken back (unreleased)."
    )
    unrelease_date_unknown: Optional[bool] = pa.Field(
        nullable=True,
        metadata=from_json(f"{_INFOS}unreleaseDateUnknown"),
        description="True when it was taken back on a date the registry does not know.",
    )
    reset_date: Optional[datetime.date] = pa.Field(
        nullable=True, metadata=from_json(f"{_INFOS}resetDate"), description="Date it was reset (returned with comments)."
    )
    mcp_release_n: Optional[pl.Int32] = pa.Field(
        nullable=True, ge=0, metadata=from_json(f"{_INFOS}mcpReleaseN"), description="Number of the release under quality control review."
    )

    class Config:
        name = "results_submissions"
        metadata = {"grain": "one row per results submission the registry tracked for a trial"}
        description = "One row per results submission the registry tracked for a trial (submissionTracking.submissionInfos); JSON and API sources only."
