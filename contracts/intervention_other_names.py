import pandera.polars as pa
import polars as pl

from contracts.base import ChildTable, from_json, refers_to


class InterventionOtherNames(ChildTable):
    """One row per other name (brand, code, synonym) of a trial's intervention (key nct_id, ordinal); JSON and API sources only."""

    intervention_ordinal: pl.Int32 = refers_to(
        "interventions", "The intervention (interventions.ordinal of the same trial) the name belongs to."
    )
    intervention_name: str = pa.Field(
        metadata=from_json("protocolSection.armsInterventionsModule.interventions.name"), description="That intervention's name."
    )
    other_name: str = pa.Field(
        metadata=from_json("protocolSection.armsInterventionsModule.interventions.otherNames"), description="The other name."
    )

    class Config:
        name = "intervention_other_names"
        metadata = {"grain": "one row per other name of a trial's intervention"}
        description = "One row per other name (brand, code, synonym) of a trial's intervention; JSON and API sources only."
