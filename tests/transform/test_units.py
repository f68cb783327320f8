"""Cutting the files of a run into units: an archive into units of entries, its index read once."""

from __future__ import annotations

import pytest

import pipelines.transform.units as units_module
from pipelines.parsing.reader import SourceFile, UnreadablePage
from pipelines.transform.units import StagedEntries, archive_index, units_of
from tests.adversarial.conftest import study_bytes, zip_of


def source(path) -> SourceFile:
    return SourceFile(str(path), path.stat().st_size, path.stat().st_mtime_ns)


@pytest.fixture
def archive(tmp_path):
    entries = [(f"NCT0900{n:04d}.json", study_bytes(f"NCT0900{n:04d}")) for n in range(7)]
    return zip_of(tmp_path / "ctg-studies.json.zip", [*entries, (".hidden.json", b"{}")])


def test_an_archive_is_cut_into_units_of_entries_that_slice_its_index_in_order(archive):
    units = units_of([source(archive)], entries_per_unit=3)
    assert [unit.weight for unit in units] == [3, 3, 2]
    assert [name for unit in units for name in unit.entries["name"]] == [*(f"NCT0900{n:04d}.json" for n in range(7)), ".hidden.json"]
    assert {unit.archive_records for unit in units} == {7} and {unit.archive_entries for unit in units} == {8}
    assert sum(unit.size_bytes for unit in units) == sum(archive_index(source(archive))["file_size"])


def test_a_large_archives_index_is_read_in_a_process_of_its_own_with_the_same_result(archive, monkeypatch):
    here = archive_index(source(archive))
    monkeypatch.setattr(units_module, "OWN_PROCESS_INDEX_BYTES", 0)  # every archive counts as large
    assert archive_index(source(archive)).equals(here)


def test_an_unreadable_index_read_in_its_own_process_says_why(tmp_path, monkeypatch):
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    monkeypatch.setattr(units_module, "OWN_PROCESS_INDEX_BYTES", 0)
    with pytest.raises(UnreadablePage, match="not a readable zip archive") as raised:
        archive_index(source(broken))
    assert raised.value.stage == "read"


def test_with_an_index_folder_units_name_slices_of_the_staged_entry_table(archive, tmp_path, monkeypatch):
    in_memory = units_of([source(archive)], entries_per_unit=3)
    staged = units_of([source(archive)], entries_per_unit=3, index_dir=tmp_path)
    assert all(isinstance(unit.entries, StagedEntries) for unit in staged)
    assert [u.entry_table().equals(m.entries) for u, m in zip(staged, in_memory, strict=True)] == [True] * 3
    assert [(u.weight, u.size_bytes) for u in staged] == [(m.weight, m.size_bytes) for m in in_memory]
    monkeypatch.setattr(units_module, "OWN_PROCESS_INDEX_BYTES", 0)  # staged by a process of its own
    again = units_of([source(archive)], entries_per_unit=3, index_dir=tmp_path / "own")
    assert [u.entry_table().equals(m.entries) for u, m in zip(again, in_memory, strict=True)] == [True] * 3
