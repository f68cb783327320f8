"""Parse one ClinicalTrials.gov API v2 study (a decoded JSON object) into warehouse rows.

Pure: dict in, ``ParsedPage`` out, or ``UnreadablePage`` when the object is not a study with a
valid NCT ID. The rows a text page also covers come out exactly as the text parser gives them
(same free-text normalisation, same ``Research Site`` rule, same ordinals), so a trial loaded
from either source is the same trial. What only JSON carries goes into the JSON-only columns and
tables (``JSON_ONLY_FIELDS``, ``JSON_ONLY_TABLES``). A value of the wrong JSON type never fails
the study: it becomes NULL (or the row is dropped) and an ``Issue``.
"""

from __future__ import annotations

from typing import Any

from pipelines.parsing.model import DROPPED, NULLED, REPORTED, Issue, ParsedPage, add_child
from pipelines.parsing.reader import UnreadablePage
from pipelines.parsing.registry_text import PAGE_FIELDS
from pipelines.parsing.values import BadValue, is_nct_id, normalise_text, null_if_empty, parse_date, unescape

JSON_DATE_FIELDS = ("primary_completion_date", "study_first_posted")
# Trial columns a text page never fills.
JSON_ONLY_FIELDS = (
    "official_title",
    "acronym",
    "why_stopped",
    *JSON_DATE_FIELDS,
    *(f"{name}_raw" for name in JSON_DATE_FIELDS),
)
# Child tables a text page never fills, and the JSON-only columns of shared ones.
JSON_ONLY_TABLES = ("keywords", "age_groups", "mesh_terms", "outcomes", "site_contacts", "intervention_other_names")
JSON_ONLY_COLUMNS = {"sites": ("zip", "latitude", "longitude")}
# Rows of a shared table that only JSON gives.
JSON_ONLY_IDENTIFIER_SOURCE = "nct_id_alias"

_RESEARCH_SITE = "Research Site"
_MAX_INT32 = 2_147_483_647
_OUTCOME_LISTS = (("primaryOutcomes", "PRIMARY"), ("secondaryOutcomes", "SECONDARY"), ("otherOutcomes", "OTHER"))
_BROWSE_MODULES = (("conditionBrowseModule", "condition"), ("interventionBrowseModule", "intervention"))


