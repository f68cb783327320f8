"""Atomic publish, concurrent readers, kill -9, idempotency and incremental loads, end to end."""

import fcntl
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pipelines.bench.corpus import make_corpus
from pipelines.parsing.model import TRIAL_TABLE
from pipelines.warehouse.paths import WarehousePaths
from tests.conftest import BAD_DIR, PROJECT, SEED, TEXT_CHILD_TABLES, TEXT_PAGES, held_read_write, query, run_cli, table_contents

ALL_TABLES = [TRIAL_TABLE, *TEXT_CHILD_TABLES, "quarantine", "file_manifest", *(f"history.{t}" for t in [TRIAL_TABLE, *TEXT_CHILD_TABLES])]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """2,000 pages cloned from the samples: a run long enough to be interrupted."""
    folder = tmp_path_factory.mktemp("corpus")
    make_corpus([SEED, *TEXT_PAGES], folder, 2000)
    return folder


def cli_popen(*args) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRIALS_", "DAGSTER_HOME"))}
    return subprocess.Popen(
        [sys.executable, "-m", "pipelines", *map(str, args)],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def test_second_run_on_the_same_input_leaves_every_table_identical(good_dir, warehouse):
    assert run_cli("run", "--source", good_dir, "--source", BAD_DIR, "--warehouse", warehouse).returncode == 0
    first = table_contents(warehouse, ALL_TABLES)
    done = run_cli("run", "--source", good_dir, "--source", BAD_DIR, "--warehouse", warehouse, "--rehash")
    assert done.returncode == 0, done.stderr
    assert "(24 unchanged, 0 parsed)" in done.stdout
    assert table_contents(warehouse, ALL_TABLES) == first
    assert query(warehouse, "select count(*), sum(files_parsed) from load_runs") == [(2, 24)]


def test_only_changed_files_are_parsed_and_a_changed_trial_replaces_its_rows_whole(good_dir, warehouse):
    assert run_cli("run", "--source", good_dir, "--warehouse", warehouse).returncode == 0
    page = good_dir / "NCT02013167.txt"
    text = page.read_text()
    kept_site = "Research Site\n\nDuarte, California, United States\n\nSite Status\n\n"
    start, end = text.index("Locations\n\n"), text.index("Countries\n\n")
    blocks = text[start:end].split("\n\n")
    locations = "\n\n".join(blocks[:2]) + "\n\n" + kept_site
    changed = text[:start] + locations + text[end:]
    page.write_text(changed.replace("Last Updated: 2024-03-05", "Last Updated: 2024-04-01"))
    done = run_cli("run", "--source", good_dir, "--warehouse", warehouse)
    assert done.returncode == 0, done.stderr
    assert "(13 unchanged, 1 parsed)" in done.stdout
    assert query(warehouse, "select count(*) from sites where nct_id = 'NCT02013167'") == [(1,)]
    assert query(warehouse, "select last_updated::varchar from trials where nct_id = 'NCT02013167'") == [("2024-04-01",)]
    assert query(warehouse, "select count(*) from trials") == [(14,)]


def test_an_older_page_never_overwrites_a_newer_one_it_is_kept_as_a_past_version(good_dir, warehouse, tmp_path):
    assert run_cli("run", "--source", good_dir, "--warehouse", warehouse).returncode == 0
    stale = tmp_path / "late" / "old-copy.txt"
    stale.parent.mkdir()
    stale.write_text(
        SEED.read_text().replace("Last Updated: 2024-03-05", "Last Updated: 2019-01-01").replace("405 participants", "1 participants")
    )
    done = run_cli("run", "--source", good_dir, "--source", stale.parent, "--warehouse", warehouse)
    assert done.returncode == 0, done.stderr
    assert query(warehouse, "select enrollment, last_updated::varchar from trials where nct_id = 'NCT02013167'") == [(405, "2024-03-05")]
    assert query(warehouse, "select count(*) from quarantine where source_uri = $u", {"u": stale.resolve().as_uri()}) == [(0,)]
    assert query(warehouse, "select outcome from file_manifest where source_uri = $u", {"u": stale.resolve().as_uri()}) == [("history",)]
    assert query(warehouse, "select enrollment, valid_to::varchar from history.trials where last_updated = '2019-01-01'") == [
        (1, "2024-03-05")
    ]
    last_run = "select records_loaded, records_history, records_quarantined from load_runs order by started_at desc limit 1"
    assert query(warehouse, last_run) == [(0, 1, 0)]
    # and the other way round: a newer page replaces the stored one
    newer = tmp_path / "later" / "new-copy.txt"
    newer.parent.mkdir()
    newer.write_text(
        SEED.read_text().replace("Last Updated: 2024-03-05", "Last Updated: 2025-01-01").replace("405 participants", "410 participants")
    )
    assert run_cli("run", "--source", good_dir, "--source", newer.parent, "--warehouse", warehouse).returncode == 0
    assert query(warehouse, "select enrollment, source_uri from trials where nct_id = 'NCT02013167'") == [(410, newer.resolve().as_uri())]


READER = textwrap.dedent("""
    import json, os, sys, time, duckdb
    path, stop, hold = sys.argv[1], sys.argv[2], sys.argv[3] == "hold"
    query = ("select (select count(*) from trials), (select count(*) from load_runs), "
             "(select count(*) from file_manifest where outcome = 'loaded')")
    held = duckdb.connect(path, read_only=True) if hold else None   # a BI tool keeping the file open
    seen, errors, end = set(), [], time.monotonic() + 300
    while time.monotonic() < end and not os.path.exists(stop):   # read until the test says stop
        try:
            if held is not None:
                seen.add(tuple(held.execute(query).fetchall()[0]))
            else:
                with duckdb.connect(path, read_only=True) as con:   # a tool reconnecting each time
                    seen.add(tuple(con.execute(query).fetchall()[0]))
        except Exception as exc:
            errors.append(str(exc))
        time.sleep(0.02)
    print(json.dumps({"seen": sorted(seen), "errors": errors}))
""")


def test_readers_never_block_a_run_and_never_see_half_a_run(good_dir, corpus, warehouse, tmp_path):
    assert run_cli("run", "--source", good_dir, "--warehouse", warehouse).returncode == 0
    stop = tmp_path / "stop-reading"
    readers = {
        mode: subprocess.Popen([sys.executable, "-c", READER, str(warehouse), str(stop), mode], stdout=subprocess.PIPE, text=True)
        for mode in ("hold", "reconnect")
    }
    time.sleep(1.5)
    done = run_cli("run", "--source", good_dir, "--source", corpus, "--warehouse", warehouse, "--batch-size", "100")
    time.sleep(1.0)  # readers keep reading the published result for a moment
    stop.touch()
    assert done.returncode == 0, done.stderr
    before, after = [14, 1, 14], [2014, 2, 2014]
    results = {mode: json.loads(reader.communicate(timeout=60)[0]) for mode, reader in readers.items()}
    for mode, result in results.items():
        assert result["errors"] == [], (mode, result["errors"])
        assert all(state in (before, after) for state in result["seen"]), (mode, result["seen"])  # whole runs only
    assert results["hold"]["seen"] == [before]  # an open connection keeps its version
    assert results["reconnect"]["seen"] == [before, after]  # a new connection sees the new one


@pytest.mark.parametrize("delay", [0.8, 1.6, 2.4, 3.2])
def test_kill_9_at_any_moment_leaves_the_last_published_warehouse_whole_and_the_next_run_recovers(good_dir, corpus, warehouse, delay):
    assert run_cli("run", "--source", good_dir, "--warehouse", warehouse).returncode == 0
    before = table_contents(warehouse, ALL_TABLES)
    run = cli_popen("run", "--source", good_dir, "--source", corpus, "--warehouse", warehouse, "--batch-size", "100")
    time.sleep(delay)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait(timeout=30)
    after_kill = table_contents(warehouse, ALL_TABLES)
    assert after_kill == before or query(warehouse, "select count(*) from trials") == [(2014,)]  # killed after the swap
    done = run_cli("run", "--source", good_dir, "--source", corpus, "--warehouse", warehouse)
    assert done.returncode == 0, done.stderr
    assert query(warehouse, "select count(*) from trials") == [(2014,)]
    paths = WarehousePaths(warehouse)
    assert not paths.build.exists()
    assert not any((paths.work_dir / "staging").glob("*"))


def test_a_second_writer_is_refused_with_a_clear_message_and_exit_1(good_dir, warehouse):
    assert run_cli("run", "--source", good_dir, "--warehouse", warehouse).returncode == 0
    before = warehouse.read_bytes()
    lock = WarehousePaths(warehouse).lock
    with open(lock, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        done = run_cli("run", "--source", good_dir, "--source", BAD_DIR, "--warehouse", warehouse)
    assert done.returncode == 1
    assert "another run is writing this warehouse" in done.stderr
    assert "Nothing published" in done.stderr
    assert warehouse.read_bytes() == before


def test_a_tool_holding_the_file_open_read_write_does_not_block_a_run(good_dir, warehouse):
    assert run_cli("run", "--source", good_dir, "--warehouse", warehouse).returncode == 0
    with held_read_write(warehouse):
        done = run_cli("run", "--source", good_dir, "--source", BAD_DIR, "--warehouse", warehouse)
        assert done.returncode == 0, done.stderr
    assert query(warehouse, "select count(*) from trials") == [(16,)]
