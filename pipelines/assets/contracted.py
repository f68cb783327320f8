import dagster as dg

from contracts import Trials
from pipelines.assets.parsed import parsed_records
from pipelines.clock import utc_now
from pipelines.metadata import table_metadata
from pipelines.progress import Progress
from pipelines.resources import WarehouseResource
from pipelines.transform.staging import batch_dir, batch_dirs, group_batches
from pipelines.transform.steps import contract_batch, run_step


@dg.asset(group_name="contract", kinds={"python", "pandera", "parquet"}, deps=[parsed_records])
def contracted_frames(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """The parsed frames held to their pandera contracts, a few batches at a time.

    A failing optional trial field is set NULL, a failing child row is dropped, a trial failing
    a required field is rejected with its rows; each is a quarantine row naming the field and
    the check. Several records of one trial: the latest Last Updated wins, and on a tie JSON beats text.
    """
    staging = warehouse.run_staging(context.run_id)
    recorded_at = utc_now()
    # Up to two batches' records to a job: pandera's cost is per check and per frame, not per row.
    groups = group_batches(batch_dirs(staging.parsed), 2 * warehouse.batch_size)
    jobs = [(group, batch_dir(staging.contracted, n), recorded_at) for n, group in enumerate(groups)]
    totals = run_step(contract_batch, jobs, warehouse.worker_count(), Progress(context.log, "contract", len(jobs)))
    return dg.MaterializeResult(
        metadata={
            **table_metadata(Trials, totals.trials),
            "batches": len(jobs),
            "records_quarantined": totals.rejected,
            "quarantine_rows": totals.quarantine_rows,
        }
    )
