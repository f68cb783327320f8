"""History, end to end: every version of a trial kept beside the current tables, the same whatever
order the versions arrive in, unchanged rows kept once, and a re-run adding nothing."""

from __future__ import annotations

import json
import os
import shutil
import signal
from pathlib import Path

import pytest

from contracts import PAGE_CONTRACTS
from tests.conftest import JSON_DIR, query, run_cli, table_contents

TRIAL = "NCT00072579"
HISTORY = [f"history.{table}" for table in PAGE_CONTRACTS]
# What differs between two warehouses loading the same records: the run that loaded them.
RUN_COLUMNS = frozenset({"load_id", "loaded_at"})


def version(
    last_updated: str, status: str, enrollment: int, sites: int, primary: str | None = None, completion: str | None = None, actual=False
) -> str:
    """NCT00072579's JSON as another version: its Last Updated, status, enrollment (anticipated,
    unless ``actual``) and number of sites, and (when given) its primary outcome's measure and its
    completion date."""
    study = json.loads((JSON_DIR / f"{TRIAL}.json").read_text())
    protocol = study["protocolSection"]
    protocol["statusModule"]["lastUpdatePostDateStruct"]["date"] = last_updated
    protocol["statusModule"]["overallStatus"] = status
    protocol["designModule"]["enrollmentInfo"] = {"count": enrollment, "type": "ACTUAL" if actual else "ESTIMATED"}
    locations = protocol["contactsLocationsModule"]["locations"]
    protocol["contactsLocationsModule"]["locations"] = locations[:sites]
    if primary:
        protocol["outcomesModule"]["primaryOutcomes"][0]["measure"] = primary
    if completion:
        protocol["statusModule"]["completionDateStruct"] = {"date": completion, "type": "ESTIMATED"}
    return json.dumps(study)


@pytest.fixture(scope="module")
def versions(tmp_path_factory) -> list[Path]:
    """Three versions of one trial, each in a folder of its own, oldest first; the last is the
    sample as published with its actual enrollment."""
    root = tmp_path_factory.mktemp("versions")
    folders = []
    for name, text in [
        ("v1", version("2015-03-01", "RECRUITING", 100, 15, primary="Overall survival", completion="2005-06")),
        ("v2", version("2016-06-01", "ACTIVE_NOT_RECRUITING", 120, 14)),
        ("v3", version("2017-01-19", "COMPLETED", 90, 15, actual=True)),
    ]:
        folder = root / name
        folder.mkdir()
        (folder / f"{TRIAL}.json").write_text(text)
        folders.append(folder)
    return folders


def load(warehouse: Path, *folders: Path) -> None:
    sources = [arg for folder in folders for arg in ("--source", folder)]
    done = run_cli("run", "--quiet", *sources, "--warehouse", warehouse)
    assert done.returncode == 0, done.stdout + done.stderr


def test_versions_loaded_out_of_order_or_together_give_the_same_history_as_in_order(versions, tmp_path):
    in_order, backwards, together = (tmp_path / name / "trials.duckdb" for name in ("in_order", "backwards", "together"))
    for folder in versions:
        load(in_order, folder)
    for folder in (versions[2], versions[0], versions[1]):
        load(backwards, folder)
    load(together, *versions)
    expected = table_contents(in_order, HISTORY, RUN_COLUMNS)
    assert table_contents(backwards, HISTORY, RUN_COLUMNS) == expected
    assert table_contents(together, HISTORY, RUN_COLUMNS) == expected
    assert query(in_order, "select valid_from, valid_to, overall_status, enrollment from history.trials order by valid_from") == [
        (d("2015-03-01"), d("2016-06-01"), "RECRUITING", 100),
        (d("2016-06-01"), d("2017-01-19"), "ACTIVE_NOT_RECRUITING", 120),
        (d("2017-01-19"), None, "COMPLETED", 90),
    ]
    for warehouse in (in_order, backwards, together):  # the current tables hold the latest version
        assert query(warehouse, "select overall_status, last_updated from trials") == [("COMPLETED", d("2017-01-19"))]
        assert query(warehouse, "select count(*) from sites") == [(15,)]


def test_a_row_unchanged_between_versions_is_kept_once_and_a_removed_site_closes(versions, tmp_path):
    warehouse = tmp_path / "trials.duckdb"
    load(warehouse, *versions)
    # 14 sites held in all three versions, once each; the 15th was dropped by v2 and is back in v3.
    assert query(warehouse, "select count(*) from history.sites where valid_from = '2015-03-01' and valid_to is null") == [(14,)]
    assert query(warehouse, "select valid_from, valid_to from history.sites where ordinal = 15 order by valid_from") == [
        (d("2015-03-01"), d("2016-06-01")),
        (d("2017-01-19"), None),
    ]
    assert query(warehouse, "select count(*) from bi.sites_as_of(date '2016-12-31')") == [(14,)]
    assert query(warehouse, "select overall_status from bi.trials_as_of(date '2015-12-31')") == [("RECRUITING",)]
    assert query(warehouse, "select count(*) from bi.trials_as_of(date '2015-01-01')") == [(0,)]
    assert query(warehouse, "select outcome, count(*) from file_manifest group by 1 order by 1") == [("history", 2), ("loaded", 1)]


