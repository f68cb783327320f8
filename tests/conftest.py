"""Shared fixtures: the registry samples copied into tests/fixtures, and helpers to run the CLI."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest

from pipelines.parsing.model import CHILD_TABLES
from pipelines.parsing.reader import decode_page
from pipelines.parsing.registry_json import JSON_ONLY_TABLES

FIXTURES = Path(__file__).parent / "fixtures"
PROJECT = Path(__file__).resolve().parents[1]
# One copy of the sample records serves `make run` (data/samples, installed with the package) and the tests.
SAMPLES = PROJECT / "data" / "samples"
SEED = SAMPLES / "NCT02013167.txt"  # the original page: the authority on the format
TEXT_PAGES = sorted(p for p in SAMPLES.glob("*.txt") if p != SEED)  # the 13 other pages
JSON_DIR = SAMPLES / "json"  # their 13 API v2 twins
# A study holding every leaf path the registry publishes outside its results (made from a real one).
EVERY_FIELD = Path(__file__).parent / "fixtures" / "json" / "every_field.json"
BAD_DIR = FIXTURES / "bad"


# The tables a registry text page fills (with the trial), and those it shares with the JSON twins.
TEXT_ONLY_TABLES = ("related_trials",)
TEXT_CHILD_TABLES = [t for t in CHILD_TABLES if t not in JSON_ONLY_TABLES]
SHARED_CHILD_TABLES = [t for t in TEXT_CHILD_TABLES if t not in TEXT_ONLY_TABLES]

FAST = ("parsing", "transform", "contracts")  # the folders of the inner loop (make test-fast)


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        if item.path.parent.name in FAST and item.path.parent.parent.name == "tests":
            item.add_marker(pytest.mark.fast)


@contextmanager
def held_read_write(path: Path) -> Iterator[None]:
    """Another process holding the warehouse open read-write, as DBeaver does by default."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time, duckdb; con = duckdb.connect(sys.argv[1]); print('open', flush=True); time.sleep(60)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        yield
    finally:
        holder.kill()
        holder.wait()


def read_page(path: Path) -> str:
    """A page file decoded as the pipeline decodes it."""
    return decode_page(path.read_bytes(), path.name)


def sample_ids() -> list[str]:
    return [p.stem for p in TEXT_PAGES]


@pytest.fixture
def good_dir(tmp_path: Path) -> Path:
    """The seed and the 13 sample pages, as a user would drop them in a folder."""
    folder = tmp_path / "good"
    folder.mkdir()
    shutil.copy(SEED, folder / "NCT02013167.txt")
    for page in TEXT_PAGES:
        shutil.copy(page, folder / page.name)
    return folder


@pytest.fixture
def noisy_dir(tmp_path: Path) -> Path:
    """The same pages with CRLF endings, a BOM, trailing blanks, upper-case names, gzip and nesting."""
    folder = tmp_path / "noisy"
    pages = [SEED, *TEXT_PAGES]
    for i, page in enumerate(pages):
        text = page.read_text(encoding="utf-8")
        name = "NCT02013167.txt" if page == SEED else page.name
        target = folder / f"level{i % 3}" / ("deeper" if i % 2 else "") / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if i % 4 == 0:
            target.write_bytes(codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode())
        elif i % 4 == 1:
            target.with_name(name.replace(".txt", ".TXT")).write_text("\n".join(line + "  \t" for line in text.split("\n")) + "\n\n\n")
        elif i % 4 == 2:
            target.with_name(name + ".gz").write_bytes(gzip.compress(text.replace("\n", "\r\n").encode()))
        else:
            target.write_text(text)
    (folder / "README.md").write_text("not a page: ignored\n")
    return folder


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    return tmp_path / "warehouse" / "trials.duckdb"


def run_cli(*args: str | Path, timeout: float = 300, **popen) -> subprocess.CompletedProcess:
    """Run ``python -m pipelines`` as a user would, in a clean environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRIALS_", "DAGSTER_HOME"))}
    return subprocess.run(
        [sys.executable, "-m", "pipelines", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=popen.pop("cwd", PROJECT),
        **popen,
    )


def query(path: Path, statement: str, params: dict | None = None) -> list[tuple]:
    """Read the published warehouse the way a BI tool does: read-only."""
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(statement, params).fetchall()


def table_contents(path: Path, tables: list[str], exclude: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """Each table's rows (without the ``exclude`` columns), sorted, as comparable strings."""
    with duckdb.connect(str(path), read_only=True) as con:
        contents = {}
        for table in tables:
            relation = con.table(table)
            keep = [c for c in relation.columns if c not in exclude]
            contents[table] = sorted(map(repr, relation.select(*keep).fetchall()))
        return contents


def study_breaking_every_rule() -> dict:
    """every_field.json with each rule of the result contracts broken once (six breaches)."""
    study = json.loads(EVERY_FIELD.read_text(encoding="utf-8"))
    results = study["resultsSection"]
    events = results["adverseEventsModule"]
    events["otherEvents"][0]["stats"][0].update(numAffected=25, numAtRisk=20)  # more affected than at risk
    events["seriousEvents"][0]["stats"][1]["groupId"] = "EG009"  # no such group
    events["eventGroups"][1]["deathsNumAffected"] = -1  # a negative count
    outcome = results["outcomeMeasuresModule"]["outcomeMeasures"][0]
    outcome["analyses"][0].update(pValue="1.2", ciPctValue="0")
    flow = results["participantFlowModule"]["periods"][0]["milestones"][0]["achievements"][0]
    flow["numSubjects"] = "-3"
    return study
