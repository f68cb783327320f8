"""``python -m pipelines.docs_site [--output DIR] [--mermaid FILE]`` (``make docs``): build the
static, searchable docs site (default ``build/docs``; open its ``index.html``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipelines.docs_site.build import build
from pipelines.docs_site.mermaid import VERSION, MermaidUnavailable


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.docs_site", description=__doc__)
    parser.add_argument("--output", type=Path, default=Path("build/docs"), help="the folder to write (replaced whole; default build/docs)")
    parser.add_argument("--mermaid", type=Path, help=f"a mermaid.min.js to use (Mermaid {VERSION}) instead of downloading it once")
    args = parser.parse_args(argv)
    try:
        index = build(args.output, args.mermaid)
    except MermaidUnavailable as error:
        print(f"docs: {error}", file=sys.stderr)
        return 1
    print(f"docs: open {index}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
