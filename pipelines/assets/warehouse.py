import json

import dagster as dg

from contracts import CONTRACTS
from pipelines.api.pull import PullResult
from pipelines.assets.contracted import contracted_frames
from pipelines.clock import utc_now
from pipelines.metadata import quarantine_metadata, table_metadata
from pipelines.parsing.model import TABLES
from pipelines.progress import Progress, announce
from pipelines.resources import WarehouseResource
from pipelines.transform.staging import batch_dirs, read_parquet
from pipelines.warehouse.load import load_run
from pipelines.warehouse.ownership import HISTORY_TABLES
from pipelines.warehouse.pulls import record_pull
from pipelines.warehouse.runs import quarantine_by_table, record_run, table_counts
from pipelines.warehouse.storage import grown_too_much

WAREHOUSE_TABLES = list(CONTRACTS)


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            name,
            group_name="warehouse",
            kinds={"duckdb"},
            deps=[contracted_frames],
            description=model.Config.description,
            metadata=table_metadata(model),
        )
        for name, model in CONTRACTS.items()
    ],
)
def warehouse_tables(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Load the contracted batches into the build, set-based, a table at a time.

    The build (a copy of the published warehouse, started by `landing_files`) gets each trial's
    latest version as its current rows (its child rows replaced as a whole), and every version
    in its history (`history.<table>`, reported as `history_rows`). A pull in the same run is recorded with it (`api_pulls`), so its watermark
    publishes with its data. Readers never see the build: it is published only after the
    blocking checks pass. A file grown well past what its data needs is rewritten whole
    (`storage.py`) before it is published.
    """
    staging = warehouse.run_staging(context.run_id)
    run = json.loads(staging.run.read_text())
    batches = batch_dirs(staging.contracted)
    skipped = read_parquet(staging.skipped).rows(named=True)
    unchanged = read_parquet(staging.unchanged)
    progress = Progress(context.log, "load", len(TABLES), unit="table")
    with warehouse.connect_build() as con:
        for table in load_run(con, batches, context.run_id, utc_now(), skipped, unchanged):
            progress.advance(item=table)
        grown = not run["written_whole"] and grown_too_much(con, warehouse.paths.build)
    if grown:
        announce(context.log, "load: compacting the file (it grew past the space its data needs)")
    compacted = grown and warehouse.compact_build()
    run |= {"file_bytes": warehouse.paths.build.stat().st_size, "compacted": run["written_whole"] or compacted}
    with warehouse.connect_build() as con:
        pull = PullResult.from_json(staging.pull.read_text()) if staging.pull.exists() else None
        if pull is not None:
            record_pull(con, pull, context.run_id)
        outcomes = record_run(con, context.run_id, run, utc_now(), pull.data_timestamp if pull else None)
        counts = table_counts(con, WAREHOUSE_TABLES)
        history = table_counts(con, [f"history.{table}" for table in HISTORY_TABLES])
        problems = quarantine_by_table(con, context.run_id)
    for name, model in CONTRACTS.items():
        metadata = {**table_metadata(model, counts[name]), **quarantine_metadata(name, problems, outcomes)}
        if f"history.{name}" in history:  # its versions: rows unchanged between versions are kept once
            metadata["history_rows"] = history[f"history.{name}"]
        yield dg.MaterializeResult(asset_key=name, metadata=metadata)
