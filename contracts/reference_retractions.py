from typing import Optional

import pandera.polars as pa
import polars as pl

from contracts.base import ChildTable, from_json, refers_to

_RETRACTIONS = "protocolSection.referencesModule.references.retractions."


class ReferenceRetractions(ChildTable):
    """One row per retraction of a publication a trial cites (key nct_id, ordinal); JSON and API sources only."""

    reference_ordinal: pl.Int32 = refers_to("trial_references", "The reference (trial_references.ordinal of the same trial) retracted.")
    pmid: Optional[str] = pa.Field(
        nullable=True, str_matches=r"^\d+$", metadata=from_json(f"{_RETRACTIONS}pmid"), description="PubMed ID of the retraction notice."
    )
    source: Optional[str] = pa.Field(
        nullable=True, metadata=from_json(f"{_RETRACTIONS}source"), description="Where the retraction was published (a journal citation)."
    )

    class Config:
        name = "reference_retractions"
        metadata = {"grain": "one row per retraction of a publication a trial cites"}
        description = "One row per retraction of a publication a trial cites; JSON and API sources only."
