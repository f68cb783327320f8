"""The CLI on folders of good, noisy and bad files, as a user runs it."""

import json

import pytest

from pipelines.parsing.model import TRIAL_TABLE
from tests.conftest import BAD_DIR, TEXT_CHILD_TABLES, query, run_cli, table_contents

PAGE_TABLES = [TRIAL_TABLE, *TEXT_CHILD_TABLES]
LINEAGE = frozenset({"source_uri", "source_sha256", "load_id", "loaded_at"})


def test_good_folder_publishes_every_trial_and_exits_0_with_a_json_report_and_json_progress(good_dir, warehouse, tmp_path):
    done = run_cli("run", "--source", good_dir, "--warehouse", warehouse, "--report", tmp_path / "report.json", "--progress", "json")
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stderr.splitlines()]  # every line an object, for a scheduler
    steps = [(e["step"], e["batch"], e["batches"]) for e in events if e["event"] == "batch"]
    assert ("parse", 1, 1) in steps and any(s == "load" and b == n for s, b, n in steps) and all("time" in e for e in events)
    assert events[-1]["event"] == "summary" and events[-1]["published"] is True and events[-1]["run"]["records_loaded"] == 14
    assert "Published" in done.stdout and "trials loaded            14" in done.stdout
    assert "stages           discover " in done.stdout
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["published"] is True and report["run"]["records_loaded"] == 14 and report["failures"] == []
    assert list(report["stages"]) == ["discover", "parse", "validate", "load", "publish"]
    assert all(seconds > 0 for seconds in report["stages"].values())
    assert "files seen               14" in done.stdout
    assert query(warehouse, "select count(*), count(distinct nct_id) from trials") == [(14, 14)]
    assert query(warehouse, "select phase from trials where nct_id = 'NCT00711542'") == [("PHASE1/PHASE2",)]
    assert query(warehouse, "select count(*) from quarantine") == [(0,)]


def test_noisy_folder_crlf_bom_blanks_case_gzip_nesting_gives_the_same_rows(good_dir, noisy_dir, tmp_path):
    good_wh, noisy_wh = tmp_path / "good.duckdb", tmp_path / "noisy.duckdb"
    assert run_cli("run", "--source", good_dir, "--warehouse", good_wh).returncode == 0
    done = run_cli("run", "--source", noisy_dir, "--warehouse", noisy_wh)
    assert done.returncode == 0, done.stderr
    assert "files seen               14" in done.stdout  # README.md ignored
    assert table_contents(good_wh, PAGE_TABLES, LINEAGE) == table_contents(noisy_wh, PAGE_TABLES, LINEAGE)
    assert query(noisy_wh, "select count(*) from quarantine") == [(0,)]


def test_bad_folder_quarantines_each_file_with_path_stage_and_reason_and_still_publishes(warehouse):
    done = run_cli("run", "--source", BAD_DIR, "--warehouse", warehouse)
    assert done.returncode == 0, done.stderr
    rows = query(warehouse, "select regexp_extract(source_uri, '[^/]+$'), stage, action, reason, field from quarantine order by 1, 5")
    by_file = {}
    for name, stage, action, reason, field in rows:
        by_file.setdefault(name, []).append((stage, action, field, reason))
    assert by_file["empty.txt"] == [("read", "rejected", None, "file is empty")]
    assert by_file["blank.txt"][0][:2] == ("read", "rejected")
    assert by_file["junk.txt"][0][:2] == ("decode", "rejected") and "binary" in by_file["junk.txt"][0][3]
    assert by_file["latin1.txt"][0][:2] == ("decode", "rejected") and "UTF-8" in by_file["latin1.txt"][0][3]
    assert by_file["error_page.txt"][0][:2] == ("parse", "rejected") and "HTML" in by_file["error_page.txt"][0][3]
    assert by_file["no_nct_id.txt"][0][:2] == ("parse", "rejected")
    assert by_file["bad_nct_id.txt"][0][:2] == ("parse", "rejected")
    assert by_file["truncated.txt.gz"][0][:2] == ("read", "rejected") and "gzip" in by_file["truncated.txt.gz"][0][3]
    assert [(s, a, f) for s, a, f, _ in by_file["bad_fields.txt"]] == [
        ("parse", "nulled", "trials.enrollment"),
        ("parse", "nulled", "trials.start_date"),
    ]
    assert [(s, a) for s, a, _, _ in by_file["unknown_section.txt"]] == [("parse", "reported")]
    assert query(warehouse, "select nct_id, enrollment, start_date, start_date_raw from trials order by 1") == [
        ("NCT09000001", None, None, "2023-02-30"),
        ("NCT09000002", 20, __import__("datetime").date(2019, 9, 13), "2019-09-13"),
    ]
    assert query(warehouse, "select files_seen, records_loaded, records_quarantined from load_runs") == [(10, 2, 8)]


