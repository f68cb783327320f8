"""``python -m pipelines.bench``: see ``run.py``."""

import sys

from pipelines.bench.run import main

sys.exit(main())
