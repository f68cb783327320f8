"""``python -m pipelines.dictionary [--check]``: regenerate the data dictionary, or check it is current."""

from __future__ import annotations

import argparse
import sys

from pipelines.dictionary.render import PROJECT_DIR, stale_files, write


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.dictionary", description=__doc__)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when a file is out of date")
    args = parser.parse_args(argv)
    changed = stale_files() if args.check else write()
    for path in changed:
        print(f"{'out of date' if args.check else 'updated'}: {path.relative_to(PROJECT_DIR)}")
    if args.check and changed:
        print("run `make dictionary` to regenerate them from the contracts", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
