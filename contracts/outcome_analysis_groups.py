from typing import Optional

import pandera.polars as pa
import polars as pl

from contracts.results_fields import OUTCOMES, GroupedRow, belongs_to


class OutcomeAnalysisGroups(GroupedRow):
    """One row per group a statistical analysis compares (key nct_id, ordinal); JSON and API sources only."""

    group_code: Optional[str] = pa.Field(
        nullable=True, metadata={"json": (f"{OUTCOMES}analyses.groupIds",)}, description="The outcome group's code, as written (OG000 ...)."
    )
    measure_ordinal: pl.Int32 = belongs_to("result_measures", "outcome measure")
    analysis_ordinal: pl.Int32 = belongs_to("outcome_analyses", "analysis")

    class Config:
        name = "outcome_analysis_groups"
        metadata = {"grain": "one row per group a statistical analysis of an outcome measure compares"}
        description = "One row per group a statistical analysis of an outcome measure compares; JSON and API sources only."
