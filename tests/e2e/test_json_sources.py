"""JSON sources through the CLI: API pages, gzip, the bulk zip archive, and text beside JSON."""

import gzip
import json
import shutil
import zipfile
from datetime import date

import pytest

from pipelines.parsing.model import TABLES, UNKNOWN_FIELD
from tests.conftest import EVERY_FIELD, JSON_DIR, SAMPLES, query, run_cli, sample_ids, study_breaking_every_rule


def _studies():
    return [json.loads((JSON_DIR / f"{nct_id}.json").read_text()) for nct_id in sample_ids()]


def _run(source, warehouse):
    result = run_cli("run", "--source", source, "--warehouse", warehouse, "--quiet")
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def _corrupt_entry(archive, name):
    """Flip bytes inside one entry's compressed data, leaving the archive's directory intact."""
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo(name)
    data = bytearray(archive.read_bytes())
    name_len = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_len = int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    for i in range(start + 20, start + 60):
        data[i] ^= 0xFF
    archive.write_bytes(bytes(data))


@pytest.fixture
def bulk_archive(tmp_path):
    """A ctg-studies.json.zip as the registry serves it (one study per entry), with one corrupt
    entry, one entry that is not JSON, and a folder entry."""
    folder = tmp_path / "bulk"
    folder.mkdir()
    archive = folder / "ctg-studies.json.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("ctg-studies/", "")
        for study in _studies():
            zf.writestr(f"ctg-studies/{study['protocolSection']['identificationModule']['nctId']}.json", json.dumps(study, indent=2))
        zf.writestr("ctg-studies/NCT99999999.json", '{"protocolSection": {"identificationModule": ' + "x" * 5000)
        zf.writestr("ctg-studies/broken.json", json.dumps(_studies()[0]) * 3)
    _corrupt_entry(archive, "ctg-studies/broken.json")
    return archive


def test_bulk_archive_loads_entry_by_entry_without_extracting_and_quarantines_bad_entries(bulk_archive, tmp_path):
    warehouse = tmp_path / "wh" / "trials.duckdb"
    _run(bulk_archive.parent, warehouse)
    assert sorted(p.name for p in bulk_archive.parent.iterdir()) == ["ctg-studies.json.zip"]  # nothing unpacked
    assert query(warehouse, "select count(*), min(source_kind), max(source_kind) from trials") == [(13, "json", "json")]
    uri = bulk_archive.as_uri()
    assert query(warehouse, "select source_uri from trials where nct_id = 'NCT03475563'") == [(f"{uri}#ctg-studies/NCT03475563.json",)]
    rejected = query(warehouse, "select source_uri, stage, reason from quarantine where action = 'rejected' order by 1")
    assert [(r[0], r[1]) for r in rejected] == [
        (f"{uri}#ctg-studies/NCT99999999.json", "decode"),
        (f"{uri}#ctg-studies/broken.json", "read"),
    ]
    assert "not valid JSON" in rejected[0][2] and "corrupt archive entry" in rejected[1][2]
    assert query(warehouse, "select records_loaded, records_quarantined, files_parsed from load_runs") == [(13, 2, 1)]
    # Unchanged archive: nothing is read again, and the published file is left as it is.
    assert _run(bulk_archive.parent, warehouse).stdout.startswith("Nothing changed")
    assert query(warehouse, "select count(*) from load_runs") == [(1,)]


def test_an_archive_cut_into_several_batches_loads_every_entry_once(bulk_archive, tmp_path):
    warehouse = tmp_path / "wh" / "trials.duckdb"
    result = run_cli("run", "--source", bulk_archive, "--warehouse", warehouse, "--batch-size", "4", "--workers", "2", "--quiet")
    assert result.returncode == 0, result.stderr
    assert query(warehouse, "select count(*) from trials") == [(13,)]
    assert query(warehouse, "select count(*), count(distinct file_uri) from file_manifest") == [(15, 1)]


