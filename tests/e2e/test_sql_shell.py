"""`trials sql` as a person uses it: at a terminal (a pseudo-terminal here, with its prompts and
history), and with statements piped in; read-only on the published warehouse."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time

from tests.conftest import PROJECT, run_cli


def _read_until(fd: int, wanted: str, seen: list[str], timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while wanted not in "".join(seen):
        if time.monotonic() > deadline:
            raise AssertionError(f"no {wanted!r} in {''.join(seen)[-2000:]!r}")
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                seen.append(os.read(fd, 65536).decode(errors="replace"))
            except OSError:  # the other side closed
                break
    return "".join(seen)


def test_at_a_terminal_it_prompts_continues_a_statement_over_lines_and_keeps_a_history(published, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRIALS_", "DAGSTER_HOME"))}
    env.update({"XDG_STATE_HOME": str(tmp_path / "state"), "TERM": "dumb", "COLUMNS": "200"})
    main, secondary = pty.openpty()
    shell = subprocess.Popen(
        [sys.executable, "-m", "pipelines", "sql", "--warehouse", str(published)],
        stdin=secondary, stdout=secondary, stderr=secondary, env=env, cwd=PROJECT, close_fds=True,
    )  # fmt: skip
    os.close(secondary)
    seen: list[str] = []
    try:
        _read_until(main, "trials> ", seen)
        assert "read-only" in "".join(seen) and ".help for help" in "".join(seen)
        os.write(main, b"select count(*) as trials\n")
        _read_until(main, "   ...> ", seen)  # the statement goes on until its ;
        os.write(main, b"from bi.trial_overview;\n")
        _read_until(main, "(1 row)", seen)
        os.write(main, b".describe bi.trial_overview\n")
        _read_until(main, "enrollment_type", seen)
        os.write(main, b"create table scratch (x integer);\n")
        _read_until(main, "Error:", seen)  # a read-only file refuses it
        os.write(main, b".quit\n")
        assert shell.wait(timeout=30) == 0
    finally:
        shell.kill()
        os.close(main)
    text = "".join(seen)
    assert "| 15     |" in text  # the seed, the 13 JSON twins and the cross-registry twin
    assert "Error:" in text and "scratch" not in run_cli("query", "select table_name from duckdb_tables()", "--warehouse", published).stdout
    history = (tmp_path / "state" / "trials-warehouse" / "sql_history").read_text()
    assert "from bi.trial_overview;" in history


def test_statements_piped_in_print_their_rows_and_a_failure_exits_1(published):
    done = run_cli("sql", "--warehouse", published, "--format", "csv", input="select count(*) as n from trials;\n.tables sponsor\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("n\n15\n") and "main.sponsors" in done.stdout
    failed = run_cli("sql", "--warehouse", published, input="select nothing_here;\nselect 1 as after;\n")
    assert failed.returncode == 1 and "Error:" in failed.stderr and "after" in failed.stdout


def test_an_aact_session_reads_ctgov_unqualified(published):
    done = run_cli("sql", "--aact", "--warehouse", published, "--format", "csv", input="select count(*) as n from studies;\n")
    assert done.returncode == 0 and done.stdout == "n\n15\n", done.stderr


def test_without_a_warehouse_it_says_so_and_exits_1(tmp_path):
    done = run_cli("sql", "--warehouse", tmp_path / "none.duckdb", input="")
    assert done.returncode == 1 and "no warehouse at" in done.stderr
