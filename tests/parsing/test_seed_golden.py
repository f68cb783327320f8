"""The seed page (the authority on the format), every table and every field."""

from datetime import date

import pytest

from pipelines.parsing.registry_text import parse_page
from tests.conftest import SEED, read_page


@pytest.fixture(scope="module")
def seed():
    return parse_page(read_page(SEED))


def test_seed_trial_row_every_field(seed):
    trial = dict(seed.trial)
    assert trial.pop("detailed_description").startswith("Adults with relapsed/refractory B-cell precursor ALL")
    assert trial.pop("eligibility_criteria").startswith("Exclusion Criteria\n\n* Malignancy other than ALL")
    assert trial == {
        "nct_id": "NCT02013167",
        "title": "Blinatumomab Versus Standard of Care Chemotherapy in Patients With Relapsed or Refractory "
        "Acute Lymphoblastic Leukemia (ALL)",
        "last_updated": date(2024, 3, 5),
        "last_updated_raw": "2024-03-05",
        "has_results": True,
        "overall_status": "TERMINATED",
        "phase": "PHASE3",
        "enrollment": 405,
        "study_type": "INTERVENTIONAL",
        "start_date": date(2014, 1, 3),
        "start_date_raw": "2014-01-03",
        "completion_date": date(2017, 3, 14),
        "completion_date_raw": "2017-03-14",
        "brief_summary": "The primary objective was to evaluate the effect of blinatumomab on overall survival "
        "when compared to standard of care (SOC) chemotherapy.",
        "allocation": "RANDOMIZED",
        "intervention_model": "PARALLEL",
        "primary_purpose": "TREATMENT",
        "masking": "NONE",
        "other_intervention_names": "Blincyto® AMG 103 MT103",
        "minimum_age": "18 Years",
        "maximum_age": None,
        "sex": "ALL",
        "healthy_volunteers": False,
        "lead_sponsor": "Amgen",
        "responsible_party": "SPONSOR",
        # derived from the page's ages and its 117 sites (United States among them)
        "minimum_age_years": 18.0,
        "maximum_age_years": None,
        "number_of_sites": 117,
        "has_single_site": False,
        "has_us_site": True,
    }
    assert seed.issues == []


def test_seed_free_text_loses_markdown_escapes_and_keeps_paragraphs(seed):
    description = seed.trial["detailed_description"]
    assert "(< 35 years vs ≥ 35 years of age)" in description
    assert description.count("\n\n") == 1
    criteria = seed.trial["eligibility_criteria"]
    assert "[ALT or AST]" in criteria and "< 60 mL/min." in criteria and "\\" not in criteria
    # the last criteria line runs straight into the age label on the page: it is not part of the text
    assert criteria.endswith("calculated creatinine clearance < 60 mL/min.")
    assert "Minimum Eligible Age" not in criteria


def test_seed_arms_interventions_and_their_links(seed):
    arms = seed.children["arms"]
    assert [(a["ordinal"], a["label"], a["arm_type"]) for a in arms] == [
        (1, "Blinatumomab", "EXPERIMENTAL"),
        (2, "Standard of Care Chemotherapy", "ACTIVE_COMPARATOR"),
    ]
    assert arms[0]["description"].startswith("Participants received blinatumomab by continuous intravenous")
    assert "CR/CRh*/CRi" in arms[0]["description"] and arms[0]["description"].count("\n\n") == 2
    assert arms[1]["description"].endswith("could continue to receive SOC therapy for an additional 12 months.")
    interventions = seed.children["interventions"]
    assert [(i["ordinal"], i["name"], i["intervention_type"]) for i in interventions] == [
        (1, "Blinatumomab", "DRUG"),
        (2, "Standard of Care Chemotherapy", "DRUG"),
    ]
    assert interventions[0]["description"] == "Blinatumomab is administered as a continuous intravenous infusion (CIV)."
    assert interventions[1]["description"].startswith("* FLAG (fludarabine")
    assert "days 1 & 3" in interventions[1]["description"]
    assert seed.children["arm_interventions"] == [
        {"ordinal": 1, "arm_label": "Blinatumomab", "intervention_name": "Blinatumomab"},
        {"ordinal": 2, "arm_label": "Standard of Care Chemotherapy", "intervention_name": "Standard of Care Chemotherapy"},
    ]


