"""The registry's bulk archive downloaded again: only the entries whose CRC-32 or size changed
are read; the others keep their records, and the archive's manifest rows take its new facts."""

from __future__ import annotations

import hashlib
import zipfile

from tests.adversarial.conftest import cli, study_bytes
from tests.conftest import query


def archive(path, studies: dict[str, bytes], level: int = 6) -> str:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=level) as out:
        for name, data in studies.items():
            out.writestr(f"{name}.json", data)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def loaded(out: str) -> int:
    """The summary's "trials loaded" figure."""
    return int(next(line for line in out.splitlines() if "trials loaded" in line).split()[-1].replace(",", ""))


def run(source, warehouse) -> str:
    code, out, err = cli("run", "--source", source, "--warehouse", warehouse, "--quiet", "--workers", "1")
    assert code == 0, err
    return out


def test_a_downloaded_again_archive_reads_only_its_new_and_changed_entries(tmp_path):
    source, warehouse = tmp_path / "in", tmp_path / "wh" / "trials.duckdb"
    source.mkdir()
    studies = {f"NCT095000{n:02d}": study_bytes(f"NCT095000{n:02d}") for n in range(20)}
    archive(source / "ctg-studies.json.zip", studies)
    assert loaded(run(source, warehouse)) == 20
    studies["NCT09500003"] = study_bytes("NCT09500003", last_updated="2025-06-01")  # changed
    studies["NCT09500007"] = study_bytes("NCT09500007", last_updated="2025-06-01")  # changed
    del studies["NCT09500011"]  # no longer in the archive
    studies["NCT09500099"] = study_bytes("NCT09500099")  # new
    sha256 = archive(source / "ctg-studies.json.zip", studies)
    out = run(source, warehouse)
    assert "(0 unchanged, 1 parsed)" in out and loaded(out) == 3
    assert query(warehouse, "select records_loaded from load_runs order by started_at desc limit 1") == [(3,)]
    rows = query(warehouse, "select regexp_extract(source_uri, 'NCT\\d+'), sha256, outcome from file_manifest order by 1")
    assert [row[0] for row in rows] == sorted(studies)  # the removed entry's record is gone, the new one is there
    assert {row[1] for row in rows} == {sha256} and {row[2] for row in rows} == {"loaded"}
    assert query(warehouse, "select last_updated::varchar from trials where nct_id = 'NCT09500003'") == [("2025-06-01",)]
    assert query(warehouse, "select count(*) from trials") == [(21,)]  # a trial is never deleted by its record's absence


def test_an_archive_rewritten_with_the_same_entries_is_unchanged_and_takes_its_new_hash(tmp_path):
    source, warehouse = tmp_path / "in", tmp_path / "wh" / "trials.duckdb"
    source.mkdir()
    studies = {f"NCT096000{n:02d}": study_bytes(f"NCT096000{n:02d}") for n in range(5)}
    archive(source / "ctg-studies.json.zip", studies, level=6)
    run(source, warehouse)
    sha256 = archive(source / "ctg-studies.json.zip", studies, level=1)  # other bytes, the same entries
    assert "(1 unchanged, 0 parsed)" in run(source, warehouse)
    assert query(warehouse, "select distinct sha256 from file_manifest") == [(sha256,)]
    assert run(source, warehouse).startswith("Nothing changed")  # and now by its size and time, without reading it
    assert query(warehouse, "select count(*), sum(records_loaded) from load_runs") == [(2, 5)]
