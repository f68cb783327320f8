"""Pandera contracts, one ``DataFrameModel`` per warehouse table, named after the table."""

import pandera.polars as pa
import polars as pl

from contracts.age_groups import AgeGroups
from contracts.api_pulls import ApiPulls
from contracts.arm_interventions import ArmInterventions
from contracts.arms import Arms
from contracts.conditions import Conditions
from contracts.countries import Countries
from contracts.file_manifest import FileManifest
from contracts.identifiers import Identifiers
from contracts.intervention_other_names import InterventionOtherNames
from contracts.interventions import Interventions
from contracts.investigators import Investigators
from contracts.keywords import Keywords
from contracts.links import Links
from contracts.load_runs import LoadRuns
from contracts.mesh_terms import MeshTerms
from contracts.outcomes import Outcomes
from contracts.quarantine import Quarantine
from contracts.related_trials import RelatedTrials
from contracts.site_contacts import SiteContacts
from contracts.sites import Sites
from contracts.sponsors import Sponsors
from contracts.trial_references import TrialReferences
from contracts.trials import Trials

# Tables a record fills, the trial first.
PAGE_CONTRACTS: dict[str, type[pa.DataFrameModel]] = {
    model.Config.name: model
    for model in (
        Trials, Arms, Interventions, ArmInterventions, Sites, Countries, TrialReferences, Identifiers,
        Conditions, Sponsors, Investigators, Links, RelatedTrials, Keywords, AgeGroups, MeshTerms, Outcomes,
        SiteContacts, InterventionOtherNames,
    )
}
# Tables the loader keeps about runs and files.
RUN_CONTRACTS: dict[str, type[pa.DataFrameModel]] = {
    model.Config.name: model for model in (Quarantine, LoadRuns, FileManifest, ApiPulls)
}
CONTRACTS = {**PAGE_CONTRACTS, **RUN_CONTRACTS}


def polars_schema(model: type[pa.DataFrameModel]) -> pl.Schema:
    """The polars schema a contract describes, columns in contract order."""
    return pl.Schema({name: column.dtype.type for name, column in model.to_schema().columns.items()})


def contract_key(model: type[pa.DataFrameModel]) -> tuple[str, ...]:
    """The columns that identify a row: ``Config.unique``, else the one field marked unique; () for none."""
    schema = model.to_schema()
    if schema.unique:
        return tuple(schema.unique)
    return tuple(name for name, column in schema.columns.items() if column.unique)


def empty_frame(model: type[pa.DataFrameModel]) -> pl.DataFrame:
    return pl.DataFrame(schema=polars_schema(model))


__all__ = [
    "CONTRACTS", "PAGE_CONTRACTS", "RUN_CONTRACTS", "contract_key", "polars_schema", "empty_frame",
    "AgeGroups", "ApiPulls", "ArmInterventions", "Arms", "Conditions", "Countries", "FileManifest", "Identifiers",
    "InterventionOtherNames", "Interventions", "Investigators", "Keywords", "Links", "LoadRuns", "MeshTerms",
    "Outcomes", "Quarantine", "RelatedTrials", "SiteContacts", "Sites", "Sponsors", "TrialReferences", "Trials",
]
