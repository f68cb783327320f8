"""The daily case of ``make bench DAYS=N``: after the full, 1% and no-op runs on the JSON form,
N daily pulls each landing 1% of the studies again with one or two fields edited (the overall
status, and on odd days the enrollment too) and a later Last Updated, as the registry's daily
updates do. Each day's load is timed; the file's size and the history's rows are followed; an
as-of query over every trial is timed; and a fresh load of the same files (every version in one
run) must give the same current tables and the same history. It measures, it asserts nothing."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import duckdb

from pipelines.bench.registry_corpus import RegistryClones, write_pages
from pipelines.bench.run import FIRST_NUMBER, JSON_TEMPLATES_LIST, Measured, cli, duckdb_rows, remove_warehouse, run_cli
from pipelines.warehouse.ownership import HISTORY_TABLES
from pipelines.warehouse.runs import table_counts

STATUSES = ("ACTIVE_NOT_RECRUITING", "COMPLETED", "TERMINATED", "SUSPENDED", "RECRUITING")
AS_OF = "select overall_status, count(*) as trials, sum(enrollment) as participants from bi.trials group by 1 order by 1"


def edited_studies(pages: int, day: int, updated: str) -> Iterator[tuple[int, bytes]]:
    """Every hundredth study of the corpus (a different hundredth each day, as the corpus first
    had it), with its status changed, on odd days its enrollment too, and Last Updated ``updated``."""
    for number, raw in RegistryClones(JSON_TEMPLATES_LIST()).studies(pages, FIRST_NUMBER):  # the same draws: the same studies
        if (number - FIRST_NUMBER) % 100 != day % 100:
            continue
        study = json.loads(raw)
        status = study["protocolSection"]["statusModule"]
        status["lastUpdatePostDateStruct"] = {"date": updated, "type": "ACTUAL"}
        status["overallStatus"] = STATUSES[day % len(STATUSES)]
        if day % 2:
            design = study["protocolSection"].setdefault("designModule", {})
            enrollment = design.setdefault("enrollmentInfo", {"type": "ESTIMATED"})
            enrollment["count"] = (enrollment.get("count") or 0) + day
        yield number, json.dumps(study).encode()


def history_rows(warehouse: Path) -> dict[str, int]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return table_counts(con, [f"history.{table}" for table in HISTORY_TABLES])


def daily_history(pages: int, corpus: Path, warehouse: Path, work: Path, workers: int, days: int, incremental: Measured) -> list[str]:
    """The days, measured and rendered (see the module)."""
    start_size, start_rows = warehouse.stat().st_size, sum(history_rows(warehouse).values())
    current_rows = sum(duckdb_rows(warehouse).values())
    entries: list[tuple[int, float, int, bool, int]] = []
    for day in range(1, days + 1):
        updated = (date(2099, 1, 1) + timedelta(days=day)).isoformat()  # later than any clone's, within the contract's range
        write_pages(corpus / f"day-{day:03d}", edited_studies(pages, day, updated))
        print(f"bench: day {day} of {days} on {pages:,} json records", file=sys.stderr)
        run = run_cli(f"day-{day}", corpus, warehouse, work, workers)
        rows = sum(history_rows(warehouse).values())
        entries.append((day, run.seconds, warehouse.stat().st_size, bool(run.report["run"].get("compacted")), rows))
    as_of_day = (date(2099, 1, 1) + timedelta(days=max(1, days // 2))).isoformat()
    print(f"bench: as-of queries on {as_of_day}", file=sys.stderr)
    macro_seconds = _timed_macro(warehouse, as_of_day)
    cli_seconds, _, _ = cli("as-of query", "query", "--as-of", as_of_day, "--warehouse", str(warehouse), AS_OF)
    report_seconds, _, _ = cli("as-of report", "report", "trials_by_status_phase", "--as-of", as_of_day, "--warehouse", str(warehouse))
    fresh = work / f"bench-fresh-{pages}.duckdb"
    remove_warehouse(fresh)
    print(f"bench: fresh load of the same {pages:,} json records and {days} days", file=sys.stderr)
    run_cli("fresh", corpus, fresh, work, workers)
    same = duckdb_rows(warehouse) == duckdb_rows(fresh)
    same_history = history_rows(warehouse) == history_rows(fresh)
    fresh_size = fresh.stat().st_size
    remove_warehouse(fresh)
    mib = 2**20
    added = entries[-1][4] - start_rows
    average = sum(entry[1] for entry in entries) / days
    compactions = [day for day, _, _, compacted, _ in entries if compacted]
    shown = [entry for entry in entries if entry[0] in (1, 2, 5, days) or entry[0] % 10 == 0 or entry[3]]
    per_trial = current_rows / pages
    return [
        f"#### {days} daily pulls of 1% each (one or two fields edited), then a fresh load of the same files",
        "",
        "| day | seconds | file MiB | history rows | |",
        "|---:|---:|---:|---:|---|",
        f"| before | | {start_size / mib:,.0f} | {start_rows:,} | |",
        *(
            f"| {day} | {seconds:.1f} | {size / mib:,.0f} | {rows:,} | {'compacted' if compacted else ''} |"
            for day, seconds, size, compacted, rows in shown
        ),
        f"| fresh load | | {fresh_size / mib:,.0f} | | |",
        "",
        f"History: {added:,} rows added over {days} days, {added / days:,.0f} a day, for {pages // 100:,} trials changed a day "
        f"(a trial has {per_trial:,.0f} rows on average: a copy of each changed trial would add {per_trial * pages // 100:,.0f} a day, "
        f"a full copy of the warehouse {current_rows:,}). The file grew from {start_size / mib:,.0f} to {entries[-1][2] / mib:,.0f} MiB "
        f"({(entries[-1][2] - start_size) / mib / days:,.1f} MiB a day). After {days} daily loads the file is "
        f"{entries[-1][2] / fresh_size:.0%} of a fresh load of the same data (same rows in every table: {'yes' if same else 'NO'}; "
        f"same history: {'yes' if same_history else 'NO'}).",
        "",
        f"A daily load took {average:.1f} s on average (slowest {max(e[1] for e in entries):.1f} s), "
        f"{average / incremental.seconds:.0%} of the 1% incremental run above ({incremental.seconds:.1f} s; target: at most 120%); "
        f"the file was rewritten whole on {len(compactions)} of the {days} days ({', '.join(map(str, compactions)) or 'none'}).",
        "",
        f"As of {as_of_day}, over every trial: `select count(*), sum(enrollment) from bi.trials_as_of(...)` took {macro_seconds:.2f} s; "
        f"`trials query --as-of` (status by count, the session included) {cli_seconds:.1f} s and "
        f"`trials report trials_by_status_phase --as-of` {report_seconds:.1f} s, end to end.",
        "",
    ]


def _timed_macro(warehouse: Path, as_of: str) -> float:
    import time

    with duckdb.connect(str(warehouse), read_only=True) as con:
        started = time.monotonic()
        con.execute("select count(*), sum(enrollment) from bi.trials_as_of($as_of::date)", {"as_of": as_of}).fetchall()
        return time.monotonic() - started
