"""Run a per-batch function over batches, in worker processes when asked, in batch order.

Workers write their output themselves (to staging), so only small summaries cross processes.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def run_batches(func: Callable[..., R], jobs: list[tuple], workers: int) -> Iterator[R]:
    """Yield ``func(*job)`` for each job, in order; ``workers > 1`` uses a process pool."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield func(*job)
        return
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [pool.submit(func, *job) for job in jobs[: workers * 2]]
        next_job = len(futures)
        for index in range(len(jobs)):
            result = futures[index].result()
            futures[index] = None  # let the finished future go
            if next_job < len(jobs):
                futures.append(pool.submit(func, *jobs[next_job]))
                next_job += 1
            yield result
