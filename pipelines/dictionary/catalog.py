"""What the dictionary says: one ``Relation`` per warehouse table and ``bi`` and ``ctgov`` view."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import duckdb
import pandera.polars as pa

from contracts import CONTRACTS, contract_key
from pipelines.warehouse.build import ensure_schema
from pipelines.warehouse.ownership import HISTORY_TABLES
from pipelines.warehouse.sql_files import run_sql, sql_header
from pipelines.warehouse.views import create_schema_views, view_files

# The column types every BI driver reads (DECIMAL(p,s) too). No LIST, STRUCT, MAP, ENUM, UUID,
# HUGEINT, INTEGER, INTERVAL, TIME or TIMESTAMP WITH TIME ZONE.
BI_TYPES = ("VARCHAR", "BIGINT", "DOUBLE", "DATE", "BOOLEAN", "TIMESTAMP")


def is_bi_type(data_type: str) -> bool:
    return data_type in BI_TYPES or data_type.startswith("DECIMAL(")


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    nullable: bool | None  # None for a computed view column: views do not declare it


@dataclass(frozen=True)
class Relation:
    schema: str
    name: str
    kind: str  # "table" or "view"
    description: str
    grain: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}"

    @property
    def comment(self) -> str:
        """The text the warehouse carries for it (``COMMENT ON``): description, grain and key."""
        key = ", ".join(self.key) if self.key else "none (rows are events, never updated)"
        return f"{self.description} Grain: {self.grain}. Key: {key}."


def column_description(spec) -> str:
    """A contract column's description, with the JSON leaf paths it is loaded from (``from_json``)."""
    paths = (spec.metadata or {}).get("json", ())
    if not paths:
        return spec.description
    return f"{spec.description} From the record: {', '.join(paths)}."


def contract_grain(model: type[pa.DataFrameModel]) -> str:
    grain = (model.__config__.metadata or {}).get("grain")
    if not grain:
        raise ValueError(f"contract {model.__name__} states no grain (Config.metadata['grain'])")
    return grain


@cache
def catalog() -> tuple[Relation, ...]:
    """Every table (from its contract) and every ``bi`` and ``ctgov`` view (from its file's header
    and the contracts it inherits), with the types DuckDB gives them."""
    with duckdb.connect() as con:
        ensure_schema(con)
        create_schema_views(con)
        types = _column_types(con)
    tables = [_table(model, types) for model in CONTRACTS.values()]
    history = [_history(CONTRACTS[name], types) for name in HISTORY_TABLES]
    views = [_view(qualified, file, types) for qualified, file in view_files().items()]
    return tuple(tables + history + views)


def _column_types(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], list[tuple[str, str]]]:
    types: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for schema, table, column, data_type in run_sql(con, "catalog/columns"):
        types.setdefault((schema, table), []).append((column, data_type))
    return types


def _table(model: type[pa.DataFrameModel], types) -> Relation:
    name = model.Config.name
    spec = model.to_schema().columns
    columns = tuple(
        Column(column, data_type, column_description(spec[column]), spec[column].nullable) for column, data_type in types[("main", name)]
    )
    return Relation("main", name, "table", model.Config.description, contract_grain(model), contract_key(model), columns)


VALIDITY_DESCRIPTIONS = {
    "valid_from": "The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).",
    "valid_to": "The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).",
}


def _history(model: type[pa.DataFrameModel], types) -> Relation:
    table = _table(
        model, {("main", model.Config.name): [c for c in types[("history", model.Config.name)] if c[0] not in VALIDITY_DESCRIPTIONS]}
    )
    validity = tuple(
        Column(name, data_type, VALIDITY_DESCRIPTIONS[name], True)
        for name, data_type in types[("history", table.name)]
        if name in VALIDITY_DESCRIPTIONS
    )
    return Relation(
        "history",
        table.name,
        "table",
        f"Every version of {table.name}, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). {table.description}",
        f"{table.grain}, per span of versions it held in unchanged",
        (*table.key, "valid_from") if table.key else (),
        table.columns + validity,
    )


def _view(qualified: str, file: str, types) -> Relation:
    schema, name = qualified.split(".")
    header = sql_header(file)
    own = CONTRACTS.get(name) if schema == "bi" else None  # a ctgov view describes every column itself
    sources = [model for model in [own, *(CONTRACTS[table] for table in header.inherits)] if model is not None]
    columns = []
    for column, data_type in types[(schema, name)]:
        if column in header.columns:
            columns.append(Column(column, data_type, header.columns[column], None))
            continue
        spec = next((model.to_schema().columns[column] for model in sources if column in model.to_schema().columns), None)
        if spec is None or not spec.description:
            raise ValueError(f"{qualified}.{column} has no description: add '-- column {column}: ...' to sql/{file}.sql")
        columns.append(Column(column, data_type, column_description(spec), spec.nullable))
    grain = header.grain or (contract_grain(own) if own else "")
    key = header.key or (contract_key(own) if own else ())
    if not grain:
        raise ValueError(f"{qualified} states no grain: add '-- grain: ...' to sql/{file}.sql")
    return Relation(schema, name, "view", header.description, grain, key, tuple(columns))


@cache
def relations_by_name() -> dict[str, Relation]:
    return {relation.qualified: relation for relation in catalog()}


__all__ = ["BI_TYPES", "Column", "Relation", "catalog", "contract_grain", "is_bi_type", "relations_by_name"]
