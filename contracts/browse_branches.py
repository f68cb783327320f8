from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable, from_json


def _paths(key: str) -> dict:
    return from_json(*(f"derivedSection.{module}.browseBranches.{key}" for module in ("conditionBrowseModule", "interventionBrowseModule")))


class BrowseBranches(ChildTable):
    """One row per branch of the registry's browse tree a trial's conditions or interventions fall in (key nct_id, ordinal); JSON and API sources only."""

    domain: str = pa.Field(isin=codes.MESH_DOMAIN, description="condition or intervention: which browse module the branch is from.")
    abbrev: Optional[str] = pa.Field(nullable=True, metadata=_paths("abbrev"), description="Branch abbreviation (BC04, BXM ...).")
    name: Optional[str] = pa.Field(
        nullable=True, metadata=_paths("name"), description="Branch name (Neoplasms, All Drugs and Chemicals ...)."
    )

    class Config:
        name = "browse_branches"
        metadata = {"grain": "one row per browse branch a trial falls in"}
        description = "One row per branch of the registry's browse tree (Neoplasms, Heart and Blood Diseases ...) a trial's conditions or interventions fall in; JSON and API sources only."
