from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable
from contracts.results_fields import EVENTS, recorded


def _either(key: str) -> tuple[str, ...]:
    return (f"{EVENTS}seriousEvents.{key}", f"{EVENTS}otherEvents.{key}")


class AdverseEvents(ChildTable):
    """One row per adverse event term a trial reports, serious or other (key nct_id, ordinal); JSON and API sources only."""

    event_type: str = pa.Field(isin=codes.ADVERSE_EVENT_TYPE, description="serious or other (not serious).")
    term: Optional[str] = recorded(*_either("term"), what="The adverse event term (usually a MedDRA preferred term).")
    organ_system: Optional[str] = recorded(*_either("organSystem"), what="The organ system class (MedDRA system organ class).")
    source_vocabulary: Optional[str] = recorded(
        *_either("sourceVocabulary"), what="The vocabulary of the term as written (MedDRA 21.1 ...)."
    )
    assessment_type: Optional[str] = recorded(
        *_either("assessmentType"), isin=codes.EVENT_ASSESSMENT, what="SYSTEMATIC_ASSESSMENT or NON_SYSTEMATIC_ASSESSMENT."
    )
    notes: Optional[str] = recorded(*_either("notes"), what="Notes on the term.")

    class Config:
        name = "adverse_events"
        metadata = {"grain": "one row per adverse event term a trial reports (serious or other)"}
        description = "One row per adverse event term a trial reports, serious or other (the numbers per group are in adverse_event_stats); JSON and API sources only."
