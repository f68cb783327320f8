"""What every child table shares: the trial it belongs to and its position on the page."""

import pandera.polars as pa
import polars as pl

from contracts.codes import NCT_ID_PATTERN, SOURCE_KIND

# The table every child table's rows belong to (by nct_id).
PARENT_TABLE = "trials"


def from_json(*paths: str) -> dict[str, tuple[str, ...]]:
    """A field's ``metadata``: the leaf paths of the API v2 study JSON it is loaded from, dotted,
    lists not marked (``protocolSection.contactsLocationsModule.locations.city``). Every leaf path
    the registry publishes is declared by one field here or ignored, with a reason, in
    ``pipelines/parsing/json_paths.py``; a path neither knows is reported at run time."""
    return {"json": paths}


def refers_to(table: str, description: str, *, nullable: bool = False) -> object:
    """A field naming a row of ``table`` in the same trial by that row's ordinal: ``(nct_id, this
    field) = table (nct_id, ordinal)``. The registry (``contracts.registry.relationships``) reads
    ``metadata["refers_to"]``; the ER diagram, the dictionary's joins, ``bi.relationships`` and the
    blocking check ``every_row_has_its_trial`` follow from it. NULL refers to nothing."""
    return pa.Field(nullable=nullable, ge=1, metadata={"refers_to": table}, description=description)


class ChildTable(pa.DataFrameModel):
    """A row that belongs to one trial and keeps its order in the trial's record.

    Subclasses inherit this Config (strict, unique per trial and position) and add their name
    and description.
    """

    nct_id: str = pa.Field(str_matches=NCT_ID_PATTERN, description="The trial this row belongs to (NCT########).")
    ordinal: pl.Int32 = pa.Field(ge=1, description="Position of the row in the trial's record, from 1.")
    source_kind: str = pa.Field(isin=SOURCE_KIND, description="Kind of source the row was loaded from: text, json or api.")

    class Config:
        strict = True
        unique = ["nct_id", "ordinal"]
