"""Every JSON twin parsed by the JSON parser: each value exactly as the record gives it."""

import json
from datetime import date

import pytest

from pipelines.parsing.model import NULLED, REJECTED
from pipelines.parsing.reader import UnreadablePage
from pipelines.parsing.registry_json import parse_study
from tests.conftest import JSON_DIR, SHARED_CHILD_TABLES, sample_ids
from tests.registry_json import expected_rows, normalise_text

SHARED_TABLES = SHARED_CHILD_TABLES


@pytest.fixture(scope="module", params=sample_ids())
def twin(request):
    study = json.loads((JSON_DIR / f"{request.param}.json").read_text())
    return request.param, study, parse_study(study)


def _date_of(struct):
    return (struct or {}).get("date")


def test_json_twin_parses_without_issues(twin):
    nct_id, _, parsed = twin
    assert parsed.nct_id == nct_id and parsed.issues == []


def test_json_trial_fields_are_the_records_values(twin):
    nct_id, study, parsed = twin
    wrong = [
        f"trials.{c} of {nct_id}: {parsed.trial[c]!r} != {v!r}" for c, v in expected_rows(study)["trial"].items() if parsed.trial[c] != v
    ]
    assert not wrong, "\n".join(wrong)
    ident = study["protocolSection"]["identificationModule"]
    status = study["protocolSection"]["statusModule"]
    assert parsed.trial["official_title"] == ident.get("officialTitle")
    assert parsed.trial["acronym"] == ident.get("acronym")
    assert parsed.trial["why_stopped"] == status.get("whyStopped")
    assert parsed.trial["primary_completion_date_raw"] == _date_of(status.get("primaryCompletionDateStruct"))
    assert parsed.trial["study_first_posted_raw"] == _date_of(status.get("studyFirstPostDateStruct"))
    assert isinstance(parsed.trial["study_first_posted"], date)
    assert parsed.trial["last_updated"].isoformat() == status["lastUpdatePostDateStruct"]["date"]


@pytest.mark.parametrize("table", SHARED_TABLES)
def test_json_child_rows_are_the_records_values(twin, table):
    nct_id, study, parsed = twin
    rows = parsed.children.get(table, [])
    assert [r["ordinal"] for r in rows] == list(range(1, len(rows) + 1))
    # What a text page shows too (the JSON-only columns are checked by test_json_leaf_paths).
    columns = {
        "sites": ("facility", "city", "state", "country", "status"),
        "identifiers": ("identifier", "identifier_type", "identifier_source"),
    }.get(table)
    got = [{k: v for k, v in r.items() if k != "ordinal" and (columns is None or k in columns)} for r in rows]
    assert got == expected_rows(study)[table], f"{table} of {nct_id}"


def test_json_only_tables_hold_every_value_of_the_record(twin):
    nct_id, study, parsed = twin
    ps = study["protocolSection"]
    rows = parsed.children
    assert [r["keyword"] for r in rows.get("keywords", [])] == ps.get("conditionsModule", {}).get("keywords", [])
    assert [r["age_group"] for r in rows.get("age_groups", [])] == ps["eligibilityModule"].get("stdAges", [])
    outcomes = ps.get("outcomesModule", {})
    expected_outcomes = [
        (kind, o["measure"], normalise_text(o.get("description")), o.get("timeFrame"))
        for key, kind in (("primaryOutcomes", "PRIMARY"), ("secondaryOutcomes", "SECONDARY"), ("otherOutcomes", "OTHER"))
        for o in outcomes.get(key, [])
    ]
    got_outcomes = [(r["outcome_type"], r["measure"], r["description"], r["time_frame"]) for r in rows.get("outcomes", [])]
    assert got_outcomes == expected_outcomes, nct_id
    derived = study.get("derivedSection", {})
    expected_mesh = [
        (domain, level, m["id"], m["term"])
        for module, domain in (("conditionBrowseModule", "condition"), ("interventionBrowseModule", "intervention"))
        for key, level in (("meshes", "term"), ("ancestors", "ancestor"))
        for m in derived.get(module, {}).get(key, [])
    ]
    assert [(r["domain"], r["level"], r["mesh_id"], r["term"]) for r in rows.get("mesh_terms", [])] == expected_mesh
    locations = ps.get("contactsLocationsModule", {}).get("locations", [])
    assert [(r["zip"], r["latitude"], r["longitude"]) for r in rows.get("sites", [])] == [
        (loc.get("zip"), loc.get("geoPoint", {}).get("lat"), loc.get("geoPoint", {}).get("lon")) for loc in locations
    ]
    expected_contacts = [
        (i + 1, c.get("name"), c.get("role"), c.get("phone"), c.get("phoneExt"), c.get("email"))
        for i, loc in enumerate(locations)
        for c in loc.get("contacts", [])
    ]
    got_contacts = [
        (r["site_ordinal"], r["name"], r["role"], r["phone"], r["phone_ext"], r["email"]) for r in rows.get("site_contacts", [])
    ]
    assert got_contacts == expected_contacts
    interventions = ps.get("armsInterventionsModule", {}).get("interventions", [])
    assert [(r["intervention_ordinal"], r["intervention_name"], r["other_name"]) for r in rows.get("intervention_other_names", [])] == [
        (i + 1, iv["name"], name) for i, iv in enumerate(interventions) for name in iv.get("otherNames", [])
    ]


