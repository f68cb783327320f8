"""``make bench``: the real CLI on a generated corpus, measured, and the result kept in docs.

For each form (text pages, JSON API pages) and corpus size: generate N records by cloning the
bundled samples under new NCT IDs, time reading the same bytes (the floor), then run ``trials
run`` into a fresh warehouse three times: full load, after changing 1% of the records, and with
nothing changed. Each run is timed
end to end and per stage (from its ``--report``), and the peak RSS of its whole process tree
(the CLI and its parser processes) is sampled. The benchmark reports; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import psutil

from pipelines.bench.corpus import make_corpus
from pipelines.bench.registry_corpus import RegistryClones, write_archive, write_pages
from pipelines.locations import samples_dir, user_data_dir
from pipelines.parsing.model import TABLES
from pipelines.parsing.registry_results import RESULT_TABLES
from pipelines.warehouse.runs import count_rows, table_counts
from pipelines.warehouse.sql_files import run_sql, sql

TEMPLATES = samples_dir()
JSON_TEMPLATES = TEMPLATES / "json"
FORMATS = ("text", "json", "archive")
DEFAULT_FORMATS = ("text", "json")  # make bench FORMAT=archive for the bulk archive
STAGES = ("discover", "parse", "validate", "load", "publish")


@dataclass
class Measured:
    label: str
    seconds: float
    peak_rss: int
    report: dict

    @property
    def records(self) -> int:
        return self.report["run"]["records_loaded"] + self.report["run"]["records_quarantined"]


def tree_rss(root: psutil.Process) -> int:
    """Resident memory of a process and all its descendants, now."""
    total = 0
    for process in [root, *root.children(recursive=True)]:
        try:
            total += process.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def cli(what: str, *args: str) -> tuple[float, int, str]:
    """``python -m pipelines ARGS`` as a user would run it (no ``TRIALS_`` or ``DAGSTER_HOME``
    variables), timed, with the peak RSS of its process tree: seconds, bytes and what it printed
    (stdout). A failure stops the bench, saying ``what`` failed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRIALS_", "DAGSTER_HOME"))}
    started = time.monotonic()
    # files, not pipes: a process that prints much never blocks on a pipe nobody reads yet
    with tempfile.TemporaryFile("w+") as said, tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen([sys.executable, "-m", "pipelines", *args], stdout=said, stderr=errors, text=True, env=env)
        root, peak = psutil.Process(process.pid), 0
        while process.poll() is None:
            peak = max(peak, tree_rss(root))
            time.sleep(0.05)
        seconds = time.monotonic() - started
        said.seek(0)
        errors.seek(0)
        if process.returncode != 0:
            raise SystemExit(f"bench: the {what} failed (exit {process.returncode}):\n{errors.read()}")
        return seconds, peak, said.read()


def run_cli(label: str, corpus: Path, warehouse: Path, work: Path, workers: int) -> Measured:
    report = work / f"{label}.json"
    args = ["run", "--source", str(corpus), "--warehouse", str(warehouse), "--quiet", "--report", str(report)]
    seconds, peak, _ = cli(f"{label} run", *args, *(["--workers", str(workers)] if workers else []))
    return Measured(label, seconds, peak, json.loads(report.read_text()))


@dataclass
class Published:
    label: str
    seconds: float
    peak_rss: int
    said: str  # what the CLI said of the publish (its first line)


def publish_cli(label: str, warehouse: Path, url: str, full: bool) -> Published:
    """``trials publish --postgres URL`` of the bench warehouse, timed, with its peak RSS."""
    args = ["publish", "--postgres", url, "--warehouse", str(warehouse), *(["--full"] if full else [])]
    seconds, peak, said = cli(f"{label} PostgreSQL publish", *args)
    return Published(label, seconds, peak, said.splitlines()[0].split(": ", 1)[-1])


def postgres_size(url: str) -> int:
    """Bytes of the database the bench publishes into."""
    import adbc_driver_postgresql.dbapi as postgres

    with postgres.connect(url) as con:
        cursor = con.cursor()
        cursor.execute(sql("bench/postgres_size").strip().removesuffix(";"))
        return int(cursor.fetchone()[0])


def render_publishes(published: list[Published], size: int) -> list[str]:
    """The PostgreSQL publishes after each run, as a table."""
    return [
        "PostgreSQL publish after each run (`trials publish --postgres`, the first one `--full`):",
        "",
        "| after the run | seconds | peak RSS | what it did |",
        "|---|---:|---:|---|",
        *(f"| {p.label} | {p.seconds:.1f} | {p.peak_rss / 2**20:,.0f} MiB | {p.said} |" for p in published),
        "",
        f"The database is {size / 2**30:.1f} GiB after them.",
        "",
    ]


def read_floor(files: list[Path]) -> tuple[float, int]:
    """Seconds to read every file's bytes once (page cache warm, as for the runs), and the bytes."""
    started, size = time.monotonic(), 0
    for path in files:
        size += len(path.read_bytes())
    return time.monotonic() - started, size


