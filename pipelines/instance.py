"""``python -m pipelines.instance DIR``: write the bundled Dagster instance configuration to
``DIR/dagster.yaml`` (a ``DAGSTER_HOME``), unless one is there already. No dagster here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipelines.locations import instance_config


def write_instance(home: Path, force: bool = False) -> Path:
    target = home / "dagster.yaml"
    if force or not target.exists():
        home.mkdir(parents=True, exist_ok=True)
        target.write_text(instance_config(), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.instance", description=__doc__)
    parser.add_argument("home", type=Path, help="the DAGSTER_HOME folder")
    parser.add_argument("--force", action="store_true", help="replace a dagster.yaml that is there")
    args = parser.parse_args(argv)
    print(write_instance(args.home, args.force))
    return 0


if __name__ == "__main__":
    sys.exit(main())
