"""``python -m pipelines.dictionary [--check]``: the same as ``python -m pipelines.generate``
(the dictionary is generated with the SQL it describes)."""

from __future__ import annotations

import sys

from pipelines.generate.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
