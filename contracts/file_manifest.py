from typing import Optional

import pandera.polars as pa

from contracts.codes import NCT_ID_PATTERN

OUTCOMES = ("loaded", "rejected", "superseded")


class FileManifest(pa.DataFrameModel):
    """One row per source file ever loaded: what its content was and what became of it."""

    source_uri: str = pa.Field(unique=True, description="URI of the source file.")
    sha256: str = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="SHA-256 of the file's bytes when last read.")
    size_bytes: int = pa.Field(ge=0, description="Size of the file when last read.")
    mtime_ns: int = pa.Field(description="Modification time of the file when last read (ns since epoch).")
    nct_id: Optional[str] = pa.Field(nullable=True, str_matches=NCT_ID_PATTERN, description="Trial the file holds, when it could be parsed.")
    outcome: str = pa.Field(isin=OUTCOMES, description="loaded, rejected (quarantined) or superseded (a newer page of the trial won).")
    load_id: str = pa.Field(description="Run that last read the file.")

    class Config:
        strict = True
        name = "file_manifest"
        description = "Content hashes of every source file read: a file whose hash is unchanged is not parsed again."
