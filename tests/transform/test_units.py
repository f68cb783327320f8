"""Cutting the files of a run into units: an archive into units of entries, its index read once."""

from __future__ import annotations

import pytest

import pipelines.transform.units as units_module
from pipelines.parsing.reader import SourceFile, UnreadablePage
from pipelines.transform.units import archive_index, units_of
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