def test_a_single_file_source_and_several_sources(good_dir, warehouse):
    done = run_cli("run", "--source", good_dir / "NCT02013167.txt", "--source", BAD_DIR / "bad_fields.txt", "--warehouse", warehouse)
    assert done.returncode == 0, done.stderr
    assert query(warehouse, "select nct_id from trials order by 1") == [("NCT02013167",), ("NCT09000001",)]


@pytest.mark.parametrize(
    "args",
    [
        ["run", "--source", "/no/such/folder"],
        ["run", "--bogus"],
        ["frobnicate"],
        [],
        ["run", "--batch-size", "0"],
        ["run", "--memory-limit", "lots"],
    ],
)
def test_usage_errors_exit_2(args, warehouse):
    done = run_cli(*args, "--warehouse", warehouse) if args[:1] == ["run"] else run_cli(*args)
    assert done.returncode == 2
    assert not warehouse.exists()


def test_the_trials_command_is_installed_and_shows_help():
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    command = Path(sys.executable).with_name("trials")
    assert command.exists() or shutil.which("trials")
    done = subprocess.run([str(command), "run", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "--source" in done.stdout and "--warehouse" in done.stdout


def test_version_and_every_commands_help_with_examples_and_exit_codes():
    from importlib.metadata import version

    done = run_cli("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"trials {version('trials-warehouse')}"
    top = run_cli("--help")
    assert top.returncode == 0 and "examples:" in top.stdout
    for command in ("run", "pull", "report", "query", "sql", "export", "completion"):
        shown = run_cli(command, "--help")
        assert shown.returncode == 0 and "examples:" in shown.stdout and "exit codes:" in shown.stdout, command


def test_a_source_without_files_is_a_warning_and_with_no_source_holding_one_nothing_is_published(good_dir, warehouse, tmp_path):
    empty = tmp_path / "empty"
    (empty / "nested").mkdir(parents=True)
    done = run_cli("run", "--source", empty, "--warehouse", warehouse)
    assert done.returncode == 1 and f"source {empty} holds no files" in done.stderr and "nothing was loaded or published" in done.stderr
    assert not warehouse.exists()
    done = run_cli("run", "--source", good_dir, "--source", empty, "--warehouse", warehouse)
    assert done.returncode == 0 and f"source {empty} holds no files" in done.stderr
    assert query(warehouse, "select count(*) from trials") == [(14,)]


def test_make_alone_lists_the_targets():
    import subprocess
    from pathlib import Path

    done = subprocess.run(["make", "--no-print-directory"], cwd=Path(__file__).parents[2], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert {line.split(":")[0] for line in done.stdout.splitlines() if ":" in line} >= {"help", "run", "test", "test-fast", "lint", "bench"}


def test_a_cli_run_is_tagged_so_the_dagster_ui_tells_it_from_its_own_runs(good_dir, warehouse, tmp_path, monkeypatch):
    import os
    import subprocess
    import sys

    import dagster as dg

    home = tmp_path / "dagster_home"
    subprocess.run([sys.executable, "-m", "pipelines.instance", str(home)], check=True, capture_output=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRIALS_", "DAGSTER_HOME"))} | {"DAGSTER_HOME": str(home)}
    command = [sys.executable, "-m", "pipelines", "run", "--quiet", "--source", str(good_dir), "--warehouse", str(warehouse)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    with dg.DagsterInstance.get() as instance:
        [run] = instance.get_runs()
        assert run.tags["trials/launched_by"] == "cli" and run.tags["trials/command"] == "run"


def test_shell_completion_completes_commands_options_and_report_names(tmp_path):
    import subprocess

    script = tmp_path / "trials.bash"
    done = run_cli("completion", "bash")
    assert done.returncode == 0
    script.write_text(done.stdout)
    probe = (
        f"source {script}\n"
        'complete() { COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _trials; echo "${COMPREPLY[*]}"; }\n'
        "complete trials rep\ncomplete trials report spon\ncomplete trials run --wa\ncomplete trials query --aa\n"
    )
    shown = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, timeout=30)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines() == ["report", "sponsor_portfolio", "--wait --warehouse", "--aact"]
