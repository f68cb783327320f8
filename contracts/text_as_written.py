from typing import Optional

import pandera.polars as pa
import polars as pl

from contracts.base import ChildTable


class TextAsWritten(ChildTable):
    """One row per text value a JSON record writes otherwise than the warehouse stores it (key
    nct_id, ordinal): the warehouse keeps text in one canonical form (markdown escapes removed,
    indentation and blank lines normalised, Research Site as NULL), so that a trial read from its
    page and from its JSON gives the same rows; this keeps the record's own text, for the ``ctgov``
    views (AACT stores text as written). JSON and API sources only."""

    table_name: str = pa.Field(description="The table whose value this is (trials, sites, outcomes ...).")
    row_ordinal: Optional[pl.Int32] = pa.Field(
        nullable=True, ge=1, description="The row's ordinal in that table (NULL for trials, one row per trial)."
    )
    column_name: str = pa.Field(description="The column whose value this is (brief_summary, facility ...).")
    written: str = pa.Field(description="The value exactly as the record writes it.")

    class Config:
        name = "text_as_written"
        metadata = {"grain": "one row per text value the record writes otherwise than the warehouse stores it"}
        description = (
            "One row per text value a JSON record writes otherwise than the warehouse stores it: the record's own text "
            "(markdown escapes, indentation, Research Site), which the ctgov views give as AACT does. JSON and API sources only."
        )
