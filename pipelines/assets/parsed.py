import dagster as dg

from contracts import Trials
from pipelines.assets.landing import landing_files
from pipelines.clock import utc_now
from pipelines.metadata import table_metadata
from pipelines.progress import Progress, announce
from pipelines.resources import WarehouseResource
from pipelines.settings import usable_cpus
from pipelines.transform.landing import LandingPlan
from pipelines.transform.staging import batch_dir, read_parquet
from pipelines.transform.steps import parse_batch, run_step
from pipelines.transform.units import MAX_BATCH_BYTES, batches_of, units_of


@dg.asset(group_name="parse", kinds={"python", "polars", "parquet"}, deps=[landing_files])
def parsed_records(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Every record of the new or changed files parsed into per-table frames, in batches, in
    worker processes: text pages, JSON studies, API pages and bulk-archive entries alike.

    Unreadable records (empty, binary, HTML, invalid JSON, no NCT ID, bad encoding, a corrupt
    archive entry) become quarantine rows here, with their URI and the stage that failed; they
    never stop the run.
    """
    staging = warehouse.run_staging(context.run_id)
    files = LandingPlan.files_of(read_parquet(staging.plan))
    loaded_at = utc_now()
    archives = LandingPlan.archives_of(read_parquet(staging.archives))  # changed archives: the entries to read
    units = units_of(files, warehouse.batch_size, planned=archives, index_dir=staging.index)
    jobs = [
        (batch, batch_dir(staging.parsed, n), context.run_id, loaded_at, warehouse.batch_size)
        for n, batch in enumerate(batches_of(units, warehouse.batch_size, MAX_BATCH_BYTES))
    ]
    workers = warehouse.worker_count()
    if warehouse.workers > workers:
        announce(
            context.log,
            f"parse: {workers} workers, not the {warehouse.workers} asked for: this machine lets the run use {usable_cpus()} CPUs",
        )
    totals = run_step(parse_batch, jobs, workers, Progress(context.log, "parse", len(jobs)))
    return dg.MaterializeResult(
        metadata={
            **table_metadata(Trials, totals.trials),
            "batches": len(jobs),
            "files_parsed": len(files),
            "workers": workers,
            "records_parsed": totals.records,
            "records_rejected": totals.rejected,
            "quarantine_rows": totals.quarantine_rows,
        }
    )
