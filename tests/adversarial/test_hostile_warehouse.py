"""The published warehouse holds only what runs wrote, users' own objects are kept or refused
clearly, paths are literal, and every error says what happened."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipelines.export import export_parquet
from pipelines.parsing.reader import find_sources
from pipelines.resources import WarehouseResource
from pipelines.run_summary import describe_error
from pipelines.warehouse.lock import WarehouseBusy, writer_lock
from pipelines.warehouse.paths import WarehousePaths, transaction
from tests.adversarial.conftest import cli, study_bytes
from tests.conftest import SEED, query

RUN = ("--quiet", "--workers", "1")


@pytest.fixture
def sources(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "NCT02013167.txt")
    (folder / "NCT09200001.json").write_bytes(study_bytes("NCT09200001"))
    return folder


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """A warehouse published from the seed and one study, to copy."""
    root = tmp_path_factory.mktemp("published")
    folder = root / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "NCT02013167.txt")
    (folder / "NCT09200001.json").write_bytes(study_bytes("NCT09200001"))
    assert run(folder, root / "trials.duckdb")[0] == 0
    return root / "trials.duckdb"


def run(sources: Path, warehouse: Path, *extra) -> tuple[int, str, str]:
    return cli("run", "--source", sources, "--warehouse", warehouse, *RUN, *extra)


def test_a_dead_clients_uncheckpointed_edits_are_never_replayed_onto_a_new_warehouse(sources, tmp_path):
    warehouse = tmp_path / "wh" / "trials.duckdb"
    assert run(sources, warehouse)[0] == 0
    # DBeaver's default: read-write. It edits, and dies before any checkpoint.
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys, duckdb; con = duckdb.connect(sys.argv[1]); "
            "con.execute(\"update trials set title = 'edited by hand'\"); os._exit(0)",
            str(warehouse),
        ],
        check=True,
    )
    paths = WarehousePaths(warehouse)
    assert paths.published_wal.exists()
    (sources / "NCT09200002.json").write_bytes(study_bytes("NCT09200002"))
    code, out, err = run(sources, warehouse)
    assert code == 0, err
    assert "left uncheckpointed edits (a write-ahead log); they are not part of the warehouse and were moved to" in out
    assert not paths.published_wal.exists()
    assert len(list(paths.work_dir.glob("foreign-*.wal"))) == 1
    assert query(warehouse, "select count(*), count(*) filter (where title = 'edited by hand') from trials") == [(3, 0)]


def test_deleting_the_lock_file_under_a_running_writer_does_not_let_a_second_one_in(tmp_path):
    paths = WarehousePaths(tmp_path / "trials.duckdb")
    with writer_lock(paths.lock):
        paths.lock.unlink()
        with pytest.raises(WarehouseBusy, match="another run is writing this warehouse"), writer_lock(paths.lock):
            pass
    with writer_lock(paths.lock):  # released: the next writer gets in
        pass


def test_a_build_removed_or_replaced_under_a_run_is_never_published(sources, tmp_path):
    resource = WarehouseResource(warehouse_path=str(tmp_path / "trials.duckdb"), sources=[str(sources)])
    resource.hold_writer_lock()
    resource.start_build()
    resource.paths.build.unlink()
    with pytest.raises(RuntimeError, match="was removed by something else: nothing is published"):
        resource.connect_build()
    resource.paths.build.write_bytes(b"")
    with pytest.raises(RuntimeError, match="was replaced by something else"):
        resource.check_build()
    resource.teardown_after_execution(None)


def test_users_own_tables_and_views_are_kept_run_after_run_and_through_a_storage_rewrite(sources, tmp_path):
    warehouse = tmp_path / "wh" / "trials.duckdb"
    assert run(sources, warehouse)[0] == 0
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create table my_notes (nct_id varchar, note varchar)")
        con.execute("insert into my_notes values ('NCT02013167', 'read it')")
        con.execute("create schema mine")
        con.execute("create view mine.recruiting as select nct_id from bi.trials where overall_status = 'RECRUITING'")
    code, out, err = run(sources, warehouse)
    assert code == 0, err
    code, out, err = run(sources, warehouse, "--storage-version", "v1.3.0")  # a rewrite of the whole file
    assert code == 0, err
    assert query(warehouse, "select * from my_notes") == [("NCT02013167", "read it")]
    assert query(warehouse, "select count(*) from mine.recruiting") == query(
        warehouse, "select count(*) from trials where overall_status = 'RECRUITING'"
    )
    assert query(warehouse, "select tags['storage_version'] from duckdb_databases() where database_name = current_database()")[0][
        0
    ].startswith("v1.3.0")


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        ("create table keyed (id integer primary key)", "main.keyed (it has a primary, unique or foreign key"),
        ("create view bi.mine as select 1 as one", "bi.mine (the bi schema belongs to the warehouse"),
        ("create view ctgov.mine as select 1 as one", "ctgov.mine (the ctgov schema belongs to the warehouse"),
        ("alter table trials add column my_flag boolean", "main.trials.my_flag (a column the warehouse does not define"),
        ("create index by_title on trials (title)", "index main.by_title (the file holds no index"),
    ],
)
def test_users_objects_a_run_cannot_keep_are_refused_by_name_and_the_file_is_left_as_it_is(statement, named, published, sources, tmp_path):
    warehouse = tmp_path / "wh" / "trials.duckdb"
    warehouse.parent.mkdir()
    shutil.copy(published, warehouse)
    with duckdb.connect(str(warehouse)) as con:
        con.execute(statement)
    before = warehouse.read_bytes()
    code, out, err = run(sources, warehouse)
    assert code == 1
    assert "holds objects of yours that a run cannot keep, so nothing was changed" in err and named in err
    assert warehouse.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "named"),
    [
        (b"", "is an empty file (0 bytes)"),
        ("sqlite", "is a SQLite database"),
        (b"just some text that is long enough", "is not a DuckDB database"),
    ],
)
def test_a_warehouse_path_holding_no_duckdb_file_is_reported_by_its_own_name_and_never_overwritten(content, named, sources, tmp_path):
    warehouse = tmp_path / "trials.duckdb"
    if content == "sqlite":
        sqlite3.connect(warehouse).execute("create table t (a)").connection.commit()
    else:
        warehouse.write_bytes(content)
    before = warehouse.read_bytes()
    code, out, err = run(sources, warehouse)
    assert code == 1 and f"the warehouse file {warehouse} {named}" in err, err
    assert "build" not in err.split("failed:", 1)[1]
    code, _, err = cli("report", "sites_per_country", "--warehouse", warehouse)
    assert code == 1 and named in err
    assert warehouse.read_bytes() == before
    assert not any(Path(duckdb.__file__).parent.rglob("*.duckdb_extension"))  # nothing was downloaded to read it


def test_folders_named_like_globs_and_queries_work_for_sources_and_the_warehouse(tmp_path):
    sources = tmp_path / "in[1]" / "q?x*"
    sources.mkdir(parents=True)
    (tmp_path / "in1").mkdir()  # what the glob "in[1]" would match instead
    shutil.copy(SEED, sources / "NCT02013167.txt")
    warehouse = tmp_path / "br[1]" / "q?x\\y" / "trials.duckdb"
    code, out, err = run(sources, warehouse)
    assert code == 0, err
    (sources / "NCT09200001.json").write_bytes(study_bytes("NCT09200001"))
    code, out, err = run(sources, warehouse)  # a second run: the build, its log, the staged batches
    assert code == 0, err
    assert "(1 unchanged, 1 parsed)" in out
    assert query(shutil.copy(warehouse, tmp_path / "copy.duckdb"), "select count(*) from trials") == [(2,)]
    assert cli("report", "sites_per_country", "--warehouse", warehouse)[0] == 0


def test_report_naming_a_folder_is_a_usage_error_before_anything_runs(sources, tmp_path):
    code, _, err = run(sources, tmp_path / "trials.duckdb", "--report", tmp_path)
    assert code == 2 and "is a folder; give the path of a file to write" in err
    assert not (tmp_path / "trials.duckdb").exists()


def test_an_export_killed_half_way_leaves_nothing_for_good(sources, tmp_path):
    warehouse = tmp_path / "trials.duckdb"
    assert run(sources, warehouse)[0] == 0
    out = tmp_path / "exports"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (out / f".partial-{dead.pid}" / "bi").mkdir(parents=True)  # what a killed export leaves
    (out / f".partial-{os.getpid()}-other").mkdir()  # not an export's folder
    export_parquet(warehouse, out)
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [f".partial-{os.getpid()}-other"]


def test_out_of_memory_reads_as_what_it_is_and_says_what_to_do(sources, tmp_path):
    code, _, err = run(sources, tmp_path / "trials.duckdb", "--memory-limit", "1MB")
    assert code == 1
    assert "Out of Memory Error" in err and "give it more with --memory-limit" in err and "duckdb.org" not in err


def test_error_messages_keep_their_first_line_and_drop_module_paths():
    oom = "_duckdb.OutOfMemoryException: Out of Memory Error: failed to allocate\n\nPossible solutions:\n\nSee also https://duckdb.org/docs"
    assert describe_error(oom).startswith("OutOfMemoryException: Out of Memory Error: failed to allocate (DuckDB ran out of memory")
    full = '_duckdb.IOException: IO Error: Could not write file "b.duckdb": No space left on device'
    assert describe_error(full).endswith("(the disk is full: free space where the warehouse and its work folder live)")
    assert describe_error("pipelines.warehouse.lock.WarehouseBusy: another run is writing") == "another run is writing"


class _FailingCommit:
    """A connection whose commit fails the way a full disk makes it, after which rollback fails too."""

    def begin(self):
        pass

    def commit(self):
        raise duckdb.IOException("IO Error: No space left on device")

    def rollback(self):
        raise duckdb.TransactionException("cannot rollback - no transaction is active")


def test_a_failed_commit_raises_its_own_error_not_the_rollbacks():
    with pytest.raises(duckdb.IOException, match="No space left on device"), transaction(_FailingCommit()):
        pass


def test_a_folder_that_cannot_be_listed_and_a_missing_source_are_reported_as_skipped(tmp_path, monkeypatch):
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text("x")
    (tmp_path / "closed").mkdir()
    real = os.scandir

    def scandir(path):
        if str(path).endswith("closed"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr("pipelines.parsing.reader.os.scandir", scandir)
    found = find_sources([tmp_path, tmp_path / "typo"])
    assert [Path(f.path).name for f in found.files] == ["a.txt"]
    assert [(Path(s.path).name, s.reason) for s in found.skipped] == [
        ("closed", "cannot list folder: Permission denied"),
        ("typo", "source not found"),
    ]


def test_a_typo_in_trials_sources_is_reported_in_a_dagster_run(tmp_path, monkeypatch):
    monkeypatch.setenv("TRIALS_SOURCES", f"{tmp_path}{os.pathsep}{tmp_path / 'sampels'}")
    found = find_sources(WarehouseResource().source_paths())
    assert [(s.path, s.reason) for s in found.skipped] == [(str(tmp_path / "sampels"), "source not found")]
