from typing import Optional

import pandera.polars as pa
import polars as pl

from contracts import codes, rules
from contracts.results_fields import BASELINE, OUTCOMES, GroupedRow, belongs_to, number, raw, recorded

# Denominators at three levels: the baseline module, each measure, each class of a measure.
_LEVELS = (
    f"{BASELINE}denoms.",
    f"{BASELINE}measures.denoms.",
    f"{BASELINE}measures.classes.denoms.",
    f"{OUTCOMES}denoms.",
    f"{OUTCOMES}classes.denoms.",
)


def _at(key: str) -> tuple[str, ...]:
    return tuple(f"{level}{key}" for level in _LEVELS)


class ResultDenoms(GroupedRow):
    """One row per denominator count: how many participants (or units) of a group a baseline module, a measure or a class of a measure counts (key nct_id, ordinal); JSON and API sources only."""

    group_code: Optional[str] = pa.Field(
        nullable=True, metadata={"json": _at("counts.groupId")}, description="The baseline (BG) or outcome (OG) group's code, as written."
    )
    result_type: str = pa.Field(isin=codes.MEASURE_RESULT_TYPE, description="baseline or outcome: the module the denominator belongs to.")
    measure_ordinal: Optional[pl.Int32] = belongs_to(
        "result_measures", "measure (NULL for the baseline module's own denominators)", optional=True
    )
    class_ordinal: Optional[pl.Int32] = belongs_to("measure_classes", "class (NULL unless the denominator is a class's)", optional=True)
    units: Optional[str] = recorded(*_at("units"), what="What is counted: Participants, or units such as Eyes.")
    count: Optional[pl.Int32] = number(*_at("counts.value"), what="The count")
    count_raw: Optional[str] = raw(*_at("counts.value"), what="The count")

    _counts = rules.not_negative("count")

    class Config:
        name = "result_denoms"
        metadata = {"grain": "one row per denominator count: module, measure or class, units and group"}
        description = (
            "One row per denominator count of the baseline module, a measure or a class of a measure, per units and group; "
            "JSON and API sources only."
        )
