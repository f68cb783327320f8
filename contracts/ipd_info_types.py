import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable, from_json


class IpdInfoTypes(ChildTable):
    """One row per kind of information a trial's IPD sharing plan shares (key nct_id, ordinal); JSON and API sources only."""

    info_type: str = pa.Field(
        isin=codes.IPD_INFO_TYPE,
        metadata=from_json("protocolSection.ipdSharingStatementModule.infoTypes"),
        description="STUDY_PROTOCOL, SAP, ICF, CSR or ANALYTIC_CODE.",
    )

    class Config:
        name = "ipd_info_types"
        metadata = {"grain": "one row per kind of information a trial's IPD sharing plan shares"}
        description = (
            "One row per kind of information (protocol, SAP, ICF, CSR, code) a trial's IPD sharing plan shares; JSON and API sources only."
        )
