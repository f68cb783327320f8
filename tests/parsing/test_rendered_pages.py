"""Pages rendered from JSON records: the renderer reproduces the real pages, and the parser
reads back records with variations the samples do not show."""

import copy
import json

import pytest

from pipelines.parsing.registry_text import parse_page
from tests.conftest import JSON_DIR, SAMPLES, sample_ids
from tests.registry_json import expected_rows, normalise_text
from tests.registry_render import render_page

FREE_TEXT = {"brief_summary", "detailed_description", "eligibility_criteria", "description", "citation"}


def _study(nct_id: str) -> dict:
    return json.loads((JSON_DIR / f"{nct_id}.json").read_text())


def assert_parse_matches(study: dict) -> None:
    page = parse_page(render_page(study) + "\n")
    truth = expected_rows(study)
    nct_id = truth["trial"]["nct_id"]
    wrong = []
    for column, expected in truth["trial"].items():
        got = page.trial.get(column)
        got = normalise_text(got) if column in FREE_TEXT else got
        if got != expected:
            wrong.append(f"trials.{column} of {nct_id}: {got!r} != {expected!r}")
    for table, rows in truth.items():
        if table == "trial":
            continue
        got_rows = [
            {k: normalise_text(v) if k in FREE_TEXT else v for k, v in r.items() if k != "ordinal"} for r in page.children.get(table, [])
        ]
        if got_rows != rows:
            wrong.append(f"{table} of {nct_id}: {got_rows!r} != {rows!r}")
    assert not wrong, "\n".join(w[:500] for w in wrong)


@pytest.mark.parametrize("nct_id", sample_ids())
def test_renderer_reproduces_the_real_page(nct_id):
    real = (SAMPLES / f"{nct_id}.txt").read_text()
    cut = real.find("\n\nMore Related Trials\n\n")  # not in the JSON
    assert render_page(_study(nct_id)) == (real[:cut] if cut >= 0 else real).rstrip("\n")


def _variants() -> list[tuple[str, callable]]:
    def no_facilities(ps):
        for loc in ps["contactsLocationsModule"]["locations"]:
            loc.pop("facility", None)

    def comma_countries(ps):
        locs = ps["contactsLocationsModule"]["locations"]
        for loc, country in zip(locs, ["Korea, Republic of", "Iran, Islamic Republic of", "Moldova, Republic of"], strict=False):
            loc["country"] = country
            loc.pop("state", None)

    def arms_without_descriptions_or_types(ps):
        for arm in ps["armsInterventionsModule"].get("armGroups", []):
            arm.pop("description", None)
            arm.pop("type", None)

    def interventions_without_descriptions(ps):
        for intervention in ps["armsInterventionsModule"].get("interventions", []):
            intervention.pop("description", None)

    def officials_without_role_or_affiliation(ps):
        officials = ps["contactsLocationsModule"].setdefault("overallOfficials", [])
        officials[:] = [
            {"name": "Ada Lovelace, PhD", "role": "STUDY_CHAIR"},
            {"name": "Alan Turing"},
            {"name": "Grace Hopper", "role": "PRINCIPAL_INVESTIGATOR", "affiliation": "Navy"},
        ]

    def several_phases_and_month_dates(ps):
        ps["designModule"]["phases"] = ["EARLY_PHASE1", "PHASE1"]
        ps["statusModule"]["startDateStruct"] = {"date": "2020-07"}

    def no_criteria_text(ps):
        ps["eligibilityModule"].pop("eligibilityCriteria", None)

    def markdown_escapes_everywhere(ps):
        ps["conditionsModule"]["conditions"] = ["Cancer \\<stage 2\\>", "A \\& B"]
        ps["descriptionModule"]["briefSummary"] = "Dose \\< 5 mg \\[approx\\]\n\nSecond \\*para\\*."

    return [
        (f.__name__, f)
        for f in (
            no_facilities,
            comma_countries,
            arms_without_descriptions_or_types,
            interventions_without_descriptions,
            officials_without_role_or_affiliation,
            several_phases_and_month_dates,
            no_criteria_text,
            markdown_escapes_everywhere,
        )
    ]


@pytest.mark.parametrize("nct_id", ["NCT06388018", "NCT03630471", "NCT00711542"])
@pytest.mark.parametrize(("name", "change"), _variants())
def test_parser_reads_back_rendered_variations(nct_id, name, change):
    study = copy.deepcopy(_study(nct_id))
    change(study["protocolSection"])
    if name == "markdown_escapes_everywhere":
        page = parse_page(render_page(study) + "\n")
        assert [c["condition"] for c in page.children["conditions"]] == ["Cancer <stage 2>", "A & B"]
        assert page.trial["brief_summary"] == "Dose < 5 mg [approx]\n\nSecond *para*."
        return
    assert_parse_matches(study)
