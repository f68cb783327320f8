"""Batches in worker processes: a worker per CPU, each running polars on one thread."""

from pipelines.transform.parallel import run_batches


def _polars_threads(_: int) -> int:
    import polars

    return polars.thread_pool_size()


def test_each_worker_runs_polars_on_one_thread():
    assert list(run_batches(_polars_threads, [(1,), (2,), (3,)], 2)) == [1, 1, 1]
