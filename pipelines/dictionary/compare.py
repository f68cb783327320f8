"""Does a warehouse say what the dictionary says? Every table, view and column, its type and comment."""

from __future__ import annotations

import duckdb

from pipelines.dictionary.catalog import catalog, is_bi_type
from pipelines.warehouse.sql_files import run_sql
from pipelines.warehouse.views import VIEW_SCHEMAS


def disagreements(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Each way the warehouse differs from the dictionary, one line each; empty when they agree."""
    found: dict[tuple[str, str, str | None], tuple[str | None, str | None]] = {
        (schema, table, column): (data_type, comment) for schema, table, column, data_type, comment in run_sql(con, "catalog/comments")
    }
    problems = []
    expected = set()
    for relation in catalog():
        own = (relation.schema, relation.name, None)
        expected.add(own)
        if own not in found:
            problems.append(f"{relation.qualified}: missing from the warehouse")
            continue
        if found[own][1] != relation.comment:
            problems.append(f"{relation.qualified}: comment is {found[own][1]!r}, the dictionary says {relation.comment!r}")
        for column in relation.columns:
            where = (relation.schema, relation.name, column.name)
            expected.add(where)
            if where not in found:
                problems.append(f"{relation.qualified}.{column.name}: missing from the warehouse")
                continue
            data_type, comment = found[where]
            if data_type != column.type:
                problems.append(f"{relation.qualified}.{column.name}: type {data_type}, the dictionary says {column.type}")
            if comment != column.description:
                problems.append(f"{relation.qualified}.{column.name}: comment is {comment!r}, the dictionary says {column.description!r}")
    owned = {(relation.schema, relation.name) for relation in catalog()}
    problems += [
        f"{schema}.{table}{'.' + column if column else ''}: in the warehouse but not in the dictionary"
        for schema, table, column in sorted(set(found) - expected, key=str)
        if schema in VIEW_SCHEMAS or (schema, table) in owned  # a user's own table in main is theirs (ownership.py)
    ]
    return problems


def non_bi_types(con: duckdb.DuckDBPyConnection) -> list[str]:
    """``bi`` and ``ctgov`` columns whose type a BI driver may not read."""
    return [
        f"{schema}.{table}.{column}: {data_type}"
        for schema, table, column, data_type, _ in run_sql(con, "catalog/comments")
        if schema in VIEW_SCHEMAS and column is not None and not is_bi_type(data_type)
    ]
