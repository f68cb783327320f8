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

from contracts import Trials
from contracts.codes import WHO_MASKED
from pipelines.parsing.derived import FROM_ANY_SOURCE, from_study
from pipelines.parsing.json_paths import unknown_paths
from pipelines.parsing.limits import MAX_FIELD_BYTES, size_text
from pipelines.parsing.model import DROPPED, NULLED, REPORTED, TRIAL_LINEAGE, Issue, ParsedPage, add_child, unknown_field_reason
from pipelines.parsing.reader import UnreadablePage
from pipelines.parsing.registry_results import RESULT_TABLES, parse_results
from pipelines.parsing.registry_text import PAGE_FIELDS
from pipelines.parsing.values import (
    BadValue,
    is_nct_id,
    normalise_text,
    null_if_empty,
    parse_date,
    parse_minute,
    unescape,
    with_criteria_colons,
)

# Trial columns a text page never fills (its own fields, and what is derived from its ages and sites, it does).
JSON_ONLY_FIELDS = tuple(
    name for name in Trials.to_schema().columns if name not in PAGE_FIELDS and name not in FROM_ANY_SOURCE and name not in TRIAL_LINEAGE
)
# Child tables a text page never fills, and the JSON-only columns of shared ones.
JSON_ONLY_TABLES = (
    "keywords",
    "age_groups",
    "mesh_terms",
    "outcomes",
    "site_contacts",
    "intervention_other_names",
    "intervention_arms",
    "central_contacts",
    "reference_retractions",
    "available_ipds",
    "ipd_info_types",
    "large_documents",
    "unposted_events",
    "violation_events",
    "removed_countries",
    "results_submissions",
    "browse_leaves",
    "browse_branches",
    "text_as_written",
    *RESULT_TABLES,
)
JSON_ONLY_COLUMNS = {"sites": ("zip", "latitude", "longitude"), "identifiers": ("domain", "link")}
# Rows of a shared table that only JSON gives.
JSON_ONLY_IDENTIFIER_SOURCE = "nct_id_alias"

_RESEARCH_SITE = "Research Site"
_MAX_INT32 = 2_147_483_647
_OUTCOME_LISTS = (("primaryOutcomes", "PRIMARY"), ("secondaryOutcomes", "SECONDARY"), ("otherOutcomes", "OTHER"))
_BROWSE_MODULES = (("conditionBrowseModule", "condition"), ("interventionBrowseModule", "intervention"))
_WHO_MASKED = (
    ("masked_participant", "PARTICIPANT"),
    ("masked_care_provider", "CARE_PROVIDER"),
    ("masked_investigator", "INVESTIGATOR"),
    ("masked_outcomes_assessor", "OUTCOMES_ASSESSOR"),
)
# statusModule dates: (column, key); a "...Struct" key holds {date, type} and fills column_type too.
_PARTIAL_DATES = (  # the registry's partial dates (YYYY, YYYY-MM or YYYY-MM-DD), kept as written in column_raw
    ("start_date", "startDateStruct"),
    ("completion_date", "completionDateStruct"),
    ("primary_completion_date", "primaryCompletionDateStruct"),
    ("last_updated", "lastUpdatePostDateStruct"),
    ("study_first_posted", "studyFirstPostDateStruct"),
)
_POSTED_DATES = (
    ("results_first_posted", "resultsFirstPostDateStruct"),
    ("disposition_first_posted", "dispFirstPostDateStruct"),
)
_SUBMIT_DATES = (
    ("study_first_submitted", "studyFirstSubmitDate"),
    ("study_first_submitted_qc", "studyFirstSubmitQcDate"),
    ("results_first_submitted", "resultsFirstSubmitDate"),
    ("results_first_submitted_qc", "resultsFirstSubmitQcDate"),
    ("disposition_first_submitted", "dispFirstSubmitDate"),
    ("disposition_first_submitted_qc", "dispFirstSubmitQcDate"),
    ("last_update_submitted", "lastUpdateSubmitDate"),
)
_OVERSIGHT = (
    ("has_dmc", "oversightHasDmc"),
    ("is_fda_regulated_drug", "isFdaRegulatedDrug"),
    ("is_fda_regulated_device", "isFdaRegulatedDevice"),
    ("is_unapproved_device", "isUnapprovedDevice"),
    ("is_ppsd", "isPpsd"),
    ("is_us_export", "isUsExport"),
    ("fdaaa801_violation", "fdaaa801Violation"),
)
_PROVIDED_DOCS = "https://clinicaltrials.gov/ProvidedDocs/"


