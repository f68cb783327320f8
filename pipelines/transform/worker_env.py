"""The workers' environment, set first by their fork server (``parallel.py``), before anything
imports polars: a run has a worker process per CPU, so each worker's polars uses one thread (a
pool of its own in every worker put twice as many threads as CPUs on the machine; one thread
each validates 100,000 studies about 15% faster). A value the user set is kept."""

import os

os.environ.setdefault("POLARS_MAX_THREADS", "1")
