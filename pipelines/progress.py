"""Progress of long steps: to the Dagster log and to the ``pipelines.progress`` logger (the CLI
shows the latter on stderr)."""

from __future__ import annotations

import logging
import time

from pipelines.progress_display import describe

progress_log = logging.getLogger("pipelines.progress")
# The metadata key under which a step reports what the run summary shows as warnings (one a line).
WARNINGS = "warnings"


def announce(context_log, message: str, event: dict | None = None) -> None:
    """One progress line, to the Dagster log and to the CLI; ``event`` is what the CLI's
    ``--progress json`` writes of it (``{"event": "message"}`` when none)."""
    context_log.info(message)
    progress_log.info(message, extra={"progress": event or {"event": "message"}})


class Progress:
    """Units (batches, tables) done out of the step's total, and records through so far."""

    def __init__(self, context_log, step: str, batches: int, unit: str = "batch") -> None:
        self.log = context_log
        self.step = step
        self.unit = unit
        self.batches = batches
        self.batches_done = 0
        self.records = 0
        self.started = time.monotonic()

    def advance(self, records: int = 0, item: str | None = None) -> None:
        """One more unit done, with the records it held and its name (a table's)."""
        self.batches_done += 1
        self.records += records
        elapsed = time.monotonic() - self.started
        rate = self.records / elapsed if elapsed > 0 else 0.0
        # the batches left at the pace of those done so far
        eta = elapsed / self.batches_done * (self.batches - self.batches_done) if self.batches_done else None
        event = {
            "event": "batch",
            "step": self.step,
            "unit": self.unit,
            "item": item,
            "batch": self.batches_done,
            "batches": self.batches,
            "records": self.records,
            "rate": round(rate, 1),
            "elapsed_s": round(elapsed, 3),
            "eta_s": None if eta is None else round(eta, 3),
        }
        announce(self.log, describe(event), event)
