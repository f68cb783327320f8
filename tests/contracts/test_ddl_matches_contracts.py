"""The DDL in sql/ddl and the contracts describe the same tables, column for column."""

import duckdb
import polars as pl
import pytest

from contracts import CONTRACTS
from pipelines.warehouse.build import ensure_schema
from pipelines.warehouse.sql_files import sql, sql_names

DUCKDB_TYPE = {pl.String: "VARCHAR", pl.Int32: "INTEGER", pl.Int64: "BIGINT", pl.Float64: "DOUBLE", pl.Date: "DATE", pl.Boolean: "BOOLEAN"}


def _expected_type(dtype) -> str:
    return "TIMESTAMP" if isinstance(dtype, pl.Datetime) else DUCKDB_TYPE[dtype if isinstance(dtype, type) else type(dtype)]


def test_one_ddl_file_per_contract():
    assert sorted(name.split("/")[1] for name in sql_names("ddl")) == sorted(CONTRACTS)


@pytest.mark.parametrize("name", list(CONTRACTS))
def test_ddl_columns_types_and_nullability_match_the_contract(name):
    with duckdb.connect() as con:
        ensure_schema(con)
        described = con.execute(
            "select column_name, data_type, is_nullable from information_schema.columns "
            "where table_schema = 'main' and table_name = $table order by ordinal_position",
            {"table": name},
        ).fetchall()
    columns = CONTRACTS[name].to_schema().columns
    assert [c[0] for c in described] == list(columns)
    for column_name, data_type, is_nullable in described:
        spec = columns[column_name]
        assert data_type == _expected_type(spec.dtype.type), column_name
        assert (is_nullable == "YES") == spec.nullable, column_name


def test_sql_files_are_lowercase():
    for folder in ("ddl", "migrate", "load", "views", "checks", "runs", "schemas", "reports", "catalog"):
        for name in sql_names(folder):
            text = "\n".join(line for line in sql(name).splitlines() if not line.lstrip().startswith("--"))
            assert "CREATE" not in text and "SELECT" not in text and "INSERT" not in text, name