def test_seed_sites_every_field(seed):
    sites = seed.children["sites"]
    assert len(sites) == 117
    assert sites[0] == {"ordinal": 1, "facility": None, "city": "Duarte", "state": "California", "country": "United States", "status": None}
    assert sites[22] == {"ordinal": 23, "facility": None, "city": "Salzburg", "state": None, "country": "Austria", "status": None}
    assert {"ordinal": 108, "facility": None, "city": "Adana", "state": None, "country": "Turkey (Türkiye)", "status": None} in sites
    assert sites[-1] == {"ordinal": 117, "facility": None, "city": "Sutton", "state": None, "country": "United Kingdom", "status": None}
    assert sum(s["country"] == "South Korea" for s in sites) == 4
    assert all(s["facility"] is None and s["status"] is None for s in sites)  # 'Research Site', bare 'Site Status'


def test_seed_countries_in_page_order(seed):
    countries = [c["country"] for c in seed.children["countries"]]
    assert countries[:3] == ["United States", "Australia", "Austria"]
    assert countries[-4:] == ["Spain", "Taiwan", "Turkey (Türkiye)", "United Kingdom"]
    assert len(countries) == 21 and "South Korea" in countries
    assert [c["ordinal"] for c in seed.children["countries"]] == list(range(1, 22))


def test_seed_references_every_field(seed):
    refs = seed.children["trial_references"]
    assert len(refs) == 12
    assert refs[0]["citation"].startswith("Delea TE, Amdahl J")
    assert refs[0]["citation"].endswith("Epub 2017 Jul 11.")
    assert (refs[0]["reference_type"], refs[0]["pmid"]) == ("BACKGROUND", "28631497")
    assert [r["reference_type"] for r in refs].count("DERIVED") == 4
    assert refs[-1] == {
        "ordinal": 12,
        "citation": "Rambaldi A, Huguet F, Zak P, Cannell P, Tran Q, Franklin J, Topp MS. Blinatumomab consolidation and "
        "maintenance therapy in adults with relapsed/refractory B-precursor acute lymphoblastic leukemia. Blood Adv. "
        "2020 Apr 14;4(7):1518-1525. doi: 10.1182/bloodadvances.2019000874.",
        "reference_type": "DERIVED",
        "pmid": "32289160",
    }


def test_seed_identifiers_conditions_sponsors_investigators_links_related(seed):
    c = seed.children
    assert c["identifiers"] == [
        {"ordinal": 1, "identifier": "2013-000536-10", "identifier_type": "EUDRACT_NUMBER", "identifier_source": "secondary_id"},
        {"ordinal": 2, "identifier": "00103311", "identifier_type": None, "identifier_source": "org_study_id"},
    ]
    assert c["conditions"] == [{"ordinal": 1, "condition": "Relapsed/Refractory B-precursor Acute Lymphoblastic Leukemia"}]
    assert c["sponsors"] == [{"ordinal": 1, "name": "Amgen", "agency_class": "INDUSTRY", "role": "lead"}]
    assert c["investigators"] == [{"ordinal": 1, "name": "MD", "role": "STUDY_DIRECTOR", "affiliation": "Amgen"}]
    assert c["links"] == [{"ordinal": 1, "url": "http://www.amgentrials.com", "label": "AmgenTrials clinical trials website"}]
    assert c["related_trials"] == [
        {
            "ordinal": 1,
            "related_nct_id": "NCT04556084",
            "title": "Blinatumomab Bridging Therapy for BALL",
            "overall_status": "TERMINATED",
            "phase": "PHASE2",
        },
    ]


def test_seed_fills_every_page_table(seed):
    assert set(seed.children) == {
        "arms",
        "interventions",
        "arm_interventions",
        "sites",
        "countries",
        "trial_references",
        "identifiers",
        "conditions",
        "sponsors",
        "investigators",
        "links",
        "related_trials",
    }


def test_the_parser_gives_every_trials_column_but_lineage(seed):
    from contracts import Trials
    from pipelines.parsing.model import TRIAL_LINEAGE
    from pipelines.parsing.registry_json import JSON_ONLY_FIELDS

    lineage = set(TRIAL_LINEAGE)
    assert set(seed.trial) == set(Trials.to_schema().columns) - lineage - set(JSON_ONLY_FIELDS)