class _StudyParser:
    def __init__(self, study: Any) -> None:
        if not isinstance(study, dict):
            raise UnreadablePage("parse", f"a study must be a JSON object, not {type(study).__name__}")
        self.study = study
        self.issues: list[Issue] = []
        self.trial: dict[str, Any] = {}
        self.children: dict[str, list[dict[str, Any]]] = {}

    # -- typed access: a wrong type is reported, never raised ------------------------------------
    def report(self, reason: str, detail: str | None = None, field: str | None = None, action: str = REPORTED) -> None:
        self.issues.append(Issue("parse", reason, detail, field, action))

    def obj(self, parent: dict, key: str, where: str) -> dict:
        value = parent.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.report(f"{where}.{key} is not an object", repr(value)[:200])
            return {}
        return value

    def items(self, parent: dict, key: str, where: str) -> list[dict]:
        """A list of objects; anything else in it is reported and skipped."""
        value = parent.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.report(f"{where}.{key} is not a list", repr(value)[:200], action=DROPPED)
            return []
        good = [v for v in value if isinstance(v, dict)]
        if len(good) != len(value):
            self.report(f"{where}.{key} holds values that are not objects", repr(value)[:200], action=DROPPED)
        return good

    def strings(self, parent: dict, key: str, where: str) -> list[str]:
        value = parent.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.report(f"{where}.{key} is not a list of strings", repr(value)[:200], action=DROPPED)
            return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
        return value

    def text(self, parent: dict, key: str, where: str, field: str | None = None) -> str | None:
        """A one-line value as the text parser gives it: unescaped, trimmed, '' and '-' as NULL."""
        value = self.raw_str(parent, key, where, field)
        return null_if_empty(unescape(value)) if value is not None else None

    def code(self, parent: dict, key: str, where: str, field: str | None = None) -> str | None:
        return null_if_empty(self.raw_str(parent, key, where, field))

    def prose(self, parent: dict, key: str, where: str, field: str | None = None) -> str | None:
        return normalise_text(self.raw_str(parent, key, where, field))

    def raw_str(self, parent: dict, key: str, where: str, field: str | None = None) -> str | None:
        value = parent.get(key)
        if value is None or isinstance(value, str):
            return value
        self.report(f"{where}.{key} is not a string", repr(value)[:200], field, NULLED)
        return None

    def number(self, parent: dict, key: str, where: str, field: str | None = None) -> float | None:
        value = parent.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.report(f"{where}.{key} is not a number", repr(value)[:200], field, NULLED)
            return None
        return float(value)

    def set_date(self, field: str, struct: dict) -> None:
        raw = self.code(struct, "date", field, field)
        self.trial[f"{field}_raw"] = raw
        self.trial[field] = None
        if raw is not None:
            try:
                self.trial[field] = parse_date(raw)
            except BadValue as exc:
                self.report(f"invalid {field}", str(exc), field, NULLED)

    def add(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        return add_child(self.children, table, row)

    # -- study -------------------------------------------------------------------------------------
    def parse(self) -> ParsedPage:
        ps = self.obj(self.study, "protocolSection", "study")
        ident = self.obj(ps, "identificationModule", "protocolSection")
        nct_id = ident.get("nctId")
        if not isinstance(nct_id, str) or not is_nct_id(nct_id):
            found = (
                "no protocolSection.identificationModule.nctId" if nct_id is None else f"nctId {nct_id!r} is not of the form NCT########"
            )
            raise UnreadablePage("parse", f"not a ClinicalTrials.gov study: {found}")
        self.trial = {"nct_id": nct_id, "has_results": self.study.get("hasResults") is True}
        self.parse_identification(ident)
        self.parse_status(self.obj(ps, "statusModule", "protocolSection"))
        self.parse_design(self.obj(ps, "designModule", "protocolSection"))
        description = self.obj(ps, "descriptionModule", "protocolSection")
        self.trial["brief_summary"] = self.prose(description, "briefSummary", "descriptionModule", "brief_summary")
        self.trial["detailed_description"] = self.prose(description, "detailedDescription", "descriptionModule", "detailed_description")
        conditions = self.obj(ps, "conditionsModule", "protocolSection")
        for condition in self.strings(conditions, "conditions", "conditionsModule"):
            if cleaned := null_if_empty(unescape(condition)):
                self.add("conditions", {"condition": cleaned})
        for keyword in self.strings(conditions, "keywords", "conditionsModule"):
            if cleaned := null_if_empty(unescape(keyword)):
                self.add("keywords", {"keyword": cleaned})
        self.parse_arms_interventions(self.obj(ps, "armsInterventionsModule", "protocolSection"))
        self.parse_outcomes(self.obj(ps, "outcomesModule", "protocolSection"))
        self.parse_eligibility(self.obj(ps, "eligibilityModule", "protocolSection"))
        self.parse_sponsors(self.obj(ps, "sponsorCollaboratorsModule", "protocolSection"))
        self.parse_contacts(self.obj(ps, "contactsLocationsModule", "protocolSection"))
        self.parse_references(self.obj(ps, "referencesModule", "protocolSection"))
        self.parse_identifiers(ident)
        self.parse_mesh(self.obj(self.study, "derivedSection", "study"))
        self.trial = {**dict.fromkeys(PAGE_FIELDS), **dict.fromkeys(JSON_ONLY_FIELDS), **self.trial}
        return ParsedPage(nct_id, self.trial["last_updated"], self.trial, self.children, self.issues)

    def parse_identification(self, ident: dict) -> None:
        self.trial["title"] = self.text(ident, "briefTitle", "identificationModule", "title")
        if self.trial["title"] is None:
            self.report("study has no brief title", field="title", action=NULLED)
        self.trial["official_title"] = self.text(ident, "officialTitle", "identificationModule", "official_title")
        self.trial["acronym"] = self.text(ident, "acronym", "identificationModule", "acronym")

    def parse_status(self, status: dict) -> None:
        self.trial["overall_status"] = self.code(status, "overallStatus", "statusModule", "overall_status")
        self.trial["why_stopped"] = self.prose(status, "whyStopped", "statusModule", "why_stopped")
        for field, key in (
            ("last_updated", "lastUpdatePostDateStruct"),
            ("start_date", "startDateStruct"),
            ("completion_date", "completionDateStruct"),
            ("primary_completion_date", "primaryCompletionDateStruct"),
            ("study_first_posted", "studyFirstPostDateStruct"),
        ):
            self.set_date(field, self.obj(status, key, "statusModule"))
        if self.trial["last_updated_raw"] is None:
            self.report("study has no Last Updated date", field="last_updated", action=NULLED)

    def parse_design(self, design: dict) -> None:
        phases = self.strings(design, "phases", "designModule")
        self.trial["phase"] = "/".join(p.strip() for p in phases if p.strip()) or None
        self.trial["study_type"] = self.code(design, "studyType", "designModule", "study_type")
        count = self.obj(design, "enrollmentInfo", "designModule").get("count")
        if count is not None and (isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= _MAX_INT32):
            self.report("invalid enrollment", f"{count!r} is not a participant count", "enrollment", NULLED)
            count = None
        self.trial["enrollment"] = count
        info = self.obj(design, "designInfo", "designModule")
        self.trial["allocation"] = self.code(info, "allocation", "designInfo", "allocation")
        self.trial["intervention_model"] = self.code(info, "interventionModel", "designInfo", "intervention_model")
        self.trial["primary_purpose"] = self.code(info, "primaryPurpose", "designInfo", "primary_purpose")
        self.trial["masking"] = self.code(self.obj(info, "maskingInfo", "designInfo"), "masking", "maskingInfo", "masking")

    def parse_arms_interventions(self, module: dict) -> None:
        interventions = self.items(module, "interventions", "armsInterventionsModule")
        other_names: list[str] = []
        for intervention in interventions:
            row = self.add(
                "interventions",
                {
                    "name": self.text(intervention, "name", "interventions"),
                    "intervention_type": self.code(intervention, "type", "interventions"),
                    "description": self.prose(intervention, "description", "interventions"),
                },
            )
            for other in self.strings(intervention, "otherNames", "interventions"):
                other_names.append(other)
                if cleaned := null_if_empty(unescape(other)):
                    self.add(
                        "intervention_other_names",
                        {
                            "intervention_ordinal": row["ordinal"],
                            "intervention_name": row["name"],
                            "other_name": cleaned,
                        },
                    )
        self.trial["other_intervention_names"] = null_if_empty(unescape(" ".join(other_names)))
        for arm in self.items(module, "armGroups", "armsInterventionsModule"):
            label = self.text(arm, "label", "armGroups")
            self.add(
                "arms",
                {
                    "label": label,
                    "arm_type": self.code(arm, "type", "armGroups"),
                    "description": self.prose(arm, "description", "armGroups"),
                },
            )
            for name in self.strings(arm, "interventionNames", "armGroups"):
                # "Drug: Aspirin": the type label before the first ": " is not part of the name.
                self.add("arm_interventions", {"arm_label": label, "intervention_name": null_if_empty(unescape(name.split(": ", 1)[-1]))})

    def parse_outcomes(self, module: dict) -> None:
        for key, outcome_type in _OUTCOME_LISTS:
            for outcome in self.items(module, key, "outcomesModule"):
                self.add(
                    "outcomes",
                    {
                        "outcome_type": outcome_type,
                        "measure": self.prose(outcome, "measure", key),
                        "description": self.prose(outcome, "description", key),
                        "time_frame": self.prose(outcome, "timeFrame", key),
                    },
                )

    def parse_eligibility(self, elig: dict) -> None:
        self.trial["eligibility_criteria"] = self.prose(elig, "eligibilityCriteria", "eligibilityModule", "eligibility_criteria")
        self.trial["minimum_age"] = self.code(elig, "minimumAge", "eligibilityModule", "minimum_age")
        self.trial["maximum_age"] = self.code(elig, "maximumAge", "eligibilityModule", "maximum_age")
        self.trial["sex"] = self.code(elig, "sex", "eligibilityModule", "sex")
        healthy = elig.get("healthyVolunteers")
        if healthy is not None and not isinstance(healthy, bool):
            self.report("invalid healthy_volunteers", f"{healthy!r} is neither true nor false", "healthy_volunteers", NULLED)
            healthy = None
        self.trial["healthy_volunteers"] = healthy
        for age_group in self.strings(elig, "stdAges", "eligibilityModule"):
            self.add("age_groups", {"age_group": age_group})

    def parse_sponsors(self, module: dict) -> None:
        lead = self.obj(module, "leadSponsor", "sponsorCollaboratorsModule")
        if lead:
            name = self.text(lead, "name", "leadSponsor")
            self.add("sponsors", {"name": name, "agency_class": self.code(lead, "class", "leadSponsor"), "role": "lead"})
            self.trial["lead_sponsor"] = name
        for collaborator in self.items(module, "collaborators", "sponsorCollaboratorsModule"):
            self.add(
                "sponsors",
                {
                    "name": self.text(collaborator, "name", "collaborators"),
                    "agency_class": self.code(collaborator, "class", "collaborators"),
                    "role": "collaborator",
                },
            )
        party = self.obj(module, "responsibleParty", "sponsorCollaboratorsModule")
        self.trial["responsible_party"] = self.code(party, "type", "responsibleParty", "responsible_party")

    def parse_contacts(self, module: dict) -> None:
        for official in self.items(module, "overallOfficials", "contactsLocationsModule"):
            self.add(
                "investigators",
                {
                    "name": self.text(official, "name", "overallOfficials"),
                    "role": self.code(official, "role", "overallOfficials"),
                    "affiliation": self.text(official, "affiliation", "overallOfficials"),
                },
            )
        countries: list[str] = []
        for location in self.items(module, "locations", "contactsLocationsModule"):
            facility = self.text(location, "facility", "locations")
            country = self.text(location, "country", "locations")
            point = self.obj(location, "geoPoint", "locations")
            site = self.add(
                "sites",
                {
                    "facility": None if facility == _RESEARCH_SITE else facility,
                    "city": self.text(location, "city", "locations"),
                    "state": self.text(location, "state", "locations"),
                    "country": country,
                    "status": self.code(location, "status", "locations"),
                    "zip": self.text(location, "zip", "locations"),
                    "latitude": self.number(point, "lat", "geoPoint"),
                    "longitude": self.number(point, "lon", "geoPoint"),
                },
            )
            if country and country not in countries:
                countries.append(country)
            for contact in self.items(location, "contacts", "locations"):
                self.add(
                    "site_contacts",
                    {
                        "site_ordinal": site["ordinal"],
                        "name": self.text(contact, "name", "contacts"),
                        "role": self.code(contact, "role", "contacts"),
                        "phone": self.text(contact, "phone", "contacts"),
                        "phone_ext": self.text(contact, "phoneExt", "contacts"),
                        "email": self.text(contact, "email", "contacts"),
                    },
                )
        for country in countries:
            self.add("countries", {"country": country})

    def parse_references(self, module: dict) -> None:
        for reference in self.items(module, "references", "referencesModule"):
            self.add(
                "trial_references",
                {
                    "citation": self.prose(reference, "citation", "references"),
                    "reference_type": self.code(reference, "type", "references"),
                    "pmid": self.code(reference, "pmid", "references"),
                },
            )
        for link in self.items(module, "seeAlsoLinks", "referencesModule"):
            self.add("links", {"url": self.code(link, "url", "seeAlsoLinks"), "label": self.text(link, "label", "seeAlsoLinks")})

    def parse_identifiers(self, ident: dict) -> None:
        for secondary in self.items(ident, "secondaryIdInfos", "identificationModule"):
            self.add(
                "identifiers",
                {
                    "identifier": self.text(secondary, "id", "secondaryIdInfos"),
                    "identifier_type": self.code(secondary, "type", "secondaryIdInfos"),
                    "identifier_source": "secondary_id",
                },
            )
        org = self.obj(ident, "orgStudyIdInfo", "identificationModule")
        if org:
            self.add(
                "identifiers",
                {
                    "identifier": self.text(org, "id", "orgStudyIdInfo"),
                    "identifier_type": self.code(org, "type", "orgStudyIdInfo"),
                    "identifier_source": "org_study_id",
                },
            )
        for alias in self.strings(ident, "nctIdAliases", "identificationModule"):
            self.add(
                "identifiers", {"identifier": alias.strip(), "identifier_type": None, "identifier_source": JSON_ONLY_IDENTIFIER_SOURCE}
            )

    def parse_mesh(self, derived: dict) -> None:
        for module_key, domain in _BROWSE_MODULES:
            module = self.obj(derived, module_key, "derivedSection")
            for list_key, level in (("meshes", "term"), ("ancestors", "ancestor")):
                for mesh in self.items(module, list_key, module_key):
                    self.add(
                        "mesh_terms",
                        {
                            "domain": domain,
                            "level": level,
                            "mesh_id": self.code(mesh, "id", list_key),
                            "term": self.text(mesh, "term", list_key),
                        },
                    )


def parse_study(study: Any) -> ParsedPage:
    """Parse one API v2 study object. Raises ``UnreadablePage`` when it has no valid NCT ID."""
    return _StudyParser(study).parse()
