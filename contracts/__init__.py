"""Pandera contracts, one ``DataFrameModel`` per warehouse table, named after the table.

Each table is declared once, by its contract module here; ``registry.py`` finds them all, so a
new table needs no edit of this file. The models the code writes by name are exported too.
"""

import pandera.polars as pa
import polars as pl

from contracts.api_pulls import ApiPulls
from contracts.file_manifest import FileManifest
from contracts.load_runs import LoadRuns
from contracts.quarantine import Quarantine
from contracts.registry import Table, table, tables
from contracts.trials import Trials

CONTRACTS: dict[str, type[pa.DataFrameModel]] = {t.name: t.model for t in tables()}
# Tables a record fills, the trial first.
PAGE_CONTRACTS: dict[str, type[pa.DataFrameModel]] = {t.name: t.model for t in tables() if t.from_record}
# Tables the loader keeps about runs and files.
RUN_CONTRACTS: dict[str, type[pa.DataFrameModel]] = {t.name: t.model for t in tables() if not t.from_record}


def polars_schema(model: type[pa.DataFrameModel]) -> pl.Schema:
    """The polars schema a contract describes, columns in contract order."""
    return table(model.Config.name).schema


def contract_key(model: type[pa.DataFrameModel]) -> tuple[str, ...]:
    """The columns that identify a row: ``Config.unique``, else the one field marked unique; () for none."""
    return table(model.Config.name).key


__all__ = [
    "CONTRACTS",
    "PAGE_CONTRACTS",
    "RUN_CONTRACTS",
    "ApiPulls",
    "FileManifest",
    "LoadRuns",
    "Quarantine",
    "Table",
    "Trials",
    "contract_key",
    "polars_schema",
    "table",
    "tables",
]
