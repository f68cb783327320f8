import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable, from_json


def _paths(key: str) -> dict:
    modules = ("conditionBrowseModule", "interventionBrowseModule")
    return from_json(*(f"derivedSection.{module}.{kind}.{key}" for module in modules for kind in ("meshes", "ancestors")))


class MeshTerms(ChildTable):
    """One row per MeSH term the registry derived for a trial's conditions or interventions (key nct_id, ordinal); JSON and API sources only."""

    domain: str = pa.Field(isin=codes.MESH_DOMAIN, description="condition or intervention: which part of the trial the term describes.")
    level: str = pa.Field(
        isin=codes.MESH_LEVEL, description="term (assigned to the trial) or ancestor (a broader term above one, for grouping)."
    )
    mesh_id: str = pa.Field(
        metadata=_paths("id"),
        description="MeSH descriptor ID (D003920).",
    )
    term: str = pa.Field(
        metadata=_paths("term"),
        description="MeSH heading (Diabetes Mellitus).",
    )

    class Config:
        name = "mesh_terms"
        metadata = {"grain": "one row per MeSH term the registry derived for a trial"}
        description = "One row per MeSH term the registry derived for a trial's conditions or interventions; JSON and API sources only."
