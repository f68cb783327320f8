"""How the load cuts a run's batches into statements: by count, and by the bytes of the table."""

from pipelines.warehouse import load
from pipelines.warehouse.load import slices


def _folders(tmp_path, sizes: list[int]):
    folders = []
    for number, size in enumerate(sizes):
        folder = tmp_path / f"batch-{number:06d}"
        folder.mkdir()
        (folder / "trials.parquet").write_bytes(b"x" * size)
        folders.append(folder)
    return folders


def test_a_narrow_table_is_loaded_ten_batches_a_statement(tmp_path):
    assert slices(_folders(tmp_path, [10] * 23), "trials") == [(0, 10), (10, 10), (20, 3)]


def test_a_wide_table_is_loaded_as_many_batches_as_fit_in_the_slice_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr(load, "SLICE_BYTES", 100)
    assert slices(_folders(tmp_path, [40, 40, 40, 150, 10, 90, 5]), "trials") == [(0, 2), (2, 1), (3, 1), (4, 2), (6, 1)]


def test_no_batches_no_slices(tmp_path):
    assert slices([], "trials") == []
