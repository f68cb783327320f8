import pandera.polars as pa

from contracts.base import ChildTable, from_json


class ArmInterventions(ChildTable):
    """Which interventions each arm receives: one row per arm and intervention (key nct_id, ordinal)."""

    arm_label: str = pa.Field(
        metadata=from_json("protocolSection.armsInterventionsModule.armGroups.label"), description="Label of the arm (arms.label)."
    )
    intervention_name: str = pa.Field(
        metadata=from_json("protocolSection.armsInterventionsModule.armGroups.interventionNames"),
        description="Name of the intervention given in that arm (interventions.name).",
    )

    class Config:
        name = "arm_interventions"
        metadata = {"grain": "one row per arm and an intervention it receives"}
        description = "Which interventions each arm receives: one row per arm and intervention."
