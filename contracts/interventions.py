from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable, from_json


class Interventions(ChildTable):
    """One row per intervention of a trial (key nct_id, ordinal)."""

    name: str = pa.Field(metadata=from_json("protocolSection.armsInterventionsModule.interventions.name"), description="Intervention name.")
    intervention_type: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.INTERVENTION_TYPE,
        metadata=from_json("protocolSection.armsInterventionsModule.interventions.type"),
        description="Intervention type code (DRUG, DEVICE, BEHAVIORAL ...).",
    )
    description: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json("protocolSection.armsInterventionsModule.interventions.description"),
        description="How the intervention is given.",
    )

    class Config:
        name = "interventions"
        metadata = {"grain": "one row per intervention of a trial"}
        description = "One row per intervention of a trial."
