"""Parsing posted results: values that are not what the registry's model says are NULL with an
issue naming the column, and never cost the row or the rows that point to it."""

import copy
import json

from pipelines.parsing.model import NULLED
from pipelines.parsing.registry_json import parse_study
from tests.conftest import EVERY_FIELD


def _study() -> dict:
    return copy.deepcopy(json.loads(EVERY_FIELD.read_text(encoding="utf-8")))


def _issues(parsed) -> list[tuple[str, str | None, str]]:
    return [(i.reason, i.field, i.action) for i in parsed.issues]


def test_numbers_come_with_their_modifier_and_the_text_as_written():
    parsed = parse_study(_study())
    analysis = parsed.children["outcome_analyses"][0]
    assert (analysis["p_value"], analysis["p_value_modifier"], analysis["p_value_raw"]) == (0.001, "<", "<0.001")
    male = [m for m in parsed.children["measurements"] if m["lower_limit_raw"]][0]
    assert (male["lower_limit"], male["lower_limit_modifier"], male["upper_limit"], male["upper_limit_modifier"]) == (5.0, "≥", 12.0, "≤")
    not_collected = [m for m in parsed.children["measurements"] if m["value_raw"] == "NA"][0]
    assert not_collected["value"] is None and not_collected["comment"] == "Not collected at one clinic."
    assert parsed.issues == []


def test_display_labels_are_read_as_codes_and_kept_as_written():
    measures = parse_study(_study()).children["result_measures"]
    assert [(m["param_type"], m["param_type_raw"]) for m in measures][:2] == [
        ("MEAN", "MEAN"),
        ("COUNT_OF_PARTICIPANTS", "Count of Participants"),
    ]
    assert [(m["dispersion_type"], m["dispersion_type_raw"]) for m in measures][1:3] == [
        ("NA", "Not Applicable"),
        ("CONFIDENCE_95", "95% Confidence Interval"),
    ]


def test_a_value_that_cannot_be_read_is_null_with_an_issue_naming_the_column_and_the_rows_still_load():
    study = _study()
    outcome = study["resultsSection"]["outcomeMeasuresModule"]["outcomeMeasures"][0]
    outcome["type"] = "TERTIARY"
    outcome["dispersionType"] = "Standard Deviation of the Mean"
    outcome["analyses"][0]["pValue"] = "0,001"
    outcome["analyses"][0]["ciNumSides"] = "BOTH"
    study["resultsSection"]["participantFlowModule"]["periods"][0]["milestones"][0]["achievements"][0]["numSubjects"] = "20.5"
    study["resultsSection"]["adverseEventsModule"]["seriousEvents"][0]["stats"][0]["numAtRisk"] = "20"
    clean, parsed = parse_study(_study()), parse_study(study)
    assert {table: len(rows) for table, rows in parsed.children.items()} == {table: len(rows) for table, rows in clean.children.items()}
    assert sorted(_issues(parsed)) == sorted([
        ("invalid result_measures.outcome_type", "result_measures.outcome_type", NULLED),
        ("invalid result_measures.dispersion_type", "result_measures.dispersion_type", NULLED),
        ("invalid outcome_analyses.p_value", "outcome_analyses.p_value", NULLED),
        ("invalid outcome_analyses.ci_num_sides", "outcome_analyses.ci_num_sides", NULLED),
        ("invalid flow_milestone_counts.num_subjects", "flow_milestone_counts.num_subjects", NULLED),
        ("invalid adverse_event_stats.num_at_risk", "adverse_event_stats.num_at_risk", NULLED),
    ])  # fmt: skip
    measure = next(m for m in parsed.children["result_measures"] if m["result_type"] == "outcome")
    assert (measure["outcome_type"], measure["dispersion_type"], measure["dispersion_type_raw"]) == (
        None,
        None,
        "Standard Deviation of the Mean",
    )
    analysis = parsed.children["outcome_analyses"][0]
    assert (analysis["p_value"], analysis["p_value_raw"]) == (None, "0,001")
    count = parsed.children["flow_milestone_counts"][0]
    assert (count["num_subjects"], count["num_subjects_raw"]) == (None, "20.5")


def test_outcome_groups_are_the_measure_own_so_each_measure_resolves_its_codes_alone():
    parsed = parse_study(_study())
    groups = {g["ordinal"]: g for g in parsed.children["result_groups"]}
    second = [g for g in groups.values() if g["result_type"] == "outcome" and g["measure_ordinal"] == 4]
    assert [g["group_code"] for g in second] == ["OG000"]  # OG000 again, for the second outcome measure
    for row in parsed.children["outcome_analysis_groups"]:
        assert groups[row["group_ordinal"]]["measure_ordinal"] == row["measure_ordinal"] == 3
