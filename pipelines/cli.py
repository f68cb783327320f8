"""``trials`` / ``python -m pipelines``: run a Dagster job in-process from the command line.

``trials run`` loads files (text pages, JSON, archives); ``trials pull`` fetches from the
ClinicalTrials.gov API first.

Exit codes: 0 a warehouse was published (even with quarantined records), 1 nothing was
published, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path

import dagster as dg
from pydantic import ValidationError

from pipelines.definitions import make_definitions
from pipelines.jobs import api_pull_job, trials_job
from pipelines.resources import (
    API_DEFAULTS,
    DEFAULT_BATCH_SIZE,
    DEFAULT_MEMORY_LIMIT,
    ClinicalTrialsApi,
    WarehouseResource,
    landing_dir,
)
from pipelines.run_summary import summarise

EXIT_PUBLISHED, EXIT_NOT_PUBLISHED, EXIT_USAGE = 0, 1, 2
# ClinicalTrialsApi field: the `trials pull` flag that sets it.
API_FLAGS = {"min_interval_s": "min_interval", "timeout_s": "timeout", "max_attempts": "max_attempts", "backoff_s": "backoff"}


def _common(command: argparse.ArgumentParser) -> None:
    command.add_argument("--warehouse", type=Path, metavar="PATH",
                         help="DuckDB file to publish (default: $TRIALS_WAREHOUSE, else data/warehouse/trials.duckdb)")
    command.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, metavar="N",
                         help=f"records per batch, bounds memory (default {DEFAULT_BATCH_SIZE:,})")
    command.add_argument("--workers", type=int, default=0, metavar="N", help="parser processes (default: one per CPU)")
    command.add_argument("--memory-limit", default=DEFAULT_MEMORY_LIMIT, metavar="SIZE",
                         help=f"DuckDB's memory for loading and checking, spilling to disk beyond it (default {DEFAULT_MEMORY_LIMIT})")
    command.add_argument("--rehash", action="store_true", help="hash every file, even those whose size and mtime are unchanged")
    command.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                         help="wait this long for another run writing the same warehouse (default: fail at once)")
    command.add_argument("--quiet", action="store_true", help="no progress lines, only the summary")
    command.add_argument("--verbose", action="store_true", help="show Dagster's own log")
    command.add_argument("--report", type=Path, metavar="PATH", help="also write the summary as JSON to PATH (for schedulers and the benchmark)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trials", description="Clinical-trial registry records to a DuckDB warehouse.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="load sources and publish the warehouse")
    run.add_argument("--source", action="append", type=Path, metavar="PATH",
                     help="folder (searched recursively for *.txt, *.json, either gzipped, and *.zip) or file; "
                          "repeatable (default: $TRIALS_SOURCES, else data/samples and data/landing)")
    _common(run)
    pull = commands.add_parser("pull", help="fetch the studies updated since the last pull from the ClinicalTrials.gov API, "
                                            "land them and publish")
    scope = pull.add_argument_group("what to pull (default: continue the newest pull's scope, else everything)")
    scope.add_argument("--query", default="", metavar="TERMS", help="full-text query (query.term)")
    scope.add_argument("--condition", default="", metavar="TERMS", help="condition or disease (query.cond)")
    scope.add_argument("--sponsor", default="", metavar="TERMS", help="sponsor or collaborator (query.spons)")
    scope.add_argument("--everything", action="store_true", help="every study in the registry")
    pull.add_argument("--api-url", default="", metavar="URL",
                      help="API base URL (default: $TRIALS_API_URL, else https://clinicaltrials.gov/api/v2)")
    pull.add_argument("--landing", type=Path, metavar="DIR",
                      help="landing folder; pages land in DIR/api/ (default: $TRIALS_LANDING, else data/landing)")
    pull.add_argument("--min-interval", type=float, metavar="SECONDS",
                      help=f"seconds between requests (default {API_DEFAULTS.min_interval_s:g})")
    pull.add_argument("--timeout", type=float, metavar="SECONDS",
                      help=f"seconds before a request is retried (default {API_DEFAULTS.timeout_s:g})")
    pull.add_argument("--max-attempts", type=int, metavar="N",
                      help=f"attempts per request before giving up (default {API_DEFAULTS.max_attempts})")
    pull.add_argument("--backoff", type=float, metavar="SECONDS",
                      help=f"base of the exponential backoff between attempts, with full jitter (default {API_DEFAULTS.backoff_s:g})")
    _common(pull)
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
    pulling = args.command == "pull"
    ctgov = None
    if pulling:  # flags left out fall back to the resource's defaults; the resource checks the ranges
        given = {field: getattr(args, flag) for field, flag in API_FLAGS.items() if getattr(args, flag) is not None}
        try:
            ctgov = ClinicalTrialsApi(base_url=args.api_url, **given)
        except ValidationError as exc:
            error = exc.errors()[0]
            print(f"trials: error: --{API_FLAGS[error['loc'][0]].replace('_', '-')}: {error['msg']}", file=sys.stderr)
            return EXIT_USAGE
    if pulling and args.everything and (args.query or args.condition or args.sponsor):
        print("trials: error: --everything takes no --query, --condition or --sponsor", file=sys.stderr)
        return EXIT_USAGE
    landing = str(getattr(args, "landing", None) or "")
    # A pull loads the landing folder, where it lands its pages.
    sources = [landing or str(landing_dir())] if pulling else [str(s) for s in args.source or []]
    try:
        resource = WarehouseResource(
            warehouse_path=str(args.warehouse or ""),
            sources=sources,
            batch_size=args.batch_size,
            workers=args.workers,
            trust_mtime=not args.rehash,
            lock_timeout_s=args.wait,
            landing=landing,
            memory_limit=args.memory_limit,
        )
    except ValidationError:
        print(f"trials: error: --memory-limit: {args.memory_limit!r} is not a size such as 512MB or 2GB", file=sys.stderr)
        return EXIT_USAGE
    if not pulling:
        sources = resource.source_paths()  # the resource resolves flags, environment and defaults
        missing = [str(p) for p in sources if not p.exists()]
        if missing or not sources:
            print(f"trials: error: source not found: {', '.join(missing) or '(none given and no default exists)'}", file=sys.stderr)
            return EXIT_USAGE
    warehouse = resource.paths.published
    _show_progress(not args.quiet)
    started = time.monotonic()
    if pulling:
        config = {"query": args.query, "condition": args.condition, "sponsor": args.sponsor, "everything": args.everything}
        result = execute(resource, api_pull_job.name, verbose=args.verbose, ctgov=ctgov, ops={"api_pull": {"config": config}})
    else:
        result = execute(resource, trials_job.name, verbose=args.verbose)
    summary = summarise(result, warehouse, time.monotonic() - started)
    print(summary.render(), file=sys.stderr if not summary.published else sys.stdout)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(summary.to_dict(), indent=2))
    return EXIT_PUBLISHED if summary.published else EXIT_NOT_PUBLISHED


def execute(resource: WarehouseResource, job_name: str, verbose: bool = False, ctgov: ClinicalTrialsApi | None = None,
            ops: dict | None = None) -> dg.ExecuteInProcessResult:
    """Run one of the jobs in this process, against the given configuration."""
    job = make_definitions(resource, ctgov).resolve_job_def(job_name)
    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    run_config = {"loggers": {"console": {"config": {"log_level": "DEBUG" if verbose else "CRITICAL"}}}, "ops": ops or {}}
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
