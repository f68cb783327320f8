"""The posted results of the two sample studies that have them, every table and every field.

The golden files (``tests/fixtures/golden/<NCT>.results.json``) hold every result row the parser
gives and the trial's result columns; they were read against the study JSON by hand, and the
cross-checks below recount the same things from the JSON without the parser. After a deliberate
change, rewrite them with ``python -m tests.parsing.test_results_golden`` and read the diff.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from contracts import table
from pipelines.parsing.registry_json import parse_study
from pipelines.parsing.registry_results import RESULT_TABLES
from tests.conftest import JSON_DIR

STUDIES = ("NCT03722472", "NCT05594173")
GOLDEN = Path(__file__).parents[1] / "fixtures" / "golden"
_RESULT_COLUMNS = tuple(
    name for name, paths in table("trials").json_paths.items() if any(path.startswith("resultsSection.") for path in paths)
)


def _study(nct_id: str) -> dict:
    return json.loads((JSON_DIR / f"{nct_id}.json").read_text(encoding="utf-8"))


def _results_of(nct_id: str) -> dict:
    """What the parser gives for the study's results, as plain JSON values."""
    parsed = parse_study(_study(nct_id))
    found = {"trials": {name: parsed.trial[name] for name in _RESULT_COLUMNS}}
    for name in RESULT_TABLES:
        found[name] = parsed.children.get(name, [])
    return json.loads(json.dumps(found, default=str))


@pytest.fixture(scope="module", params=STUDIES)
def study(request):
    return request.param, _study(request.param), parse_study(_study(request.param))


@pytest.mark.parametrize("nct_id", STUDIES)
def test_every_result_table_and_field_of_a_sample_study_is_as_the_golden_file(nct_id):
    golden = json.loads((GOLDEN / f"{nct_id}.results.json").read_text(encoding="utf-8"))
    assert _results_of(nct_id) == golden


def test_the_milestone_counts_per_period_sum_to_the_json(study):
    nct_id, raw, parsed = study
    expected: Counter = Counter()
    for number, period in enumerate(raw["resultsSection"]["participantFlowModule"]["periods"], 1):
        for milestone in period.get("milestones", []):
            for achievement in milestone.get("achievements", []):
                expected[number, milestone["type"]] += int(achievement["numSubjects"])
    milestones = {row["ordinal"]: row for row in parsed.children["flow_milestones"]}
    found: Counter = Counter()
    for row in parsed.children["flow_milestone_counts"]:
        found[row["period_ordinal"], milestones[row["milestone_ordinal"]]["milestone_type"]] += row["num_subjects"]
    assert found == expected and sum(found.values()) > 0


def test_the_adverse_event_rows_match_the_json(study):
    nct_id, raw, parsed = study
    module = raw["resultsSection"]["adverseEventsModule"]
    terms = [
        (kind, event["term"]) for kind, key in (("serious", "seriousEvents"), ("other", "otherEvents")) for event in module.get(key, [])
    ]
    stats = sum(len(event["stats"]) for key in ("seriousEvents", "otherEvents") for event in module.get(key, []))
    assert [(row["event_type"], row["term"]) for row in parsed.children["adverse_events"]] == terms
    assert len(parsed.children["adverse_event_stats"]) == stats
    affected = sum(s["numAffected"] for key in ("seriousEvents", "otherEvents") for event in module.get(key, []) for s in event["stats"])
    assert sum(row["num_affected"] for row in parsed.children["adverse_event_stats"]) == affected


def test_every_measurement_matches_the_json_in_order(study):
    nct_id, raw, parsed = study
    results = raw["resultsSection"]
    measures = results["baselineCharacteristicsModule"]["measures"] + results["outcomeMeasuresModule"]["outcomeMeasures"]
    expected = [
        (measure["title"], category.get("title"), point["groupId"], point.get("value"))
        for measure in measures
        for klass in measure.get("classes", [])
        for category in klass.get("categories", [])
        for point in category.get("measurements", [])
    ]
    rows = parsed.children
    titles = {row["ordinal"]: row["title"] for row in rows["result_measures"]}
    categories = {row["ordinal"]: row["title"] for row in rows["measure_categories"]}
    found = [
        (titles[row["measure_ordinal"]], categories[row["category_ordinal"]], row["group_code"], row["value_raw"])
        for row in rows["measurements"]
    ]
    assert found == expected


def test_every_row_naming_a_group_joins_the_group_of_its_own_module(study):
    """By group_ordinal: the same code, and the module (and, for outcomes, the measure) of the row."""
    nct_id, raw, parsed = study
    groups = {row["ordinal"]: row for row in parsed.children["result_groups"]}
    measures = {row["ordinal"]: row for row in parsed.children["result_measures"]}
    module_of = {
        "flow_milestone_counts": lambda row: ("participant_flow", None),
        "flow_drop_withdrawal_counts": lambda row: ("participant_flow", None),
        "adverse_event_stats": lambda row: ("adverse_events", None),
        "measurements": lambda row: _measure_module(measures[row["measure_ordinal"]], row["measure_ordinal"]),
        "result_denoms": lambda row: (
            _measure_module(measures[row["measure_ordinal"]], row["measure_ordinal"]) if row["measure_ordinal"] else ("baseline", None)
        ),
    }
    joined = 0
    for name, module in module_of.items():
        for row in parsed.children.get(name, []):
            group = groups[row["group_ordinal"]]
            assert group["group_code"] == row["group_code"]
            assert (group["result_type"], group["measure_ordinal"]) == module(row)
            joined += 1
    assert joined > 20


def _measure_module(measure: dict, ordinal: int) -> tuple[str, int | None]:
    return ("outcome", ordinal) if measure["result_type"] == "outcome" else ("baseline", None)


def test_a_sample_study_with_results_loads_them_without_an_issue(study):
    nct_id, raw, parsed = study
    assert parsed.issues == []
    assert parsed.trial["has_results"] is True


def main() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for nct_id in STUDIES:
        text = json.dumps(_results_of(nct_id), indent=1, ensure_ascii=False, sort_keys=True)
        (GOLDEN / f"{nct_id}.results.json").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
