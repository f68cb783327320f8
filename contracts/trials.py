import datetime
from typing import Optional

import pandera.polars as pa
import polars as pl

from contracts import codes
from contracts.base import from_json

_ID = "protocolSection.identificationModule."
_STATUS = "protocolSection.statusModule."
_SPONSORS = "protocolSection.sponsorCollaboratorsModule."
_OVERSIGHT = "protocolSection.oversightModule."
_DESIGN = "protocolSection.designModule."
_ELIG = "protocolSection.eligibilityModule."
_IPD = "protocolSection.ipdSharingStatementModule."
_MISC = "derivedSection.miscInfoModule."
_FLOW = "resultsSection.participantFlowModule."
_BASELINE = "resultsSection.baselineCharacteristicsModule."
_EVENTS = "resultsSection.adverseEventsModule."
_MORE = "resultsSection.moreInfoModule."
_DATE_RANGE = {"min_value": datetime.date(1900, 1, 1), "max_value": datetime.date(2100, 12, 31)}


def _date(path: str, what: str) -> object:
    return pa.Field(nullable=True, in_range=_DATE_RANGE, metadata=from_json(path), description=what)


def _code(path: str, values: tuple[str, ...], what: str) -> object:
    return pa.Field(nullable=True, isin=values, metadata=from_json(path), description=what)


def _value(path: str, what: str) -> object:
    """A text, flag or number as the record gives it."""
    return pa.Field(nullable=True, metadata=from_json(path), description=what)


def _derived(what: str, **checks: object) -> object:
    """A value computed from the trial's other columns and child rows (no JSON path of its own)."""
    return pa.Field(nullable=True, description=what, **checks)


_DATE_TYPE = "ACTUAL or ESTIMATED (anticipated); NULL when the record gives no type (always so for text pages)."


