import pandera.polars as pa
import polars as pl

from contracts.base import ChildTable, from_json, refers_to


class InterventionArms(ChildTable):
    """One row per arm an intervention names as given in (interventions[].armGroupLabels; key nct_id, ordinal); JSON and API sources only."""

    intervention_ordinal: pl.Int32 = refers_to("interventions", "The intervention (interventions.ordinal of the same trial).")
    intervention_name: str = pa.Field(
        metadata=from_json("protocolSection.armsInterventionsModule.interventions.name"), description="That intervention's name."
    )
    arm_label: str = pa.Field(
        metadata=from_json("protocolSection.armsInterventionsModule.interventions.armGroupLabels"),
        description="The arm's label (arms.label of the same trial), as the intervention names it.",
    )

    class Config:
        name = "intervention_arms"
        metadata = {"grain": "one row per arm an intervention names"}
        description = "One row per arm an intervention says it is given in (the other side of arm_interventions, as the record states it); JSON and API sources only."
