"""A file is written whole or not at all, and no temporary file is left either way."""

import pytest

from pipelines.atomic import write_whole


def test_a_file_is_replaced_whole_and_no_temporary_file_is_left(tmp_path):
    target = tmp_path / "report.json"
    target.write_bytes(b"old")
    write_whole(target, b"new")
    assert target.read_bytes() == b"new" and sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_a_write_that_cannot_land_leaves_the_old_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "taken"
    target.mkdir()  # a folder holds the name: the rename fails
    with pytest.raises(OSError):
        write_whole(target, b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"] and target.is_dir()
