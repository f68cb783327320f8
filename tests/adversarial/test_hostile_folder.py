"""One folder of hostile inputs, loaded by the real CLI: each input is quarantined (or reported as
skipped) under its own URI with a reason, the rest publishes, and so does the next run.

One run serves every test here (a run costs seconds); each test asserts one behaviour.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.adversarial.conftest import DEEP, page, study_bytes, with_lone_surrogate, zip_of
from tests.conftest import SEED, query, run_cli

BIG_FIELD = 100 * 1024 * 1024  # a study of 100 MiB: more than a record may be (32 MiB)


def uri(path: Path) -> str:
    return Path(os.path.abspath(path)).as_uri()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "NCT02013167.txt")
    (folder / "deep.json").write_bytes(DEEP)
    (folder / "page-deep.json").write_bytes(page(study_bytes("NCT09000001"), DEEP, study_bytes("NCT09000002")))
    (folder / "surrogate.json").write_bytes(with_lone_surrogate("NCT09000003"))
    (folder / "page-surrogate.json").write_bytes(page(with_lone_surrogate("NCT09000004"), study_bytes("NCT09000005")))
    (folder / "page-nan.json").write_bytes(
        page(study_bytes("NCT09000006").replace(b'"nctId": ', b'"latitude": NaN, "nctId": ', 1), study_bytes("NCT09000007"))
    )
    zip_of(
        folder / "big-field.zip",
        [
            ("NCT09000008.json", study_bytes("NCT09000008", briefSummary="a" * BIG_FIELD)),
            ("NCT09000009.json", study_bytes("NCT09000009")),
        ],
    )
    (folder / "long-field.json").write_bytes(study_bytes("NCT09000010", detailedDescription="word " * 420_000))
    (folder / os.fsdecode(b"\xff-empty.txt")).write_bytes(b"")
    (folder / os.fsdecode(b"\xfe-named.json")).write_bytes(study_bytes("NCT09000011"))
    (folder / "loop.json").symlink_to("loop.json")
    (folder / "broken.json").symlink_to("nowhere.json")
    os.mkfifo(folder / "fifo.json")
    zip_of(
        folder / "dup.zip",
        [
            ("NCT09000012.json", study_bytes("NCT09000012", last_updated="2024-01-01")),
            ("NCT09000012.json", study_bytes("NCT09000012", last_updated="2024-06-01")),
        ],
    )
    zip_of(
        folder / "hidden.zip",
        [
            (".hidden.json", study_bytes("NCT09000013")),
            ("__MACOSX/._NCT09000014.json", b"\x00\x05\x16\x07 resource fork"),
            ("NCT09000014.json", study_bytes("NCT09000014")),
        ],
    )
    (folder / ".dotfile.json").write_bytes(study_bytes("NCT09000015"))
    (root / "elsewhere").mkdir()
    (folder / "linked").symlink_to(root / "elsewhere", target_is_directory=True)
    (folder / "nulls.json").write_bytes(b"[" + b",".join([b"null"] * 12_000) + b"]")
    fifo_source = root / "fifo-source"
    os.mkfifo(fifo_source)
    warehouse = root / "wh" / "trials.duckdb"
    first = run_cli("run", "--source", folder, "--source", fifo_source, "--warehouse", warehouse, "--batch-size", "5000")
    second = run_cli("run", "--source", folder, "--source", fifo_source, "--warehouse", warehouse, "--batch-size", "5000")
    return {"folder": folder, "fifo_source": fifo_source, "warehouse": warehouse, "first": first, "second": second}


def problems(hostile, source_uri: str) -> list[tuple]:
    return query(hostile["warehouse"], "select stage, action, reason from quarantine where source_uri = $u order by all", {"u": source_uri})


def trials(hostile) -> set[str]:
    return {row[0] for row in query(hostile["warehouse"], "select nct_id from trials")}


def test_a_folder_of_hostile_inputs_publishes_the_rest_and_so_does_the_next_run(hostile):
    assert hostile["first"].returncode == 0, hostile["first"].stderr
    assert hostile["second"].returncode == 0, hostile["second"].stderr
    assert {"NCT02013167", "NCT09000001", "NCT09000002", "NCT09000005", "NCT09000007", "NCT09000009"} <= trials(hostile)
    balance = query(hostile["warehouse"], "select count(*) from load_runs")
    assert balance == [(2,)]


def test_json_nested_100000_levels_deep_is_quarantined_in_a_file_and_inside_a_page(hostile):
    folder = hostile["folder"]
    # the file is a JSON list: its one element is the record
    [(stage, action, reason)] = problems(hostile, uri(folder / "deep.json") + "#/0")
    assert (stage, action) == ("decode", "rejected") and "nested more than 1024 levels deep" in reason
    [(stage, action, reason)] = problems(hostile, uri(folder / "page-deep.json") + "#/studies/1")
    assert (stage, action) == ("decode", "rejected") and "nested more than 1024 levels deep" in reason
    assert {"NCT09000001", "NCT09000002"} <= trials(hostile)  # the page's other studies load


def test_a_lone_surrogate_escape_is_quarantined_in_a_file_and_inside_a_page(hostile):
    folder = hostile["folder"]
    for source in (uri(folder / "surrogate.json"), uri(folder / "page-surrogate.json") + "#/studies/0"):
        [(stage, action, reason)] = problems(hostile, source)
        assert (stage, action) == ("decode", "rejected") and "surrogate" in reason, source
    assert "NCT09000005" in trials(hostile) and not {"NCT09000003", "NCT09000004"} & trials(hostile)


def test_nan_which_is_not_json_costs_only_its_own_study(hostile):
    [(stage, action, reason)] = problems(hostile, uri(hostile["folder"] / "page-nan.json") + "#/studies/0")
    assert (stage, action) == ("decode", "rejected") and reason.startswith("not valid JSON")
    assert "NCT09000007" in trials(hostile)


def test_a_study_larger_than_a_record_may_be_is_refused_before_it_is_inflated_whole(hostile):
    [(stage, action, reason)] = problems(hostile, uri(hostile["folder"] / "big-field.zip") + "#NCT09000008.json")
    assert (stage, action) == ("read", "rejected")
    assert "more than the 32 MiB a record may be" in reason
    assert "NCT09000009" in trials(hostile)  # the archive's other entry loads


def test_a_field_longer_than_a_field_may_be_is_stored_null_with_its_size_reported(hostile):
    assert query(hostile["warehouse"], "select detailed_description is null, title from trials where nct_id = 'NCT09000010'")[0][0]
    [(stage, action, reason)] = problems(hostile, uri(hostile["folder"] / "long-field.json"))
    assert (stage, action) == ("parse", "nulled")
    assert reason == "trials.detailed_description is 2,099,999 bytes, more than the 1 MiB a field may be"


def test_file_names_that_are_not_utf8_are_read_and_named_by_their_bytes(hostile):
    folder = uri(hostile["folder"])
    assert problems(hostile, f"{folder}/%FF-empty.txt") == [("read", "rejected", "file is empty")]
    assert query(hostile["warehouse"], "select source_uri from trials where nct_id = 'NCT09000011'") == [(f"{folder}/%FE-named.json",)]


def test_links_that_loop_or_break_fifos_and_linked_folders_are_reported_as_skipped(hostile):
    folder = hostile["folder"]
    expected = {
        "loop.json": "symbolic link loop",
        "broken.json": "broken symbolic link (its target does not exist)",
        "fifo.json": "not a regular file (a FIFO)",
        "linked": "symbolic link to a folder: not followed (name the folder itself as a source)",
        ".dotfile.json": "hidden file (its name starts with a dot)",
    }
    for name, reason in expected.items():
        assert problems(hostile, uri(folder / name)) == [("discover", "skipped", reason)] * 2, name  # once a run


def test_a_fifo_given_as_a_source_is_reported_and_never_read(hostile):
    assert (
        problems(hostile, hostile["fifo_source"].as_uri())
        == [("discover", "skipped", "source is not a regular file or a folder (a FIFO)")] * 2
    )
    # the first run also read hidden.zip, whose two skipped entries count; the second did not read it again
    assert query(hostile["warehouse"], "select inputs_skipped from load_runs order by started_at") == [(8,), (6,)]


def test_a_zip_holding_one_name_twice_reads_both_entries_and_the_later_wins(hostile):
    archive = uri(hostile["folder"] / "dup.zip")
    assert query(hostile["warehouse"], "select source_uri, last_updated::varchar from trials where nct_id = 'NCT09000012'") == [
        (f"{archive}#NCT09000012.json(2)", "2024-06-01")
    ]
    # the earlier entry is an older version of the trial: kept in history, nothing quarantined
    assert problems(hostile, f"{archive}#NCT09000012.json") == []
    versions = "select source_uri, valid_from::varchar, valid_to::varchar from history.trials where nct_id = 'NCT09000012' order by 2"
    assert query(hostile["warehouse"], versions) == [
        (f"{archive}#NCT09000012.json", "2024-01-01", "2024-06-01"),
        (f"{archive}#NCT09000012.json(2)", "2024-06-01", None),
    ]


def test_hidden_archive_entries_and_resource_forks_are_reported_as_skipped(hostile):
    archive = uri(hostile["folder"] / "hidden.zip")
    assert problems(hostile, f"{archive}#.hidden.json") == [("read", "skipped", "skipped: a hidden entry (its name starts with a dot)")]
    assert problems(hostile, f"{archive}#__MACOSX/._NCT09000014.json") == [
        ("read", "skipped", "skipped: a macOS resource fork (__MACOSX/), not a record")
    ]
    assert "NCT09000014" in trials(hostile)


def test_a_file_of_12000_nulls_is_cut_into_batches_and_every_null_is_quarantined(hostile):
    base = uri(hostile["folder"] / "nulls.json")
    assert query(
        hostile["warehouse"], "select count(*), count(distinct source_uri) from quarantine where source_uri like $u || '#/%'", {"u": base}
    ) == [(12_000, 12_000)]
