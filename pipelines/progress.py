"""Progress of long steps: to the Dagster log and to the ``pipelines.progress`` logger (the CLI
shows the latter on stderr)."""

from __future__ import annotations

import logging
import time

progress_log = logging.getLogger("pipelines.progress")
# The metadata key under which a step reports what the run summary shows as warnings (one a line).
WARNINGS = "warnings"


def announce(context_log, message: str) -> None:
    """One progress line, to the Dagster log and to the CLI."""
    context_log.info(message)
    progress_log.info(message)


class Progress:
    """Batches done out of the step's total, and records through so far."""

    def __init__(self, context_log, step: str, batches: int) -> None:
        self.log = context_log
        self.step = step
        self.batches = batches
        self.batches_done = 0
        self.records = 0
        self.started = time.monotonic()

    def advance(self, records: int) -> None:
        self.batches_done += 1
        self.records += records
        elapsed = time.monotonic() - self.started
        rate = self.records / elapsed if elapsed > 0 else 0.0
        announce(self.log, f"{self.step}: batch {self.batches_done:,}/{self.batches:,}, {self.records:,} records ({rate:,.0f}/s)")
