"""The registry's coded values (ClinicalTrials.gov API v2 OpenAPI enums), one tuple per field."""

OVERALL_STATUS = (
    "ACTIVE_NOT_RECRUITING",
    "COMPLETED",
    "ENROLLING_BY_INVITATION",
    "NOT_YET_RECRUITING",
    "RECRUITING",
    "SUSPENDED",
    "TERMINATED",
    "WITHDRAWN",
    "AVAILABLE",
    "NO_LONGER_AVAILABLE",
    "TEMPORARILY_NOT_AVAILABLE",
    "APPROVED_FOR_MARKETING",
    "WITHHELD",
    "UNKNOWN",
)
SITE_STATUS = (
    "ACTIVE_NOT_RECRUITING",
    "COMPLETED",
    "ENROLLING_BY_INVITATION",
    "NOT_YET_RECRUITING",
    "RECRUITING",
    "SUSPENDED",
    "TERMINATED",
    "WITHDRAWN",
    "AVAILABLE",
)
PHASE = ("NA", "EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4")
STUDY_TYPE = ("EXPANDED_ACCESS", "INTERVENTIONAL", "OBSERVATIONAL")
ALLOCATION = ("RANDOMIZED", "NON_RANDOMIZED", "NA")
INTERVENTION_MODEL = ("SINGLE_GROUP", "PARALLEL", "CROSSOVER", "FACTORIAL", "SEQUENTIAL")
PRIMARY_PURPOSE = (
    "TREATMENT",
    "PREVENTION",
    "DIAGNOSTIC",
    "ECT",
    "SUPPORTIVE_CARE",
    "SCREENING",
    "HEALTH_SERVICES_RESEARCH",
    "BASIC_SCIENCE",
    "DEVICE_FEASIBILITY",
    "OTHER",
)
MASKING = ("NONE", "SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE")
SEX = ("FEMALE", "MALE", "ALL")
RESPONSIBLE_PARTY = ("SPONSOR", "PRINCIPAL_INVESTIGATOR", "SPONSOR_INVESTIGATOR")
ARM_TYPE = ("EXPERIMENTAL", "ACTIVE_COMPARATOR", "PLACEBO_COMPARATOR", "SHAM_COMPARATOR", "NO_INTERVENTION", "OTHER")
INTERVENTION_TYPE = (
    "BEHAVIORAL",
    "BIOLOGICAL",
    "COMBINATION_PRODUCT",
    "DEVICE",
    "DIAGNOSTIC_TEST",
    "DIETARY_SUPPLEMENT",
    "DRUG",
    "GENETIC",
    "PROCEDURE",
    "RADIATION",
    "OTHER",
)
AGENCY_CLASS = ("NIH", "FED", "OTHER_GOV", "INDIV", "INDUSTRY", "NETWORK", "AMBIG", "OTHER", "UNKNOWN")
SPONSOR_ROLE = ("lead", "collaborator")
OFFICIAL_ROLE = ("STUDY_CHAIR", "STUDY_DIRECTOR", "PRINCIPAL_INVESTIGATOR", "SUB_INVESTIGATOR")
REFERENCE_TYPE = ("BACKGROUND", "RESULT", "DERIVED")
IDENTIFIER_TYPE = (
    "NIH",
    "FDA",
    "VA",
    "CDC",
    "AHRQ",
    "SAMHSA",
    "OTHER_GRANT",
    "EUDRACT_NUMBER",
    "CTIS",
    "REGISTRY",
    "OTHER",
)
IDENTIFIER_SOURCE = ("secondary_id", "org_study_id", "nct_id_alias")
SOURCE_KIND = ("text", "json", "api")
STANDARD_AGE = ("CHILD", "ADULT", "OLDER_ADULT")
CONTACT_ROLE = ("STUDY_CHAIR", "STUDY_DIRECTOR", "PRINCIPAL_INVESTIGATOR", "SUB_INVESTIGATOR", "CONTACT")
OUTCOME_TYPE = ("PRIMARY", "SECONDARY", "OTHER")
MESH_DOMAIN = ("condition", "intervention")
MESH_LEVEL = ("term", "ancestor")

DATE_TYPE = ("ACTUAL", "ESTIMATED")
ENROLLMENT_TYPE = ("ACTUAL", "ESTIMATED")
EXPANDED_ACCESS_STATUS = ("AVAILABLE", "NO_LONGER_AVAILABLE", "TEMPORARILY_NOT_AVAILABLE", "APPROVED_FOR_MARKETING")
OBSERVATIONAL_MODEL = (
    "COHORT",
    "CASE_CONTROL",
    "CASE_ONLY",
    "CASE_CROSSOVER",
    "ECOLOGIC_OR_COMMUNITY",
    "FAMILY_BASED",
    "DEFINED_POPULATION",
    "NATURAL_HISTORY",
    "OTHER",
)
TIME_PERSPECTIVE = ("RETROSPECTIVE", "PROSPECTIVE", "CROSS_SECTIONAL", "OTHER")
WHO_MASKED = ("PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR")
BIOSPEC_RETENTION = ("NONE_RETAINED", "SAMPLES_WITH_DNA", "SAMPLES_WITHOUT_DNA")
SAMPLING_METHOD = ("PROBABILITY_SAMPLE", "NON_PROBABILITY_SAMPLE")
IPD_SHARING = ("YES", "NO", "UNDECIDED")
IPD_INFO_TYPE = ("STUDY_PROTOCOL", "SAP", "ICF", "CSR", "ANALYTIC_CODE")
BROWSE_LEAF_RELEVANCE = ("LOW", "HIGH")
UNPOSTED_EVENT_TYPE = ("RESET", "RELEASE", "UNRELEASE")
VIOLATION_EVENT_TYPE = ("VIOLATION_IDENTIFIED", "CORRECTION_CONFIRMED", "PENALTY_IMPOSED", "ISSUES_IN_LETTER_ADDRESSED_CONFIRMED")