def test_a_re_run_of_the_same_records_adds_nothing_and_an_older_copy_of_a_held_version_is_stale(versions, tmp_path):
    warehouse = tmp_path / "trials.duckdb"
    load(warehouse, *versions)
    before = table_contents(warehouse, HISTORY)
    load(warehouse, *versions)
    assert table_contents(warehouse, HISTORY) == before
    copy = tmp_path / "copy"
    shutil.copytree(versions[0], copy)  # v1 again, from a file whose URI sorts first: it loses the tie
    (copy / f"{TRIAL}.json").rename(copy / "a-copy.json")
    assert str(copy) < str(versions[0])
    load(warehouse, copy)
    reasons = query(warehouse, "select action, reason from quarantine where source_uri like '%a-copy.json'")
    assert [action for action, _ in reasons] == ["superseded"] and "stale copy" in reasons[0][1]
    assert table_contents(warehouse, HISTORY) == before


def d(text: str):
    from datetime import date

    return date.fromisoformat(text)


def test_the_change_log_the_history_reports_and_as_of_read_the_versions(versions, tmp_path):
    warehouse = tmp_path / "trials.duckdb"
    load(warehouse, *versions)
    changes = query(
        warehouse,
        "select field, change, old_value, new_value, previous_version, changed_on from bi.trial_changes "
        "where field in ('overall_status', 'enrollment_type', 'primary_outcomes', 'completion_date', 'sites') order by changed_on, field, change",
    )
    site_15 = query(warehouse, "select concat_ws(', ', facility, city, state, country) from sites where ordinal = 15")[0][0]
    assert changes == [
        ("completion_date", "changed", "2005-06-01", "2007-12-01", d("2015-03-01"), d("2016-06-01")),
        ("overall_status", "changed", "RECRUITING", "ACTIVE_NOT_RECRUITING", d("2015-03-01"), d("2016-06-01")),
        ("primary_outcomes", "added", None, "Cytogenetic response (complete and partial)", d("2015-03-01"), d("2016-06-01")),
        ("primary_outcomes", "removed", "Overall survival", None, d("2015-03-01"), d("2016-06-01")),
        ("sites", "removed", site_15, None, d("2015-03-01"), d("2016-06-01")),
        ("enrollment_type", "changed", "ESTIMATED", "ACTUAL", d("2016-06-01"), d("2017-01-19")),
        ("overall_status", "changed", "ACTIVE_NOT_RECRUITING", "COMPLETED", d("2016-06-01"), d("2017-01-19")),
        ("sites", "added", None, site_15, d("2016-06-01"), d("2017-01-19")),
    ]

    def report(*args: str) -> list[dict]:
        done = run_cli("report", *args, "--format", "json", "--warehouse", warehouse)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    timeline = report("status_timeline", "--param", f"nct_id={TRIAL.lower()}")
    assert [(r["overall_status"], r["status_from"], r["status_until"]) for r in timeline] == [
        ("RECRUITING", "2015-03-01", "2016-06-01"),
        ("ACTIVE_NOT_RECRUITING", "2016-06-01", "2017-01-19"),
        ("COMPLETED", "2017-01-19", None),
    ]
    (enrollment,) = report("enrollment_vs_target")
    assert (enrollment["sponsor_class"], enrollment["anticipated_participants"], enrollment["actual_participants"]) == ("OTHER", 100, 90)
    assert enrollment["trials_below_target"] == 1
    (switched,) = report("primary_outcome_switching")
    assert (switched["changed_on"], switched["old_measures"], switched["new_measures"]) == (
        "2016-06-01",
        "Overall survival",
        "Cytogenetic response (complete and partial)",
    )
    (moved,) = report("completion_date_moved")
    assert (moved["first_completion_date"], moved["completion_date"], moved["months_moved"]) == ("2005-06-01", "2007-12-01", 30)
    # Every report runs as of a date: the warehouse as the registry gave it then.
    then = report("trials_by_status_phase", "--as-of", "2016-01-01")
    assert [(r["overall_status"], r["trials"]) for r in then] == [("RECRUITING", 1)]
    assert report("completion_date_moved", "--as-of", "2016-01-01") == []  # one version known then
    assert report("trials_by_status_phase", "--as-of", "2015-01-01") == []  # not registered yet
    done = run_cli("query", "--aact", "--as-of", "2016-07-01", "--warehouse", warehouse, "select count(*) as n from facilities")
    assert done.returncode == 0 and "14" in done.stdout, done.stderr


def test_kill_9_during_a_history_rebuild_leaves_the_published_warehouse_whole_and_the_next_run_recovers(versions, tmp_path):
    from tests.e2e.test_reliability import cli_popen

    warehouse = tmp_path / "trials.duckdb"
    load(warehouse, versions[2])
    before = table_contents(warehouse, [*HISTORY, "trials", "sites", "file_manifest"])
    sources = [arg for folder in versions for arg in ("--source", folder)]
    run = cli_popen("run", *sources, "--warehouse", warehouse, "--progress", "lines")
    for line in run.stderr:  # the rebuild runs table by table, inside the load
        if "load: table" in line and "(sites)" in line:
            break
    os.killpg(run.pid, signal.SIGKILL)
    run.wait(timeout=30)
    assert table_contents(warehouse, [*HISTORY, "trials", "sites", "file_manifest"]) == before
    load(warehouse, *versions)
    assert query(warehouse, "select count(*) from history.trials") == [(3,)]
