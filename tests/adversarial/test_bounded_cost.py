"""Whatever the input, one record costs bounded time and memory: the limits of limits.py hold
before the expensive step. Generous bounds (ten times what is needed), so they never flake."""

from __future__ import annotations

import gzip
import subprocess
import sys
import time
import tracemalloc
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from pipelines.parsing.countries import split_countries_line
from pipelines.parsing.limits import MAX_RECORD_BYTES, MiB
from pipelines.parsing.reader import SourceFile
from pipelines.resources import WarehouseResource, usable_cpus
from pipelines.transform.batch import parse_parts
from pipelines.transform.units import units_of
from tests.adversarial.conftest import study_bytes, zip_of
from tests.conftest import PROJECT

NOW = datetime(2026, 12, 1)


def units(*paths: Path, per_unit: int = 5000):
    return units_of([SourceFile(str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in paths], per_unit)


def peak_mib(work) -> float:
    """Peak Python memory while ``work()`` runs, in MiB."""
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / MiB
    finally:
        tracemalloc.stop()


def test_a_countries_line_of_64000_words_is_split_in_linear_time():
    words = ("Freedonia Republic of Nowhere " * 16_000).split()
    line = " ".join(words + ["United", "States", "Korea,", "Republic", "of"])
    started = time.monotonic()
    names, unknown = split_countries_line(line, frozenset({"United States"}))
    assert time.monotonic() - started < 5  # linear: about 0.2 s; the quadratic splitter took 116 s
    assert names[-2:] == ["United States", "Korea, Republic of"] and len(unknown) == 1


def test_a_countries_line_is_split_in_bounded_memory():
    line = " ".join(["Atlantis"] * 64_000)
    assert peak_mib(lambda: split_countries_line(line, frozenset({"Atlantis " * 40}))) < 100  # 17.6 GiB before


def test_a_zip_entry_whose_header_lies_about_its_size_is_inflated_no_further_than_a_record_may_be(tmp_path):
    archive = zip_of(
        tmp_path / "bomb.zip", [("NCT09000001.json", b"0" * (MAX_RECORD_BYTES * 3)), ("NCT09000002.json", study_bytes("NCT09000002"))]
    )
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as found:
        info = found.infolist()[0]
    small = (1000).to_bytes(4, "little")
    data[info.header_offset + 22 : info.header_offset + 26] = small  # local header: uncompressed size
    central = data.rindex(b"PK\x01\x02", 0, data.rindex(b"PK\x01\x02"))
    data[central + 24 : central + 28] = small  # central directory: uncompressed size
    archive.write_bytes(bytes(data))

    def parse():
        [batch] = list(parse_parts(units(archive), "L", NOW))
        assert batch.tables["trials"]["nct_id"].to_list() == ["NCT09000002"]
        assert batch.quarantine["reason"].to_list()[0].startswith("corrupt archive entry")

    assert peak_mib(parse) < 80


def test_a_zip_entry_that_inflates_beyond_a_record_is_stopped_at_the_limit(tmp_path):
    archive = tmp_path / "big.zip"
    with (
        zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as out,
        out.open("NCT09000001.json", "w", force_zip64=True) as entry,
    ):
        for _ in range(3 * MAX_RECORD_BYTES // MiB):
            entry.write(b" " * MiB)
    with zipfile.ZipFile(archive) as found:
        assert found.infolist()[0].file_size == 3 * MAX_RECORD_BYTES

    def parse():
        [batch] = list(parse_parts(units(archive), "L", NOW))
        assert batch.quarantine["reason"].to_list() == [
            f"archive entry is {3 * MAX_RECORD_BYTES:,} bytes, more than the 32 MiB a record may be"
        ]

    assert peak_mib(parse) < 10  # refused by its header, before any byte is inflated


def test_a_gzipped_page_that_unpacks_beyond_a_record_is_refused(tmp_path):
    bomb = tmp_path / "page.txt.gz"
    bomb.write_bytes(gzip.compress(b"Title\n\nNCT ID: NCT09000001\n" + b" x" * MAX_RECORD_BYTES, compresslevel=1))
    [batch] = list(parse_parts(units(bomb), "L", NOW))
    assert batch.quarantine["reason"].to_list() == [f"page is {2 * MAX_RECORD_BYTES + 27:,} bytes, more than the 32 MiB a record may be"]


PARSE_AND_MEASURE = """
import sys
with open("/proc/self/clear_refs", "w") as reset:  # the peak a forked child inherits is not its own
    reset.write("5")
from datetime import datetime
from pathlib import Path
from pipelines.parsing.reader import SourceFile
from pipelines.transform.batch import parse_parts
from pipelines.transform.units import units_of
path = Path(sys.argv[1])
units = units_of([SourceFile(str(path), path.stat().st_size, path.stat().st_mtime_ns)], 5000)
sizes = [batch.manifest.height for batch in parse_parts(units, "L", datetime(2026, 12, 1), max_records=5000)]
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(sizes.count(5000), sum(sizes), int(peak.split()[1]) // 1024)
"""


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="measures peak memory through Linux's /proc")
def test_200000_nulls_in_one_file_are_cut_into_batches_of_bounded_memory(tmp_path):
    nulls = tmp_path / "nulls.json"
    nulls.write_bytes(b"[" + b",".join([b"null"] * 200_000) + b"]")
    done = subprocess.run([sys.executable, "-c", PARSE_AND_MEASURE, str(nulls)], capture_output=True, text=True, check=True, cwd=PROJECT)
    full_batches, records, peak_rss_mib = map(int, done.stdout.split())
    assert (full_batches, records) == (40, 200_000)
    assert peak_rss_mib < 150  # about 75 MiB; the whole file in one batch took 537 MiB in a run (308 MiB here)


def test_workers_are_never_more_than_the_cpus_the_run_may_use():
    assert WarehouseResource(workers=40).worker_count() == usable_cpus()
    assert WarehouseResource(workers=1).worker_count() == 1
    assert WarehouseResource().worker_count() == usable_cpus()