def test_api_pages_plain_and_gzipped_load_every_study_with_a_pointer_uri(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    studies = _studies()
    (folder / "page-1.json").write_text(json.dumps({"studies": studies[:6], "nextPageToken": "abc"}))
    (folder / "page-2.json.gz").write_bytes(gzip.compress(json.dumps({"studies": studies[6:]}).encode()))
    (folder / "not-a-study.json").write_text('{"hello": "world"}')
    warehouse = tmp_path / "trials.duckdb"
    _run(folder, warehouse)
    assert query(warehouse, "select count(*) from trials") == [(13,)]
    page1 = (folder / "page-1.json").as_uri()
    assert query(warehouse, "select nct_id from trials where source_uri = $u", {"u": f"{page1}#/studies/0"}) == [(sample_ids()[0],)]
    assert query(warehouse, "select reason from quarantine") == [
        ("JSON is neither an API v2 study (protocolSection) nor a page of studies (studies); found hello",)
    ]


def _mixed_folder(parent):
    """Text and JSON of the 13 samples side by side; one text page carries a newer Last Updated."""
    folder = parent / "mixed"
    folder.mkdir()
    for nct_id in sample_ids():
        shutil.copy(JSON_DIR / f"{nct_id}.json", folder)
        shutil.copy(SAMPLES / f"{nct_id}.txt", folder)
    newer = folder / "NCT03475563.txt"
    text = newer.read_text()
    updated = next(line for line in text.splitlines() if line.startswith("Last Updated:"))
    newer.write_text(text.replace(updated, "Last Updated: 2099-01-01"))
    return folder


def test_text_and_json_of_the_same_trials_in_one_run_json_wins_the_tie_and_newer_text_wins_keeping_the_json_as_history(tmp_path):
    folder = _mixed_folder(tmp_path)
    warehouse = tmp_path / "trials.duckdb"
    _run(folder, warehouse)
    kinds = dict(query(warehouse, "select nct_id, source_kind from trials"))
    assert kinds.pop("NCT03475563") == "text"
    assert set(kinds.values()) == {"json"} and len(kinds) == 12
    superseded = query(warehouse, "select count(*) from quarantine where action = 'superseded'")
    assert superseded == [(12,)]  # the text twins of the same Last Updated; the older JSON of NCT03475563 is a past version
    assert query(warehouse, "select records_loaded, records_history, records_quarantined from load_runs") == [(13, 1, 12)]
    versions = "select source_kind, valid_to is null from history.trials where nct_id = 'NCT03475563' order by valid_from"
    assert query(warehouse, versions) == [("json", False), ("text", True)]
    assert query(warehouse, "select count(*) from arms where nct_id = 'NCT03475563' and source_kind = 'text'")[0][0] > 0


@pytest.fixture(scope="module")
def batched_twice(tmp_path_factory):
    """The mixed folder loaded in one batch, and with one record per batch on two workers."""
    parent = tmp_path_factory.mktemp("batched")
    folder = _mixed_folder(parent)
    one_batch, one_per_batch = parent / "one.duckdb", parent / "many.duckdb"
    _run(folder, one_batch)
    result = run_cli("run", "--source", folder, "--warehouse", one_per_batch, "--batch-size", "1", "--workers", "2", "--quiet")
    assert result.returncode == 0, result.stderr
    return one_batch, one_per_batch


@pytest.mark.parametrize("table", [*TABLES, "file_manifest", "quarantine"])
def test_records_of_one_trial_in_different_batches_give_the_same_warehouse_as_in_one_batch(batched_twice, table):
    one_batch, one_per_batch = batched_twice
    run_columns = {"load_id", "loaded_at", "recorded_at"}
    columns = [c for (c,) in query(one_batch, f"select column_name from (describe {table})") if c not in run_columns]
    listing = f"select {', '.join(columns)} from {table} order by all"
    assert query(one_per_batch, listing) == query(one_batch, listing)


def test_a_warehouse_published_before_json_sources_is_upgraded_and_keeps_its_rows(good_dir, tmp_path):
    import duckdb

    from pipelines.parsing.registry_json import JSON_ONLY_TABLES
    from pipelines.warehouse.sql_files import sql

    warehouse = tmp_path / "old" / "trials.duckdb"
    _run(good_dir, warehouse)
    with duckdb.connect(str(warehouse)) as con:  # take it back to the schema of the text-only release
        for statement in sql("migrate/json_source").splitlines():
            if statement.startswith("alter table"):
                table, column = statement.split()[2], statement.split()[8]
                con.execute(f"alter table {table} drop column {column}")
        for table in (*JSON_ONLY_TABLES, "api_pulls"):
            con.execute(f"drop table {table}")
    json_dir = tmp_path / "json"
    json_dir.mkdir()
    shutil.copy(JSON_DIR / "NCT03475563.json", json_dir)
    result = run_cli("run", "--source", good_dir, "--source", json_dir, "--warehouse", warehouse, "--quiet")
    assert result.returncode == 0, result.stderr
    assert query(warehouse, "select source_kind, count(*) from trials group by 1 order by 1") == [("json", 1), ("text", 13)]
    assert query(warehouse, "select distinct source_kind from arms where nct_id = 'NCT02013167'") == [("text",)]
    assert query(warehouse, "select count(*) from file_manifest where file_uri is null") == [(0,)]
    assert query(warehouse, "select count(*) from keywords where nct_id = 'NCT03475563'") == [(4,)]


def test_a_study_holding_every_field_fills_every_table_through_its_contract(tmp_path):
    folder = tmp_path / "every"
    folder.mkdir()
    shutil.copy(EVERY_FIELD, folder / "every_field.json")
    warehouse = tmp_path / "trials.duckdb"
    _run(folder, warehouse)
    assert query(warehouse, "select count(*) from quarantine") == [(0,)]
    empty = [t for t in TABLES if t != "related_trials" and query(warehouse, f"select count(*) from {t}") == [(0,)]]
    assert empty == []
    trial = dict(
        zip(
            ("start_date", "start_date_type", "completion_date_type", "is_fda_regulated_drug", "masked_investigator", "has_us_site"),
            query(
                warehouse,
                "select start_date, start_date_type, completion_date_type, is_fda_regulated_drug, masked_investigator, has_us_site from trials",
            )[0],
            strict=True,
        )
    )
    assert trial == {
        "start_date": date(2018, 8, 1),
        "start_date_type": "ACTUAL",
        "completion_date_type": "ESTIMATED",
        "is_fda_regulated_drug": True,
        "masked_investigator": True,
        "has_us_site": True,  # Puerto Rico
    }


def test_a_study_breaking_the_result_rules_publishes_every_row_and_reports_each_breach(tmp_path):
    """A broken rule is reported, never blocking: the contracts gate passes and the rows load as given."""
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "broken.json").write_text(json.dumps(study_breaking_every_rule()), encoding="utf-8")
    warehouse = tmp_path / "trials.duckdb"
    _run(folder, warehouse)
    assert query(warehouse, "select count(*) from quarantine where action = 'reported' and reason like '%: rule: %'") == [(6,)]
    assert query(warehouse, "select count(*) from quarantine where action <> 'reported'") == [(0,)]
    assert query(warehouse, "select num_affected, num_at_risk from adverse_event_stats where num_affected > num_at_risk") == [(25, 20)]
    assert query(warehouse, "select count(*) from adverse_event_stats where group_code = 'EG009' and group_ordinal is null") == [(1,)]


