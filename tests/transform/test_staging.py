"""Staged batches read back as one, and grouped by their records for the steps that take several."""

import polars as pl

from contracts import FileManifest, Quarantine, polars_schema
from pipelines.transform.batch import Batch
from pipelines.transform.staging import group_batches, read_batches, write_batch


def _batch(records: int) -> Batch:
    manifest = pl.DataFrame(
        {"source_uri": [f"file:///{records}-{i}.json" for i in range(records)]},
        schema={"source_uri": pl.String},
    ).with_columns(
        file_uri=pl.col("source_uri"),
        sha256=pl.lit("a" * 64),
        size_bytes=pl.lit(1, pl.Int64),
        mtime_ns=pl.lit(1, pl.Int64),
        nct_id=pl.lit(None, pl.String),
        outcome=pl.lit("rejected"),
        load_id=pl.lit("load-1"),
        entry_crc32=pl.lit(None, pl.Int64),
        entry_size=pl.lit(None, pl.Int64),
        parser_version=pl.lit("v"),
    )
    quarantine = pl.DataFrame(schema=polars_schema(Quarantine))
    return Batch(
        tables={},
        quarantine=quarantine,
        manifest=manifest.select(list(polars_schema(FileManifest))).cast(dict(polars_schema(FileManifest))),
    )


def test_batches_are_grouped_in_order_up_to_a_number_of_records(tmp_path):
    folders = []
    for number, records in enumerate((3000, 3000, 3000, 5000, 12000, 10)):
        folder = tmp_path / f"batch-{number:06d}"
        write_batch(folder, _batch(records))
        folders.append(folder)
    assert group_batches(folders, 10_000) == [folders[0:3], folders[3:4], folders[4:5], folders[5:6]]
    assert group_batches([], 10_000) == []


def test_grouped_batches_read_back_as_one_in_folder_order(tmp_path):
    folders = [tmp_path / "br[1]", tmp_path / "b2"]  # a folder name DuckDB or polars could read as a pattern
    write_batch(folders[0], _batch(2))
    write_batch(folders[1], _batch(3))
    both = read_batches(folders, [])
    assert both.manifest["source_uri"].to_list() == [f"file:///2-{i}.json" for i in range(2)] + [f"file:///3-{i}.json" for i in range(3)]
    assert both.quarantine.schema == polars_schema(Quarantine)  # the schema survives an empty concat
