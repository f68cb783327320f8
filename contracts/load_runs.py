import datetime
from typing import Optional

import pandera.polars as pa

RUN_STATUS = ["published"]  # a list: pandera misreads a one-element tuple


class LoadRuns(pa.DataFrameModel):
    """One row per published run."""

    load_id: str = pa.Field(unique=True, description="Identifier of the run (the Dagster run ID).")
    started_at: datetime.datetime = pa.Field(description="When the run started (UTC).")
    finished_at: datetime.datetime = pa.Field(description="When the run published (UTC).")
    status: str = pa.Field(isin=RUN_STATUS, description="Outcome of the run; only published runs reach the warehouse.")
    sources: str = pa.Field(description="Sources the run read, one per line.")
    files_seen: int = pa.Field(ge=0, description="Source files found in the sources.")
    files_unchanged: int = pa.Field(ge=0, description="Files skipped because their content hash was already loaded.")
    files_parsed: int = pa.Field(ge=0, description="Files read and parsed in this run.")
    records_loaded: int = pa.Field(ge=0, description="Trials inserted or replaced.")
    records_quarantined: int = pa.Field(ge=0, description="Records kept out entirely (rejected or superseded).")
    issues_recorded: int = pa.Field(ge=0, description="Quarantine rows written by the run, all actions.")
    trials_total: int = pa.Field(ge=0, description="Trials in the warehouse after the run.")
    api_data_timestamp: Optional[datetime.datetime] = pa.Field(
        nullable=True,
        description="The ClinicalTrials.gov API's dataTimestamp when the run pulled from it; NULL for runs that did not pull.",
    )
    inputs_skipped: int = pa.Field(
        ge=0,
        description="Inputs the run did not read (a missing source, a FIFO, an unreadable folder, a broken link, a hidden file or archive entry), each a quarantine row with action skipped.",
    )

    file_bytes: Optional[int] = pa.Field(
        nullable=True,
        ge=0,
        description="Size of the warehouse file once this run loaded its tables (and compacted it, when it did), in bytes: the published file is this and its views, comments and this row; NULL for runs published before sizes were kept.",
    )
    compacted: Optional[bool] = pa.Field(
        nullable=True,
        description="True when this run wrote the file whole: its first load, or a compaction (the file had grown past 8% more bytes per trial than when last written whole: replaced trials leave their old rows' space behind); NULL for runs published before.",
    )
    records_history: Optional[int] = pa.Field(
        nullable=True,
        ge=0,
        description="Records loaded as a past version of their trial: in the history tables alone, the current tables holding a later version; NULL for runs published before history was kept.",
    )

    class Config:
        strict = True
        name = "load_runs"
        metadata = {"grain": "one row per published run"}
        description = "The load history: one row per published run."
