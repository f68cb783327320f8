from typing import Optional

import pandera.polars as pa

from contracts.codes import NCT_ID_PATTERN

OUTCOMES = ("loaded", "history", "rejected", "superseded")


class FileManifest(pa.DataFrameModel):
    """One row per source record ever read (a page file, an archive entry, a study in an API page):
    the file it came in, that file's content hash, and what became of the record."""

    source_uri: str = pa.Field(
        unique=True, description="URI of the record: the file, or file#entry inside an archive, or file#/studies/N inside an API page."
    )
    file_uri: str = pa.Field(description="URI of the file the record came in.")
    sha256: str = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="SHA-256 of the file's bytes when last read.")
    size_bytes: int = pa.Field(ge=0, description="Size of the file when last read.")
    mtime_ns: int = pa.Field(description="Modification time of the file when last read (ns since epoch).")
    nct_id: Optional[str] = pa.Field(
        nullable=True, str_matches=NCT_ID_PATTERN, description="Trial the record holds, when it could be parsed."
    )
    outcome: str = pa.Field(
        isin=OUTCOMES,
        description="loaded (the trial's current version), history (a past version of the trial: in the history tables alone), rejected (quarantined) or superseded (a record of the same version of the trial, the same Last Updated, won).",
    )
    load_id: str = pa.Field(description="Run that last read the record.")
    entry_crc32: Optional[int] = pa.Field(
        nullable=True,
        ge=0,
        description="CRC-32 of the archive entry the record came from, as the archive's index gives it; NULL outside archives. An archive downloaded again is read only for the entries whose CRC-32 or size changed.",
    )
    entry_size: Optional[int] = pa.Field(
        nullable=True, ge=0, description="Unpacked size of that archive entry, as the archive's index gives it; NULL outside archives."
    )

    parser_version: Optional[str] = pa.Field(
        nullable=True,
        description="Version of the parsing code that read the record (pipelines.parsing.version); a record read by another version is read again, so new fields are filled for every trial. NULL for records read before versions were kept.",
    )

    class Config:
        strict = True
        name = "file_manifest"
        metadata = {"grain": "one row per source record ever read", "bi": False}  # bi: no view (the load's bookkeeping)
        description = "Every source record read, with its file's content hash: a file whose hash is unchanged is not parsed again."
