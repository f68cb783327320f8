"""The rows a ClinicalTrials.gov API v2 record implies for the tables a text page covers.

Test-only: the JSON twins are the truth the text parser is checked against.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipelines.parsing.values import normalise_text


@dataclass
class Modules:
    """The parts of an API v2 study that a text page covers (empty where the study has none)."""

    ps: dict
    ident: dict
    status: dict
    sponsors: dict
    desc: dict
    design: dict
    info: dict
    arms_mod: dict
    elig: dict
    contacts: dict
    refs: dict
    interventions: list


def modules(study: dict[str, Any]) -> Modules:
    ps = study["protocolSection"]
    design = ps.get("designModule", {})
    arms_mod = ps.get("armsInterventionsModule", {})
    return Modules(
        ps=ps,
        ident=ps["identificationModule"],
        status=ps.get("statusModule", {}),
        sponsors=ps.get("sponsorCollaboratorsModule", {}),
        desc=ps.get("descriptionModule", {}),
        design=design,
        info=design.get("designInfo", {}),
        arms_mod=arms_mod,
        elig=ps.get("eligibilityModule", {}),
        contacts=ps.get("contactsLocationsModule", {}),
        refs=ps.get("referencesModule", {}),
        interventions=arms_mod.get("interventions", []),
    )


def _date(struct: dict | None) -> str | None:
    return (struct or {}).get("date")


def expected_rows(study: dict[str, Any]) -> dict[str, Any]:
    """Expected trial fields and child rows (without ordinals) from one API v2 study."""
    m = modules(study)
    ps, ident, status, sponsors, desc, design = m.ps, m.ident, m.status, m.sponsors, m.desc, m.design
    info, arms_mod, elig, contacts, refs, interventions = m.info, m.arms_mod, m.elig, m.contacts, m.refs, m.interventions

    trial = {
        "nct_id": ident["nctId"],
        "title": ident.get("briefTitle"),
        "last_updated_raw": _date(status.get("lastUpdatePostDateStruct")),
        "has_results": bool(study.get("hasResults")),
        "overall_status": status.get("overallStatus"),
        "phase": "/".join(design.get("phases", [])) or None,
        "enrollment": design.get("enrollmentInfo", {}).get("count"),
        "study_type": design.get("studyType"),
        "start_date_raw": _date(status.get("startDateStruct")),
        "completion_date_raw": _date(status.get("completionDateStruct")),
        "allocation": info.get("allocation"),
        "intervention_model": info.get("interventionModel"),
        "primary_purpose": info.get("primaryPurpose"),
        "masking": info.get("maskingInfo", {}).get("masking"),
        "minimum_age": elig.get("minimumAge"),
        "maximum_age": elig.get("maximumAge"),
        "sex": elig.get("sex"),
        "healthy_volunteers": elig.get("healthyVolunteers"),
        "lead_sponsor": sponsors.get("leadSponsor", {}).get("name"),
        "brief_summary": normalise_text(desc.get("briefSummary")),
        "detailed_description": normalise_text(desc.get("detailedDescription")),
        "eligibility_criteria": normalise_text(elig.get("eligibilityCriteria")),
        "responsible_party": sponsors.get("responsibleParty", {}).get("type"),
        "other_intervention_names": " ".join(n for i in interventions for n in i.get("otherNames", [])) or None,
    }
    countries: list[str] = []
    for loc in contacts.get("locations", []):
        if loc.get("country") and loc["country"] not in countries:
            countries.append(loc["country"])
    org = ident.get("orgStudyIdInfo")
    identifiers = [
        {"identifier": s["id"], "identifier_type": s.get("type"), "identifier_source": "secondary_id"}
        for s in ident.get("secondaryIdInfos", [])
    ]
    if org:
        identifiers.append({"identifier": org["id"], "identifier_type": org.get("type"), "identifier_source": "org_study_id"})
    lead = sponsors.get("leadSponsor")
    return {
        "trial": trial,
        "arms": [
            {"label": a["label"], "arm_type": a.get("type"), "description": normalise_text(a.get("description"))}
            for a in arms_mod.get("armGroups", [])
        ],
        "interventions": [
            {"name": i["name"], "intervention_type": i.get("type"), "description": normalise_text(i.get("description"))}
            for i in interventions
        ],
        "arm_interventions": [
            {"arm_label": a["label"], "intervention_name": name.split(": ", 1)[-1]}
            for a in arms_mod.get("armGroups", [])
            for name in a.get("interventionNames", [])
        ],
        "sites": [
            {
                "facility": loc.get("facility"),
                "city": loc.get("city"),
                "state": loc.get("state"),
                "country": loc.get("country"),
                "status": loc.get("status"),
            }
            for loc in contacts.get("locations", [])
        ],
        "countries": [{"country": c} for c in countries],
        "trial_references": [
            {"citation": normalise_text(r.get("citation")), "reference_type": r.get("type"), "pmid": r.get("pmid")}
            for r in refs.get("references", [])
        ],
        "links": [{"url": link.get("url"), "label": link.get("label")} for link in refs.get("seeAlsoLinks", [])],
        "identifiers": identifiers,
        "conditions": [{"condition": c} for c in ps.get("conditionsModule", {}).get("conditions", [])],
        "sponsors": ([{"name": lead["name"], "agency_class": lead.get("class"), "role": "lead"}] if lead else [])
        + [{"name": c["name"], "agency_class": c.get("class"), "role": "collaborator"} for c in sponsors.get("collaborators", [])],
        "investigators": [
            {"name": o.get("name"), "role": o.get("role"), "affiliation": o.get("affiliation")}
            for o in contacts.get("overallOfficials", [])
        ],
    }
