"""Asset metadata built from the contracts: column schemas with descriptions."""

from __future__ import annotations

import dagster as dg
import pandera.polars as pa


def table_schema(model: type[pa.DataFrameModel]) -> dg.TableSchema:
    columns = model.to_schema().columns
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                name=name,
                type=str(column.dtype),
                description=column.description,
                constraints=dg.TableColumnConstraints(nullable=column.nullable, unique=column.unique),
            )
            for name, column in columns.items()
        ]
    )


def table_metadata(model: type[pa.DataFrameModel], row_count: int | None = None) -> dict:
    metadata: dict = {"dagster/column_schema": table_schema(model)}
    if row_count is not None:
        metadata["dagster/row_count"] = row_count
    return metadata
