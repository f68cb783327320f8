"""A file is rewritten whole once it holds too many bytes per trial against its last rewrite."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

import pipelines.warehouse.storage as storage
from pipelines.warehouse.paths import connect
from pipelines.warehouse.sql_files import run_sql
from pipelines.warehouse.storage import grown_too_much

AT = datetime(2026, 12, 1)


@pytest.fixture
def con(tmp_path):
    path = tmp_path / "trials.duckdb"
    with connect(path) as con:
        run_sql(con, "ddl/load_runs")
        con.execute("create table trials as select 'NCT' || lpad(i::varchar, 8, '0') as nct_id from range(1000) t(i)")
        con.execute("checkpoint")
        yield con, path


def record(con, file_bytes, trials, compacted):
    at = AT + timedelta(days=con.execute("select count(*) from load_runs").fetchone()[0])  # each run after the last
    con.execute(
        "insert into load_runs (load_id, started_at, finished_at, status, sources, files_seen, files_unchanged, files_parsed,"
        " records_loaded, records_quarantined, issues_recorded, trials_total, inputs_skipped, file_bytes, compacted)"
        " values (gen_random_uuid()::varchar, $at, $at, 'published', '', 0, 0, 0, 0, 0, 0, $trials, 0, $bytes, $compacted)",
        {"at": at, "trials": trials, "bytes": file_bytes, "compacted": compacted},
    )


def test_a_small_file_is_never_rewritten(con):
    assert not grown_too_much(*con)  # under MIN_COMPACT_BYTES, whatever its history


def test_growth_is_measured_in_bytes_per_trial_against_the_last_file_written_whole(con, monkeypatch):
    con, path = con
    monkeypatch.setattr(storage, "MIN_COMPACT_BYTES", 0)
    assert grown_too_much(con, path)  # no run says how large it was when written whole
    size = path.stat().st_size
    record(con, size // 2, 1000, compacted=True)  # half the bytes per trial then
    record(con, size, 1000, compacted=False)  # a run that did not rewrite it is no baseline
    assert grown_too_much(con, path)
    record(con, int(size / storage.GROWTH_LIMIT) + 1, 1000, compacted=True)  # within the limit of the newest
    assert not grown_too_much(con, path)