NCT_ID_PATTERN = r"^NCT\d{8}$"
AGE_PATTERN = r"^\d+ (Year|Years|Month|Months|Week|Weeks|Day|Days|Hour|Hours|Minute|Minutes)$"
# The registry's duration format (targetDuration), the same as an age's.
DURATION_PATTERN = AGE_PATTERN
PHASE_PATTERN = r"^(" + "|".join(PHASE) + r")(/(" + "|".join(PHASE) + r"))*$"

# -- posted results (resultsSection) -------------------------------------------------------------
# The module of the results a group, measure or denominator belongs to (values this warehouse writes).
RESULT_TYPE = ("participant_flow", "baseline", "outcome", "adverse_events")
MEASURE_RESULT_TYPE = ("baseline", "outcome")
ADVERSE_EVENT_TYPE = ("serious", "other")
# A number given as text may carry one of these before it ("<0.001"); "=" means exact and is not kept.
NUMBER_MODIFIER = ("<", "≤", ">", "≥")
MEASURE_PARAM = (
    "GEOMETRIC_MEAN",
    "GEOMETRIC_LEAST_SQUARES_MEAN",
    "LEAST_SQUARES_MEAN",
    "LOG_MEAN",
    "MEAN",
    "MEDIAN",
    "NUMBER",
    "COUNT_OF_PARTICIPANTS",
    "COUNT_OF_UNITS",
)
MEASURE_DISPERSION = (
    "NA",
    "STANDARD_DEVIATION",
    "STANDARD_ERROR",
    "INTER_QUARTILE_RANGE",
    "FULL_RANGE",
    "CONFIDENCE_80",
    "CONFIDENCE_90",
    "CONFIDENCE_95",
    "CONFIDENCE_975",
    "CONFIDENCE_99",
    "CONFIDENCE_OTHER",
    "GEOMETRIC_COEFFICIENT",
)
# The registry's display labels of those codes, which real records carry in place of the code in
# some fields (outcome measures' dispersionType: "Standard Deviation"); matched without letter case.
MEASURE_PARAM_LABELS = {
    "geometric mean": "GEOMETRIC_MEAN",
    "geometric least squares mean": "GEOMETRIC_LEAST_SQUARES_MEAN",
    "least squares mean": "LEAST_SQUARES_MEAN",
    "log mean": "LOG_MEAN",
    "mean": "MEAN",
    "median": "MEDIAN",
    "number": "NUMBER",
    "count of participants": "COUNT_OF_PARTICIPANTS",
    "count of units": "COUNT_OF_UNITS",
}
MEASURE_DISPERSION_LABELS = {
    "not applicable": "NA",
    "standard deviation": "STANDARD_DEVIATION",
    "standard error": "STANDARD_ERROR",
    "inter-quartile range": "INTER_QUARTILE_RANGE",
    "full range": "FULL_RANGE",
    "80% confidence interval": "CONFIDENCE_80",
    "90% confidence interval": "CONFIDENCE_90",
    "95% confidence interval": "CONFIDENCE_95",
    "97.5% confidence interval": "CONFIDENCE_975",
    "99% confidence interval": "CONFIDENCE_99",
    "other confidence interval level": "CONFIDENCE_OTHER",
    "geometric coefficient of variation": "GEOMETRIC_COEFFICIENT",
}
OUTCOME_MEASURE_TYPE = ("PRIMARY", "SECONDARY", "OTHER_PRE_SPECIFIED", "POST_HOC")
REPORTING_STATUS = ("NOT_POSTED", "POSTED")
EVENT_ASSESSMENT = ("NON_SYSTEMATIC_ASSESSMENT", "SYSTEMATIC_ASSESSMENT")
AGREEMENT_RESTRICTION = ("LTE60", "GT60", "OTHER")
ANALYSIS_DISPERSION = ("STANDARD_DEVIATION", "STANDARD_ERROR_OF_MEAN")
CI_NUM_SIDES = ("ONE_SIDED", "TWO_SIDED")
NON_INFERIORITY_TYPE = (
    "SUPERIORITY",
    "NON_INFERIORITY",
    "EQUIVALENCE",
    "OTHER",
    "NON_INFERIORITY_OR_EQUIVALENCE",
    "SUPERIORITY_OR_OTHER",
    "NON_INFERIORITY_OR_EQUIVALENCE_LEGACY",
    "SUPERIORITY_OR_OTHER_LEGACY",
)
