"""Nothing dropped silently: every leaf path of every fixture study is loaded into a named column
or ignored with a reason, and a path the parser does not know is reported, never lost."""

import copy
import json
from pathlib import Path

import pytest

from contracts import tables
from pipelines.parsing.json_paths import IGNORED, declared_paths, ignored_reason, is_known, leaf_paths, unknown_paths
from pipelines.parsing.model import REPORTED, UNKNOWN_FIELD
from pipelines.parsing.registry_json import parse_study
from tests.conftest import EVERY_FIELD, JSON_DIR

FIXTURE_STUDIES = sorted(JSON_DIR.glob("*.json")) + [EVERY_FIELD]


def _study(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _has_value(value) -> bool:
    return value is not None and value != "" and value != [] and value != {}


@pytest.mark.parametrize("path", FIXTURE_STUDIES, ids=lambda p: p.stem)
def test_every_leaf_path_of_a_fixture_study_is_declared_by_a_column_or_ignored_with_a_reason(path):
    unknown = [leaf for leaf in leaf_paths(_study(path)) if not is_known(leaf)]
    assert unknown == []
    assert unknown_paths(_study(path)) == []


@pytest.mark.parametrize("path", FIXTURE_STUDIES, ids=lambda p: p.stem)
def test_every_declared_leaf_path_with_a_value_fills_its_column(path):
    """Declared is not enough: the parser must put the value somewhere a user can query it."""
    study = _study(path)
    parsed = parse_study(study)
    empty = []
    for leaf, values in leaf_paths(study).items():
        if ignored_reason(leaf) is not None or not any(_has_value(v) for v in values):
            continue
        filled = False
        for column in declared_paths()[leaf]:
            table, name = column.split(".")
            rows = [parsed.trial] if table == "trials" else parsed.children.get(table, [])
            filled = filled or any(row.get(name) is not None for row in rows)
        if not filled:
            empty.append(f"{leaf} -> {', '.join(declared_paths()[leaf])}")
    assert empty == []


def test_the_every_field_fixture_holds_every_declared_path():
    """So the test above exercises every path a contract declares (the fixture grows with them)."""
    held = set(leaf_paths(_study(EVERY_FIELD)))
    assert [path for path in declared_paths() if path not in held] == []


def test_every_declared_path_names_columns_of_real_tables_and_every_ignored_part_has_a_reason():
    columns = {f"{t.name}.{c}" for t in tables() for c in t.schema}
    assert {c for named in declared_paths().values() for c in named} <= columns
    assert all(reason.strip() for reason in IGNORED.values())
    assert not any(path.startswith(tuple(IGNORED)) for path in declared_paths())


def test_a_field_the_parser_does_not_know_is_reported_with_its_path_and_the_study_still_loads():
    study = _study(JSON_DIR / "NCT03630471.json")
    changed = copy.deepcopy(study)
    status = changed["protocolSection"]["statusModule"]
    status["overallStatusRenamed"] = status.pop("overallStatus")  # an upstream rename
    changed["protocolSection"]["contactsLocationsModule"]["locations"][0]["geoPoint"]["alt"] = 210
    changed["protocolSection"]["newModule"] = {"flags": [{"a": 1}, {"b": True}]}
    parsed = parse_study(changed)
    reported = [(i.reason, i.detail, i.action) for i in parsed.issues if i.reason.startswith(UNKNOWN_FIELD)]
    paths = [
        "protocolSection.statusModule.overallStatusRenamed",
        "protocolSection.contactsLocationsModule.locations.geoPoint.alt",
        "protocolSection.newModule.flags.a",
        "protocolSection.newModule.flags.b",
    ]
    assert sorted(reported) == sorted((f"{UNKNOWN_FIELD}: {p}", p, REPORTED) for p in paths)
    assert parsed.trial["overall_status"] is None
    assert parsed.trial["title"] == parse_study(study).trial["title"]


def test_every_result_path_of_a_study_with_posted_results_is_declared_not_ignored():
    study = _study(JSON_DIR / "NCT03722472.json")
    results = [path for path in leaf_paths(study) if path.startswith("resultsSection.")]
    assert len(results) > 50
    assert all(path in declared_paths() for path in results)
    assert unknown_paths(study) == []


def test_a_masked_role_the_registry_adds_is_reported_not_dropped():
    study = _study(JSON_DIR / "NCT03630471.json")
    study["protocolSection"]["designModule"]["designInfo"]["maskingInfo"]["whoMasked"] = ["INVESTIGATOR", "DATA_ANALYST"]
    parsed = parse_study(study)
    assert parsed.trial["masked_investigator"] is True and parsed.trial["masked_participant"] is False
    assert [(i.reason, i.detail) for i in parsed.issues] == [("whoMasked names a role no column holds", "'DATA_ANALYST'")]
