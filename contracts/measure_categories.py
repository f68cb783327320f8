from typing import Optional

import polars as pl

from contracts.base import ChildTable
from contracts.results_fields import BASELINE, OUTCOMES, belongs_to, recorded


class MeasureCategories(ChildTable):
    """One row per category of a measure's class (Female, Male; or the one untitled category) (key nct_id, ordinal); JSON and API sources only."""

    measure_ordinal: pl.Int32 = belongs_to("result_measures", "measure")
    class_ordinal: pl.Int32 = belongs_to("measure_classes", "class")
    title: Optional[str] = recorded(
        f"{BASELINE}measures.classes.categories.title",
        f"{OUTCOMES}classes.categories.title",
        what="The category's title; NULL for a class's single untitled category.",
    )

    class Config:
        name = "measure_categories"
        metadata = {"grain": "one row per category of a class of a baseline or outcome measure"}
        description = "One row per category of a class of a baseline or outcome measure; JSON and API sources only."
