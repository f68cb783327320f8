"""Asset metadata built from the data dictionary: column schemas with DuckDB types and descriptions."""

from __future__ import annotations

import dagster as dg
import pandera.polars as pa

from contracts import PAGE_CONTRACTS
from pipelines.dictionary.catalog import Relation, relations_by_name
from pipelines.dictionary.lineage import lineage
from pipelines.warehouse.ownership import HISTORY_VALIDITY


def relation_schema(relation: Relation) -> dg.TableSchema:
    key = set(relation.key) if len(relation.key) == 1 else set()
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                name=column.name,
                type=column.type,
                description=column.description,
                constraints=dg.TableColumnConstraints(nullable=column.nullable is not False, unique=column.name in key),
            )
            for column in relation.columns
        ]
    )


def table_metadata(model: type[pa.DataFrameModel], row_count: int | None = None) -> dict:
    relation = relations_by_name()[f"main.{model.Config.name}"]
    metadata: dict = {
        "dagster/column_schema": relation_schema(relation),
        "grain": relation.grain,
        "key": ", ".join(relation.key) or "none",
    }
    if row_count is not None:
        metadata["dagster/row_count"] = row_count
    return metadata


def quarantine_metadata(table: str, problems: dict[str, int], outcomes: dict[str, int]) -> dict:
    """What a load quarantined, as a table's metadata: a record table's problems this run found in
    its data and the whole records not loaded; the quarantine table's rows of the run."""
    if table == "quarantine":
        return {"quarantine/last_load": outcomes["issues_recorded"]}
    if table not in PAGE_CONTRACTS:
        return {}
    return {"quarantine/last_load": problems.get(table, 0), "quarantine/last_load_records": outcomes["records_quarantined"]}


def views_column_lineage(names: list[str]) -> dg.TableColumnLineage:
    """``dagster/column_lineage`` of the views asset: each view column (``bi.trial_overview.phase``)
    and the table columns it is computed from, each table being its own asset (its history too:
    ``history.trials.phase`` is the trials asset's ``phase``; the history's own ``valid_from`` and
    ``valid_to`` are no column of the asset, so a view column computed from them names none)."""
    found = lineage()
    return dg.TableColumnLineage(
        deps_by_column={
            f"{name}.{column}": [
                dg.TableColumnDep(asset_key=dg.AssetKey(source.split(".")[1]), column_name=source.split(".")[2])
                for source in sources
                if source.split(".")[2] not in HISTORY_VALIDITY
            ]
            for name in names
            for column, sources in found.get(name, {}).items()
        }
    )


def views_column_schema(names: list[str]) -> dg.TableSchema:
    """Every view column, named as the column lineage names it (``bi.trial_overview.phase``)."""
    described = relations_by_name()
    return dg.TableSchema(
        columns=[
            dg.TableColumn(name=f"{name}.{column.name}", type=column.type, description=column.description)
            for name in names
            for column in described[name].columns
        ]
    )
