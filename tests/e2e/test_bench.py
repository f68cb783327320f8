"""The benchmark harness on a tiny corpus: it runs the real CLI three times and reports each run
(and, given a PostgreSQL server, the publish after each).

It measures, it does not assert speed: this test only proves the figures are the right runs'.
"""

from pipelines.bench.run import main
from pipelines.parsing.model import TABLES
from tests.clients import postgres_server


def test_bench_reports_full_incremental_and_noop_runs_with_stages_and_memory(tmp_path):
    output = tmp_path / "benchmarks.md"
    argv = ["--pages", "200", "--format", "text", "--workers", "1"]  # JSON: the test below
    assert main([*argv, "--work", str(tmp_path / "work"), "--output", str(output)]) == 0
    text = output.read_text()
    assert text.startswith("# Benchmarks") and "Machine: " in text and "### 200 pages" in text
    rows = {line.split("|")[1].strip(): line.split("|")[2:-1] for line in text.splitlines() if line.startswith("| ") and "---" not in line}
    assert [cells[0].strip() for cells in (rows["full"], rows["incremental"], rows["no-op"])] == ["200", "2", "0"]
    assert rows["full"][-1].strip().endswith("MiB") and int(rows["full"][-1].split()[0]) > 0
    assert not list((tmp_path / "work").glob("corpus-*"))  # the corpus is removed after the runs
    assert "The full run loaded " in text and f" rows into the {len(TABLES)} record tables (" in text


def test_bench_on_the_archive_compares_read_json_and_on_json_measures_daily_history_and_postgresql_publishes(tmp_path):
    output = tmp_path / "benchmarks.md"
    argv = ["--pages", "150", "--format", "archive", "json", "--days", "2", "--workers", "1"]
    with postgres_server() as server:
        assert main([*argv, "--work", str(tmp_path / "work"), "--output", str(output), "--postgres", server]) == 0
    text = output.read_text()
    publishes = [line.split("|")[1:-1] for line in text.splitlines() if line.startswith("| full |") and "a full copy" in line]
    assert len(publishes) == 2 and all("a full copy of 150 trials: 218 tables" in cells[3] for cells in publishes)
    assert text.count("| incremental | ") >= 4 and text.count(" changed trials sent: ") == 2
    assert text.count("already up to date, nothing sent") == 2 and text.count("The database is ") == 2
    assert "### 150 JSON studies in the bulk archive" in text and "### 150 JSON studies in 1 API pages" in text
    assert "DuckDB's own `read_json` on the same studies" in text and "studies " in text
    assert "#### 2 daily pulls of 1% each (one or two fields edited), then a fresh load of the same files" in text
    assert "(same rows in every table: yes; same history: yes)" in text and "History: " in text and "As of 2099-01-02" in text
    assert "| fresh load |" in text
    loaded = [line for line in text.splitlines() if "The full run loaded " in line]
    assert len(loaded) == 2 and all(" of them into the result tables." in line for line in loaded)
