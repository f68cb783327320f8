"""The format's quirks, each on a small page built here."""

import pytest

from pipelines.parsing.layout import SECTIONS
from pipelines.parsing.reader import UnreadablePage
from pipelines.parsing.registry_text import parse_page


def page(*sections: tuple[str, str], header: str = "A Trial\n\nNCT ID: NCT00000042\n\nLast Updated: 2024-01-02") -> str:
    parts = [header]
    for heading, body in sections:
        parts.append(f"{heading}\n\n{SECTIONS.get(heading, 'Review something new about this study in this section.')}\n\n{body}")
    return "\n\n".join(parts) + "\n"


def test_arm_without_description_and_cohort_without_type():
    groups = "Cohort A\n\nGroup Type\n\nArm B\n\nGroup Type EXPERIMENTAL\n\nDrug X\n\nIntervention Type DRUG\n\nGiven daily."
    interventions = "Drug X\n\nGiven daily.\n\nIntervention Type DRUG"
    parsed = parse_page(page(("Study Groups", groups), ("Interventions", interventions)))
    assert [(a["label"], a["arm_type"], a["description"]) for a in parsed.children["arms"]] == [
        ("Cohort A", None, None),
        ("Arm B", "EXPERIMENTAL", None),
    ]
    assert [(r["arm_label"], r["intervention_name"]) for r in parsed.children["arm_interventions"]] == [("Arm B", "Drug X")]


def test_multi_paragraph_intervention_description_then_next_arm_label():
    groups = (
        "Arm 1\n\nFirst arm.\n\nGroup Type EXPERIMENTAL\n\n"
        "Drug X\n\nIntervention Type DRUG\n\nParagraph one.\n\nParagraph two.\n\n"
        "Arm 2\n\nSecond arm, two paragraphs.\n\nStill arm 2.\n\nGroup Type PLACEBO_COMPARATOR\n\n"
        "Placebo\n\nIntervention Type DRUG\n\n"
        "Drug X\n\nIntervention Type DRUG\n\nParagraph one.\n\nParagraph two."
    )
    interventions = "Drug X\n\nParagraph one.\n\nParagraph two.\n\nIntervention Type DRUG\n\nPlacebo\n\nIntervention Type DRUG"
    parsed = parse_page(page(("Study Groups", groups), ("Interventions", interventions)))
    arms = parsed.children["arms"]
    assert [(a["label"], a["description"]) for a in arms] == [
        ("Arm 1", "First arm."),
        ("Arm 2", "Second arm, two paragraphs.\n\nStill arm 2."),
    ]
    assert [(r["arm_label"], r["intervention_name"]) for r in parsed.children["arm_interventions"]] == [
        ("Arm 1", "Drug X"),
        ("Arm 2", "Placebo"),
        ("Arm 2", "Drug X"),
    ]
    assert [(i["name"], i["description"]) for i in parsed.children["interventions"]] == [
        ("Drug X", "Paragraph one.\n\nParagraph two."),
        ("Placebo", None),
    ]
    assert parsed.issues == []


def test_labels_with_dash_or_no_value_are_null_and_site_status_may_carry_a_code():
    body_ids = "ABC-1\n\nIdentifier Type: -\n\nIdentifier Source: org_study_id"
    body_pis = "Jane Roe, MD\n\nRole: -\n\nSome University\n\nJohn Doe\n\nRole: PRINCIPAL_INVESTIGATOR"
    body_sites = (
        "Clinic One\n\nSeoul, , Korea, Republic of\n\nSite Status RECRUITING\n\n"
        "Research Site\n\nBoston, Massachusetts, United States\n\nSite Status"
    )
    parsed = parse_page(
        page(
            ("Principal Investigators", body_pis),
            ("Locations", body_sites),
            ("Countries", "Korea, Republic of United States"),
            ("Other Identifiers", body_ids),
        )
    )
    assert parsed.children["identifiers"] == [
        {"ordinal": 1, "identifier": "ABC-1", "identifier_type": None, "identifier_source": "org_study_id"}
    ]
    assert [(p["name"], p["role"], p["affiliation"]) for p in parsed.children["investigators"]] == [
        ("Jane Roe, MD", None, "Some University"),
        ("John Doe", "PRINCIPAL_INVESTIGATOR", None),
    ]
    assert [(s["facility"], s["city"], s["state"], s["country"], s["status"]) for s in parsed.children["sites"]] == [
        ("Clinic One", "Seoul", None, "Korea, Republic of", "RECRUITING"),
        (None, "Boston", "Massachusetts", "United States", None),
    ]
    assert [c["country"] for c in parsed.children["countries"]] == ["Korea, Republic of", "United States"]


