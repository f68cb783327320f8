"""Which page of a trial wins against the version already stored."""

from datetime import date, datetime

import polars as pl

from pipelines.transform.versions import decide_versions

AT = datetime(2026, 1, 1)


def incoming(*rows):
    """Incoming trials ``(nct_id, last_updated, uri[, kind])``; kind defaults to text."""
    return pl.DataFrame(
        [
            {
                "nct_id": r[0],
                "last_updated": r[1],
                "last_updated_raw": str(r[1]),
                "source_kind": r[3] if len(r) > 3 else "text",
                "source_uri": r[2],
            }
            for r in rows
        ],
        schema={
            "nct_id": pl.String,
            "last_updated": pl.Date,
            "last_updated_raw": pl.String,
            "source_kind": pl.String,
            "source_uri": pl.String,
        },
    )


def test_new_trials_and_newer_pages_win_older_pages_are_stale():
    stored = [
        ("NCT00000001", date(2024, 1, 1), "text", "file:///a.txt", "run-0"),
        ("NCT00000002", date(2024, 1, 1), "text", "file:///b.txt", "run-0"),
    ]
    decision = decide_versions(
        incoming(
            ("NCT00000001", date(2025, 1, 1), "file:///a2.txt"),  # newer: replaces a.txt
            ("NCT00000002", date(2023, 1, 1), "file:///b2.txt"),  # older: stale
            ("NCT00000003", date(2020, 1, 1), "file:///c.txt"),  # new trial
        ),
        stored,
        "run-1",
        AT,
    )
    assert decision.stale_ids == ["NCT00000002"] and decision.stale_uris == ["file:///b2.txt"]
    assert decision.replaced_uris == ["file:///a.txt"]
    assert [(p["source_uri"], p["action"], p["stage"]) for p in decision.problems] == [("file:///b2.txt", "superseded", "dedupe")]


def test_same_file_changed_in_place_replaces_itself_and_ties_break_on_the_uri():
    stored = [("NCT00000001", date(2024, 1, 1), "text", "file:///m.txt", "run-0")]
    same = decide_versions(incoming(("NCT00000001", date(2024, 1, 1), "file:///m.txt")), stored, "run-1", AT)
    assert same.stale_ids == [] and same.replaced_uris == []
    lower = decide_versions(incoming(("NCT00000001", date(2024, 1, 1), "file:///a.txt")), stored, "run-1", AT)
    higher = decide_versions(incoming(("NCT00000001", date(2024, 1, 1), "file:///z.txt")), stored, "run-1", AT)
    assert lower.stale_ids == ["NCT00000001"] and higher.replaced_uris == ["file:///m.txt"]


def test_a_page_replaced_within_the_same_run_is_accounted_as_superseded():
    stored = [("NCT00000001", date(2024, 1, 1), "text", "file:///a.txt", "run-1")]
    decision = decide_versions(incoming(("NCT00000001", date(2025, 1, 1), "file:///b.txt")), stored, "run-1", AT)
    assert [(p["source_uri"], p["action"]) for p in decision.problems] == [("file:///a.txt", "superseded")]


def test_a_page_without_a_date_never_beats_a_dated_one():
    stored = [("NCT00000001", date(2001, 1, 1), "text", "file:///a.txt", "run-0")]
    decision = decide_versions(incoming(("NCT00000001", None, "file:///z.txt")), stored, "run-1", AT)
    assert decision.stale_ids == ["NCT00000001"]


def test_on_the_same_last_updated_json_beats_text_whatever_the_uri():
    stored = [("NCT00000001", date(2024, 1, 1), "text", "file:///z.txt", "run-0")]
    json_wins = decide_versions(incoming(("NCT00000001", date(2024, 1, 1), "file:///a.json", "json")), stored, "run-1", AT)
    assert json_wins.stale_ids == [] and json_wins.replaced_uris == ["file:///z.txt"]
    stored = [("NCT00000001", date(2024, 1, 1), "api", "file:///a.json", "run-0")]
    text_loses = decide_versions(incoming(("NCT00000001", date(2024, 1, 1), "file:///z.txt", "text")), stored, "run-1", AT)
    assert text_loses.stale_ids == ["NCT00000001"]
    newer_text = decide_versions(incoming(("NCT00000001", date(2024, 1, 2), "file:///z.txt", "text")), stored, "run-1", AT)
    assert newer_text.replaced_uris == ["file:///a.json"]