def change_one_percent(files: list[Path]) -> int:
    """Give every hundredth page a later Last Updated date, as a registry update would."""
    changed = files[::100]
    for path in changed:
        text = path.read_text(encoding="utf-8")
        start = text.index("Last Updated: ")
        end = text.index("\n", start)
        path.write_text(text[:start] + "Last Updated: 2099-12-31" + text[end:], encoding="utf-8")
    return len(changed)


def machine() -> str:
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines() if line.startswith("model name")]
        model = names[0] if names else model
    memory = psutil.virtual_memory().total / 2**30
    return (
        f"{model}, {os.cpu_count()} CPUs, {memory:.0f} GiB RAM; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, DuckDB {duckdb.__version__}"
    )


FIRST_NUMBER = 90_000_000


def bench(pages: int, work: Path, workers: int, form: str = "text", days: int = 0, postgres: str | None = None) -> list[str]:
    """Full, 1%-changed and no-op runs on ``pages`` records in ``form``, rendered as markdown;
    with ``postgres`` (a URL), each run is followed by a PostgreSQL publish, timed.

    text: one page per file, and 1% of the files rewritten with a later Last Updated. json: API
    v2 pages of 1,000 studies shaped like the registry (``registry_corpus.py``), and a day's
    pull of 1% of the studies landed as new pages. archive: the same studies as the registry's
    bulk archive, then the archive downloaded again with 1% of its studies changed; and, for
    comparison, what a user might do instead: DuckDB's own ``read_json`` over the same studies.
    """
    corpus = work / f"corpus-{form}-{pages}"
    shutil.rmtree(corpus, ignore_errors=True)
    print(f"bench: generating {pages:,} {form} records in {corpus}", file=sys.stderr)
    comparison: list[str] = []
    if form == "json":
        files = write_pages(corpus / "full", RegistryClones(JSON_TEMPLATES_LIST()).studies(pages, FIRST_NUMBER))
    elif form == "archive":
        files = [corpus / "ctg-studies.json.zip"]
        write_archive(files[0], RegistryClones(JSON_TEMPLATES_LIST()).studies(pages, FIRST_NUMBER))
        comparison = duckdb_read_json(files[0], work)
    else:
        files = make_corpus(sorted(TEMPLATES.glob("*.txt")), corpus, pages)
    floor, size = read_floor(files)
    warehouse = work / f"bench-{form}-{pages}.duckdb"
    remove_warehouse(warehouse)
    runs, published = [], []
    for label in ("full", "incremental", "no-op"):
        if label == "incremental":
            if form == "json":
                changed = RegistryClones(JSON_TEMPLATES_LIST(), seed=12).studies(pages, FIRST_NUMBER, updated="2099-12-31", every=100)
                write_pages(corpus / "update", changed)
            elif form == "archive":  # downloaded again: the same studies, 1% of them changed
                write_archive(files[0], RegistryClones(JSON_TEMPLATES_LIST()).studies(pages, FIRST_NUMBER, changed_every=100))
            else:
                change_one_percent(files)
        print(f"bench: {label} run on {pages:,} {form} records", file=sys.stderr)
        runs.append(run_cli(label, corpus, warehouse, work, workers))
        if label == "full":
            rows = duckdb_rows(warehouse)
        if postgres:
            print(f"bench: PostgreSQL publish after the {label} run", file=sys.stderr)
            published.append(publish_cli(label, warehouse, postgres, full=label == "full"))
    growth = []
    if days and form == "json":
        from pipelines.bench.daily import daily_history  # it reads this module's helpers

        growth = daily_history(pages, corpus, warehouse, work, workers, days, runs[1])
    shutil.rmtree(corpus, ignore_errors=True)
    titles = {
        "text": f"{pages:,} pages",
        "json": f"{pages:,} JSON studies in {len(files):,} API pages",
        "archive": f"{pages:,} JSON studies in the bulk archive",
    }
    publishes = render_publishes(published, postgres_size(postgres)) if postgres else []
    return render(titles[form], size, floor, runs, rows) + publishes + growth + comparison


