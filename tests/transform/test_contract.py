"""Contract enforcement on parsed batches: what is nulled, dropped, rejected and superseded."""

import shutil
from datetime import datetime

import polars as pl

from pipelines.parsing.reader import SourceFile
from pipelines.transform.batch import SOURCE_COLUMN, parse_files
from pipelines.transform.contract import enforce_contracts
from pipelines.transform.units import Unit
from tests.conftest import SEED, TEXT_PAGES

NOW = datetime(2026, 1, 1)


def _landed(*paths):
    return [Unit(SourceFile(str(p.resolve()), p.stat().st_size, p.stat().st_mtime_ns)) for p in paths]


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_clean_pages_pass_untouched():
    batch = parse_files(_landed(SEED, *TEXT_PAGES), "L", NOW)
    checked = enforce_contracts(batch, NOW)
    assert checked.quarantine.height == 0
    for name, frame in checked.tables.items():
        assert frame.height == batch.tables[name].height, name
    assert set(checked.manifest["outcome"]) == {"loaded"}


def test_unknown_code_in_an_optional_trial_field_is_nulled_and_quarantined(tmp_path):
    text = SEED.read_text().replace("Recruitment Status\n\nTERMINATED", "Recruitment Status\n\nFINISHED")
    checked = enforce_contracts(parse_files(_landed(_write(tmp_path, "a.txt", text)), "L", NOW), NOW)
    trial = checked.tables["trials"].row(0, named=True)
    assert trial["overall_status"] is None and trial["phase"] == "PHASE3"
    q = checked.quarantine.row(0, named=True)
    assert (q["stage"], q["field"], q["action"], q["detail"], q["nct_id"]) == (
        "contract",
        "trials.overall_status",
        "nulled",
        "FINISHED",
        "NCT02013167",
    )
    assert checked.tables["sites"].height == 117


def test_a_bad_child_row_is_dropped_and_the_rest_of_the_trial_loads(tmp_path):
    text = SEED.read_text().replace("Sponsor Role lead", "Sponsor Role Lead")
    checked = enforce_contracts(parse_files(_landed(_write(tmp_path, "a.txt", text)), "L", NOW), NOW)
    assert checked.tables["sponsors"].height == 0
    assert checked.tables["trials"].height == 1 and checked.tables["sites"].height == 117
    q = checked.quarantine.row(0, named=True)
    assert (q["field"], q["action"], q["detail"]) == ("sponsors.role", "dropped", "Lead")


def test_every_version_of_a_trial_is_kept_each_checked_apart_and_its_child_rows_keep_their_record(tmp_path):
    old = _write(
        tmp_path,
        "old.txt",
        SEED.read_text()
        .replace("Last Updated: 2024-03-05", "Last Updated: 2020-01-01")
        .replace("405 participants", "400 participants")
        .replace("Research Site\n\nDuarte, California, United States\n\nSite Status\n\n", ""),
    )
    new = _write(tmp_path, "new.txt", SEED.read_text())
    checked = enforce_contracts(parse_files(_landed(new, old), "L", NOW), NOW)
    trials = checked.tables["trials"]
    # Two versions of one trial: both kept (the load decides which is current), neither failing
    # its key for the other.
    assert sorted(trials["enrollment"].to_list()) == [400, 405] and checked.quarantine.height == 0
    sites = checked.tables["sites"].group_by(SOURCE_COLUMN).len().sort(SOURCE_COLUMN)
    assert sites.rows() == [(new.resolve().as_uri(), 117), (old.resolve().as_uri(), 116)]
    assert set(checked.manifest["outcome"]) == {"loaded"}


def test_of_two_records_of_the_same_version_the_json_or_greater_uri_wins(tmp_path):
    first = _write(tmp_path, "a.txt", SEED.read_text().replace("405 participants", "400 participants"))
    second = _write(tmp_path, "b.txt", SEED.read_text())
    checked = enforce_contracts(parse_files(_landed(first, second), "L", NOW), NOW)
    assert checked.tables["trials"]["enrollment"].to_list() == [405]
    assert checked.tables["sites"].height == 117  # rows of the winning page only, not both
    assert checked.quarantine.select("source_uri", "action", "stage").rows() == [(first.resolve().as_uri(), "superseded", "dedupe")]
    assert dict(checked.manifest.select("source_uri", "outcome").rows()) == {
        second.resolve().as_uri(): "loaded",
        first.resolve().as_uri(): "superseded",
    }


def test_unreadable_files_are_rejected_with_their_source(tmp_path):
    empty = _write(tmp_path, "empty.txt", "")
    shutil.copy(SEED, tmp_path / "seed.txt")
    checked = enforce_contracts(parse_files(_landed(empty, tmp_path / "seed.txt"), "L", NOW), NOW)
    assert checked.tables["trials"].height == 1
    rejected = checked.quarantine.filter(pl.col("action") == "rejected").row(0, named=True)
    assert (rejected["source_uri"], rejected["stage"], rejected["reason"]) == (empty.resolve().as_uri(), "read", "file is empty")


def test_a_trial_failing_a_required_field_is_rejected_with_its_child_rows(tmp_path):
    page = _write(tmp_path, "a.txt", SEED.read_text())
    batch = parse_files(_landed(page), "L", NOW)
    batch.tables["trials"] = batch.tables["trials"].with_columns(
        pl.lit("not-a-hash").alias("source_sha256"), pl.lit("FINISHED").alias("overall_status")
    )
    checked = enforce_contracts(batch, NOW)
    assert checked.tables["trials"].height == 0
    assert all(frame.height == 0 for frame in checked.tables.values())
    assert checked.quarantine.select("field", "action").rows() == [("trials.source_sha256", "rejected")]
    assert checked.manifest["outcome"].to_list() == ["rejected"]
