"""Data-quality gates. All are blocking: a failure stops the publish, the old warehouse stays."""

import json

import dagster as dg

from contracts import CONTRACTS, contract_key
from contracts.registry import relationships
from pipelines.assets.contracted import contracted_frames
from pipelines.assets.views import bi_views
from pipelines.dictionary.compare import disagreements, non_bi_types
from pipelines.parsing.model import CHILD_TABLES
from pipelines.resources import WarehouseResource
from pipelines.transform.parallel import run_batches
from pipelines.transform.staging import batch_dirs
from pipelines.transform.steps import contract_failures
from pipelines.warehouse.sql_files import run_sql, run_sql_row


@dg.asset_check(asset=contracted_frames, blocking=True, description="Every staged frame passes its pandera contract.")
def contracts_pass(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource) -> dg.AssetCheckResult:
    failing: dict[str, int] = {}
    batches = batch_dirs(warehouse.run_staging(context.run.run_id).contracted)
    for found in run_batches(contract_failures, [(folder,) for folder in batches], warehouse.worker_count()):
        for name, count in found.items():
            failing[name] = failing.get(name, 0) + count
    return dg.AssetCheckResult(
        passed=not failing,
        metadata={"batches_checked": len(batches), "failing_cells": sum(failing.values()), "by_table": json.dumps(failing)},
    )


def _per_table_check(name: str, tables: tuple[str, ...], queries: str, measure: str, describe, of_run: bool = False):
    """One blocking check per table, each answered by its own query (``sql/<queries>/<table>``,
    one at a time: the memory a check needs is one table's), of one count: a table passes when
    its count is 0. ``of_run`` binds the run's ``$load_id``."""

    @dg.multi_asset_check(
        name=name,
        specs=[dg.AssetCheckSpec(name, asset=table, blocking=True, description=describe(table)) for table in tables],
    )
    def check(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource):
        with warehouse.connect_build(read_only=True) as con:
            params = {"load_id": context.run.run_id} if of_run else None
            counts = {table: run_sql(con, f"{queries}/{table}", params)[0][0] for table in tables}
        for table in tables:
            yield dg.AssetCheckResult(asset_key=table, check_name=name, passed=counts[table] == 0, metadata={measure: counts[table]})

    return check


every_row_has_its_trial = _per_table_check(
    "every_row_has_its_trial",
    CHILD_TABLES,
    "checks/orphan_rows",
    "orphan_rows",
    lambda table: (
        f"Every {table} row's nct_id is in trials"
        + "".join(f", its {r.via} in {r.parent}" for r in relationships() if r.table == table and r.parent != "trials")
        + "."
    ),
)

# Every table whose contract has a key; sql/checks/duplicate_keys.sql answers for each.
KEYED_TABLES = tuple(name for name, model in CONTRACTS.items() if contract_key(model))
key_is_unique = _per_table_check(
    "key_is_unique",
    KEYED_TABLES,
    "checks/duplicate_keys",
    "duplicate_keys",
    lambda table: f"No two {table} rows share a key (the table has no index to enforce it).",
    of_run=True,
)


@dg.asset_check(
    asset="trials",
    blocking=True,
    description="Records in = loaded + history + quarantined: every record of every file parsed in this run is a loaded trial, a past "
    "version of its trial in history, or quarantined.",
)
def records_in_equal_loaded_plus_quarantined(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource) -> dg.AssetCheckResult:
    run = json.loads(warehouse.run_staging(context.run.run_id).run.read_text())
    with warehouse.connect_build(read_only=True) as con:
        balance = run_sql_row(con, "checks/record_balance", {"load_id": context.run.run_id})
    passed = (
        run["files_parsed"] == balance["files_read"]
        and balance["records_in"] == balance["loaded"] + balance["historical"] + balance["quarantined"]
        and balance["loaded"] == balance["trials_of_run"]
        and balance["quarantined"] == balance["quarantined_sources"]
    )
    return dg.AssetCheckResult(passed=passed, metadata={"files_in": run["files_parsed"], **balance})


@dg.asset_check(
    asset=bi_views,
    blocking=True,
    description="Every bi and ctgov column has a type BI drivers read, and every table, view and column carries the data dictionary's "
    "description (docs/data-dictionary.md) as its COMMENT.",
)
def bi_schema_is_flat_and_described(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect_build(read_only=True) as con:
        exotic = non_bi_types(con)
        drift = disagreements(con)
    return dg.AssetCheckResult(
        passed=not exotic and not drift,
        metadata={
            "non_bi_types": len(exotic),
            "dictionary_disagreements": len(drift),
            "details": "\n".join([*exotic, *drift][:50]) or "none",
        },
    )