def duckdb_rows(warehouse: Path) -> dict[str, int]:
    """Rows per page table of a warehouse (to tell two loads hold the same data)."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return table_counts(con, TABLES)


def remove_warehouse(warehouse: Path) -> None:
    """A bench warehouse and its work folder, gone (each run starts from nothing)."""
    shutil.rmtree(warehouse.parent / f".{warehouse.name}.work", ignore_errors=True)
    warehouse.unlink(missing_ok=True)


def JSON_TEMPLATES_LIST() -> list[Path]:  # noqa: N802 (a constant's value, read when asked)
    return sorted(JSON_TEMPLATES.glob("*.json"))


def duckdb_read_json(archive: Path, work: Path) -> list[str]:
    """What a user might do instead, on the same studies: the archive to NDJSON, then DuckDB's
    ``read_json`` with a few ``unnest`` into trials, sites and conditions (no contracts, no
    quarantine, no history, no publish). Timed end to end, the NDJSON step included."""
    folder = work / "read_json"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.monotonic()
    ndjson = folder / "studies.ndjson"
    with zipfile.ZipFile(archive) as source, ndjson.open("wb") as out:
        for info in source.infolist():
            out.write(source.read(info).replace(b"\n", b" ") + b"\n")
    unpacked = time.monotonic() - started
    done: dict[str, tuple[float, int]] = {}  # table: seconds, rows
    failed = ""
    with duckdb.connect(str(folder / "read_json.duckdb"), config={"memory_limit": READ_JSON_MEMORY}) as con:
        for name in READ_JSON_STATEMENTS:
            table, step = name.removeprefix("bench/read_json_"), time.monotonic()
            try:
                run_sql(con, name, {"path": str(ndjson)} if "$path" in sql(name) else None)
            except duckdb.Error as exc:  # it is a comparison: its failure is a result too
                failed = f"; {table} failed after {time.monotonic() - step:.1f} s: {str(exc).splitlines()[0]}"
                break
            done[table] = (time.monotonic() - step, count_rows(con, table))
    seconds = time.monotonic() - started
    shutil.rmtree(folder, ignore_errors=True)
    rate = "" if failed else f", {done['trials'][1] / seconds:,.0f} trials/s"
    steps = ", ".join(f"{table} {took:.1f} s ({rows:,} rows)" for table, (took, rows) in done.items())
    return [
        f"DuckDB's own `read_json` on the same studies, as a user might load them instead (zip to NDJSON {unpacked:.1f} s, then "
        f"`read_json` and `unnest` into trials, sites and conditions, {READ_JSON_MEMORY} memory limit; no contracts, quarantine "
        f"or publish): {seconds:.1f} s in all{rate}; {steps or 'nothing loaded'}{failed}.",
        "",
    ]


READ_JSON_MEMORY = "1GB"
READ_JSON_STATEMENTS = ("bench/read_json_studies", "bench/read_json_trials", "bench/read_json_sites", "bench/read_json_conditions")


def render(title: str, size: int, floor: float, runs: list[Measured], rows: dict[str, int]) -> list[str]:
    """The runs as a table, and the rows the full run loaded (``rows``: per table)."""
    full = runs[0]
    lines = [
        f"### {title} ({size / 2**20:,.0f} MiB; reading them takes {floor:.1f} s, the floor)",
        "",
        "| run | records | seconds | records/s | µs/record | " + " | ".join(STAGES) + " | peak RSS (tree) |",
        "|---|---:|---:|---:|---:|" + "---:|" * len(STAGES) + "---:|",
    ]
    for run in runs:
        rate = run.records / run.seconds if run.seconds else 0.0
        per_record = f"{run.seconds / run.records * 1e6:,.0f}" if run.records else "–"
        stages = " | ".join(f"{run.report['stages'].get(stage, 0.0):.1f}" for stage in STAGES)
        lines.append(
            f"| {run.label} | {run.records:,} | {run.seconds:.1f} | {rate:,.0f} | {per_record} | {stages} | "
            f"{run.peak_rss / 2**20:,.0f} MiB |"
        )
    loaded = sum(rows.values())
    results = sum(count for table, count in rows.items() if table in RESULT_TABLES)
    lines += [
        "",
        f"Incremental run: {runs[1].seconds / full.seconds:.0%} of the full run; no-op run: {runs[2].seconds:.1f} s. "
        f"The full run loaded {loaded:,} rows into the {len(rows)} record tables ({loaded / full.seconds:,.0f} rows/s), "
        f"{results:,} of them into the result tables.",
        "",
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[100_000], metavar="N", help="corpus sizes (default 100000)")
    parser.add_argument(
        "--work", type=Path, default=None, help="where corpora and warehouses go (default: bench/ in the user's data folder)"
    )
    parser.add_argument("--workers", type=int, default=0, help="parser processes (default: the CLI's, one per CPU)")
    parser.add_argument(
        "--format",
        nargs="+",
        choices=FORMATS,
        default=list(DEFAULT_FORMATS),
        dest="formats",
        help="text pages, JSON API pages, the bulk archive (default: text and json)",
    )
    parser.add_argument(
        "--days", type=int, default=0, help="then this many daily 1%% pulls on the JSON form, and a fresh load to compare the file with"
    )
    parser.add_argument(
        "--postgres",
        metavar="URL",
        default=None,
        help="then publish into this PostgreSQL database after each run, timed (its tables are replaced: a scratch database)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=None,
        help="results are appended here (default: benchmarks.md in the user's data folder; make bench: docs/benchmarks.md)",
    )
    args = parser.parse_args(argv)
    args.work = args.work or user_data_dir() / "bench"
    args.output = args.output or user_data_dir() / "benchmarks.md"
    args.work.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    lines = [f"## {now:%Y-%m-%d %H:%M} UTC", "", f"Machine: {machine()}.", ""]
    for form in args.formats:
        for pages in args.pages:
            lines += bench(pages, args.work, args.workers, form, args.days, args.postgres)
    text = "\n".join(lines)
    print(text)
    if not args.output.exists():
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text("# Benchmarks\n\nWritten by `make bench` (`python -m pipelines.bench`); newest last.\n\n")
    with args.output.open("a", encoding="utf-8") as handle:
        handle.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
