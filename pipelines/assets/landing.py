import json
from pathlib import Path

import dagster as dg

from pipelines.api.pull import PullResult
from pipelines.assets.api_pull import PULL_FILE, api_pull
from pipelines.clock import utc_now
from pipelines.parsing.reader import display_path
from pipelines.progress import announce
from pipelines.resources import WarehouseResource
from pipelines.transform.landing import PLAN_SCHEMA, plan_landing
from pipelines.warehouse.store import read_manifest

PLAN_FILE = "landing.parquet"
SKIPPED_FILE = "skipped.parquet"
RUN_FILE = "run.json"


@dg.asset(group_name="landing", kinds={"python", "file"}, deps=[api_pull])
def landing_files(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Source files whose content is new or changed since the last published run.

    Takes the warehouse's writer lock for the run, starts the build (a copy of the published
    warehouse), discovers text pages, JSON files and zip archives (``*.txt``, ``*.json``, either
    gzipped, ``*.zip``; recursively, any letter case, hidden ones skipped), compares them with
    the warehouse's file manifest and stages the list of files to parse. A pull in the same run
    (``api_pull``) always has its folder read.
    """
    warehouse.hold_writer_lock()
    started_at = utc_now()
    paths = warehouse.paths
    sources = warehouse.source_paths()
    pulled = paths.staging(context.run_id) / PULL_FILE
    if pulled.exists():
        folder = Path(PullResult.from_json(pulled.read_text()).folder)
        if not any(folder.is_relative_to(source) for source in sources):
            sources.append(folder)
    warehouse.start_build()  # the published file is only copied, never opened: a tool holding it open cannot block us
    plan = plan_landing(sources, read_manifest(paths.build), warehouse.trust_mtime)
    staging = paths.staging(context.run_id)
    staging.mkdir(parents=True, exist_ok=True)
    plan.frame().write_parquet(staging / PLAN_FILE)
    plan.skipped_frame().write_parquet(staging / SKIPPED_FILE)
    run = {
        "started_at": started_at.isoformat(),
        "sources": [display_path(s) for s in sources],
        "files_seen": plan.files_seen,
        "files_unchanged": plan.files_unchanged,
        "files_parsed": len(plan.to_parse),
    }
    (staging / RUN_FILE).write_text(json.dumps(run, indent=2))
    context.log.info(f"{plan.files_seen} files seen, {len(plan.to_parse)} new or changed")
    for skip in plan.skipped:
        announce(context.log, f"skipped {display_path(skip.path)}: {skip.reason}")
    return dg.MaterializeResult(
        metadata={
            "sources": "\n".join(run["sources"]),
            "files_seen": plan.files_seen,
            "files_unchanged": plan.files_unchanged,
            "inputs_skipped": len(plan.skipped),
            "dagster/row_count": len(plan.to_parse),
            "dagster/column_schema": dg.TableSchema(
                columns=[dg.TableColumn(name, str(dtype)) for name, dtype in PLAN_SCHEMA.items()]
            ),
        }
    )
