import datetime
from typing import Optional

import pandera.polars as pa
import polars as pl

from contracts.base import ChildTable, from_json

_DOCS = "documentSection.largeDocumentModule.largeDocs."


class LargeDocuments(ChildTable):
    """One row per large document (protocol, statistical analysis plan, informed consent form) a trial posted (key nct_id, ordinal); JSON and API sources only."""

    type_abbrev: Optional[str] = pa.Field(
        nullable=True, metadata=from_json(f"{_DOCS}typeAbbrev"), description="Document kind as abbreviated (Prot, SAP, ICF, Prot_SAP ...)."
    )
    has_protocol: Optional[bool] = pa.Field(
        nullable=True, metadata=from_json(f"{_DOCS}hasProtocol"), description="True when it holds the study protocol."
    )
    has_sap: Optional[bool] = pa.Field(
        nullable=True, metadata=from_json(f"{_DOCS}hasSap"), description="True when it holds the statistical analysis plan."
    )
    has_icf: Optional[bool] = pa.Field(
        nullable=True, metadata=from_json(f"{_DOCS}hasIcf"), description="True when it holds the informed consent form."
    )
    label: Optional[str] = pa.Field(
        nullable=True, metadata=from_json(f"{_DOCS}label"), description="Its label (Study Protocol and Statistical Analysis Plan)."
    )
    document_date: Optional[datetime.date] = pa.Field(
        nullable=True, metadata=from_json(f"{_DOCS}date"), description="Date of the document itself."
    )
    uploaded_at: Optional[datetime.datetime] = pa.Field(
        nullable=True,
        metadata=from_json(f"{_DOCS}uploadDate"),
        description="When it was uploaded (to the minute, as the registry gives it).",
    )
    filename: Optional[str] = pa.Field(
        nullable=True, metadata=from_json(f"{_DOCS}filename"), description="Its file name (Prot_SAP_000.pdf)."
    )
    size_bytes: Optional[pl.Int64] = pa.Field(nullable=True, ge=0, metadata=from_json(f"{_DOCS}size"), description="Its size in bytes.")
    url: Optional[str] = pa.Field(
        nullable=True,
        description="Where the registry serves it: https://clinicaltrials.gov/ProvidedDocs/ + the NCT ID's last two digits + / + NCT ID + / + filename (derived, as AACT's provided_documents.url).",
    )

    class Config:
        name = "large_documents"
        metadata = {"grain": "one row per large document a trial posted"}
        description = "One row per large document (protocol, statistical analysis plan, informed consent form) a trial posted; JSON and API sources only."
