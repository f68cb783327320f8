import datetime
from typing import Optional

import pandera.polars as pa
import polars as pl

from contracts import codes

_DATE_RANGE = {"min_value": datetime.date(1900, 1, 1), "max_value": datetime.date(2100, 12, 31)}


class Trials(pa.DataFrameModel):
    """One row per trial: its status, design, eligibility and lead sponsor, with lineage."""

    nct_id: str = pa.Field(str_matches=codes.NCT_ID_PATTERN, unique=True, description="Registry key of the trial (NCT########).")
    title: Optional[str] = pa.Field(nullable=True, description="Brief title of the trial.")
    last_updated: Optional[datetime.date] = pa.Field(
        nullable=True, in_range=_DATE_RANGE, description="Date the registry last posted an update (Last Updated)."
    )
    last_updated_raw: Optional[str] = pa.Field(nullable=True, description="Last Updated as the page wrote it.")
    has_results: bool = pa.Field(description="True when the trial has posted results.")
    overall_status: Optional[str] = pa.Field(
        nullable=True, isin=codes.OVERALL_STATUS, description="Recruitment status code (RECRUITING, COMPLETED, TERMINATED ...)."
    )
    phase: Optional[str] = pa.Field(
        nullable=True,
        str_matches=codes.PHASE_PATTERN,
        description="Phase code; several phases joined with '/' (PHASE1/PHASE2); NA when not applicable.",
    )
    enrollment: Optional[pl.Int32] = pa.Field(nullable=True, ge=0, description="Number of participants (actual or anticipated).")
    study_type: Optional[str] = pa.Field(
        nullable=True, isin=codes.STUDY_TYPE, description="INTERVENTIONAL, OBSERVATIONAL or EXPANDED_ACCESS."
    )
    start_date: Optional[datetime.date] = pa.Field(
        nullable=True, in_range=_DATE_RANGE, description="Study start; a month-only date is the first of that month."
    )
    start_date_raw: Optional[str] = pa.Field(nullable=True, description="Study start as the page wrote it (YYYY-MM or YYYY-MM-DD).")
    completion_date: Optional[datetime.date] = pa.Field(
        nullable=True, in_range=_DATE_RANGE, description="Study completion; a month-only date is the first of that month."
    )
    completion_date_raw: Optional[str] = pa.Field(
        nullable=True, description="Study completion as the page wrote it (YYYY-MM or YYYY-MM-DD)."
    )
    allocation: Optional[str] = pa.Field(
        nullable=True, isin=codes.ALLOCATION, description="Allocation method code (RANDOMIZED, NON_RANDOMIZED, NA)."
    )
    intervention_model: Optional[str] = pa.Field(
        nullable=True, isin=codes.INTERVENTION_MODEL, description="Intervention model code (PARALLEL, CROSSOVER ...)."
    )
    primary_purpose: Optional[str] = pa.Field(
        nullable=True, isin=codes.PRIMARY_PURPOSE, description="Primary purpose code (TREATMENT, PREVENTION ...)."
    )
    masking: Optional[str] = pa.Field(
        nullable=True, isin=codes.MASKING, description="Blinding code (NONE, SINGLE, DOUBLE, TRIPLE, QUADRUPLE)."
    )
    minimum_age: Optional[str] = pa.Field(
        nullable=True, str_matches=codes.AGE_PATTERN, description="Minimum eligible age, number and unit (18 Years)."
    )
    maximum_age: Optional[str] = pa.Field(
        nullable=True, str_matches=codes.AGE_PATTERN, description="Maximum eligible age, number and unit (65 Years)."
    )
    sex: Optional[str] = pa.Field(nullable=True, isin=codes.SEX, description="Eligible sex: ALL, FEMALE or MALE.")
    healthy_volunteers: Optional[bool] = pa.Field(nullable=True, description="True when healthy volunteers are accepted.")
    lead_sponsor: Optional[str] = pa.Field(nullable=True, description="Name of the lead sponsor organisation.")
    brief_summary: Optional[str] = pa.Field(nullable=True, description="Brief summary, paragraphs separated by a blank line.")
    detailed_description: Optional[str] = pa.Field(nullable=True, description="Detailed description, paragraphs separated by a blank line.")
    eligibility_criteria: Optional[str] = pa.Field(nullable=True, description="Inclusion and exclusion criteria text.")
    responsible_party: Optional[str] = pa.Field(
        nullable=True, isin=codes.RESPONSIBLE_PARTY, description="Responsible party type (SPONSOR, PRINCIPAL_INVESTIGATOR ...)."
    )
    other_intervention_names: Optional[str] = pa.Field(
        nullable=True, description="Other names of the interventions, as one space-joined line."
    )
    official_title: Optional[str] = pa.Field(nullable=True, description="Official (scientific) title; JSON and API sources only.")
    acronym: Optional[str] = pa.Field(nullable=True, description="Short name or acronym of the trial; JSON and API sources only.")
    why_stopped: Optional[str] = pa.Field(
        nullable=True, description="Why a terminated, suspended or withdrawn trial stopped; JSON and API sources only."
    )
    primary_completion_date: Optional[datetime.date] = pa.Field(
        nullable=True,
        in_range=_DATE_RANGE,
        description="Primary completion (last participant's primary outcome); a month-only date is the first of that month. JSON and API sources only.",
    )
    primary_completion_date_raw: Optional[str] = pa.Field(
        nullable=True, description="Primary completion as the record wrote it (YYYY-MM or YYYY-MM-DD)."
    )
    study_first_posted: Optional[datetime.date] = pa.Field(
        nullable=True, in_range=_DATE_RANGE, description="Date the trial was first posted on the registry. JSON and API sources only."
    )
    study_first_posted_raw: Optional[str] = pa.Field(nullable=True, description="First posted date as the record wrote it.")
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
