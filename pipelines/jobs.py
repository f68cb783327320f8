"""The main job, the API pull job, the history fetch job, the daily schedules and the landing-folder sensor."""

import hashlib
import os

import dagster as dg

from pipelines.assets.api_pull import api_pull
from pipelines.assets.registry_history import registry_history
from pipelines.parsing.reader import discover
from pipelines.settings import landing_dir

WRITER_TAGS = {"dagster/max_runtime": 6 * 3600, "trials/writer": "warehouse"}

trials_job = dg.define_asset_job(
    "trials_warehouse_job",
    selection=dg.AssetSelection.all() - dg.AssetSelection.assets(api_pull, registry_history),
    description="Landing files to the published warehouse, with every blocking check.",
    executor_def=dg.in_process_executor,  # one process per run: it holds the writer lock throughout
    tags=WRITER_TAGS,
)

api_pull_job = dg.define_asset_job(
    "trials_api_pull_job",
    selection=dg.AssetSelection.assets(api_pull).downstream(),
    description="Pull the studies updated since the last pull from the ClinicalTrials.gov API, load and publish them.",
    executor_def=dg.in_process_executor,
    tags=WRITER_TAGS,
)

history_job = dg.define_asset_job(
    "trials_history_job",
    selection=dg.AssetSelection.assets(registry_history).downstream(),
    description="Fetch every past version of chosen trials from the registry's history, load them as history and publish.",
    executor_def=dg.in_process_executor,
    tags=WRITER_TAGS,
)

daily_schedule = dg.ScheduleDefinition(
    name="daily_warehouse_refresh",
    job=trials_job,
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    description="Refresh the warehouse every day at 06:00 UTC.",
)


daily_api_pull = dg.ScheduleDefinition(
    name="daily_api_pull",
    job=api_pull_job,
    cron_schedule="0 5 * * *",
    execution_timezone="UTC",
    description="Pull the day's registry updates at 05:00 UTC (the newest pull's scope).",
)


@dg.sensor(job=trials_job, minimum_interval_seconds=60, description="Start a run when pages land in the landing folder.")
def landing_folder_sensor(context: dg.SensorEvaluationContext):
    folder = landing_dir()
    if not folder.exists():
        return dg.SkipReason(f"landing folder {folder} does not exist")
    files = discover([folder])
    fingerprint = hashlib.sha256(  # a path as its bytes: a file name need not be valid UTF-8
        b"\n".join(os.fsencode(f.path) + f"\t{f.size_bytes}\t{f.mtime_ns}".encode() for f in files)
    ).hexdigest()
    if not files or fingerprint == context.cursor:
        return dg.SkipReason(f"no new or changed pages in {folder}")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)
