"""Each sample page parsed field by field against its ClinicalTrials.gov JSON twin (the truth)."""

import json

import pytest

from pipelines.parsing.registry_text import parse_page
from tests.conftest import JSON_DIR, SAMPLES, SHARED_CHILD_TABLES, read_page, sample_ids
from tests.registry_json import expected_rows, normalise_text

FREE_TEXT = {"brief_summary", "detailed_description", "eligibility_criteria", "description", "citation"}
TABLES = SHARED_CHILD_TABLES


def _comparable(column: str, value):
    return normalise_text(value) if column in FREE_TEXT else value


@pytest.fixture(scope="module", params=sample_ids())
def pair(request):
    nct_id = request.param
    page = parse_page(read_page(SAMPLES / f"{nct_id}.txt"))
    truth = expected_rows(json.loads((JSON_DIR / f"{nct_id}.json").read_text()))
    return nct_id, page, truth


def test_trial_fields_match_json(pair):
    nct_id, page, truth = pair
    wrong = [
        f"trials.{column} of {nct_id}: page gives {_comparable(column, page.trial.get(column))!r}, JSON {expected!r}"
        for column, expected in truth["trial"].items()
        if _comparable(column, page.trial.get(column)) != expected
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("table", TABLES)
def test_child_rows_match_json(pair, table):
    nct_id, page, truth = pair
    rows = page.children.get(table, [])
    assert [r["ordinal"] for r in rows] == list(range(1, len(rows) + 1))
    got = [{k: _comparable(k, v) for k, v in r.items() if k != "ordinal"} for r in rows]
    expected = truth[table]
    assert len(got) == len(expected), f"{table} of {nct_id}: {len(got)} rows from the page, {len(expected)} in JSON"
    wrong = [
        f"{table}.{column} of {nct_id} row {i + 1}: page gives {g[column]!r}, JSON {e[column]!r}"
        for i, (g, e) in enumerate(zip(got, expected, strict=False))
        for column in e
        if g[column] != e[column]
    ]
    assert not wrong, "\n".join(wrong)


def test_sample_pages_parse_without_issues(pair):
    nct_id, page, _ = pair
    assert page.issues == [], f"{nct_id}: {page.issues}"
