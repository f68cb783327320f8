from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable, from_json


def _paths(key: str) -> dict:
    return from_json(*(f"derivedSection.{module}.browseLeaves.{key}" for module in ("conditionBrowseModule", "interventionBrowseModule")))


class BrowseLeaves(ChildTable):
    """One row per MeSH leaf of the registry's condition or intervention browse tree for a trial (key nct_id, ordinal); JSON and API sources only."""

    domain: str = pa.Field(isin=codes.MESH_DOMAIN, description="condition or intervention: which browse module the leaf is from.")
    mesh_id: Optional[str] = pa.Field(nullable=True, metadata=_paths("id"), description="Browse leaf ID (M9372, a MeSH tree entry).")
    name: Optional[str] = pa.Field(nullable=True, metadata=_paths("name"), description="Its heading.")
    as_found: Optional[str] = pa.Field(nullable=True, metadata=_paths("asFound"), description="The trial's own words it was found from.")
    relevance: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.BROWSE_LEAF_RELEVANCE,
        metadata=_paths("relevance"),
        description="HIGH (a term of the trial) or LOW (an ancestor).",
    )

    class Config:
        name = "browse_leaves"
        metadata = {"grain": "one row per browse leaf the registry derived for a trial"}
        description = "One row per MeSH browse leaf the registry derived for a trial's conditions or interventions, with its relevance; JSON and API sources only."
