"""Other DuckDB clients the tests read the published warehouse with, installed on first use into
the virtual environment (``.venv/test-clients``), so a fresh clone's ``make test`` gets them:

- the Python package ``duckdb`` 1.0.0, the oldest 1.x release, from PyPI;
- the Node.js client ``@duckdb/node-api`` (its own DuckDB 1.5 build), from the npm registry, at
  the version ``node/package-lock.json`` pins.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
CACHE = Path(sys.prefix) / "test-clients"
OLD_DUCKDB = "1.0.0"


def _install(what: str, target: Path, command: list[str], cwd: Path | None = None) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=cwd)
    if done.returncode != 0:
        shutil.rmtree(target, ignore_errors=True)
        pytest.fail(f"could not install {what} for the client tests:\n{done.stdout}\n{done.stderr}")


def old_duckdb() -> Path:
    """A folder holding the Python package duckdb 1.0.0 (put it on PYTHONPATH, run python -S)."""
    target = CACHE / f"duckdb-{OLD_DUCKDB}"
    if not (target / "duckdb").is_dir():
        target.mkdir(parents=True, exist_ok=True)
        _install(
            f"duckdb=={OLD_DUCKDB}",
            target,
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--no-deps",
                "--disable-pip-version-check",
                "--target",
                str(target),
                f"duckdb=={OLD_DUCKDB}",
            ],
        )
    return target


def node_reader() -> Path:
    """A folder with ``read_while_publishing.mjs`` and its locked ``@duckdb/node-api``."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            pytest.fail(f"the Node.js client test needs {tool} on PATH (Node.js 18 or later)")
    target = CACHE / "node"
    lock = (HERE / "node" / "package-lock.json").read_text()
    if not (target / "node_modules").is_dir() or (target / "package-lock.json").read_text() != lock:
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(HERE / "node", target)
        _install("@duckdb/node-api", target, ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=target)
    shutil.copy(HERE / "node" / "read_while_publishing.mjs", target)
    return target
