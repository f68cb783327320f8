
import dagster as dg
import polars as pl

from contracts import Trials
from pipelines.assets.landing import PLAN_FILE, landing_files
from pipelines.clock import utc_now
from pipelines.metadata import table_metadata
from pipelines.progress import Progress
from pipelines.resources import WarehouseResource
from pipelines.transform.landing import LandingPlan
from pipelines.transform.parallel import chunks
from pipelines.transform.staging import batch_dir
from pipelines.transform.steps import parse_batch, run_step

PARSED_DIR = "parsed"


@dg.asset(group_name="parse", kinds={"python", "polars", "parquet"}, deps=[landing_files])
def parsed_records(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Every new or changed page parsed into per-table frames, in batches, in worker processes.

    Unreadable files (empty, binary, HTML, no NCT ID, bad encoding) become quarantine rows here,
    with their path and the stage that failed; they never stop the run.
    """
    warehouse.hold_writer_lock()
    staging = warehouse.paths.staging(context.run_id)
    files = LandingPlan.files_of(pl.read_parquet(staging / PLAN_FILE))
    loaded_at = utc_now()
    jobs = [
        (list(chunk), batch_dir(staging / PARSED_DIR, n), context.run_id, loaded_at)
        for n, chunk in enumerate(chunks(files, warehouse.batch_size))
    ]
    totals = run_step(parse_batch, jobs, warehouse.worker_count(), Progress(context.log, "parse", len(files)))
    return dg.MaterializeResult(
        metadata={
            **table_metadata(Trials, totals.trials),
            "batches": len(jobs),
            "files_parsed": totals.files,
            "files_rejected": totals.rejected,
            "quarantine_rows": totals.quarantine_rows,
        }
    )
