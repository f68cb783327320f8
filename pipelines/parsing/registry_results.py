"""Parse the posted results of an API v2 study (``resultsSection``) into the result tables.

A star around the trial, one grain per table; every table's rows are numbered per trial
(``ordinal``), and a row points to the row it belongs to by that row's ordinal
(``measure_ordinal``, ``class_ordinal`` ...). The groups of every module are rows of
``result_groups``; a row that names a group by its code (``BG000``, ``OG001``, ``EG000``) keeps the
code and gets the group's ordinal as ``group_ordinal``, looked up among the groups of its own
module (of its own measure, for outcome groups), so no join needs the code or a title. A code the
module does not list leaves ``group_ordinal`` NULL, which the contract's rule reports.

The registry gives numbers as text: each comes as the number, its modifier (<, ≤, >, ≥) and the
text as written (``*_raw``); text that is not a number is NULL with an issue naming the column.
Pure: the study parser's typed accessors in, rows out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from contracts import tables
from contracts.codes import (
    ANALYSIS_DISPERSION,
    CI_NUM_SIDES,
    EVENT_ASSESSMENT,
    MEASURE_DISPERSION,
    MEASURE_DISPERSION_LABELS,
    MEASURE_PARAM,
    MEASURE_PARAM_LABELS,
    NON_INFERIORITY_TYPE,
    OUTCOME_MEASURE_TYPE,
    REPORTING_STATUS,
)
from pipelines.parsing.model import NULLED
from pipelines.parsing.values import BadValue, parse_number, parse_whole

if TYPE_CHECKING:
    from pipelines.parsing.registry_json import _StudyParser


# The tables this module fills: the child tables every path of which is in resultsSection (a text
# page says only that results exist: trials.has_results).
RESULT_TABLES = tuple(
    table.name
    for table in tables()
    if table.parent
    and (paths := [path for column in table.json_paths.values() for path in column])
    and all(path.startswith("resultsSection.") for path in paths)
)
Groups = dict[str, int]  # a module's group codes, each with its result_groups ordinal
_INT32 = (-2_147_483_648, 2_147_483_647)
_EVENT_GROUP_NUMBERS = (
    ("deaths_num_affected", "deathsNumAffected"),
    ("deaths_num_at_risk", "deathsNumAtRisk"),
    ("serious_num_affected", "seriousNumAffected"),
    ("serious_num_at_risk", "seriousNumAtRisk"),
    ("other_num_affected", "otherNumAffected"),
    ("other_num_at_risk", "otherNumAtRisk"),
)
_STAT_NUMBERS = tuple(
    (column, key, f"adverse_event_stats.{column}")
    for column, key in (("num_events", "numEvents"), ("num_affected", "numAffected"), ("num_at_risk", "numAtRisk"))
)
_EVENT_LISTS = (("serious", "seriousEvents"), ("other", "otherEvents"))
_FLOW_STEPS = (  # (list key, table, its counts' table, the ordinal its counts point to, its type column, count list key)
    ("milestones", "flow_milestones", "flow_milestone_counts", "milestone_ordinal", "milestone_type", "achievements"),
    ("dropWithdraws", "flow_drop_withdrawals", "flow_drop_withdrawal_counts", "drop_withdrawal_ordinal", "reason", "reasons"),
)
_ANALYSIS_NUMBERS = (
    ("param_value", "paramValue"),
    ("dispersion_value", "dispersionValue"),
    ("p_value", "pValue"),
    ("ci_pct_value", "ciPctValue"),
    ("ci_lower_limit", "ciLowerLimit"),
    ("ci_upper_limit", "ciUpperLimit"),
)
_ANALYSIS_PROSE = (
    ("statistical_comment", "statisticalComment"),
    ("p_value_comment", "pValueComment"),
    ("ci_lower_limit_comment", "ciLowerLimitComment"),
    ("ci_upper_limit_comment", "ciUpperLimitComment"),
    ("estimate_comment", "estimateComment"),
    ("non_inferiority_comment", "nonInferiorityComment"),
    ("other_analysis_description", "otherAnalysisDescription"),
    ("group_description", "groupDescription"),
)
# A measurement's numbers: column, modifier and raw columns, JSON key and object, the column an issue names.
_MEASUREMENT_NUMBERS = tuple(
    (column, f"{column}_modifier", f"{column}_raw", key, "measurements", f"measurements.{column}")
    for column, key in (("value", "value"), ("spread", "spread"), ("lower_limit", "lowerLimit"), ("upper_limit", "upperLimit"))
)
_NO_MEASUREMENT_NUMBERS = dict.fromkeys(name for names in _MEASUREMENT_NUMBERS for name in names[:3])
_CONTACT = (
    ("results_contact_title", "title"),
    ("results_contact_organization", "organization"),
    ("results_contact_email", "email"),
    ("results_contact_phone", "phone"),
    ("results_contact_phone_ext", "phoneExt"),
)


class _Results:
    def __init__(self, parser: _StudyParser) -> None:
        self.p = parser
        self.trial = parser.trial

    # -- values --------------------------------------------------------------------------------------
    def number_text(self, parent: dict, key: str, where: str, column: str) -> dict[str, Any]:
        """``column``, ``column_modifier`` and ``column_raw`` from a number given as text."""
        name = column.rsplit(".", 1)[-1]
        row = {name: None, f"{name}_modifier": None, f"{name}_raw": None}
        value = parent.get(key)
        if value is not None:
            self.number_into(row, value, (name, f"{name}_modifier", f"{name}_raw", key, where, column))
        return row

    def number_into(self, row: dict[str, Any], value: Any, names: tuple[str, ...]) -> None:
        """Set a number given as text into ``row``: ``names`` are its column, modifier and raw
        columns, then its JSON key and object, and the column to name in an issue."""
        column, modifier_column, raw_column, key, where, qualified = names
        if type(value) is not str:
            self.p.not_a_string(value, key, where, qualified)
            return
        raw = value.strip()
        if not raw or raw == "-":
            return
        row[raw_column] = raw
        try:
            row[column], row[modifier_column] = parse_number(raw)
        except BadValue as exc:
            self.p.report(f"invalid {qualified}", str(exc), qualified, NULLED)

    def whole_text(self, parent: dict, key: str, where: str, column: str) -> tuple[int | None, str | None]:
        """A count given as text, and the text."""
        raw = self.p.code(parent, key, where, column)
        if raw is None:
            return None, None
        try:
            return parse_whole(raw), raw
        except BadValue as exc:
            self.p.report(f"invalid {column}", str(exc), column, NULLED)
            return None, raw

    def integer(self, parent: dict, key: str, column: str) -> int | None:
        """A JSON integer as given, negative included (the contract's rule reports that)."""
        value = parent.get(key)
        if value is None:
            return None
        if type(value) is not int or not _INT32[0] <= value <= _INT32[1]:
            self.p.report(f"invalid {column}", f"{value!r} is not a whole number", column, NULLED)
            return None
        return value

    def labelled(self, parent: dict, key: str, where: str, column: str, codes: tuple[str, ...], labels: dict[str, str]) -> tuple:
        """A coded value that real records give as the code or as its display label: (code, raw)."""
        raw = self.p.code(parent, key, where, column)
        if raw is None or raw in codes:
            return raw, raw
        code = labels.get(raw.lower())
        if code is None:
            self.p.report(f"invalid {column}", f"{raw!r} is neither a code ({', '.join(codes)}) nor its label", column, NULLED)
        return code, raw

    def coded(self, parent: dict, key: str, where: str, column: str, codes: tuple[str, ...]) -> str | None:
        """A coded value; one the registry's enum lacks is NULL and reported here, so that the
        row (and the rows that point to it) still loads."""
        return self.labelled(parent, key, where, column, codes, {})[0]

    # -- groups ---------------------------------------------------------------------------------------
    def groups(self, items: list[dict], result_type: str, where: str, measure_ordinal: int | None = None) -> Groups:
        found: Groups = {}
        for group in items:
            row = {
                "result_type": result_type,
                "measure_ordinal": measure_ordinal,
                "group_code": self.p.code(group, "id", where),
                "title": self.p.text(group, "title", where),
                "description": self.p.prose(group, "description", where),
                **dict.fromkeys(column for column, _ in _EVENT_GROUP_NUMBERS),
            }
            if result_type == "adverse_events":
                row.update({column: self.integer(group, key, f"result_groups.{column}") for column, key in _EVENT_GROUP_NUMBERS})
            self.p.add("result_groups", row)
            found.setdefault(row["group_code"], row["ordinal"])
        return found

    def named(self, item: dict, groups: Groups, where: str) -> dict[str, Any]:
        code = self.p.code(item, "groupId", where)
        return {"group_code": code, "group_ordinal": groups.get(code) if code is not None else None}

    # -- modules --------------------------------------------------------------------------------------
    def parse(self, section: dict) -> None:
        p = self.p
        self.participant_flow(p.obj(section, "participantFlowModule", "resultsSection"))
        self.baseline(p.obj(section, "baselineCharacteristicsModule", "resultsSection"))
        for measure in p.items(p.obj(section, "outcomeMeasuresModule", "resultsSection"), "outcomeMeasures", "outcomeMeasuresModule"):
            self.measure(measure, "outcome", None, "outcomeMeasures")
        self.adverse_events(p.obj(section, "adverseEventsModule", "resultsSection"))
        self.more_info(p.obj(section, "moreInfoModule", "resultsSection"))

    def participant_flow(self, flow: dict) -> None:
        p, trial = self.p, self.trial
        trial["flow_recruitment_details"] = p.prose(flow, "recruitmentDetails", "participantFlowModule", "flow_recruitment_details")
        trial["flow_pre_assignment_details"] = p.prose(flow, "preAssignmentDetails", "participantFlowModule", "flow_pre_assignment_details")
        trial["flow_units_analyzed"] = p.text(flow, "typeUnitsAnalyzed", "participantFlowModule", "flow_units_analyzed")
        groups = self.groups(p.items(flow, "groups", "participantFlowModule"), "participant_flow", "groups")
        for period in p.items(flow, "periods", "participantFlowModule"):
            period_ordinal = p.add("flow_periods", {"title": p.text(period, "title", "periods")})["ordinal"]
            for list_key, table, counts_table, points_to, type_column, counts_key in _FLOW_STEPS:
                for step in p.items(period, list_key, "periods"):
                    step_row = p.add(
                        table,
                        {
                            "period_ordinal": period_ordinal,
                            type_column: p.text(step, "type", list_key),
                            "comment": p.prose(step, "comment", list_key),
                        },
                    )
                    for count in p.items(step, counts_key, list_key):
                        row = {"period_ordinal": period_ordinal, points_to: step_row["ordinal"], **self.named(count, groups, counts_key)}
                        for column, key in (("num_subjects", "numSubjects"), ("num_units", "numUnits")):
                            row[column], row[f"{column}_raw"] = self.whole_text(count, key, counts_key, f"{counts_table}.{column}")
                        row["comment"] = p.prose(count, "comment", counts_key)
                        p.add(counts_table, row)

    def baseline(self, module: dict) -> None:
        p, trial = self.p, self.trial
        trial["baseline_population_description"] = p.prose(
            module, "populationDescription", "baselineCharacteristicsModule", "baseline_population_description"
        )
        trial["baseline_units_analyzed"] = p.text(module, "typeUnitsAnalyzed", "baselineCharacteristicsModule", "baseline_units_analyzed")
        groups = self.groups(p.items(module, "groups", "baselineCharacteristicsModule"), "baseline", "groups")
        self.denoms(module, "baseline", groups, None, None, "baselineCharacteristicsModule")
        for measure in p.items(module, "measures", "baselineCharacteristicsModule"):
            self.measure(measure, "baseline", groups, "measures")

    def denoms(self, parent: dict, result_type: str, groups: Groups, measure: int | None, klass: int | None, where: str) -> None:
        p = self.p
        for denom in p.items(parent, "denoms", where):
            units = p.text(denom, "units", "denoms")
            counts = p.items(denom, "counts", "denoms")
            for count in counts or [{}]:  # units with no counts still say what was counted
                row = {
                    "result_type": result_type,
                    "measure_ordinal": measure,
                    "class_ordinal": klass,
                    "units": units,
                    **self.named(count, groups, "counts"),
                }
                row["count"], row["count_raw"] = self.whole_text(count, "value", "counts", "result_denoms.count")
                p.add("result_denoms", row)

    def measure(self, measure: dict, result_type: str, groups: Groups | None, where: str) -> None:
        """A baseline characteristic (the module's groups) or an outcome measure (its own groups)."""
        p = self.p
        outcome = result_type == "outcome"
        param_type, param_raw = self.labelled(
            measure, "paramType", where, "result_measures.param_type", MEASURE_PARAM, MEASURE_PARAM_LABELS
        )
        dispersion, dispersion_raw = self.labelled(
            measure, "dispersionType", where, "result_measures.dispersion_type", MEASURE_DISPERSION, MEASURE_DISPERSION_LABELS
        )
        posting_raw = p.code(measure, "anticipatedPostingDate", where) if outcome else None
        row = p.add(
            "result_measures",
            {
                "result_type": result_type,
                "outcome_type": self.coded(measure, "type", where, "result_measures.outcome_type", OUTCOME_MEASURE_TYPE)
                if outcome
                else None,
                "title": p.text(measure, "title", where),
                "description": p.prose(measure, "description", where),
                "population_description": p.prose(measure, "populationDescription", where),
                "reporting_status": self.coded(measure, "reportingStatus", where, "result_measures.reporting_status", REPORTING_STATUS)
                if outcome
                else None,
                "anticipated_posting_date": p.date(measure, "anticipatedPostingDate", where, "result_measures.anticipated_posting_date")
                if posting_raw
                else None,
                "anticipated_posting_date_raw": posting_raw,
                "param_type": param_type,
                "param_type_raw": param_raw,
                "dispersion_type": dispersion,
                "dispersion_type_raw": dispersion_raw,
                "unit_of_measure": p.text(measure, "unitOfMeasure", where),
                "calculate_pct": p.flag(measure, "calculatePct", where),
                "time_frame": p.prose(measure, "timeFrame", where) if outcome else None,
                "units_analyzed": p.text(measure, "typeUnitsAnalyzed", where) if outcome else None,
                "denom_units_selected": p.text(measure, "denomUnitsSelected", where),
            },
        )
        ordinal = row["ordinal"]
        if outcome:
            groups = self.groups(p.items(measure, "groups", where), "outcome", "groups", ordinal)
        assert groups is not None
        self.denoms(measure, result_type, groups, ordinal, None, where)
        for klass in p.items(measure, "classes", where):
            class_ordinal = p.add("measure_classes", {"measure_ordinal": ordinal, "title": p.text(klass, "title", "classes")})["ordinal"]
            self.denoms(klass, result_type, groups, ordinal, class_ordinal, "classes")
            for category in p.items(klass, "categories", "classes"):
                category_ordinal = p.add(
                    "measure_categories",
                    {"measure_ordinal": ordinal, "class_ordinal": class_ordinal, "title": p.text(category, "title", "categories")},
                )["ordinal"]
                for measurement in p.items(category, "measurements", "categories"):
                    point = {
                        "measure_ordinal": ordinal,
                        "class_ordinal": class_ordinal,
                        "category_ordinal": category_ordinal,
                        **self.named(measurement, groups, "measurements"),
                        "comment": p.prose(measurement, "comment", "measurements") if "comment" in measurement else None,
                        **_NO_MEASUREMENT_NUMBERS,
                    }
                    for names in _MEASUREMENT_NUMBERS:
                        value = measurement.get(names[3])
                        if value is not None:
                            self.number_into(point, value, names)
                    p.add("measurements", point)
        for analysis in p.items(measure, "analyses", where):
            self.analysis(analysis, ordinal, groups)

    def analysis(self, analysis: dict, measure_ordinal: int, groups: Groups) -> None:
        p = self.p
        row: dict[str, Any] = {
            "measure_ordinal": measure_ordinal,
            "param_type": p.text(analysis, "paramType", "analyses"),
            "dispersion_type": self.coded(analysis, "dispersionType", "analyses", "outcome_analyses.dispersion_type", ANALYSIS_DISPERSION),
            "statistical_method": p.text(analysis, "statisticalMethod", "analyses"),
            "ci_num_sides": self.coded(analysis, "ciNumSides", "analyses", "outcome_analyses.ci_num_sides", CI_NUM_SIDES),
            "tested_non_inferiority": p.flag(analysis, "testedNonInferiority", "analyses"),
            "non_inferiority_type": self.coded(
                analysis, "nonInferiorityType", "analyses", "outcome_analyses.non_inferiority_type", NON_INFERIORITY_TYPE
            ),
        }
        for column, key in _ANALYSIS_NUMBERS:
            row.update(self.number_text(analysis, key, "analyses", f"outcome_analyses.{column}"))
        for column, key in _ANALYSIS_PROSE:
            row[column] = p.prose(analysis, key, "analyses")
        analysis_ordinal = p.add("outcome_analyses", row)["ordinal"]
        for code in p.strings(analysis, "groupIds", "analyses"):
            p.add(
                "outcome_analysis_groups",
                {
                    "measure_ordinal": measure_ordinal,
                    "analysis_ordinal": analysis_ordinal,
                    "group_code": code,
                    "group_ordinal": groups.get(code),
                },
            )

    def adverse_events(self, module: dict) -> None:
        p, trial = self.p, self.trial
        threshold = self.number_text(module, "frequencyThreshold", "adverseEventsModule", "ae_frequency_threshold")
        trial.update(threshold)
        trial["ae_time_frame"] = p.prose(module, "timeFrame", "adverseEventsModule", "ae_time_frame")
        trial["ae_description"] = p.prose(module, "description", "adverseEventsModule", "ae_description")
        trial["ae_all_cause_mortality_comment"] = p.prose(
            module, "allCauseMortalityComment", "adverseEventsModule", "ae_all_cause_mortality_comment"
        )
        groups = self.groups(p.items(module, "eventGroups", "adverseEventsModule"), "adverse_events", "eventGroups")
        for event_type, key in _EVENT_LISTS:
            for event in p.items(module, key, "adverseEventsModule"):
                event_ordinal = p.add(
                    "adverse_events",
                    {
                        "event_type": event_type,
                        "term": p.text(event, "term", key),
                        "organ_system": p.text(event, "organSystem", key),
                        "source_vocabulary": p.text(event, "sourceVocabulary", key),
                        "assessment_type": self.coded(event, "assessmentType", key, "adverse_events.assessment_type", EVENT_ASSESSMENT),
                        "notes": p.prose(event, "notes", key),
                    },
                )["ordinal"]
                for stat in p.items(event, "stats", key):
                    row = {"event_ordinal": event_ordinal, **self.named(stat, groups, "stats")}
                    for column, json_key, qualified in _STAT_NUMBERS:
                        row[column] = self.integer(stat, json_key, qualified)
                    p.add("adverse_event_stats", row)

    def more_info(self, module: dict) -> None:
        p, trial = self.p, self.trial
        limits = p.obj(module, "limitationsAndCaveats", "moreInfoModule")
        trial["limitations_and_caveats"] = p.prose(limits, "description", "limitationsAndCaveats", "limitations_and_caveats")
        agreement = p.obj(module, "certainAgreement", "moreInfoModule")
        trial["agreement_pi_sponsor_employee"] = p.flag(agreement, "piSponsorEmployee", "certainAgreement", "agreement_pi_sponsor_employee")
        trial["agreement_restriction_type"] = p.code(agreement, "restrictionType", "certainAgreement", "agreement_restriction_type")
        trial["agreement_restrictive"] = p.flag(agreement, "restrictiveAgreement", "certainAgreement", "agreement_restrictive")
        trial["agreement_other_details"] = p.prose(agreement, "otherDetails", "certainAgreement", "agreement_other_details")
        contact = p.obj(module, "pointOfContact", "moreInfoModule")
        for column, key in _CONTACT:
            trial[column] = p.text(contact, key, "pointOfContact", column)


def parse_results(parser: _StudyParser, section: dict) -> None:
    """Add the rows of a study's ``resultsSection`` to ``parser``'s trial and child tables."""
    if section:
        _Results(parser).parse(section)
