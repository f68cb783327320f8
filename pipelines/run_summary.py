"""What a run did, read back from the published warehouse and the run's events."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import dagster as dg

from pipelines.assets.landing import UNCHANGED
from pipelines.parsing.reader import display_path
from pipelines.progress import WARNINGS
from pipelines.transform.versions import SUPERSEDED_IN_RUN
from pipelines.warehouse.paths import connect_read_only
from pipelines.warehouse.sql_files import run_sql, run_sql_row


@dataclass
class RunSummary:
    published: bool
    warehouse: Path
    seconds: float
    run: dict = field(default_factory=dict)
    quarantine_reasons: list[tuple[str, int]] = field(default_factory=list)
    pull: tuple | None = None
    failures: list[str] = field(default_factory=list)
    stages: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    unchanged: bool = False  # nothing new or changed: the published warehouse was left as it is

    @property
    def succeeded(self) -> bool:
        return self.published or self.unchanged

    @property
    def outcome(self) -> str:
        """What became of the warehouse, in words."""
        return "the warehouse was published" if self.published else "nothing changed" if self.unchanged else "nothing was published"

    def to_dict(self) -> dict:
        """The summary as plain JSON values (``trials run --report``)."""
        pull = (
            dict(zip(("scope", "since", "watermark", "data_timestamp", "pages", "studies"), map(_plain, self.pull), strict=True))
            if self.pull
            else None
        )
        return {
            "published": self.published,
            "unchanged": self.unchanged,
            "warehouse": str(self.warehouse),
            "seconds": round(self.seconds, 3),
            "stages": {k: round(v, 3) for k, v in self.stages.items()},
            "run": {k: _plain(v) for k, v in self.run.items()},
            "pull": pull,
            "quarantine_reasons": [{"reason": r, "count": c} for r, c in self.quarantine_reasons],
            "failures": self.failures,
            "warnings": self.warnings,
        }

    def render(self) -> str:
        if self.unchanged:
            seen = self.run["files_seen"]
            return (
                f"Nothing changed ({self.seconds:.1f} s): {seen:,} file{'s' * (seen != 1)} seen, each as the warehouse has it; "
                f"{display_path(self.warehouse)} is left as published."
            )
        if not self.published:
            lines = [f"Nothing published ({self.seconds:.1f} s); {display_path(self.warehouse)} is unchanged."]
            lines += [f"  - {failure}" for failure in self.failures] or ["  - the run failed"]
            lines += [f"  warning: {warning}" for warning in self.warnings]
            return "\n".join(lines)
        r = self.run
        records = r["records_loaded"] + (r.get("records_history") or 0) + r["records_quarantined"]
        # A copy superseded by a newer one (a text page by its JSON twin) is no failure: said apart.
        superseded = dict(self.quarantine_reasons).get(SUPERSEDED_IN_RUN, 0)
        reasons = [(reason, count) for reason, count in self.quarantine_reasons if reason != SUPERSEDED_IN_RUN]
        rate = records / self.seconds if self.seconds > 0 else 0.0
        lines = [f"Published {display_path(self.warehouse)}"]
        if self.pull is not None:
            scope, since, watermark, data_timestamp, pages, studies = self.pull
            lines.append(
                f"  pulled           {studies:>10,}  studies in {pages:,} pages ({scope}; updated since "
                f"{since or 'the beginning'}; registry data of {data_timestamp}; watermark now {watermark})"
            )
        lines += [
            f"  files seen       {r['files_seen']:>10,}  ({r['files_unchanged']:,} unchanged, {r['files_parsed']:,} parsed)",
            f"  trials loaded    {r['records_loaded']:>10,}",
            *(
                [f"  past versions    {r['records_history']:>10,}  records: older versions of their trial, kept in the history tables"]
                if r.get("records_history")
                else []
            ),
            *(
                [
                    f"  superseded       {superseded:>10,}  records: another copy of the same version of the trial (its JSON twin) was loaded instead"
                ]
                if superseded
                else []
            ),
            f"  quarantined      {r['records_quarantined'] - superseded:>10,}  records ({r['issues_recorded']:,} quarantine rows in all)",
            *(
                [f"  inputs skipped   {r['inputs_skipped']:>10,}  (not read: see the quarantine table, action 'skipped')"]
                if r["inputs_skipped"]
                else []
            ),
            f"  trials in total  {r['trials_total']:>10,}",
            f"  file             {r['file_bytes'] / 2**20:>10,.0f} MiB" + ("  (written whole)" if r["compacted"] else ""),
            f"  time             {self.seconds:>10.1f} s  ({rate:,.0f} records/s)",
            "  stages           " + ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in self.stages.items()),
        ]
        if reasons:
            lines.append("  quarantine reasons (see the quarantine table):")
            lines += [f"    {count:>6,}  {reason}" for reason, count in reasons]
        lines += [f"  warning: {warning}" for warning in self.warnings]
        return "\n".join(lines)


def summarise(result: dg.ExecuteInProcessResult, warehouse: Path, seconds: float) -> RunSummary:
    summary = RunSummary(published=False, warehouse=warehouse, seconds=seconds)
    summary.failures = _failures(result)
    summary.stages = stage_seconds(result)
    materialized = result.get_asset_materialization_events()
    summary.warnings = [
        line
        for event in materialized
        for line in str(getattr(event.materialization.metadata.get(WARNINGS), "value", "") or "").splitlines()
        if line
    ]
    published = any(event.asset_key == dg.AssetKey("published_warehouse") for event in materialized)
    unchanged = [
        event.asset_observation_data.asset_observation.metadata
        for event in result.get_asset_observation_events()
        if event.asset_key == dg.AssetKey("landing_files") and UNCHANGED in event.asset_observation_data.asset_observation.metadata
    ]
    if result.success and unchanged:
        summary.unchanged = True
        seen = unchanged[0]["files_seen"].value
        nothing = dict.fromkeys(("records_loaded", "records_quarantined", "issues_recorded", "inputs_skipped"), 0)
        summary.run = {"files_seen": seen, "files_unchanged": seen, "files_parsed": 0, **nothing}
        return summary
    if not (result.success and published):
        return summary
    with connect_read_only(warehouse) as con:
        params = {"load_id": result.run_id}
        summary.run = run_sql_row(con, "runs/run_summary", params)
        summary.quarantine_reasons = [(r, c) for r, c in run_sql(con, "runs/run_quarantine_reasons", params)]
        summary.pull = next(iter(run_sql(con, "runs/run_pull", params)), None)
    summary.published = True
    return summary


# The stage of each asset group: discover (find what changed), parse, validate, load (with its
# checks), publish. A step's stage is its asset's group's; a check's, that of the asset it checks.
STAGE_OF_GROUP = {"landing": "discover", "parse": "parse", "contract": "validate", "warehouse": "load", "publish": "publish"}
STAGES = ("discover", "parse", "validate", "load", "publish")


@cache
def stage_of_step() -> dict[str, str]:
    """Every step of the definitions (an asset's or a check's op) and its stage."""
    from pipelines.definitions import ASSETS, CHECKS

    group_of: dict[dg.AssetKey, str] = {}
    stages: dict[str, str] = {}
    for asset in ASSETS:
        group_of.update(asset.group_names_by_key)
        stages[asset.node_def.name] = STAGE_OF_GROUP[next(iter(asset.group_names_by_key.values()))]
    for check in CHECKS:
        stages[check.node_def.name] = STAGE_OF_GROUP[group_of[next(iter(check.check_keys)).asset_key]]
    return stages


def stage_seconds(result: dg.ExecuteInProcessResult) -> dict[str, float]:
    """Seconds spent in each stage, from the duration of every step that succeeded."""
    totals = dict.fromkeys(STAGES, 0.0)
    stages = stage_of_step()
    for event in result.all_events:
        if event.event_type_value == "STEP_SUCCESS":
            stage = stages.get(event.step_key, "other")
            totals[stage] = totals.get(stage, 0.0) + event.event_specific_data.duration_ms / 1000
    return totals


def _plain(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def _failures(result: dg.ExecuteInProcessResult) -> list[str]:
    messages = []
    for event in result.all_events:
        if event.event_type_value == "ASSET_CHECK_EVALUATION" and not event.event_specific_data.passed:
            evaluation = event.event_specific_data
            details = ", ".join(f"{k}={v.value}" for k, v in evaluation.metadata.items())
            messages.append(f"blocking check failed: {evaluation.asset_key.to_user_string()} {evaluation.check_name} ({details})")
        elif event.event_type_value in ("STEP_FAILURE", "RESOURCE_INIT_FAILURE"):
            cause = event.event_specific_data.error  # the first error that is not Dagster's own wrapper: the user-facing one
            while cause.cause is not None and (cause.cls_name or "").startswith("Dagster"):
                cause = cause.cause
            where = f"step {event.step_key} failed" if event.step_key else "the run could not start"
            messages.append(f"{where}: {describe_error(cause.message)}")
    return messages


_QUALIFIED = re.compile(r"^(?:[A-Za-z_][\w]*\.)+(\w+): ")
_HINTS = (
    ("Out of Memory", "DuckDB ran out of memory: give it more with --memory-limit, or free memory on the machine"),
    ("No space left on device", "the disk is full: free space where the warehouse and its work folder live"),
    ("Read-only file system", "the warehouse's folder is read-only: choose a --warehouse you can write"),
)


def describe_error(message: str) -> str:
    """An exception's message as one line that says what happened: its first line (DuckDB's
    last lines are advice and links), the class without its module, our own errors without it,
    and what to do for the common causes."""
    first = next((line.strip() for line in message.splitlines() if line.strip()), "an unknown error")
    if first.startswith("pipelines.") and ": " in first:
        first = first.split(": ", 1)[1]
    first = _QUALIFIED.sub(r"\1: ", first)
    hints = [hint for marker, hint in _HINTS if marker in message]
    return f"{first} ({hints[0]})" if hints else first
