"""The main job, its daily schedule and the landing-folder sensor."""


import hashlib

import dagster as dg

from pipelines.parsing.reader import discover
from pipelines.resources import landing_dir

trials_job = dg.define_asset_job(
    "trials_warehouse_job",
    selection=dg.AssetSelection.all(),
    description="Landing files to the published warehouse, with every blocking check.",
    executor_def=dg.in_process_executor,  # one process per run: it holds the writer lock throughout
    tags={"dagster/max_runtime": 6 * 3600, "trials/writer": "warehouse"},
)

daily_schedule = dg.ScheduleDefinition(
    name="daily_warehouse_refresh",
    job=trials_job,
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    description="Refresh the warehouse every day at 06:00 UTC.",
)


@dg.sensor(job=trials_job, minimum_interval_seconds=60, description="Start a run when pages land in the landing folder.")
def landing_folder_sensor(context: dg.SensorEvaluationContext):
    folder = landing_dir()
    if not folder.exists():
        return dg.SkipReason(f"landing folder {folder} does not exist")
    files = discover([folder])
    fingerprint = hashlib.sha256(
        "\n".join(f"{f.path}\t{f.size_bytes}\t{f.mtime_ns}" for f in files).encode()
    ).hexdigest()
    if not files or fingerprint == context.cursor:
        return dg.SkipReason(f"no new or changed pages in {folder}")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)
