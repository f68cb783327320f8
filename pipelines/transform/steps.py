"""The per-batch work of the parse and contract steps, as picklable top-level functions."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from contracts import PAGE_CONTRACTS
from pipelines.parsing.model import TRIAL_TABLE
from pipelines.transform.batch import parse_parts
from pipelines.transform.contract import enforce_contracts, hard_failures, layer_frame, version_layers
from pipelines.transform.parallel import run_batches
from pipelines.transform.staging import part_dir, read_batch, read_batches, write_batch
from pipelines.transform.units import Unit


@dataclass(frozen=True)
class BatchSummary:
    records: int
    trials: int
    quarantine_rows: int
    rejected: int


@dataclass
class Totals:
    """Sums of batch summaries over a step."""

    records: int = 0
    trials: int = 0
    quarantine_rows: int = 0
    rejected: int = 0


def run_step(func, jobs: list[tuple], workers: int, progress) -> Totals:
    """Run a per-batch function over every batch, advancing ``progress``; return the sums."""
    totals = Totals()
    for summary in run_batches(func, jobs, workers):
        totals.records += summary.records
        totals.trials += summary.trials
        totals.quarantine_rows += summary.quarantine_rows
        totals.rejected += summary.rejected
        progress.advance(summary.records)
    return totals


def _summary(batch) -> BatchSummary:
    rejected = batch.manifest.filter(batch.manifest["outcome"] != "loaded").height
    return BatchSummary(batch.manifest.height, batch.trial_count, batch.quarantine.height, rejected)


@contextmanager
def _no_cycle_collection():
    """Pause Python's cycle collector while a batch is built: parsing makes millions of small
    objects and no cycles, and the collector's passes over them cost 10-15% on JSON."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def parse_batch(units: list[Unit], out: Path, load_id: str, loaded_at: datetime, max_records: int | None = None) -> BatchSummary:
    """Parse a batch of units into ``out``; a batch that meets more than ``max_records`` records
    (one file may hold many) is written as several folders, ``out`` then ``out-0001``, ..."""
    totals = Totals()
    with _no_cycle_collection():
        for part, batch in enumerate(parse_parts(units, load_id, loaded_at, max_records)):
            write_batch(out if part == 0 else part_dir(out, part), batch)
            summary = _summary(batch)
            totals.records += summary.records
            totals.trials += summary.trials
            totals.quarantine_rows += summary.quarantine_rows
            totals.rejected += summary.rejected
    return BatchSummary(totals.records, totals.trials, totals.quarantine_rows, totals.rejected)


def contract_batch(sources: list[Path], out: Path, recorded_at: datetime) -> BatchSummary:
    """Hold one or more parsed batches (``group_batches``), taken as one, to their contracts."""
    batch = enforce_contracts(read_batches(sources, list(PAGE_CONTRACTS)), recorded_at)
    write_batch(out, batch)
    return _summary(batch)


def contract_failures(folder: Path) -> dict[str, int]:
    """Failing cells per table of one staged batch, re-checked against every contract. A broken
    rule is no failure: its row loads as given, and the contract step reported it."""
    batch = read_batch(folder, list(PAGE_CONTRACTS))
    found = dict.fromkeys(PAGE_CONTRACTS, 0)
    for trials in version_layers(batch.tables[TRIAL_TABLE]):  # a trial's versions checked apart (its key)
        for name, model in PAGE_CONTRACTS.items():
            found[name] += len(hard_failures(model, layer_frame(batch, name, trials)))
    return {name: count for name, count in found.items() if count}
