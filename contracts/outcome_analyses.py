from typing import Optional

import polars as pl

from contracts import codes, rules
from contracts.base import ChildTable
from contracts.results_fields import OUTCOMES, belongs_to, modifier, number, raw, recorded

_A = f"{OUTCOMES}analyses."


class OutcomeAnalyses(ChildTable):
    """One row per statistical analysis of an outcome measure (key nct_id, ordinal); JSON and API sources only."""

    measure_ordinal: pl.Int32 = belongs_to("result_measures", "outcome measure")
    param_type: Optional[str] = recorded(
        f"{_A}paramType", what="The estimated parameter as written (Hazard Ratio (HR), Mean Difference (Final Values) ...)."
    )
    param_value: Optional[float] = number(f"{_A}paramValue", what="The estimate")
    param_value_modifier: Optional[str] = modifier(f"{_A}paramValue", what="the estimate")
    param_value_raw: Optional[str] = raw(f"{_A}paramValue", what="The estimate")
    dispersion_type: Optional[str] = recorded(
        f"{_A}dispersionType", isin=codes.ANALYSIS_DISPERSION, what="STANDARD_DEVIATION or STANDARD_ERROR_OF_MEAN."
    )
    dispersion_value: Optional[float] = number(f"{_A}dispersionValue", what="The estimate's dispersion")
    dispersion_value_modifier: Optional[str] = modifier(f"{_A}dispersionValue", what="the dispersion")
    dispersion_value_raw: Optional[str] = raw(f"{_A}dispersionValue", what="The dispersion")
    statistical_method: Optional[str] = recorded(
        f"{_A}statisticalMethod", what="The method as written (ANCOVA, Log Rank, Fisher Exact ...)."
    )
    statistical_comment: Optional[str] = recorded(f"{_A}statisticalComment", what="Comment on the method.")
    p_value: Optional[float] = number(f"{_A}pValue", what="The p-value")
    p_value_modifier: Optional[str] = modifier(f"{_A}pValue", what="the p-value (<0.001 is 0.001 with <)")
    p_value_raw: Optional[str] = raw(f"{_A}pValue", what="The p-value")
    p_value_comment: Optional[str] = recorded(f"{_A}pValueComment", what="Comment on the p-value (threshold, adjustment ...).")
    ci_num_sides: Optional[str] = recorded(f"{_A}ciNumSides", isin=codes.CI_NUM_SIDES, what="ONE_SIDED or TWO_SIDED confidence interval.")
    ci_pct_value: Optional[float] = number(f"{_A}ciPctValue", what="The confidence level in percent (95)")
    ci_pct_value_modifier: Optional[str] = modifier(f"{_A}ciPctValue", what="the confidence level")
    ci_pct_value_raw: Optional[str] = raw(f"{_A}ciPctValue", what="The confidence level")
    ci_lower_limit: Optional[float] = number(f"{_A}ciLowerLimit", what="Lower limit of the confidence interval")
    ci_lower_limit_modifier: Optional[str] = modifier(f"{_A}ciLowerLimit", what="the lower limit")
    ci_lower_limit_raw: Optional[str] = raw(f"{_A}ciLowerLimit", what="The lower limit")
    ci_upper_limit: Optional[float] = number(f"{_A}ciUpperLimit", what="Upper limit of the confidence interval")
    ci_upper_limit_modifier: Optional[str] = modifier(f"{_A}ciUpperLimit", what="the upper limit")
    ci_upper_limit_raw: Optional[str] = raw(f"{_A}ciUpperLimit", what="The upper limit")
    ci_lower_limit_comment: Optional[str] = recorded(f"{_A}ciLowerLimitComment", what="Comment on the lower limit (why it is NA ...).")
    ci_upper_limit_comment: Optional[str] = recorded(f"{_A}ciUpperLimitComment", what="Comment on the upper limit.")
    estimate_comment: Optional[str] = recorded(f"{_A}estimateComment", what="Comment on the estimate.")
    tested_non_inferiority: Optional[bool] = recorded(
        f"{_A}testedNonInferiority", what="True when a non-inferiority or equivalence test was done."
    )
    non_inferiority_type: Optional[str] = recorded(
        f"{_A}nonInferiorityType", isin=codes.NON_INFERIORITY_TYPE, what="SUPERIORITY, NON_INFERIORITY, EQUIVALENCE ..."
    )
    non_inferiority_comment: Optional[str] = recorded(f"{_A}nonInferiorityComment", what="Comment on the non-inferiority test.")
    other_analysis_description: Optional[str] = recorded(
        f"{_A}otherAnalysisDescription", what="Description of an analysis of another kind."
    )
    group_description: Optional[str] = recorded(f"{_A}groupDescription", what="Description of the groups compared and the hypothesis.")

    _p_value = rules.within("p_value", 0, 1, what="a p-value")
    _ci_level = rules.within("ci_pct_value", 0, 100, low_open=True, what="a confidence level")

    class Config:
        name = "outcome_analyses"
        metadata = {"grain": "one row per statistical analysis of an outcome measure"}
        description = "One row per statistical analysis of an outcome measure (the groups it compares are in outcome_analysis_groups); JSON and API sources only."
