"""Render a ClinicalTrials.gov API v2 record as a registry text page (test-only).

Written from FORMAT.md and checked against the 13 sample pages (it reproduces them), so any
JSON record can be turned into a page the parser has never seen, and the parse compared with
the record it came from.
"""

from __future__ import annotations

import re
from typing import Any

from pipelines.parsing.layout import RESULTS_BANNER, SECTIONS
from tests.registry_json import modules


def _paragraphs(text: str | None) -> list[str]:
    if not text:
        return []
    return [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]


def _criteria(text: str | None) -> list[str]:
    blocks = _paragraphs(text)
    return [re.sub(r"^((?:Inclusion|Exclusion) Criteria):$", r"\1", b, flags=re.IGNORECASE | re.MULTILINE) for b in blocks]


def render_page(study: dict[str, Any]) -> str:
    m = modules(study)
    ps, ident, status, sponsors, desc, design = m.ps, m.ident, m.status, m.sponsors, m.desc, m.design
    info, arms_mod, elig, contacts, refs, interventions = m.info, m.arms_mod, m.elig, m.contacts, m.refs, m.interventions

    blocks: list[str] = [
        ident.get("briefTitle", ""),
        f"NCT ID: {ident['nctId']}",
        f"Last Updated: {status.get('lastUpdatePostDateStruct', {}).get('date', '')}",
    ]
    if study.get("hasResults"):
        blocks += list(RESULTS_BANNER)

    def section(heading: str, content: list[str]) -> None:
        if content:
            blocks.extend([heading, SECTIONS[heading], *content])

    def pairs(items: list[tuple[str, str | None]]) -> list[str]:
        return [x for label, value in items if value for x in (label, value)]

    count = design.get("enrollmentInfo", {}).get("count")
    section(
        "Basic Information",
        pairs(
            [
                ("Recruitment Status", status.get("overallStatus")),
                ("Clinical Phase", ", ".join(design.get("phases", [])) or None),
                ("Total Enrollment", f"{count} participants" if count is not None else None),
                ("Study Classification", design.get("studyType")),
                ("Study Start Date", status.get("startDateStruct", {}).get("date")),
                ("Study Completion Date", status.get("completionDateStruct", {}).get("date")),
            ]
        ),
    )
    section("Brief Summary", _paragraphs(desc.get("briefSummary")))
    section("Detailed Description", _paragraphs(desc.get("detailedDescription")))
    section("Conditions", list(ps.get("conditionsModule", {}).get("conditions", [])))
    section(
        "Study Design",
        pairs(
            [
                ("Allocation Method", info.get("allocation")),
                ("Intervention Model", info.get("interventionModel")),
                ("Primary Study Purpose", info.get("primaryPurpose")),
                ("Blinding Strategy", info.get("maskingInfo", {}).get("masking")),
            ]
        ),
    )
    by_name = {i.get("name", ""): i for i in interventions}
    groups: list[str] = []
    for arm in arms_mod.get("armGroups", []):
        groups += [arm["label"], *_paragraphs(arm.get("description"))]
        groups.append(f"Group Type {arm['type']}" if arm.get("type") else "Group Type")
        for full in arm.get("interventionNames", []):
            name = full.split(": ", 1)[-1]
            intervention = by_name.get(name, {})
            kind = intervention.get("type")
            groups += [name, f"Intervention Type {kind}" if kind else "Intervention Type", *_paragraphs(intervention.get("description"))]
    section("Study Groups", groups)
    section(
        "Interventions",
        [
            x
            for i in interventions
            for x in (
                i.get("name", ""),
                *_paragraphs(i.get("description")),
                f"Intervention Type {i['type']}" if i.get("type") else "Intervention Type",
            )
        ],
    )
    other = " ".join(n for i in interventions for n in i.get("otherNames", []))
    section("Other Intervention Names", [other] if other else [])
    tail = pairs(
        [
            ("Minimum Eligible Age", elig.get("minimumAge")),
            ("Maximum Eligible Age", elig.get("maximumAge")),
            ("Eligible Sex", elig.get("sex")),
            ("Accepts Healthy Volunteers", {True: "Yes", False: "No"}.get(elig.get("healthyVolunteers"))),
        ]
    )
    criteria = _criteria(elig.get("eligibilityCriteria"))
    if criteria and tail:
        criteria[-1] = criteria[-1] + "\n" + tail[0]
        tail = tail[1:]
    section("Eligibility Criteria", criteria + tail)
    lead = sponsors.get("leadSponsor")
    section(
        "Sponsors",
        ([lead["name"], lead.get("class", ""), "Sponsor Role lead"] if lead else [])
        + [x for c in sponsors.get("collaborators", []) for x in (c["name"], c.get("class", ""), "Sponsor Role collaborator")],
    )
    party = sponsors.get("responsibleParty", {}).get("type")
    section("Responsible Party", [f"Responsibility Role {party}"] if party else [])
    section(
        "Principal Investigators",
        [
            x
            for o in contacts.get("overallOfficials", [])
            for x in (o.get("name", ""), f"Role: {o.get('role') or '-'}", *([o["affiliation"]] if o.get("affiliation") else []))
        ],
    )
    locations = contacts.get("locations", [])
    section(
        "Locations",
        [
            x
            for loc in locations
            for x in (
                loc.get("facility") or "Research Site",
                ", ".join([loc.get("city", ""), loc.get("state", ""), loc.get("country", "")]),
                f"Site Status {loc['status']}" if loc.get("status") else "Site Status",
            )
        ],
    )
    countries: list[str] = []
    for loc in locations:
        if loc.get("country") and loc["country"] not in countries:
            countries.append(loc["country"])
    section("Countries", [" ".join(countries)] if countries else [])
    section(
        "References",
        [
            x
            for r in refs.get("references", [])
            for x in (
                r.get("citation", ""),
                f"Reference Type {r.get('type', '')}" + (f"\nPMID: {r['pmid']} (View on PubMed)" if r.get("pmid") else ""),
            )
        ],
    )
    section("Related Links", [x for link in refs.get("seeAlsoLinks", []) for x in (link.get("url", ""), link.get("label", ""))])
    org = ident.get("orgStudyIdInfo")
    section(
        "Other Identifiers",
        [
            x
            for s in ident.get("secondaryIdInfos", [])
            for x in (s["id"], f"Identifier Type: {s.get('type') or '-'}", "Identifier Source: secondary_id")
        ]
        + ([org["id"], f"Identifier Type: {org.get('type') or '-'}", "Identifier Source: org_study_id"] if org else []),
    )
    return "\n\n".join(blocks)
