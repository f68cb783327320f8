import datetime
from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable, from_json

_EVENTS = "annotationSection.annotationModule.unpostedAnnotation.unpostedEvents."


class UnpostedEvents(ChildTable):
    """One row per event of results submitted and not yet posted: submitted, returned after review, reset (key nct_id, ordinal); JSON and API sources only."""

    event_type: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.UNPOSTED_EVENT_TYPE,
        metadata=from_json(f"{_EVENTS}type"),
        description="RELEASE (submitted), UNRELEASE or RESET (returned).",
    )
    event_date: Optional[datetime.date] = pa.Field(nullable=True, metadata=from_json(f"{_EVENTS}date"), description="Date of the event.")
    event_date_unknown: Optional[bool] = pa.Field(
        nullable=True, metadata=from_json(f"{_EVENTS}dateUnknown"), description="True when the registry does not know the event's date."
    )

    class Config:
        name = "unposted_events"
        metadata = {"grain": "one row per event of a trial's results submitted and not yet posted"}
        description = (
            "One row per event of a trial's results submitted but not yet posted (AACT's pending_results); JSON and API sources only."
        )
