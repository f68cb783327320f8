import datetime
from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable, from_json

_EVENTS = "annotationSection.annotationModule.violationAnnotation.violationEvents."


class ViolationEvents(ChildTable):
    """One row per FDAAA 801 violation event the registry annotated on a trial (key nct_id, ordinal); JSON and API sources only."""

    event_type: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.VIOLATION_EVENT_TYPE,
        metadata=from_json(f"{_EVENTS}type"),
        description="VIOLATION_IDENTIFIED, CORRECTION_CONFIRMED, PENALTY_IMPOSED or ISSUES_IN_LETTER_ADDRESSED_CONFIRMED.",
    )
    description: Optional[str] = pa.Field(nullable=True, metadata=from_json(f"{_EVENTS}description"), description="What the event was.")
    creation_date: Optional[datetime.date] = pa.Field(
        nullable=True, metadata=from_json(f"{_EVENTS}creationDate"), description="When the event was recorded."
    )
    issued_date: Optional[datetime.date] = pa.Field(
        nullable=True, metadata=from_json(f"{_EVENTS}issuedDate"), description="When the FDA issued it."
    )
    release_date: Optional[datetime.date] = pa.Field(
        nullable=True, metadata=from_json(f"{_EVENTS}releaseDate"), description="When it was released."
    )
    posted_date: Optional[datetime.date] = pa.Field(
        nullable=True, metadata=from_json(f"{_EVENTS}postedDate"), description="When it was posted."
    )

    class Config:
        name = "violation_events"
        metadata = {"grain": "one row per FDAAA 801 violation event annotated on a trial"}
        description = "One row per FDAAA 801 violation event the registry annotated on a trial; JSON and API sources only."