def test_nct_id_aliases_become_identifiers_after_the_pages_own():
    study = json.loads((JSON_DIR / "NCT03475563.json").read_text())
    study["protocolSection"]["identificationModule"]["nctIdAliases"] = ["NCT00000001", "NCT00000002"]
    rows = parse_study(study).children["identifiers"]
    assert [(r["identifier"], r["identifier_source"]) for r in rows[-2:]] == [
        ("NCT00000001", "nct_id_alias"),
        ("NCT00000002", "nct_id_alias"),
    ]
    assert [r["ordinal"] for r in rows] == list(range(1, len(rows) + 1))


def test_a_study_without_an_nct_id_is_not_a_study():
    with pytest.raises(UnreadablePage, match="nctId"):
        parse_study({"protocolSection": {"identificationModule": {"briefTitle": "x"}}})
    with pytest.raises(UnreadablePage, match="NCT########"):
        parse_study({"protocolSection": {"identificationModule": {"nctId": "NCT123"}}})
    with pytest.raises(UnreadablePage, match="JSON object"):
        parse_study(["NCT00000001"])


def test_values_of_the_wrong_json_type_are_nulled_and_reported_never_raised():
    study = json.loads((JSON_DIR / "NCT03475563.json").read_text())
    ps = study["protocolSection"]
    ps["designModule"]["enrollmentInfo"]["count"] = "many"
    ps["eligibilityModule"]["healthyVolunteers"] = "Yes"
    ps["identificationModule"]["briefTitle"] = 42
    ps["statusModule"]["startDateStruct"]["date"] = "2020-13"
    ps["conditionsModule"]["keywords"] = "not a list"
    ps["contactsLocationsModule"]["locations"][0]["geoPoint"]["lat"] = "north"
    parsed = parse_study(study)
    assert parsed.trial["enrollment"] is None and parsed.trial["healthy_volunteers"] is None
    assert parsed.trial["title"] is None and parsed.trial["start_date"] is None
    assert parsed.trial["start_date_raw"] == "2020-13"
    assert parsed.children["sites"][0]["latitude"] is None
    assert "keywords" not in parsed.children
    nulled = {i.field for i in parsed.issues if i.action == NULLED}
    assert {"enrollment", "healthy_volunteers", "title", "start_date"} <= nulled
    assert all(i.action != REJECTED for i in parsed.issues)


def test_text_the_warehouse_stores_otherwise_keeps_the_records_own_text_by_table_row_and_column():
    study = json.loads((JSON_DIR / "NCT03475563.json").read_text())
    ps = study["protocolSection"]
    ps["identificationModule"]["officialTitle"] = "A \\(Pilot\\) Study "
    ps["descriptionModule"]["briefSummary"] = "First line\n\n\n\n    indented \\> 5 mg"
    ps["conditionsModule"]["conditions"] = ["Cancer \\(Lung\\)", "Asthma"]
    ps["contactsLocationsModule"]["locations"] = [
        {"facility": "Research Site", "city": "Oslo", "country": "Norway"},
        {"facility": "Clinic "},
    ]
    parsed = parse_study(study)
    assert parsed.trial["official_title"] == "A (Pilot) Study" and parsed.trial["brief_summary"] == "First line\n\nindented > 5 mg"
    assert [r["condition"] for r in parsed.children["conditions"]] == ["Cancer (Lung)", "Asthma"]
    assert [r["facility"] for r in parsed.children["sites"]] == [None, "Clinic"]
    written = {(r["table_name"], r["row_ordinal"], r["column_name"]): r["written"] for r in parsed.children["text_as_written"]}
    assert written[("outcomes", 1, "description")].endswith(
        "stenosis\\> 30% or\\> 50% in those not treated with stent."
    )  # the record's own
    assert {key: value for key, value in written.items() if key[0] != "outcomes" and key[2] != "eligibility_criteria"} == {
        ("trials", None, "official_title"): "A \\(Pilot\\) Study ",
        ("trials", None, "brief_summary"): "First line\n\n\n\n    indented \\> 5 mg",
        ("conditions", 1, "condition"): "Cancer \\(Lung\\)",
        ("sites", 1, "facility"): "Research Site",
        ("sites", 2, "facility"): "Clinic ",
    }
    assert [r["ordinal"] for r in parsed.children["text_as_written"]] == list(range(1, len(written) + 1))


def test_a_record_whose_text_is_already_canonical_gives_no_text_as_written():
    study = {
        "protocolSection": {
            "identificationModule": {"nctId": "NCT00000001", "briefTitle": "A canonical title"},
            "descriptionModule": {"briefSummary": "One line.\n\nAnother, > 5 mg."},
            "conditionsModule": {"conditions": ["Asthma"]},
            "contactsLocationsModule": {"locations": [{"facility": "Clinic", "city": "Oslo"}]},
        }
    }
    parsed = parse_study(study)
    assert parsed.trial["brief_summary"] == "One line.\n\nAnother, > 5 mg." and "text_as_written" not in parsed.children


def test_the_records_own_text_longer_than_a_field_may_be_is_reported_and_not_kept():
    study = json.loads((JSON_DIR / "NCT03475563.json").read_text())
    study["protocolSection"]["descriptionModule"]["detailedDescription"] = "\\>" * 600_000  # 1.2 MB written, 0.6 MB stored
    parsed = parse_study(study)
    assert parsed.trial["detailed_description"] == ">" * 600_000
    assert ("trials", "detailed_description") not in {(r["table_name"], r["column_name"]) for r in parsed.children["text_as_written"]}
    [issue] = [i for i in parsed.issues if i.field == "trials.detailed_description"]
    assert issue.reason.startswith("the record's own text of trials.detailed_description is 1,200,000 bytes, more than the 1 MiB")
