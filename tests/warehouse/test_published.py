"""The facts kept at a publish hold only for the same file, untouched, and the same code."""

from __future__ import annotations

import os

import polars as pl
import pytest

from pipelines.warehouse.paths import WarehousePaths
from pipelines.warehouse.published import code_signature, forget_published, published_manifest, record_published

MANIFEST = pl.DataFrame({"source_uri": ["file:///a.txt"], "sha256": ["0" * 64], "size_bytes": [3], "mtime_ns": [7]})


@pytest.fixture
def paths(tmp_path) -> WarehousePaths:
    paths = WarehousePaths(tmp_path / "trials.duckdb")
    paths.published.write_bytes(b"as published")
    record_published(paths, MANIFEST, "code-1")
    return paths


def test_the_facts_of_the_file_just_published_give_its_manifest(paths):
    assert published_manifest(paths, "code-1").equals(MANIFEST)


def test_other_code_a_touched_file_a_replaced_file_or_a_write_ahead_log_void_the_facts(paths):
    assert published_manifest(paths, "code-2") is None
    os.utime(paths.published, ns=(1, 1))
    assert published_manifest(paths, "code-1") is None
    record_published(paths, MANIFEST, "code-1")
    paths.published_wal.write_bytes(b"a client's uncheckpointed edits")
    assert published_manifest(paths, "code-1") is None
    paths.published_wal.unlink()
    replacement = paths.published.with_name("other.duckdb")
    replacement.write_bytes(b"as published")
    os.utime(replacement, ns=(paths.published.stat().st_atime_ns, paths.published.stat().st_mtime_ns))
    os.replace(replacement, paths.published)  # same size and time, another file
    assert published_manifest(paths, "code-1") is None


def test_forgotten_or_unreadable_facts_are_none(paths):
    forget_published(paths)
    assert published_manifest(paths, "code-1") is None
    record_published(paths, MANIFEST, "code-1")
    (paths.work_dir / "published.json").write_text("{not json")
    assert published_manifest(paths, "code-1") is None


def test_the_code_signature_depends_on_the_storage_format():
    assert code_signature("v1.0.0") != code_signature("v1.3.0") and len(code_signature("v1.0.0")) == 64