class Trials(pa.DataFrameModel):
    """One row per trial: its status, design, eligibility and lead sponsor, with lineage."""

    nct_id: str = pa.Field(
        str_matches=codes.NCT_ID_PATTERN,
        unique=True,
        metadata=from_json(f"{_ID}nctId"),
        description="Registry key of the trial (NCT########).",
    )
    title: Optional[str] = pa.Field(nullable=True, metadata=from_json(f"{_ID}briefTitle"), description="Brief title of the trial.")
    last_updated: Optional[datetime.date] = pa.Field(
        nullable=True,
        in_range=_DATE_RANGE,
        metadata=from_json(f"{_STATUS}lastUpdatePostDateStruct.date"),
        description="Date the registry last posted an update (Last Updated).",
    )
    last_updated_raw: Optional[str] = pa.Field(
        nullable=True, metadata=from_json(f"{_STATUS}lastUpdatePostDateStruct.date"), description="Last Updated as the page wrote it."
    )
    has_results: bool = pa.Field(metadata=from_json("hasResults"), description="True when the trial has posted results.")
    overall_status: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.OVERALL_STATUS,
        metadata=from_json(f"{_STATUS}overallStatus"),
        description="Recruitment status code (RECRUITING, COMPLETED, TERMINATED ...).",
    )
    phase: Optional[str] = pa.Field(
        nullable=True,
        str_matches=codes.PHASE_PATTERN,
        metadata=from_json(f"{_DESIGN}phases"),
        description="Phase code; several phases joined with '/' (PHASE1/PHASE2); NA when not applicable.",
    )
    enrollment: Optional[pl.Int32] = pa.Field(
        nullable=True,
        ge=0,
        metadata=from_json(f"{_DESIGN}enrollmentInfo.count"),
        description="Number of participants (actual or anticipated).",
    )
    study_type: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.STUDY_TYPE,
        metadata=from_json(f"{_DESIGN}studyType"),
        description="INTERVENTIONAL, OBSERVATIONAL or EXPANDED_ACCESS.",
    )
    start_date: Optional[datetime.date] = pa.Field(
        nullable=True,
        in_range=_DATE_RANGE,
        metadata=from_json(f"{_STATUS}startDateStruct.date"),
        description="Study start; a month-only date is the first of that month.",
    )
    start_date_raw: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json(f"{_STATUS}startDateStruct.date"),
        description="Study start as the page wrote it (YYYY-MM or YYYY-MM-DD).",
    )
    completion_date: Optional[datetime.date] = pa.Field(
        nullable=True,
        in_range=_DATE_RANGE,
        metadata=from_json(f"{_STATUS}completionDateStruct.date"),
        description="Study completion; a month-only date is the first of that month.",
    )
    completion_date_raw: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json(f"{_STATUS}completionDateStruct.date"),
        description="Study completion as the page wrote it (YYYY-MM or YYYY-MM-DD).",
    )
    allocation: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.ALLOCATION,
        metadata=from_json(f"{_DESIGN}designInfo.allocation"),
        description="Allocation method code (RANDOMIZED, NON_RANDOMIZED, NA).",
    )
    intervention_model: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.INTERVENTION_MODEL,
        metadata=from_json(f"{_DESIGN}designInfo.interventionModel"),
        description="Intervention model code (PARALLEL, CROSSOVER ...).",
    )
    primary_purpose: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.PRIMARY_PURPOSE,
        metadata=from_json(f"{_DESIGN}designInfo.primaryPurpose"),
        description="Primary purpose code (TREATMENT, PREVENTION ...).",
    )
    masking: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.MASKING,
        metadata=from_json(f"{_DESIGN}designInfo.maskingInfo.masking"),
        description="Blinding code (NONE, SINGLE, DOUBLE, TRIPLE, QUADRUPLE).",
    )
    minimum_age: Optional[str] = pa.Field(
        nullable=True,
        str_matches=codes.AGE_PATTERN,
        metadata=from_json(f"{_ELIG}minimumAge"),
        description="Minimum eligible age, number and unit (18 Years).",
    )
    maximum_age: Optional[str] = pa.Field(
        nullable=True,
        str_matches=codes.AGE_PATTERN,
        metadata=from_json(f"{_ELIG}maximumAge"),
        description="Maximum eligible age, number and unit (65 Years).",
    )
    sex: Optional[str] = pa.Field(
        nullable=True, isin=codes.SEX, metadata=from_json(f"{_ELIG}sex"), description="Eligible sex: ALL, FEMALE or MALE."
    )
    healthy_volunteers: Optional[bool] = pa.Field(
        nullable=True, metadata=from_json(f"{_ELIG}healthyVolunteers"), description="True when healthy volunteers are accepted."
    )
    lead_sponsor: Optional[str] = pa.Field(
        nullable=True, metadata=from_json(f"{_SPONSORS}leadSponsor.name"), description="Name of the lead sponsor organisation."
    )
    brief_summary: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json("protocolSection.descriptionModule.briefSummary"),
        description="Brief summary, paragraphs separated by a blank line.",
    )
    detailed_description: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json("protocolSection.descriptionModule.detailedDescription"),
        description="Detailed description, paragraphs separated by a blank line.",
    )
    eligibility_criteria: Optional[str] = pa.Field(
        nullable=True, metadata=from_json(f"{_ELIG}eligibilityCriteria"), description="Inclusion and exclusion criteria text."
    )
    responsible_party: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.RESPONSIBLE_PARTY,
        metadata=from_json(f"{_SPONSORS}responsibleParty.type"),
        description="Responsible party type (SPONSOR, PRINCIPAL_INVESTIGATOR ...).",
    )
    other_intervention_names: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json("protocolSection.armsInterventionsModule.interventions.otherNames"),
        description="Other names of the interventions, as one space-joined line.",
    )
    official_title: Optional[str] = pa.Field(
        nullable=True, metadata=from_json(f"{_ID}officialTitle"), description="Official (scientific) title; JSON and API sources only."
    )
    acronym: Optional[str] = pa.Field(
        nullable=True, metadata=from_json(f"{_ID}acronym"), description="Short name or acronym of the trial; JSON and API sources only."
    )
    why_stopped: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json(f"{_STATUS}whyStopped"),
        description="Why a terminated, suspended or withdrawn trial stopped; JSON and API sources only.",
    )
    primary_completion_date: Optional[datetime.date] = pa.Field(
        nullable=True,
        in_range=_DATE_RANGE,
        metadata=from_json(f"{_STATUS}primaryCompletionDateStruct.date"),
        description="Primary completion (last participant's primary outcome); a month-only date is the first of that month. JSON and API sources only.",
    )
    primary_completion_date_raw: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json(f"{_STATUS}primaryCompletionDateStruct.date"),
        description="Primary completion as the record wrote it (YYYY-MM or YYYY-MM-DD).",
    )
    study_first_posted: Optional[datetime.date] = pa.Field(
        nullable=True,
        in_range=_DATE_RANGE,
        metadata=from_json(f"{_STATUS}studyFirstPostDateStruct.date"),
        description="Date the trial was first posted on the registry. JSON and API sources only.",
    )
    study_first_posted_raw: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json(f"{_STATUS}studyFirstPostDateStruct.date"),
        description="First posted date as the record wrote it.",
    )
    # -- identification -------------------------------------------------------------------------
    org_full_name: Optional[str] = _value(f"{_ID}organization.fullName", "Full name of the organisation that registered the trial.")
    org_class: Optional[str] = _code(
        f"{_ID}organization.class", codes.AGENCY_CLASS, "Class of that organisation (INDUSTRY, NIH, OTHER ...)."
    )
    # -- status and dates ---------------------------------------------------------------------------
    status_verified_date: Optional[datetime.date] = _date(
        f"{_STATUS}statusVerifiedDate", "Month the status was last verified; a month-only date is the first of that month."
    )
    status_verified_date_raw: Optional[str] = _value(
        f"{_STATUS}statusVerifiedDate", "Status verified date as the record wrote it (YYYY-MM)."
    )
    last_known_status: Optional[str] = _code(
        f"{_STATUS}lastKnownStatus", codes.OVERALL_STATUS, "Last status the sponsor reported, for a trial whose status is now UNKNOWN."
    )
    delayed_posting: Optional[bool] = _value(
        f"{_STATUS}delayedPosting", "True when posting of a device trial's record was delayed (FDAAA 801)."
    )
    results_waived: Optional[bool] = _value(f"{_STATUS}resultsWaived", "True when results submission was waived.")
    has_expanded_access: Optional[bool] = _value(
        f"{_STATUS}expandedAccessInfo.hasExpandedAccess", "True when the investigational product is available through expanded access."
    )
    expanded_access_nct_id: Optional[str] = pa.Field(
        nullable=True,
        str_matches=codes.NCT_ID_PATTERN,
        metadata=from_json(f"{_STATUS}expandedAccessInfo.nctId"),
        description="The expanded-access record (NCT ID) for this trial's product.",
    )
    expanded_access_status: Optional[str] = _code(
        f"{_STATUS}expandedAccessInfo.statusForNctId",
        codes.EXPANDED_ACCESS_STATUS,
        "Status of that expanded-access record (AVAILABLE ...).",
    )
    start_date_type: Optional[str] = _code(f"{_STATUS}startDateStruct.type", codes.DATE_TYPE, f"Type of start_date: {_DATE_TYPE}")
    primary_completion_date_type: Optional[str] = _code(
        f"{_STATUS}primaryCompletionDateStruct.type", codes.DATE_TYPE, f"Type of primary_completion_date: {_DATE_TYPE}"
    )
    completion_date_type: Optional[str] = _code(
        f"{_STATUS}completionDateStruct.type", codes.DATE_TYPE, f"Type of completion_date: {_DATE_TYPE}"
    )
    study_first_submitted: Optional[datetime.date] = _date(f"{_STATUS}studyFirstSubmitDate", "Date the sponsor first submitted the record.")
    study_first_submitted_qc: Optional[datetime.date] = _date(
        f"{_STATUS}studyFirstSubmitQcDate", "Date the first submission that met the registry's quality control criteria was submitted."
    )
    study_first_posted_type: Optional[str] = _code(
        f"{_STATUS}studyFirstPostDateStruct.type", codes.DATE_TYPE, f"Type of study_first_posted: {_DATE_TYPE}"
    )
    results_first_submitted: Optional[datetime.date] = _date(f"{_STATUS}resultsFirstSubmitDate", "Date results were first submitted.")
    results_first_submitted_qc: Optional[datetime.date] = _date(
        f"{_STATUS}resultsFirstSubmitQcDate", "Date the first results submission that met quality control criteria was submitted."
    )
    results_first_posted: Optional[datetime.date] = _date(f"{_STATUS}resultsFirstPostDateStruct.date", "Date results were first posted.")
    results_first_posted_type: Optional[str] = _code(
        f"{_STATUS}resultsFirstPostDateStruct.type", codes.DATE_TYPE, f"Type of results_first_posted: {_DATE_TYPE}"
    )
    disposition_first_submitted: Optional[datetime.date] = _date(
        f"{_STATUS}dispFirstSubmitDate", "Date a certification or extension request to delay results (disposition) was first submitted."
    )
    disposition_first_submitted_qc: Optional[datetime.date] = _date(
        f"{_STATUS}dispFirstSubmitQcDate", "Date the first disposition submission that met quality control criteria was submitted."
    )
    disposition_first_posted: Optional[datetime.date] = _date(
        f"{_STATUS}dispFirstPostDateStruct.date", "Date the disposition was first posted."
    )
    disposition_first_posted_type: Optional[str] = _code(
        f"{_STATUS}dispFirstPostDateStruct.type", codes.DATE_TYPE, f"Type of disposition_first_posted: {_DATE_TYPE}"
    )
    last_update_submitted: Optional[datetime.date] = _date(f"{_STATUS}lastUpdateSubmitDate", "Date the last update was submitted.")
    last_updated_type: Optional[str] = _code(
        f"{_STATUS}lastUpdatePostDateStruct.type", codes.DATE_TYPE, f"Type of last_updated: {_DATE_TYPE}"
    )
    # -- responsible party --------------------------------------------------------------------------
    responsible_investigator: Optional[str] = _value(
        f"{_SPONSORS}responsibleParty.investigatorFullName", "Full name of the investigator who is the responsible party."
    )
    responsible_investigator_title: Optional[str] = _value(f"{_SPONSORS}responsibleParty.investigatorTitle", "That investigator's title.")
    responsible_investigator_affiliation: Optional[str] = _value(
        f"{_SPONSORS}responsibleParty.investigatorAffiliation", "That investigator's organisation."
    )
    responsible_party_old_name_title: Optional[str] = _value(
        f"{_SPONSORS}responsibleParty.oldNameTitle", "Responsible party's name and title, as records registered before 2007 gave it."
    )
    responsible_party_old_organization: Optional[str] = _value(
        f"{_SPONSORS}responsibleParty.oldOrganization", "Responsible party's organisation, as records registered before 2007 gave it."
    )
    # -- oversight ------------------------------------------------------------------------------------
    has_dmc: Optional[bool] = _value(f"{_OVERSIGHT}oversightHasDmc", "True when a data monitoring committee oversees the trial.")
    is_fda_regulated_drug: Optional[bool] = _value(
        f"{_OVERSIGHT}isFdaRegulatedDrug", "True when the trial studies a drug or biologic regulated by the US FDA."
    )
    is_fda_regulated_device: Optional[bool] = _value(
        f"{_OVERSIGHT}isFdaRegulatedDevice", "True when the trial studies a device regulated by the US FDA."
    )
    is_unapproved_device: Optional[bool] = _value(
        f"{_OVERSIGHT}isUnapprovedDevice", "True when a device studied is not approved or cleared by the US FDA."
    )
    is_ppsd: Optional[bool] = _value(f"{_OVERSIGHT}isPpsd", "True when the device is a pediatric postmarket surveillance device.")
    is_us_export: Optional[bool] = _value(f"{_OVERSIGHT}isUsExport", "True when a product made in the US is exported for the trial.")
    fdaaa801_violation: Optional[bool] = _value(
        f"{_OVERSIGHT}fdaaa801Violation", "True when the FDA found the trial in violation of FDAAA 801 reporting rules."
    )
    # -- design ---------------------------------------------------------------------------------------
    expanded_access_references: Optional[pl.Int32] = pa.Field(
        nullable=True,
        ge=0,
        metadata=from_json(f"{_DESIGN}nPtrsToThisExpAccNctId"),
        description="For an expanded-access record: how many trials name it as their expanded access.",
    )
    expanded_access_individual: Optional[bool] = _value(
        f"{_DESIGN}expandedAccessTypes.individual", "Expanded access for individual patients."
    )
    expanded_access_intermediate: Optional[bool] = _value(
        f"{_DESIGN}expandedAccessTypes.intermediate", "Expanded access for an intermediate-size population."
    )
    expanded_access_treatment: Optional[bool] = _value(
        f"{_DESIGN}expandedAccessTypes.treatment", "Expanded access under a treatment IND or protocol."
    )
    patient_registry: Optional[bool] = _value(f"{_DESIGN}patientRegistry", "True when the observational study is a patient registry.")
    target_duration: Optional[str] = pa.Field(
        nullable=True,
        str_matches=codes.DURATION_PATTERN,
        metadata=from_json(f"{_DESIGN}targetDuration"),
        description="How long a patient registry follows each participant, number and unit (12 Months).",
    )
    intervention_model_description: Optional[str] = _value(
        f"{_DESIGN}designInfo.interventionModelDescription", "Free-text detail of the intervention model."
    )
    observational_model: Optional[str] = _code(
        f"{_DESIGN}designInfo.observationalModel", codes.OBSERVATIONAL_MODEL, "Observational model code (COHORT, CASE_CONTROL ...)."
    )
    time_perspective: Optional[str] = _code(
        f"{_DESIGN}designInfo.timePerspective", codes.TIME_PERSPECTIVE, "Time perspective code (PROSPECTIVE, RETROSPECTIVE ...)."
    )
    masking_description: Optional[str] = _value(f"{_DESIGN}designInfo.maskingInfo.maskingDescription", "Free-text detail of the masking.")
    masked_participant: Optional[bool] = _value(
        f"{_DESIGN}designInfo.maskingInfo.whoMasked",
        "True when participants are masked (whoMasked lists PARTICIPANT); false when whoMasked lists others only; NULL when it is absent.",
    )
    masked_care_provider: Optional[bool] = _value(
        f"{_DESIGN}designInfo.maskingInfo.whoMasked",
        "True when care providers are masked (CARE_PROVIDER); as masked_participant otherwise.",
    )
    masked_investigator: Optional[bool] = _value(
        f"{_DESIGN}designInfo.maskingInfo.whoMasked", "True when investigators are masked (INVESTIGATOR); as masked_participant otherwise."
    )
    masked_outcomes_assessor: Optional[bool] = _value(
        f"{_DESIGN}designInfo.maskingInfo.whoMasked",
        "True when outcomes assessors are masked (OUTCOMES_ASSESSOR); as masked_participant otherwise.",
    )
    biospec_retention: Optional[str] = _code(
        f"{_DESIGN}bioSpec.retention", codes.BIOSPEC_RETENTION, "Whether biospecimens are kept, with or without DNA (SAMPLES_WITH_DNA ...)."
    )
    biospec_description: Optional[str] = _value(f"{_DESIGN}bioSpec.description", "Which biospecimens are kept.")
    enrollment_type: Optional[str] = _code(
        f"{_DESIGN}enrollmentInfo.type",
        codes.ENROLLMENT_TYPE,
        "Type of enrollment: ACTUAL (participants enrolled) or ESTIMATED (the target).",
    )
    # -- eligibility ----------------------------------------------------------------------------------
    study_population: Optional[str] = _value(f"{_ELIG}studyPopulation", "Observational study population, as the record describes it.")
    sampling_method: Optional[str] = _code(
        f"{_ELIG}samplingMethod", codes.SAMPLING_METHOD, "PROBABILITY_SAMPLE or NON_PROBABILITY_SAMPLE (observational studies)."
    )
    gender_based: Optional[bool] = _value(f"{_ELIG}genderBased", "True when eligibility is based on gender identity.")
    gender_description: Optional[str] = _value(f"{_ELIG}genderDescription", "Gender eligibility detail.")
    # -- individual participant data (IPD) sharing ---------------------------------------------------
    ipd_sharing: Optional[str] = _code(
        f"{_IPD}ipdSharing", codes.IPD_SHARING, "Plan to share individual participant data: YES, NO or UNDECIDED."
    )
    ipd_description: Optional[str] = _value(f"{_IPD}description", "What IPD is shared, as the plan says.")
    ipd_time_frame: Optional[str] = _value(f"{_IPD}timeFrame", "When the IPD becomes available, and for how long.")
    ipd_access_criteria: Optional[str] = _value(f"{_IPD}accessCriteria", "Who may have the IPD, and how.")
    ipd_url: Optional[str] = _value(f"{_IPD}url", "Where the IPD is shared.")
    # -- documents and annotations -----------------------------------------------------------------
    no_sap: Optional[bool] = _value(
        "documentSection.largeDocumentModule.noSap", "True when the sponsor states there is no statistical analysis plan."
    )
    unposted_responsible_party: Optional[str] = _value(
        "annotationSection.annotationModule.unpostedAnnotation.unpostedResponsibleParty",
        "Responsible party of results submitted but not yet posted (see unposted_events).",
    )
    # -- posted results: what resultsSection says once per trial (the rest is in its result tables) --
    flow_recruitment_details: Optional[str] = _value(
        f"{_FLOW}recruitmentDetails", "Participant flow: recruitment details (dates, locations) of the posted results."
    )
    flow_pre_assignment_details: Optional[str] = _value(
        f"{_FLOW}preAssignmentDetails", "Participant flow: what happened between enrolment and assignment to groups."
    )
    flow_units_analyzed: Optional[str] = _value(f"{_FLOW}typeUnitsAnalyzed", "Participant flow: what was counted when not participants.")
    baseline_population_description: Optional[str] = _value(
        f"{_BASELINE}populationDescription", "Baseline characteristics: the population analysed, when it differs from those who started."
    )
    baseline_units_analyzed: Optional[str] = _value(
        f"{_BASELINE}typeUnitsAnalyzed", "Baseline characteristics: what was counted when not participants."
    )
    ae_frequency_threshold: Optional[float] = _value(
        f"{_EVENTS}frequencyThreshold",
        "Adverse events: the frequency (percent) above which other (not serious) events are reported; NULL when not a number, see *_raw.",
    )
    ae_frequency_threshold_modifier: Optional[str] = _code(
        f"{_EVENTS}frequencyThreshold", codes.NUMBER_MODIFIER, "The sign before ae_frequency_threshold (<, ≤, >, ≥); NULL when exact."
    )
    ae_frequency_threshold_raw: Optional[str] = _value(f"{_EVENTS}frequencyThreshold", "ae_frequency_threshold exactly as written.")
    ae_time_frame: Optional[str] = _value(f"{_EVENTS}timeFrame", "Adverse events: the period over which they were collected.")
    ae_description: Optional[str] = _value(f"{_EVENTS}description", "Adverse events: how they were defined or collected.")
    ae_all_cause_mortality_comment: Optional[str] = _value(
        f"{_EVENTS}allCauseMortalityComment", "Adverse events: comment on all-cause mortality."
    )
    limitations_and_caveats: Optional[str] = _value(
        f"{_MORE}limitationsAndCaveats.description", "Limitations and caveats of the posted results (early termination, small numbers ...)."
    )
    agreement_pi_sponsor_employee: Optional[bool] = _value(
        f"{_MORE}certainAgreement.piSponsorEmployee", "True when the principal investigators are employees of the sponsor."
    )
    agreement_restriction_type: Optional[str] = _code(
        f"{_MORE}certainAgreement.restrictionType",
        codes.AGREEMENT_RESTRICTION,
        "How long the sponsor may delay the investigators' publication: LTE60 (60 days or less), GT60 (more) or OTHER.",
    )
    agreement_restrictive: Optional[bool] = _value(
        f"{_MORE}certainAgreement.restrictiveAgreement",
        "True when an agreement restricts the investigators' right to discuss or publish the results.",
    )
    agreement_other_details: Optional[str] = _value(f"{_MORE}certainAgreement.otherDetails", "Details of another kind of agreement.")
    results_contact_title: Optional[str] = _value(f"{_MORE}pointOfContact.title", "Results point of contact: name or official title.")
    results_contact_organization: Optional[str] = _value(f"{_MORE}pointOfContact.organization", "Results point of contact: organisation.")
    results_contact_email: Optional[str] = _value(f"{_MORE}pointOfContact.email", "Results point of contact: e-mail address.")
    results_contact_phone: Optional[str] = _value(f"{_MORE}pointOfContact.phone", "Results point of contact: telephone.")
    results_contact_phone_ext: Optional[str] = _value(f"{_MORE}pointOfContact.phoneExt", "Results point of contact: telephone extension.")
    # -- derived by the registry ----------------------------------------------------------------------
    version_holder: Optional[datetime.date] = _date(
        f"{_MISC}versionHolder", "Date of the registry's data version the record was taken from."
    )
    estimated_results_first_submitted: Optional[datetime.date] = _date(
        f"{_MISC}submissionTracking.estimatedResultsFirstSubmitDate", "Registry's estimate of when results were first submitted."
    )
    first_mcp_posted: Optional[datetime.date] = _date(
        f"{_MISC}submissionTracking.firstMcpInfo.postDateStruct.date",
        "Date the first results submission under quality control review (MCP) was posted.",
    )
    first_mcp_posted_type: Optional[str] = _code(
        f"{_MISC}submissionTracking.firstMcpInfo.postDateStruct.type", codes.DATE_TYPE, f"Type of first_mcp_posted: {_DATE_TYPE}"
    )
    min_bmi: Optional[float] = _value(
        f"{_MISC}modelPredictions.bmiLimits.minBmi", "Lowest eligible body-mass index, as the registry's model predicts it."
    )
    max_bmi: Optional[float] = _value(
        f"{_MISC}modelPredictions.bmiLimits.maxBmi", "Highest eligible body-mass index, as the registry's model predicts it."
    )
    # -- derived here (pipelines/parsing/derived.py; the data dictionary defines each against AACT) --
    minimum_age_years: Optional[float] = _derived(
        "minimum_age in years: the number times 1 for Years, 1/12 for Months, 7/365.25 for Weeks, 1/365.25 for Days, "
        "1/8766 for Hours, 1/525960 for Minutes; NULL when there is no minimum (N/A).",
        ge=0,
    )
    maximum_age_years: Optional[float] = _derived("maximum_age in years, as minimum_age_years; NULL when there is no maximum (N/A).", ge=0)
    number_of_sites: Optional[pl.Int32] = _derived("Number of sites (rows of sites) the record lists; 0 when none.", ge=0)
    has_single_site: Optional[bool] = _derived("True when the record lists exactly one site; false for none or several.")
    has_us_site: Optional[bool] = _derived(
        "True when a site is in the United States or a US territory (AACT's list: Guam, Puerto Rico, U.S. Virgin Islands ...); false otherwise."
    )
    number_of_primary_outcomes: Optional[pl.Int32] = _derived(
        "Primary outcome measures the protocol lists (JSON and API; NULL for text pages).", ge=0
    )
    number_of_secondary_outcomes: Optional[pl.Int32] = _derived("Secondary outcome measures the protocol lists (as above).", ge=0)
    number_of_other_outcomes: Optional[pl.Int32] = _derived("Other pre-specified outcome measures the protocol lists (as above).", ge=0)
    months_to_report_results: Optional[pl.Int32] = _derived(
        "Whole months from primary_completion_date to results_first_submitted: days between them divided by 30, "
        "truncated toward zero (AACT's rule); NULL when either is missing."
    )
    actual_duration_months: Optional[pl.Int32] = _derived(
        "Whole months from start_date to primary_completion_date (days / 30, truncated), only when both dates are ACTUAL; "
        "NULL otherwise (AACT's actual_duration also counts dates with no type)."
    )
    registered_year: Optional[pl.Int32] = _derived("Calendar year of study_first_submitted (AACT's registered_in_calendar_year).")
    source_kind: str = pa.Field(isin=codes.SOURCE_KIND, description="Kind of source the row was loaded from: text, json or api.")
    source_uri: str = pa.Field(
        description="URI of the record the row was loaded from: the file, or file#entry inside an archive, or file#/studies/N inside an API page."
    )
    source_sha256: str = pa.Field(
        str_matches=r"^[0-9a-f]{64}$",
        description="SHA-256 of that record's bytes (the file, the archive entry, or the study's JSON within an API page).",
    )
    load_id: str = pa.Field(description="Identifier of the run that loaded the row.")
    loaded_at: datetime.datetime = pa.Field(description="When that run loaded the row (UTC).")

    class Config:
        strict = True
        name = "trials"
        metadata = {"grain": "one row per trial"}
        description = "One row per trial: the trial at the centre of the star schema."
