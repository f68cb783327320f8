"""Progress of long steps: to the Dagster log and to the ``pipelines.progress`` logger (the CLI
shows the latter on stderr)."""

from __future__ import annotations

import logging
import time

progress_log = logging.getLogger("pipelines.progress")


class Progress:
    def __init__(self, context_log, step: str, total: int) -> None:
        self.log = context_log
        self.step = step
        self.total = total
        self.done = 0
        self.started = time.monotonic()

    def advance(self, count: int) -> None:
        self.done += count
        elapsed = time.monotonic() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        message = f"{self.step}: {self.done:,}/{self.total:,} files ({rate:,.0f}/s)"
        self.log.info(message)
        progress_log.info(message)
