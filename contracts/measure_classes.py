from typing import Optional

import polars as pl

from contracts.base import ChildTable
from contracts.results_fields import BASELINE, OUTCOMES, belongs_to, recorded


class MeasureClasses(ChildTable):
    """One row per class of a results measure: a subgroup the measure is given for (a timepoint, a region, an analyte), or its one untitled class (key nct_id, ordinal); JSON and API sources only."""

    measure_ordinal: pl.Int32 = belongs_to("result_measures", "measure")
    title: Optional[str] = recorded(
        f"{BASELINE}measures.classes.title",
        f"{OUTCOMES}classes.title",
        what="The class's title; NULL for a measure's single untitled class.",
    )

    class Config:
        name = "measure_classes"
        metadata = {"grain": "one row per class of a baseline or outcome measure"}
        description = "One row per class of a baseline or outcome measure; JSON and API sources only."
