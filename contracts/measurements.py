from typing import Optional

import pandera.polars as pa
import polars as pl

from contracts.results_fields import BASELINE, OUTCOMES, GroupedRow, belongs_to, modifier, number, raw, recorded

_BOTH = (f"{BASELINE}measures.classes.categories.measurements.", f"{OUTCOMES}classes.categories.measurements.")


def _at(key: str) -> tuple[str, ...]:
    return tuple(f"{prefix}{key}" for prefix in _BOTH)


class Measurements(GroupedRow):
    """One row per measurement: a category of a measure's class, for one group (key nct_id, ordinal); JSON and API sources only."""

    group_code: Optional[str] = pa.Field(
        nullable=True, metadata={"json": _at("groupId")}, description="The baseline (BG) or outcome (OG) group's code, as written."
    )
    measure_ordinal: pl.Int32 = belongs_to("result_measures", "measure")
    class_ordinal: pl.Int32 = belongs_to("measure_classes", "class")
    category_ordinal: pl.Int32 = belongs_to("measure_categories", "category")
    value: Optional[float] = number(*_at("value"), what="The measurement")
    value_modifier: Optional[str] = modifier(*_at("value"), what="the measurement")
    value_raw: Optional[str] = raw(*_at("value"), what="The measurement")
    spread: Optional[float] = number(*_at("spread"), what="Its dispersion (standard deviation, standard error ...)")
    spread_modifier: Optional[str] = modifier(*_at("spread"), what="the dispersion")
    spread_raw: Optional[str] = raw(*_at("spread"), what="The dispersion")
    lower_limit: Optional[float] = number(*_at("lowerLimit"), what="Lower end of its range or confidence interval")
    lower_limit_modifier: Optional[str] = modifier(*_at("lowerLimit"), what="the lower limit")
    lower_limit_raw: Optional[str] = raw(*_at("lowerLimit"), what="The lower limit")
    upper_limit: Optional[float] = number(*_at("upperLimit"), what="Upper end of its range or confidence interval")
    upper_limit_modifier: Optional[str] = modifier(*_at("upperLimit"), what="the upper limit")
    upper_limit_raw: Optional[str] = raw(*_at("upperLimit"), what="The upper limit")
    comment: Optional[str] = recorded(*_at("comment"), what="Comment on the measurement (why it is NA, ...).")

    class Config:
        name = "measurements"
        metadata = {"grain": "one row per measurement of a baseline or outcome measure: category and group"}
        description = "One row per measurement of a baseline or outcome measure, for one category and one group; JSON and API sources only."
