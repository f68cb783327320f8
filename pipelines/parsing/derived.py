"""Values users compute again and again, computed once per trial from its parsed rows.

Each is defined as AACT's ``calculated_values`` defines its counterpart (``app/models/
calculated_value.rb`` in ctti-clinicaltrials/aact); where this one differs, its contract field
says how. Pure: a trial's row and child rows in, the derived columns out.
"""

from __future__ import annotations

from datetime import date
from typing import Any

# AACT's list of the United States and its territories (Facility.us_territories).
US_TERRITORIES = frozenset({
    "United States", "Guam", "Puerto Rico", "U.S. Virgin Islands", "Virgin Islands (U.S.)", "Northern Mariana Islands",
    "American Samoa", "Midway Atoll", "Palmyra Atoll", "Baker Island", "Howland Island", "Jarvis Island", "Johnston Atoll",
    "Kingman Reef", "Wake Island", "Navassa Island", "Serranilla Bank", "Bajo Nuevo Bank",
})  # fmt: skip

_DAYS_PER_YEAR = 365.25
_YEARS_PER_UNIT = {
    "Year": 1.0,
    "Month": 1 / 12,
    "Week": 7 / _DAYS_PER_YEAR,
    "Day": 1 / _DAYS_PER_YEAR,
    "Hour": 1 / (_DAYS_PER_YEAR * 24),
    "Minute": 1 / (_DAYS_PER_YEAR * 24 * 60),
}

# Columns a text page has too (from its ages and sites), and those only a JSON record gives.
FROM_ANY_SOURCE = ("minimum_age_years", "maximum_age_years", "number_of_sites", "has_single_site", "has_us_site")
FROM_JSON_ONLY = (
    "number_of_primary_outcomes",
    "number_of_secondary_outcomes",
    "number_of_other_outcomes",
    "months_to_report_results",
    "actual_duration_months",
    "registered_year",
)


def age_in_years(age: str | None) -> float | None:
    """``18 Years`` to 18.0, ``6 Months`` to 0.5, ``28 Days`` to 28 / 365.25; None for no age
    (absent, or ``N/A``) or one not of the form number and unit."""
    if not age:
        return None
    number, _, unit = age.partition(" ")
    factor = _YEARS_PER_UNIT.get(unit[:-1] if unit.endswith("s") else unit)
    if factor is None or not number.isdigit():
        return None
    return int(number) * factor


def whole_months(start: date | None, end: date | None) -> int | None:
    """Days from ``start`` to ``end`` divided by 30, truncated toward zero (AACT's rule)."""
    if start is None or end is None:
        return None
    days = (end - start).days
    return days // 30 if days >= 0 else -(-days // 30)


def _page_values(trial: dict[str, Any], children: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    sites = children.get("sites", ())
    return {
        "minimum_age_years": age_in_years(trial.get("minimum_age")),
        "maximum_age_years": age_in_years(trial.get("maximum_age")),
        "number_of_sites": len(sites),
        "has_single_site": len(sites) == 1,
        "has_us_site": any(site.get("country") in US_TERRITORIES for site in sites),
    }


def from_page(trial: dict[str, Any], children: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The derived columns a text page gives (from its ages and sites); the others stay NULL."""
    return _page_values(trial, children)


def from_study(trial: dict[str, Any], children: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Every derived column of a trial parsed from a JSON study."""
    counts = {"PRIMARY": 0, "SECONDARY": 0, "OTHER": 0}
    for outcome in children.get("outcomes", ()):
        counts[outcome["outcome_type"]] += 1
    actual = trial.get("start_date_type") == "ACTUAL" and trial.get("primary_completion_date_type") == "ACTUAL"
    submitted = trial.get("study_first_submitted")
    return {
        **_page_values(trial, children),
        "number_of_primary_outcomes": counts["PRIMARY"],
        "number_of_secondary_outcomes": counts["SECONDARY"],
        "number_of_other_outcomes": counts["OTHER"],
        "months_to_report_results": whole_months(trial.get("primary_completion_date"), trial.get("results_first_submitted")),
        "actual_duration_months": whole_months(trial.get("start_date"), trial.get("primary_completion_date")) if actual else None,
        "registered_year": submitted.year if submitted is not None else None,
    }