class _StudyParser:
    def __init__(self, study: Any) -> None:
        if not isinstance(study, dict):
            raise UnreadablePage("parse", f"a study must be a JSON object, not {type(study).__name__}")
        self.study = study
        self.issues: list[Issue] = []
        self.trial: dict[str, Any] = {}
        self.children: dict[str, list[dict[str, Any]]] = {}
        # Text stored otherwise than the record writes it, by id of the stored value: (stored, written).
        # add() files each under the row and column it lands in (text_as_written), for the ctgov views.
        self.written: dict[int, tuple[str, str]] = {}

    # -- typed access: a wrong type is reported, never raised ------------------------------------
    def report(self, reason: str, detail: str | None = None, field: str | None = None, action: str = REPORTED) -> None:
        self.issues.append(Issue("parse", reason, detail, field, action))

    def obj(self, parent: dict, key: str, where: str) -> dict:
        value = parent.get(key)
        if type(value) is dict:
            return value
        if value is not None:
            self.report(f"{where}.{key} is not an object", repr(value)[:200])
        return {}

    def items(self, parent: dict, key: str, where: str) -> list[dict]:
        """A list of objects; anything else in it is reported and skipped."""
        value = parent.get(key)
        if value is None:
            return []
        if type(value) is not list:
            self.report(f"{where}.{key} is not a list", repr(value)[:200], action=DROPPED)
            return []
        for item in value:
            if type(item) is not dict:
                self.report(f"{where}.{key} holds values that are not objects", repr(value)[:200], action=DROPPED)
                return [v for v in value if type(v) is dict]
        return value

    def strings(self, parent: dict, key: str, where: str) -> list[str]:
        value = parent.get(key)
        if value is None:
            return []
        if type(value) is not list or not all(type(v) is str for v in value):
            self.report(f"{where}.{key} is not a list of strings", repr(value)[:200], action=DROPPED)
            return [v for v in value if type(v) is str] if type(value) is list else []
        return value

    def text(self, parent: dict, key: str, where: str, field: str | None = None) -> str | None:
        """A one-line value as the text parser gives it: unescaped, trimmed, '' and '-' as NULL."""
        value = parent.get(key)
        if type(value) is str:
            stored = (unescape(value) if "\\" in value else value).strip()  # null_if_empty, inlined: called millions of times
            if not stored or stored == "-":
                return None
            if stored is not value and stored != value:
                self.written[id(stored)] = (stored, value)
            return stored
        return self.not_a_string(value, key, where, field)

    def listed(self, value: str) -> str | None:
        """A value of a list of strings (conditions, other names ...), as text() gives it."""
        stored = null_if_empty(unescape(value))
        if stored is not None and stored is not value and stored != value:
            self.written[id(stored)] = (stored, value)
        return stored

    def code(self, parent: dict, key: str, where: str, field: str | None = None) -> str | None:
        value = parent.get(key)
        if type(value) is str:
            value = value.strip()  # null_if_empty, inlined
            return value if value and value != "-" else None
        return self.not_a_string(value, key, where, field)

    def prose(self, parent: dict, key: str, where: str, field: str | None = None) -> str | None:
        value = parent.get(key)
        if type(value) is str:
            stored = normalise_text(value)
            # Criteria: the ctgov view puts the headings' colons back itself; only a record written otherwise is kept.
            written_as = with_criteria_colons(stored) if stored is not None and field == "eligibility_criteria" else stored
            if stored is not None and written_as is not value and written_as != value:
                self.written[id(stored)] = (stored, value)
            return stored
        return self.not_a_string(value, key, where, field)

    def not_a_string(self, value: Any, key: str, where: str, field: str | None) -> None:
        if value is not None:
            self.report(f"{where}.{key} is not a string", repr(value)[:200], field, NULLED)

    def number(self, parent: dict, key: str, where: str, field: str | None = None) -> float | None:
        value = parent.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.report(f"{where}.{key} is not a number", repr(value)[:200], field, NULLED)
            return None
        return float(value)

    def count(self, parent: dict, key: str, where: str, field: str | None = None, limit: int = _MAX_INT32) -> int | None:
        """A whole number from 0 to ``limit``."""
        value = parent.get(key)
        if value is None:
            return None
        if type(value) is not int or not 0 <= value <= limit:
            self.report(f"invalid {field or key}", f"{value!r} is not a count (a whole number from 0)", field, NULLED)
            return None
        return value

    def flag(self, parent: dict, key: str, where: str, field: str | None = None) -> bool | None:
        value = parent.get(key)
        if value is None or type(value) is bool:
            return value
        self.report(f"invalid {field or key}", f"{where}.{key}: {value!r} is neither true nor false", field, NULLED)
        return None

    def date(self, parent: dict, key: str, where: str, field: str | None = None, convert=parse_date) -> Any:
        raw = self.code(parent, key, where, field)
        if raw is None:
            return None
        try:
            return convert(raw)
        except BadValue as exc:
            self.report(f"invalid {field or key}", str(exc), field, NULLED)
            return None

    def set_dated(self, field: str, struct: dict, keep_raw: bool) -> None:
        """A ``{date, type}`` struct into ``field`` and ``field_type`` (and ``field_raw``)."""
        if keep_raw:
            self.trial[f"{field}_raw"] = self.code(struct, "date", field, field)
        self.trial[field] = self.date(struct, "date", field, field)
        self.trial[f"{field}_type"] = self.code(struct, "type", field, f"{field}_type")

    def add(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        add_child(self.children, table, row)
        if self.written:
            self.keep_written(table, row["ordinal"], row)
        return row

    def keep_written(self, table: str, ordinal: int | None, row: dict[str, Any]) -> None:
        """A text_as_written row for each value of ``row`` the record writes otherwise."""
        for column, value in row.items():
            if type(value) is str and (found := self.written.get(id(value))) is not None and found[0] is value:
                self.add_written(table, ordinal, column, found[1], value)

    def add_written(self, table: str, ordinal: int | None, column: str, written: str, stored: str | None = None) -> None:
        """The record's own text of ``table.column``; longer than a field may be, it is reported
        (unless the stored value is too, and reported for itself) and ctgov gives the stored text."""
        if len(written) > MAX_FIELD_BYTES // 4 and (size := len(written.encode())) > MAX_FIELD_BYTES:
            if stored is None or len(stored.encode()) <= MAX_FIELD_BYTES:
                self.report(
                    f"the record's own text of {table}.{column} is {size:,} bytes, more than the {size_text(MAX_FIELD_BYTES)} a field "
                    "may be: the ctgov views give the stored text",
                    f"starts: {written[:200]!r}",
                    f"{table}.{column}",
                )
            return
        add_child(
            self.children, "text_as_written", {"table_name": table, "row_ordinal": ordinal, "column_name": column, "written": written}
        )

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
            if cleaned := self.listed(condition):
                self.add("conditions", {"condition": cleaned})
        for keyword in self.strings(conditions, "keywords", "conditionsModule"):
            if cleaned := self.listed(keyword):
                self.add("keywords", {"keyword": cleaned})
        self.parse_arms_interventions(self.obj(ps, "armsInterventionsModule", "protocolSection"))
        self.parse_outcomes(self.obj(ps, "outcomesModule", "protocolSection"))
        self.parse_eligibility(self.obj(ps, "eligibilityModule", "protocolSection"))
        self.parse_sponsors(self.obj(ps, "sponsorCollaboratorsModule", "protocolSection"))
        self.parse_oversight(self.obj(ps, "oversightModule", "protocolSection"))
        self.parse_contacts(self.obj(ps, "contactsLocationsModule", "protocolSection"))
        self.parse_references(self.obj(ps, "referencesModule", "protocolSection"))
        self.parse_ipd_sharing(self.obj(ps, "ipdSharingStatementModule", "protocolSection"))
        self.parse_identifiers(ident)
        derived = self.obj(self.study, "derivedSection", "study")
        self.parse_mesh(derived)
        self.parse_misc(self.obj(derived, "miscInfoModule", "derivedSection"))
        self.parse_documents(self.obj(self.obj(self.study, "documentSection", "study"), "largeDocumentModule", "documentSection"))
        self.parse_annotations(self.obj(self.obj(self.study, "annotationSection", "study"), "annotationModule", "annotationSection"))
        parse_results(self, self.obj(self.study, "resultsSection", "study"))
        self.trial = {**dict.fromkeys(PAGE_FIELDS), **dict.fromkeys(JSON_ONLY_FIELDS), **self.trial}
        self.trial.update(from_study(self.trial, self.children))
        if self.written:
            self.keep_written("trials", None, self.trial)
        for path in unknown_paths(self.study):
            self.report(unknown_field_reason(path), path)
        return ParsedPage(nct_id, self.trial["last_updated"], self.trial, self.children, self.issues)

    def parse_identification(self, ident: dict) -> None:
        self.trial["title"] = self.text(ident, "briefTitle", "identificationModule", "title")
        if self.trial["title"] is None:
            self.report("study has no brief title", field="title", action=NULLED)
        self.trial["official_title"] = self.text(ident, "officialTitle", "identificationModule", "official_title")
        self.trial["acronym"] = self.text(ident, "acronym", "identificationModule", "acronym")
        org = self.obj(ident, "organization", "identificationModule")
        self.trial["org_full_name"] = self.text(org, "fullName", "organization", "org_full_name")
        self.trial["org_class"] = self.code(org, "class", "organization", "org_class")

    def parse_status(self, status: dict) -> None:
        trial = self.trial
        trial["overall_status"] = self.code(status, "overallStatus", "statusModule", "overall_status")
        trial["last_known_status"] = self.code(status, "lastKnownStatus", "statusModule", "last_known_status")
        trial["why_stopped"] = self.prose(status, "whyStopped", "statusModule", "why_stopped")
        trial["delayed_posting"] = self.flag(status, "delayedPosting", "statusModule", "delayed_posting")
        trial["results_waived"] = self.flag(status, "resultsWaived", "statusModule", "results_waived")
        trial["status_verified_date_raw"] = self.code(status, "statusVerifiedDate", "statusModule", "status_verified_date")
        trial["status_verified_date"] = self.date(status, "statusVerifiedDate", "statusModule", "status_verified_date")
        for field, key in _PARTIAL_DATES:
            self.set_dated(field, self.obj(status, key, "statusModule"), keep_raw=True)
        for field, key in _POSTED_DATES:
            self.set_dated(field, self.obj(status, key, "statusModule"), keep_raw=False)
        for field, key in _SUBMIT_DATES:
            trial[field] = self.date(status, key, "statusModule", field)
        if trial["last_updated_raw"] is None:
            self.report("study has no Last Updated date", field="last_updated", action=NULLED)
        access = self.obj(status, "expandedAccessInfo", "statusModule")
        trial["has_expanded_access"] = self.flag(access, "hasExpandedAccess", "expandedAccessInfo", "has_expanded_access")
        trial["expanded_access_nct_id"] = self.code(access, "nctId", "expandedAccessInfo", "expanded_access_nct_id")
        trial["expanded_access_status"] = self.code(access, "statusForNctId", "expandedAccessInfo", "expanded_access_status")

    def parse_design(self, design: dict) -> None:
        trial = self.trial
        phases = self.strings(design, "phases", "designModule")
        trial["phase"] = "/".join(p.strip() for p in phases if p.strip()) or None
        trial["study_type"] = self.code(design, "studyType", "designModule", "study_type")
        trial["expanded_access_references"] = self.count(design, "nPtrsToThisExpAccNctId", "designModule", "expanded_access_references")
        types = self.obj(design, "expandedAccessTypes", "designModule")
        for field, key in (("individual", "individual"), ("intermediate", "intermediate"), ("treatment", "treatment")):
            trial[f"expanded_access_{field}"] = self.flag(types, key, "expandedAccessTypes", f"expanded_access_{field}")
        trial["patient_registry"] = self.flag(design, "patientRegistry", "designModule", "patient_registry")
        trial["target_duration"] = self.code(design, "targetDuration", "designModule", "target_duration")
        enrollment = self.obj(design, "enrollmentInfo", "designModule")
        count = enrollment.get("count")
        if count is not None and (type(count) is not int or not 0 <= count <= _MAX_INT32):
            self.report("invalid enrollment", f"{count!r} is not a participant count", "enrollment", NULLED)
            count = None
        trial["enrollment"] = count
        trial["enrollment_type"] = self.code(enrollment, "type", "enrollmentInfo", "enrollment_type")
        info = self.obj(design, "designInfo", "designModule")
        trial["allocation"] = self.code(info, "allocation", "designInfo", "allocation")
        trial["intervention_model"] = self.code(info, "interventionModel", "designInfo", "intervention_model")
        trial["intervention_model_description"] = self.prose(
            info, "interventionModelDescription", "designInfo", "intervention_model_description"
        )
        trial["primary_purpose"] = self.code(info, "primaryPurpose", "designInfo", "primary_purpose")
        trial["observational_model"] = self.code(info, "observationalModel", "designInfo", "observational_model")
        trial["time_perspective"] = self.code(info, "timePerspective", "designInfo", "time_perspective")
        masking = self.obj(info, "maskingInfo", "designInfo")
        trial["masking"] = self.code(masking, "masking", "maskingInfo", "masking")
        trial["masking_description"] = self.prose(masking, "maskingDescription", "maskingInfo", "masking_description")
        who = self.strings(masking, "whoMasked", "maskingInfo") if "whoMasked" in masking else None
        for field, role in _WHO_MASKED:
            trial[field] = None if who is None else role in who
        for role in who or ():
            if role not in WHO_MASKED:  # a role the registry added: no column holds it, so it is reported
                self.report("whoMasked names a role no column holds", repr(role)[:200], "masked_participant")
        biospec = self.obj(design, "bioSpec", "designModule")
        trial["biospec_retention"] = self.code(biospec, "retention", "bioSpec", "biospec_retention")
        trial["biospec_description"] = self.prose(biospec, "description", "bioSpec", "biospec_description")

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
                if cleaned := self.listed(other):
                    self.add(
                        "intervention_other_names",
                        {"intervention_ordinal": row["ordinal"], "intervention_name": row["name"], "other_name": cleaned},
                    )
            for label in self.strings(intervention, "armGroupLabels", "interventions"):
                if cleaned := self.listed(label):
                    self.add(
                        "intervention_arms",
                        {"intervention_ordinal": row["ordinal"], "intervention_name": row["name"], "arm_label": cleaned},
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
        trial = self.trial
        trial["eligibility_criteria"] = self.prose(elig, "eligibilityCriteria", "eligibilityModule", "eligibility_criteria")
        trial["minimum_age"] = self.code(elig, "minimumAge", "eligibilityModule", "minimum_age")
        trial["maximum_age"] = self.code(elig, "maximumAge", "eligibilityModule", "maximum_age")
        trial["sex"] = self.code(elig, "sex", "eligibilityModule", "sex")
        healthy = elig.get("healthyVolunteers")
        if healthy is not None and not isinstance(healthy, bool):
            self.report("invalid healthy_volunteers", f"{healthy!r} is neither true nor false", "healthy_volunteers", NULLED)
            healthy = None
        trial["healthy_volunteers"] = healthy
        trial["gender_based"] = self.flag(elig, "genderBased", "eligibilityModule", "gender_based")
        trial["gender_description"] = self.prose(elig, "genderDescription", "eligibilityModule", "gender_description")
        trial["study_population"] = self.prose(elig, "studyPopulation", "eligibilityModule", "study_population")
        trial["sampling_method"] = self.code(elig, "samplingMethod", "eligibilityModule", "sampling_method")
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
        trial = self.trial
        trial["responsible_party"] = self.code(party, "type", "responsibleParty", "responsible_party")
        trial["responsible_investigator"] = self.text(party, "investigatorFullName", "responsibleParty", "responsible_investigator")
        trial["responsible_investigator_title"] = self.text(
            party, "investigatorTitle", "responsibleParty", "responsible_investigator_title"
        )
        trial["responsible_investigator_affiliation"] = self.text(
            party, "investigatorAffiliation", "responsibleParty", "responsible_investigator_affiliation"
        )
        trial["responsible_party_old_name_title"] = self.text(party, "oldNameTitle", "responsibleParty", "responsible_party_old_name_title")
        trial["responsible_party_old_organization"] = self.text(
            party, "oldOrganization", "responsibleParty", "responsible_party_old_organization"
        )

    def parse_oversight(self, module: dict) -> None:
        for field, key in _OVERSIGHT:
            self.trial[field] = self.flag(module, key, "oversightModule", field)

    def parse_contacts(self, module: dict) -> None:
        for contact in self.items(module, "centralContacts", "contactsLocationsModule"):
            self.add("central_contacts", self.contact(contact, "centralContacts"))
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
            if facility == _RESEARCH_SITE:  # the placeholder is NULL here; a record naming a site so keeps its name
                self.add_written("sites", site["ordinal"], "facility", location["facility"])
            if country and country not in countries:
                countries.append(country)
            for contact in self.items(location, "contacts", "locations"):
                self.add("site_contacts", {"site_ordinal": site["ordinal"], **self.contact(contact, "contacts")})
        for country in countries:
            self.add("countries", {"country": country})

    def contact(self, contact: dict, where: str) -> dict[str, Any]:
        return {
            "name": self.text(contact, "name", where),
            "role": self.code(contact, "role", where),
            "phone": self.text(contact, "phone", where),
            "phone_ext": self.text(contact, "phoneExt", where),
            "email": self.text(contact, "email", where),
        }

    def parse_references(self, module: dict) -> None:
        for reference in self.items(module, "references", "referencesModule"):
            row = self.add(
                "trial_references",
                {
                    "citation": self.prose(reference, "citation", "references"),
                    "reference_type": self.code(reference, "type", "references"),
                    "pmid": self.code(reference, "pmid", "references"),
                },
            )
            for retraction in self.items(reference, "retractions", "references"):
                self.add(
                    "reference_retractions",
                    {
                        "reference_ordinal": row["ordinal"],
                        "pmid": self.code(retraction, "pmid", "retractions"),
                        "source": self.prose(retraction, "source", "retractions"),
                    },
                )
        for link in self.items(module, "seeAlsoLinks", "referencesModule"):
            self.add("links", {"url": self.code(link, "url", "seeAlsoLinks"), "label": self.text(link, "label", "seeAlsoLinks")})
        for ipd in self.items(module, "availIpds", "referencesModule"):
            self.add(
                "available_ipds",
                {
                    "ipd_id": self.text(ipd, "id", "availIpds"),
                    "ipd_type": self.text(ipd, "type", "availIpds"),
                    "url": self.code(ipd, "url", "availIpds"),
                    "comment": self.prose(ipd, "comment", "availIpds"),
                },
            )

    def parse_ipd_sharing(self, module: dict) -> None:
        trial = self.trial
        trial["ipd_sharing"] = self.code(module, "ipdSharing", "ipdSharingStatementModule", "ipd_sharing")
        trial["ipd_description"] = self.prose(module, "description", "ipdSharingStatementModule", "ipd_description")
        trial["ipd_time_frame"] = self.prose(module, "timeFrame", "ipdSharingStatementModule", "ipd_time_frame")
        trial["ipd_access_criteria"] = self.prose(module, "accessCriteria", "ipdSharingStatementModule", "ipd_access_criteria")
        trial["ipd_url"] = self.code(module, "url", "ipdSharingStatementModule", "ipd_url")
        for info_type in self.strings(module, "infoTypes", "ipdSharingStatementModule"):
            self.add("ipd_info_types", {"info_type": info_type})

    def parse_identifiers(self, ident: dict) -> None:
        for secondary in self.items(ident, "secondaryIdInfos", "identificationModule"):
            self.add("identifiers", {**self.identifier(secondary, "secondaryIdInfos"), "identifier_source": "secondary_id"})
        org = self.obj(ident, "orgStudyIdInfo", "identificationModule")
        if org:
            self.add("identifiers", {**self.identifier(org, "orgStudyIdInfo"), "identifier_source": "org_study_id"})
        for alias in self.strings(ident, "nctIdAliases", "identificationModule"):
            self.add(
                "identifiers",
                {
                    "identifier": alias.strip(),
                    "identifier_type": None,
                    "identifier_source": JSON_ONLY_IDENTIFIER_SOURCE,
                    "domain": None,
                    "link": None,
                },
            )

    def identifier(self, info: dict, where: str) -> dict[str, Any]:
        return {
            "identifier": self.text(info, "id", where),
            "identifier_type": self.code(info, "type", where),
            "domain": self.text(info, "domain", where),
            "link": self.code(info, "link", where),
        }

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
            for leaf in self.items(module, "browseLeaves", module_key):
                self.add(
                    "browse_leaves",
                    {
                        "domain": domain,
                        "mesh_id": self.code(leaf, "id", "browseLeaves"),
                        "name": self.text(leaf, "name", "browseLeaves"),
                        "as_found": self.text(leaf, "asFound", "browseLeaves"),
                        "relevance": self.code(leaf, "relevance", "browseLeaves"),
                    },
                )
            for branch in self.items(module, "browseBranches", module_key):
                self.add(
                    "browse_branches",
                    {
                        "domain": domain,
                        "abbrev": self.code(branch, "abbrev", "browseBranches"),
                        "name": self.text(branch, "name", "browseBranches"),
                    },
                )

    def parse_misc(self, misc: dict) -> None:
        trial = self.trial
        trial["version_holder"] = self.date(misc, "versionHolder", "miscInfoModule", "version_holder")
        for country in self.strings(misc, "removedCountries", "miscInfoModule"):
            if cleaned := self.listed(country):
                self.add("removed_countries", {"country": cleaned})
        tracking = self.obj(misc, "submissionTracking", "miscInfoModule")
        trial["estimated_results_first_submitted"] = self.date(
            tracking, "estimatedResultsFirstSubmitDate", "submissionTracking", "estimated_results_first_submitted"
        )
        first_mcp = self.obj(self.obj(tracking, "firstMcpInfo", "submissionTracking"), "postDateStruct", "firstMcpInfo")
        self.set_dated("first_mcp_posted", first_mcp, keep_raw=False)
        for info in self.items(tracking, "submissionInfos", "submissionTracking"):
            self.add(
                "results_submissions",
                {
                    "release_date": self.date(info, "releaseDate", "submissionInfos"),
                    "unrelease_date": self.date(info, "unreleaseDate", "submissionInfos"),
                    "unrelease_date_unknown": self.flag(info, "unreleaseDateUnknown", "submissionInfos"),
                    "reset_date": self.date(info, "resetDate", "submissionInfos"),
                    "mcp_release_n": self.count(info, "mcpReleaseN", "submissionInfos"),
                },
            )
        bmi = self.obj(self.obj(misc, "modelPredictions", "miscInfoModule"), "bmiLimits", "modelPredictions")
        trial["min_bmi"] = self.number(bmi, "minBmi", "bmiLimits", "min_bmi")
        trial["max_bmi"] = self.number(bmi, "maxBmi", "bmiLimits", "max_bmi")

    def parse_documents(self, module: dict) -> None:
        self.trial["no_sap"] = self.flag(module, "noSap", "largeDocumentModule", "no_sap")
        nct_id = self.trial["nct_id"]
        for document in self.items(module, "largeDocs", "largeDocumentModule"):
            filename = self.code(document, "filename", "largeDocs")
            self.add(
                "large_documents",
                {
                    "type_abbrev": self.code(document, "typeAbbrev", "largeDocs"),
                    "has_protocol": self.flag(document, "hasProtocol", "largeDocs"),
                    "has_sap": self.flag(document, "hasSap", "largeDocs"),
                    "has_icf": self.flag(document, "hasIcf", "largeDocs"),
                    "label": self.text(document, "label", "largeDocs"),
                    "document_date": self.date(document, "date", "largeDocs"),
                    "uploaded_at": self.date(document, "uploadDate", "largeDocs", convert=parse_minute),
                    "filename": filename,
                    "size_bytes": self.count(document, "size", "largeDocs", limit=2**63 - 1),
                    "url": f"{_PROVIDED_DOCS}{nct_id[-2:]}/{nct_id}/{filename}" if filename else None,
                },
            )

    def parse_annotations(self, module: dict) -> None:
        unposted = self.obj(module, "unpostedAnnotation", "annotationModule")
        self.trial["unposted_responsible_party"] = self.text(
            unposted, "unpostedResponsibleParty", "unpostedAnnotation", "unposted_responsible_party"
        )
        for event in self.items(unposted, "unpostedEvents", "unpostedAnnotation"):
            self.add(
                "unposted_events",
                {
                    "event_type": self.code(event, "type", "unpostedEvents"),
                    "event_date": self.date(event, "date", "unpostedEvents"),
                    "event_date_unknown": self.flag(event, "dateUnknown", "unpostedEvents"),
                },
            )
        violations = self.obj(module, "violationAnnotation", "annotationModule")
        for event in self.items(violations, "violationEvents", "violationAnnotation"):
            self.add(
                "violation_events",
                {
                    "event_type": self.code(event, "type", "violationEvents"),
                    "description": self.prose(event, "description", "violationEvents"),
                    **{
                        field: self.date(event, key, "violationEvents")
                        for field, key in (
                            ("creation_date", "creationDate"),
                            ("issued_date", "issuedDate"),
                            ("release_date", "releaseDate"),
                            ("posted_date", "postedDate"),
                        )
                    },
                },
            )


def parse_study(study: Any) -> ParsedPage:
    """Parse one API v2 study object. Raises ``UnreadablePage`` when it has no valid NCT ID."""
    return _StudyParser(study).parse()
