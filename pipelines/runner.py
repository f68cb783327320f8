"""``trials run``, ``trials pull`` and ``trials history``: the run's configuration from the flags, the Dagster job run
in this process, and its summary. Imported only when a job runs (``cli.py`` stays light)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
from pydantic import ValidationError

from pipelines.atomic import write_whole
from pipelines.cli import API_FLAGS, EXIT_NOT_PUBLISHED, EXIT_PUBLISHED, EXIT_USAGE, postgres_url
from pipelines.definitions import make_definitions
from pipelines.jobs import api_pull_job, history_job, trials_job
from pipelines.progress_display import handler_for
from pipelines.resources import ClinicalTrialsApi, PostgresTarget, WarehouseResource
from pipelines.run_summary import summarise
from pipelines.settings import landing_dir

CLI_TAG = "trials/launched_by"


def run_command(args: argparse.Namespace) -> int:
    """Run the job the command asks for; print its summary; return the exit code."""
    pulling = args.command in ("pull", "history")  # both fetch from the API into the landing folder, and load it
    ctgov = None
    if pulling:  # flags left out fall back to the resource's defaults; the resource checks the ranges
        given = {field: getattr(args, flag) for field, flag in API_FLAGS.items() if getattr(args, flag) is not None}
        try:
            ctgov = ClinicalTrialsApi(base_url=args.api_url, **given)
        except ValidationError as exc:
            error = exc.errors()[0]
            print(f"trials: error: --{API_FLAGS[error['loc'][0]].replace('_', '-')}: {error['msg']}", file=sys.stderr)
            return EXIT_USAGE
    if args.command == "pull" and args.everything and (args.query or args.condition or args.sponsor):
        print("trials: error: --everything takes no --query, --condition or --sponsor", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "history" and (problem := _history_problem(args)):
        print(f"trials: error: {problem}", file=sys.stderr)
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
            storage_version=args.storage_version,
        )
    except ValidationError as exc:
        if exc.errors()[0]["loc"][0] == "storage_version":
            print(f"trials: error: --storage-version: {exc.errors()[0]['msg'].removeprefix('Value error, ')}", file=sys.stderr)
        else:
            print(f"trials: error: --memory-limit: {args.memory_limit!r} is not a size such as 512MB or 2GB", file=sys.stderr)
        return EXIT_USAGE
    if not pulling:
        sources = resource.source_paths()  # the resource resolves flags, environment and defaults
        missing = [str(p) for p in sources if not os.path.lexists(p)]  # a link that loops is reported by the run
        if missing or not sources:
            print(f"trials: error: source not found: {', '.join(missing) or '(none given and no default exists)'}", file=sys.stderr)
            return EXIT_USAGE
        empty = [path for path in sources if path.is_dir() and not _holds_a_file(path)]
        for path in empty:
            print(f"trials: warning: source {path} holds no files", file=sys.stderr)
        if len(empty) == len(sources):
            print("trials: error: no source holds a file: nothing was loaded or published (is the path right?)", file=sys.stderr)
            return EXIT_NOT_PUBLISHED
    warehouse = resource.paths.published
    progress = "none" if args.quiet else args.progress
    _show_progress(progress)
    started = time.monotonic()
    if args.command == "history":
        config = {"nct_ids": args.nct_ids, "query": args.query, "condition": args.condition, "sponsor": args.sponsor}
        ops = {"registry_history": {"config": config}}
        result = execute(resource, history_job.name, verbose=args.verbose, ctgov=ctgov, ops=ops, command="history")
    elif pulling:
        config = {"query": args.query, "condition": args.condition, "sponsor": args.sponsor, "everything": args.everything}
        result = execute(
            resource, api_pull_job.name, verbose=args.verbose, ctgov=ctgov, ops={"api_pull": {"config": config}}, command="pull"
        )
    else:
        result = execute(resource, trials_job.name, verbose=args.verbose, command="run")
    summary = summarise(result, warehouse, time.monotonic() - started)
    if progress == "json":  # the last event: a scheduler reading the stream needs nothing else
        at = datetime.now(UTC).isoformat(timespec="milliseconds")
        print(json.dumps({"time": at, "event": "summary", **summary.to_dict()}), file=sys.stderr, flush=True)
    print(summary.render(), file=sys.stdout if summary.succeeded else sys.stderr)
    postgres = postgres_url(args)
    if summary.succeeded and postgres:  # the file is published: PostgreSQL receives what it holds
        from pipelines.postgres import PostgresPublishError, publish, report_lines

        try:
            done = publish(warehouse, postgres, args.postgres_reader, args.memory_limit)
            print("\n".join(report_lines(done, args.postgres_reader)))
        except PostgresPublishError as exc:
            print(f"trials: error: {exc}\n{exc.outcome}; {warehouse} is published.", file=sys.stderr)
            return EXIT_NOT_PUBLISHED
    if args.report:
        try:
            write_whole(args.report, json.dumps(summary.to_dict(), indent=2).encode())
        except OSError as exc:
            print(
                f"trials: error: {summary.outcome}, but the report {args.report} could not be written: {exc.strerror or exc}",
                file=sys.stderr,
            )
            return EXIT_NOT_PUBLISHED
    return EXIT_PUBLISHED if summary.succeeded else EXIT_NOT_PUBLISHED


def _history_problem(args: argparse.Namespace) -> str | None:
    """Why ``trials history`` cannot start (no trials named, both IDs and a query, a bad ID), or None."""
    from pipelines.api.history import NotAnNctId, nct_ids

    query = args.query or args.condition or args.sponsor
    if not args.nct_ids and not query:
        return "name the trials (NCT IDs), or a --query, --condition or --sponsor that finds them"
    if args.nct_ids and query:
        return "name the trials or give a query, not both"
    try:
        nct_ids(args.nct_ids)
    except NotAnNctId as exc:
        return str(exc)
    return None


def _holds_a_file(folder: Path) -> bool:
    """Whether ``folder`` holds a file anywhere below it (stops at the first)."""
    return any(path.is_file() for path in folder.rglob("*"))


def execute(
    resource: WarehouseResource,
    job_name: str,
    verbose: bool = False,
    ctgov: ClinicalTrialsApi | None = None,
    ops: dict | None = None,
    command: str = "run",
) -> dg.ExecuteInProcessResult:
    """Run one of the jobs in this process, against the given configuration, tagged as a CLI run
    (``trials/launched_by: cli``, ``trials/command``) so the Dagster UI tells it from its own."""
    # the CLI copies to PostgreSQL itself after the run (and says how it went): never the job
    job = make_definitions(resource, ctgov, PostgresTarget(enabled=False)).resolve_job_def(job_name)
    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    run_config = {"loggers": {"console": {"config": {"log_level": "DEBUG" if verbose else "CRITICAL"}}}, "ops": ops or {}}
    tags = {CLI_TAG: "cli", "trials/command": command}
    with instance:
        return job.execute_in_process(run_config=run_config, instance=instance, raise_on_error=False, tags=tags)


def _skipped_check(record: logging.LogRecord) -> bool:
    """False for Dagster's warning that a blocking check gave no result: it is said of every
    check of a run that found nothing changed, whose steps are skipped on purpose."""
    return "emitted no result" not in record.getMessage()


def _show_progress(mode: str) -> None:
    """Show the ``pipelines.progress`` events on stderr as ``--progress`` asks (``none``: not at all)."""
    plan_log = logging.getLogger("dagster._core.execution.plan.active")
    if _skipped_check not in plan_log.filters:
        plan_log.addFilter(_skipped_check)
    logger = logging.getLogger("pipelines.progress")
    logger.handlers.clear()
    logger.propagate = False
    if (handler := handler_for(mode, sys.stderr)) is not None:
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
