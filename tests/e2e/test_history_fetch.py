"""``trials history`` against a local fake of the registry's history: every version of the trials
asked for, fetched politely through faults, landed whole or not at all, and loaded as history."""

from __future__ import annotations

import json

from tests.conftest import JSON_DIR, query, run_cli
from tests.e2e.test_history import TRIAL, version
from tests.fake_ctgov import FakeCtGov

VERSIONS = {
    TRIAL: [
        json.loads(version("2015-03-01", "RECRUITING", 100, 15)),
        json.loads(version("2016-06-01", "ACTIVE_NOT_RECRUITING", 120, 14)),
        json.loads((JSON_DIR / f"{TRIAL}.json").read_text()),
    ]
}


def history(api: FakeCtGov, tmp_path, *args: str):
    return run_cli(
        "history",
        *args,
        "--api-url",
        api.base_url,
        "--warehouse",
        tmp_path / "wh" / "trials.duckdb",
        "--landing",
        tmp_path / "landing",
        "--min-interval",
        "0",
        "--timeout",
        "1",
        "--max-attempts",
        "3",
        "--backoff",
        "0.05",
        "--quiet",
    )


def test_every_version_is_fetched_through_faults_and_loaded_as_history_and_an_unknown_trial_is_skipped(tmp_path):
    with FakeCtGov([], versions=VERSIONS, history_faults={1: "503", 3: "429", 5: "truncated"}) as api:
        done = history(api, tmp_path, TRIAL.lower(), "NCT09999999")
    assert done.returncode == 0, done.stdout + done.stderr
    warehouse = tmp_path / "wh" / "trials.duckdb"
    assert query(warehouse, "select valid_from, overall_status from history.trials order by 1") == [
        (date("2015-03-01"), "RECRUITING"),
        (date("2016-06-01"), "ACTIVE_NOT_RECRUITING"),
        (date("2017-01-19"), "COMPLETED"),
    ]
    assert query(warehouse, "select overall_status from trials") == [("COMPLETED",)]
    assert query(warehouse, "select outcome, count(*) from file_manifest group by 1 order by 1") == [("history", 2), ("loaded", 1)]
    landed = sorted(p.name for p in (tmp_path / "landing" / "history").rglob("*.json.gz"))
    assert landed == ["version-0000.json.gz", "version-0001.json.gz", "version-0002.json.gz"]
    # Fetched again (the registry has nothing new): the same versions, so nothing is added.
    before = query(warehouse, "select count(*) from history.sites")
    with FakeCtGov([], versions=VERSIONS) as api:
        assert history(api, tmp_path, TRIAL).returncode == 0
    assert query(warehouse, "select count(*) from history.sites") == before
    assert query(warehouse, "select count(*) from history.trials") == [(3,)]


def test_a_fetch_the_registry_fails_half_way_lands_nothing_and_publishes_nothing(tmp_path):
    faults = {n: "503" for n in range(3, 40)}  # the index and version 0 come; then the API stays down
    with FakeCtGov([], versions=VERSIONS, history_faults=faults) as api:
        done = history(api, tmp_path, TRIAL)
    assert done.returncode == 1
    assert "gave no usable answer after 3 attempts" in done.stderr
    assert not (tmp_path / "wh" / "trials.duckdb").exists()
    assert list((tmp_path / "landing" / "history").iterdir()) == []


def test_a_backfill_after_the_current_version_fills_the_history_before_it(tmp_path):
    warehouse = tmp_path / "wh" / "trials.duckdb"
    current = tmp_path / "current"
    current.mkdir()
    (current / f"{TRIAL}.json").write_text((JSON_DIR / f"{TRIAL}.json").read_text())
    assert run_cli("run", "--quiet", "--source", current, "--warehouse", warehouse).returncode == 0
    with FakeCtGov([], versions=VERSIONS) as api:
        done = history(api, tmp_path, TRIAL)
    assert done.returncode == 0, done.stderr
    assert query(warehouse, "select valid_from, valid_to from history.trials order by 1") == [
        (date("2015-03-01"), date("2016-06-01")),
        (date("2016-06-01"), date("2017-01-19")),
        (date("2017-01-19"), None),
    ]
    assert query(warehouse, "select overall_status, last_updated from trials") == [("COMPLETED", date("2017-01-19"))]


def test_history_needs_trials_or_a_query_and_refuses_what_is_not_an_nct_id():
    assert run_cli("history").returncode == 2
    done = run_cli("history", "NCT1234")
    assert done.returncode == 2 and "not an NCT ID" in done.stderr


def date(text: str):
    from datetime import date as day

    return day.fromisoformat(text)
