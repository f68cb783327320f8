import json
from pathlib import Path

import dagster as dg

from pipelines.api.history import HistoryFetch
from pipelines.api.pull import PullResult
from pipelines.assets.api_pull import api_pull
from pipelines.assets.registry_history import registry_history
from pipelines.clock import utc_now
from pipelines.parsing.reader import display_path, find_sources
from pipelines.progress import announce
from pipelines.resources import WarehouseResource
from pipelines.transform.landing import PLAN_SCHEMA, nothing_changed, plan_landing
from pipelines.warehouse.runs import read_manifest, stored_entries

# The observation ``landing_files`` makes instead of materializing when nothing changed.
UNCHANGED = "unchanged"


@dg.asset(group_name="landing", kinds={"python", "file"}, deps=[api_pull, registry_history], output_required=False)
def landing_files(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Source files whose content is new or changed since the last published run.

    Takes the warehouse's writer lock for the run, starts the build (a copy of the published
    warehouse), discovers text pages, JSON files and zip archives (`*.txt`, `*.json`, either
    gzipped, `*.zip`; recursively, any letter case, hidden ones skipped), compares them with
    the warehouse's file manifest and stages the list of files to parse. A pull or a history
    fetch in the same run (`api_pull`, `registry_history`) always has its folder read.

    When every file is as the published warehouse has it (same size and modification time, by
    the facts kept at its publish) nothing is copied or opened: the asset is not materialized,
    so the rest of the run is skipped and the published file stays as it is (`UNCHANGED`).
    """
    started_at = utc_now()
    sources = warehouse.source_paths()
    staging = warehouse.run_staging(context.run_id)
    fetched = [
        *([Path(PullResult.from_json(staging.pull.read_text()).folder)] if staging.pull.exists() else []),
        *([Path(HistoryFetch.from_json(staging.history.read_text()).folder)] if staging.history.exists() else []),
    ]
    sources += [folder for folder in fetched if not any(folder.is_relative_to(source) for source in sources)]
    discovery = find_sources(sources)
    published = warehouse.unchanged_manifest() if warehouse.trust_mtime and not fetched else None
    if published is not None and nothing_changed(discovery, published):
        context.log_event(dg.AssetObservation(asset_key=context.asset_key, metadata={UNCHANGED: True, "files_seen": len(discovery.files)}))
        announce(context.log, f"nothing changed: {len(discovery.files):,} files seen, each as the warehouse has it")
        return
    written_whole = warehouse.start_build()  # the published file is only copied, never opened: a tool holding it open cannot block us
    build = warehouse.paths.build
    plan = plan_landing(discovery, read_manifest(build), warehouse.trust_mtime, lambda uri: stored_entries(build, uri))
    staging.root.mkdir(parents=True, exist_ok=True)
    plan.frame().write_parquet(staging.plan)
    plan.skipped_frame().write_parquet(staging.skipped)
    plan.entries_frame().write_parquet(staging.archives)
    plan.unchanged_frame().write_parquet(staging.unchanged)
    run = {
        "started_at": started_at.isoformat(),
        "sources": [display_path(s) for s in sources],
        "files_seen": plan.files_seen,
        "files_unchanged": plan.files_unchanged,
        "files_parsed": len(plan.to_parse),
        "written_whole": written_whole,
    }
    staging.run.write_text(json.dumps(run, indent=2))
    context.log.info(f"{plan.files_seen} files seen, {len(plan.to_parse)} new or changed")
    for skip in plan.skipped:
        announce(context.log, f"skipped {display_path(skip.path)}: {skip.reason}")
    yield dg.MaterializeResult(
        metadata={
            "sources": "\n".join(run["sources"]),
            "files_seen": plan.files_seen,
            "files_unchanged": plan.files_unchanged,
            "inputs_skipped": len(plan.skipped),
            "archive_entries_unchanged": plan.unchanged_count,
            "dagster/row_count": len(plan.to_parse),
            "dagster/column_schema": dg.TableSchema(columns=[dg.TableColumn(name, str(dtype)) for name, dtype in PLAN_SCHEMA.items()]),
        }
    )
