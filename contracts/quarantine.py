import datetime
from typing import Optional

import pandera.polars as pa

from contracts.codes import NCT_ID_PATTERN

STAGES = ("discover", "read", "decode", "parse", "contract", "dedupe", "load")
ACTIONS = ("rejected", "nulled", "dropped", "superseded", "reported", "skipped")


class Quarantine(pa.DataFrameModel):
    """One row per problem met in a load: a record kept out, a field set NULL, a row dropped, a section reported or an input skipped."""

    load_id: str = pa.Field(description="Run that met the problem.")
    source_uri: str = pa.Field(
        description="URI of the record or file the problem is in (file#entry inside an archive, file#/studies/N inside an API page)."
    )
    nct_id: Optional[str] = pa.Field(
        nullable=True, str_matches=NCT_ID_PATTERN, description="Trial concerned, when the file could be keyed to one."
    )
    stage: str = pa.Field(isin=STAGES, description="Step that found the problem: discover, read, decode, parse, contract, dedupe or load.")
    reason: str = pa.Field(description="Readable reason.")
    detail: Optional[str] = pa.Field(nullable=True, description="The offending value or text, or more context.")
    field: Optional[str] = pa.Field(nullable=True, description="Table and column concerned (trials.enrollment), when one is.")
    action: str = pa.Field(
        isin=ACTIONS,
        description="What was done: rejected (record not loaded), nulled (field stored as NULL), dropped (child row left out), superseded (a newer record of the trial won), reported (kept out of the tables), skipped (an input not read: a FIFO, an unreadable folder, a broken link, a hidden file or archive entry).",
    )
    recorded_at: datetime.datetime = pa.Field(description="When the problem was recorded (UTC).")
    occurrences: int = pa.Field(
        ge=1,
        description="Records the row stands for: 1, except for a JSON field the parser does not know, reported once per run and path with the number of records that had it (source_uri is the first of them).",
    )

    class Config:
        strict = True
        name = "quarantine"
        metadata = {"grain": "one row per problem found in an input record"}
        description = "Every input problem, with its source and a reason: nothing is lost silently."
