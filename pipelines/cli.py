"""``trials`` / ``python -m pipelines``: run the Dagster job in-process from the command line.

Exit codes: 0 a warehouse was published (even with quarantined records), 1 nothing was
published, 2 usage error.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

import dagster as dg

from pipelines.definitions import make_definitions
from pipelines.jobs import trials_job
from pipelines.resources import WarehouseResource
from pipelines.run_summary import summarise

EXIT_PUBLISHED, EXIT_NOT_PUBLISHED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trials", description="Clinical-trial registry pages to a DuckDB warehouse.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="load sources and publish the warehouse")
    run.add_argument("--source", action="append", type=Path, metavar="PATH",
                     help="folder (searched recursively for *.txt, *.txt.gz) or file; repeatable "
                          "(default: $TRIALS_SOURCES, else data/samples and data/landing)")
    run.add_argument("--warehouse", type=Path, metavar="PATH",
                     help="DuckDB file to publish (default: $TRIALS_WAREHOUSE, else data/warehouse/trials.duckdb)")
    run.add_argument("--batch-size", type=int, default=500, metavar="N", help="pages per batch (default 500)")
    run.add_argument("--workers", type=int, default=0, metavar="N", help="parser processes (default: one per CPU)")
    run.add_argument("--rehash", action="store_true", help="hash every file, even those whose size and mtime are unchanged")
    run.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                     help="wait this long for another run writing the same warehouse (default: fail at once)")
    run.add_argument("--quiet", action="store_true", help="no progress lines, only the summary")
    run.add_argument("--verbose", action="store_true", help="show Dagster's own log")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_PUBLISHED
    if args.batch_size < 1 or args.workers < 0 or args.wait < 0:
        print("trials: error: --batch-size must be at least 1, --workers and --wait not negative", file=sys.stderr)
        return EXIT_USAGE
    resource = WarehouseResource(
        warehouse_path=str(args.warehouse or ""),
        sources=[str(s) for s in args.source or []],
        batch_size=args.batch_size,
        workers=args.workers,
        trust_mtime=not args.rehash,
        lock_timeout_s=args.wait,
    )
    sources = resource.source_paths()  # the resource resolves flags, environment and defaults
    missing = [str(p) for p in sources if not p.exists()]
    if missing or not sources:
        print(f"trials: error: source not found: {', '.join(missing) or '(none given and no default exists)'}", file=sys.stderr)
        return EXIT_USAGE
    warehouse = resource.paths.published
    _show_progress(not args.quiet)
    started = time.monotonic()
    result = execute(resource, verbose=args.verbose)
    summary = summarise(result, warehouse, time.monotonic() - started)
    print(summary.render(), file=sys.stderr if not summary.published else sys.stdout)
    return EXIT_PUBLISHED if summary.published else EXIT_NOT_PUBLISHED


def execute(resource: WarehouseResource, verbose: bool = False) -> dg.ExecuteInProcessResult:
    """Run the main job in this process, against the given configuration."""
    job = make_definitions(resource).resolve_job_def(trials_job.name)
    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    run_config = {"loggers": {"console": {"config": {"log_level": "DEBUG" if verbose else "CRITICAL"}}}}
    with instance:
        return job.execute_in_process(run_config=run_config, instance=instance, raise_on_error=False)


def _show_progress(enabled: bool) -> None:
    logger = logging.getLogger("pipelines.progress")
    logger.handlers.clear()
    logger.propagate = False
    if enabled:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