def test_eligibility_labels_right_after_the_last_criteria_line_and_empty_values():
    body = (
        "Inclusion Criteria\n\n* Adults\n* Consent\nMinimum Eligible Age\n\n6 Months\n\n"
        "Maximum Eligible Age\n\nEligible Sex\n\nFEMALE\n\nAccepts Healthy Volunteers\n\nYes"
    )
    parsed = parse_page(page(("Eligibility Criteria", body)))
    t = parsed.trial
    assert t["eligibility_criteria"] == "Inclusion Criteria\n\n* Adults\n* Consent"
    assert (t["minimum_age"], t["maximum_age"], t["sex"], t["healthy_volunteers"]) == ("6 Months", None, "FEMALE", True)


def test_month_dates_several_phases_and_results_banner():
    header = (
        "A Trial\n\nNCT ID: NCT00000042\n\nLast Updated: 2024-01-02\n\nStudy Results\n\nResults available\n\n"
        "Outcome measurements, participant flow, baseline characteristics, and adverse events have been published "
        "for this study.\n\nView full results"
    )
    basic = "Clinical Phase\n\nPHASE1, PHASE2\n\nStudy Start Date\n\n2003-05\n\nStudy Completion Date\n\n-"
    parsed = parse_page(page(("Basic Information", basic), header=header))
    t = parsed.trial
    assert t["has_results"] is True and t["phase"] == "PHASE1/PHASE2"
    assert (str(t["start_date"]), t["start_date_raw"]) == ("2003-05-01", "2003-05")
    assert (t["completion_date"], t["completion_date_raw"]) == (None, None)


def test_one_bad_field_is_nulled_and_reported_not_fatal():
    basic = "Total Enrollment\n\nmany participants\n\nStudy Start Date\n\n2021-02-30\n\nRecruitment Status\n\nCOMPLETED"
    parsed = parse_page(page(("Basic Information", basic)))
    assert parsed.trial["enrollment"] is None and parsed.trial["start_date"] is None
    assert parsed.trial["start_date_raw"] == "2021-02-30" and parsed.trial["overall_status"] == "COMPLETED"
    assert {(i.field, i.action) for i in parsed.issues} == {("enrollment", "nulled"), ("start_date", "nulled")}


def test_unknown_section_is_kept_out_and_reported():
    parsed = parse_page(
        page(
            ("Conditions", "Asthma"),
            ("Outcome Measures", "Lung function at 12 weeks"),
            ("Sponsors", "Acme\n\nINDUSTRY\n\nSponsor Role lead"),
        )
    )
    assert [c["condition"] for c in parsed.children["conditions"]] == ["Asthma"]
    assert parsed.trial["lead_sponsor"] == "Acme"
    assert [(i.action, i.reason) for i in parsed.issues] == [("reported", "unknown section 'Outcome Measures'")]
    assert "Lung function" not in repr(parsed.children) + repr(parsed.trial)


def test_a_heading_word_inside_free_text_is_not_a_section():
    summary = "Conditions\n\nThis paragraph follows a line that reads like a heading.\n\nEnd."
    parsed = parse_page(page(("Brief Summary", summary), ("Conditions", "Asthma")))
    assert parsed.trial["brief_summary"].startswith("Conditions\n\nThis paragraph")
    assert [c["condition"] for c in parsed.children["conditions"]] == ["Asthma"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("<!DOCTYPE html>\n<html><body>502 Bad Gateway</body></html>\n", "HTML"),
        ("A Trial\n\nLast Updated: 2024-01-02\n", "no 'NCT ID:' line"),
        ("A Trial\n\nNCT ID: NCT123\n", "not an NCT ID"),
    ],
)
def test_pages_without_a_valid_nct_id_are_unreadable(text, words):
    with pytest.raises(UnreadablePage) as caught:
        parse_page(text)
    assert words in caught.value.reason and caught.value.stage == "parse"


def test_a_reworded_boilerplate_sentence_still_marks_its_section():
    text = page(("Brief Summary", "Short.")) + "\nConditions\n\nSee which diseases this study covers.\n\nAsthma\n"
    parsed = parse_page(text)
    assert parsed.trial["brief_summary"] == "Short."
    assert [c["condition"] for c in parsed.children["conditions"]] == ["Asthma"]


def test_a_title_case_subheading_in_a_description_stays_in_the_description():
    description = "Study Visits\n\nSee the schedule below.\n\nVisit 1 at week 0."
    parsed = parse_page(page(("Detailed Description", description), ("Conditions", "Asthma")))
    assert parsed.trial["detailed_description"] == description
    assert parsed.issues == []
