"""Run a per-batch function over batches, in worker processes when asked, in batch order.

Workers write their output themselves (to staging), so only small summaries cross processes.
Each worker process handles one batch and exits, so a long run's memory cannot creep up batch
after batch (the allocator rarely hands freed memory back); workers fork from a server that has
already imported the pipeline, so a fresh one starts in milliseconds.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

# Imported once by the fork server, in order, so each worker forked from it starts ready: its
# environment first (before polars is imported), then the steps.
_PRELOAD = ["pipelines.transform.worker_env", "pipelines.transform.steps"]

R = TypeVar("R")


def run_batches(func: Callable[..., R], jobs: list[tuple], workers: int) -> Iterator[R]:
    """Yield ``func(*job)`` for each job, in order; ``workers > 1`` uses a process pool."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield func(*job)
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context(), max_tasks_per_child=1) as pool:
        futures = [pool.submit(func, *job) for job in jobs[: workers * 2]]
        next_job = len(futures)
        for index in range(len(jobs)):
            result = futures[index].result()
            futures[index] = None  # let the finished future go
            if next_job < len(jobs):
                futures.append(pool.submit(func, *jobs[next_job]))
                next_job += 1
            yield result


def in_own_process(func: Callable[..., R], *args) -> R:
    """``func(*args)`` in a process of its own (forked from the workers' server): what it
    allocates on the way is given back when it exits, where this process would keep it (Python
    rarely returns freed memory); only its result comes back, and its exception is raised here."""
    with ProcessPoolExecutor(max_workers=1, mp_context=_context(), max_tasks_per_child=1) as pool:
        return pool.submit(func, *args).result()


def _context():
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context
