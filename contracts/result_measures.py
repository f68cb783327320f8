import datetime
from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable
from contracts.results_fields import BASELINE, OUTCOMES, raw, recorded

_BOTH = (f"{BASELINE}measures.", OUTCOMES)


def _either(key: str) -> tuple[str, ...]:
    return tuple(f"{prefix}{key}" for prefix in _BOTH)


def _outcome(key: str, what: str, **checks) -> object:
    return recorded(f"{OUTCOMES}{key}", what=f"{what} (outcome measures only).", **checks)


class ResultMeasures(ChildTable):
    """One row per measure of a trial's posted results: each baseline characteristic and each outcome measure (key nct_id, ordinal); JSON and API sources only."""

    result_type: str = pa.Field(
        isin=codes.MEASURE_RESULT_TYPE, description="baseline (a baseline characteristic) or outcome (an outcome measure)."
    )
    outcome_type: Optional[str] = _outcome("type", "PRIMARY, SECONDARY, OTHER_PRE_SPECIFIED or POST_HOC", isin=codes.OUTCOME_MEASURE_TYPE)
    title: Optional[str] = recorded(*_either("title"), what="The measure's title.")
    description: Optional[str] = recorded(*_either("description"), what="The measure's description.")
    population_description: Optional[str] = recorded(*_either("populationDescription"), what="The population analysed, when it differs.")
    reporting_status: Optional[str] = _outcome("reportingStatus", "POSTED or NOT_POSTED", isin=codes.REPORTING_STATUS)
    anticipated_posting_date: Optional[datetime.date] = _outcome(
        "anticipatedPostingDate", "When results not yet posted are expected: the first day of the month the registry gives"
    )
    anticipated_posting_date_raw: Optional[str] = _outcome("anticipatedPostingDate", "anticipated_posting_date as written (YYYY-MM)")
    param_type: Optional[str] = recorded(
        *_either("paramType"),
        isin=codes.MEASURE_PARAM,
        what="Measure type code (MEAN, MEDIAN, COUNT_OF_PARTICIPANTS ...); a display label in the record (Mean) is read as its code.",
    )
    param_type_raw: Optional[str] = raw(*_either("paramType"), what="param_type")
    dispersion_type: Optional[str] = recorded(
        *_either("dispersionType"),
        isin=codes.MEASURE_DISPERSION,
        what="Measure of dispersion code (STANDARD_DEVIATION, CONFIDENCE_95 ...); a display label in the record "
        "(Standard Deviation, 95% Confidence Interval) is read as its code.",
    )
    dispersion_type_raw: Optional[str] = raw(*_either("dispersionType"), what="dispersion_type")
    unit_of_measure: Optional[str] = recorded(*_either("unitOfMeasure"), what="Unit of the measurements (years, participants, mg/dL ...).")
    calculate_pct: Optional[bool] = recorded(*_either("calculatePct"), what="True when the registry computes percentages of the counts.")
    time_frame: Optional[str] = _outcome("timeFrame", "When the outcome was measured")
    units_analyzed: Optional[str] = _outcome("typeUnitsAnalyzed", "What was analysed when not participants (eyes, lesions ...)")
    denom_units_selected: Optional[str] = recorded(*_either("denomUnitsSelected"), what="The units the denominators count.")

    class Config:
        name = "result_measures"
        metadata = {"grain": "one row per baseline characteristic or outcome measure of a trial's posted results"}
        description = (
            "One row per baseline characteristic (result_type baseline) or outcome measure (result_type outcome) of a trial's "
            "posted results; classes, categories, measurements, denominators and analyses point to it by measure_ordinal; "
            "JSON and API sources only."
        )