def test_records_read_by_earlier_parsing_code_are_read_again_and_gain_the_fields_it_did_not_load(bulk_archive, tmp_path):
    """An upgrade that loads more of a record fills it for every trial, not only for those that
    changed since: the manifest keeps the version of the code that read each record. The folder
    holds a study file beside the archive, so both ways a record is known unchanged are tried."""
    import duckdb

    folder = bulk_archive.parent
    shutil.copy(EVERY_FIELD, folder / "every_field.json")
    warehouse = tmp_path / "wh" / "trials.duckdb"
    _run(folder, warehouse)
    typed = query(warehouse, "select count(*) from trials where start_date_type is not null")
    assert typed[0][0] >= 11
    with duckdb.connect(str(warehouse)) as con:  # as an earlier release left it: no date types, no versions
        con.execute("update trials set start_date_type = null")
        con.execute("update file_manifest set parser_version = null")
    _run(folder, warehouse)
    assert query(warehouse, "select count(*) from trials where start_date_type is not null") == typed
    assert query(warehouse, "select count(*) from file_manifest where parser_version is null") == [(0,)]
    _run(folder, warehouse)  # and once read by this code, nothing is read again (a no-op run records no run)
    assert query(warehouse, "select count(*) from load_runs") == [(2,)]


def test_a_field_the_parser_does_not_know_is_reported_once_per_run_with_its_count_and_first_record(tmp_path):
    folder = tmp_path / "renamed"
    folder.mkdir()
    for study in _studies()[:5]:
        study["protocolSection"]["statusModule"]["overallStatusV3"] = "COMPLETED"  # an upstream addition
        name = study["protocolSection"]["identificationModule"]["nctId"]
        (folder / f"{name}.json").write_text(json.dumps(study))
    warehouse = tmp_path / "trials.duckdb"
    result = run_cli("run", "--source", folder, "--warehouse", warehouse, "--batch-size", "2", "--workers", "2", "--quiet")
    assert result.returncode == 0, result.stderr
    path = "protocolSection.statusModule.overallStatusV3"
    first = (folder / f"{sample_ids()[0]}.json").as_uri()
    assert query(warehouse, "select action, detail, occurrences, source_uri, nct_id from quarantine") == [
        ("reported", path, 5, first, sample_ids()[0])
    ]
    assert query(warehouse, "select count(*) from trials") == [(5,)]
    assert query(warehouse, "select reason, occurrences from bi.quarantine_summary") == [(f"{UNKNOWN_FIELD}: {path}", 5)]


def test_json_that_is_no_study_is_quarantined_record_by_record_with_a_clear_reason(tmp_path):
    import codecs

    folder = tmp_path / "odd"
    folder.mkdir()
    study = _studies()[0]
    (folder / "bom.json").write_bytes(codecs.BOM_UTF8 + json.dumps(study).encode())
    (folder / "utf16.json").write_bytes(json.dumps(study).encode("utf-16"))
    (folder / "truncated.json.gz").write_bytes(gzip.compress(json.dumps(study).encode())[:500])
    (folder / "list.json").write_text(json.dumps([1, None]))
    (folder / "cut.json").write_text('{"studies": [')
    (folder / "no-id.json").write_text(json.dumps({"protocolSection": {"identificationModule": {"briefTitle": "x"}}}))
    warehouse = tmp_path / "trials.duckdb"
    _run(folder, warehouse)
    assert query(warehouse, "select nct_id from trials") == [(sample_ids()[0],)]  # the BOM is fine
    reasons = dict(query(warehouse, "select regexp_replace(source_uri, '.*/odd/', ''), reason from quarantine"))
    assert reasons == {
        "utf16.json": "UTF-16 text (it starts with a UTF-16 byte-order mark); registry files are UTF-8",
        "truncated.json.gz": "not a readable gzip file: Compressed file ended before the end-of-stream marker was reached",
        "list.json#/0": "a study must be a JSON object, not int",
        "list.json#/1": "a study must be a JSON object, not NoneType",
        "cut.json": "not valid JSON: unexpected end of data: line 1 column 14 (char 13)",
        "no-id.json": "not a ClinicalTrials.gov study: no protocolSection.identificationModule.nctId",
    }
