"""What becomes of a run's records against the versions of their trials the warehouse holds."""

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


def stored(*rows):
    """Stored versions ``(nct_id, last_updated, kind, uri, load_id[, is_current])``: current unless said."""
    return [(*row, True) if len(row) == 5 else row for row in rows]


def test_a_newer_record_becomes_current_an_older_one_a_past_version_and_a_new_trial_is_new():
    held = stored(
        ("NCT00000001", date(2024, 1, 1), "text", "file:///a.txt", "run-0"),
        ("NCT00000002", date(2024, 1, 1), "text", "file:///b.txt", "run-0"),
    )
    decision = decide_versions(
        incoming(
            ("NCT00000001", date(2025, 1, 1), "file:///a2.txt"),  # newer: current, a.txt a past version
            ("NCT00000002", date(2023, 1, 1), "file:///b2.txt"),  # older: a past version, b.txt stays current
            ("NCT00000003", date(2020, 1, 1), "file:///c.txt"),  # a new trial
        ),
        held,
        "run-1",
        AT,
    )
    assert decision.current["source_uri"].to_list() == ["file:///a2.txt", "file:///c.txt"]
    assert decision.accepted["source_uri"].to_list() == ["file:///a2.txt", "file:///b2.txt", "file:///c.txt"]
    assert decision.replaced_ids == ["NCT00000001"] and decision.new_ids == ["NCT00000003"]
    assert sorted(decision.past_uris) == ["file:///a.txt", "file:///b2.txt"]
    assert decision.stale_uris == [] and decision.replaced_uris == [] and decision.problems == []


def test_several_versions_of_a_new_trial_are_accepted_and_the_latest_is_current():
    decision = decide_versions(
        incoming(("NCT00000001", date(2024, 1, 1), "file:///v2.txt"), ("NCT00000001", date(2020, 1, 1), "file:///v1.txt")), [], "run-1", AT
    )
    assert decision.current["source_uri"].to_list() == ["file:///v2.txt"]
    assert decision.new_ids == [] and decision.past_uris == ["file:///v1.txt"]


def test_same_file_changed_in_place_replaces_its_version_and_ties_break_on_the_uri():
    held = stored(("NCT00000001", date(2024, 1, 1), "text", "file:///m.txt", "run-0"))
    same = decide_versions(incoming(("NCT00000001", date(2024, 1, 1), "file:///m.txt")), held, "run-1", AT)
    assert same.stale_uris == [] and same.replaced_uris == [] and same.past_uris == []
    assert same.current["source_uri"].to_list() == ["file:///m.txt"] and same.replaced_ids == ["NCT00000001"]
    lower = decide_versions(incoming(("NCT00000001", date(2024, 1, 1), "file:///a.txt")), held, "run-1", AT)
    higher = decide_versions(incoming(("NCT00000001", date(2024, 1, 1), "file:///z.txt")), held, "run-1", AT)
    assert lower.stale_uris == ["file:///a.txt"] and lower.current.is_empty() and lower.accepted.is_empty()
    assert higher.replaced_uris == ["file:///m.txt"] and higher.past_uris == []


def test_a_past_version_is_replaced_by_a_record_of_its_date_without_touching_the_current_one():
    held = stored(
        ("NCT00000001", date(2020, 1, 1), "text", "file:///old.txt", "run-0", False),
        ("NCT00000001", date(2024, 1, 1), "text", "file:///new.txt", "run-0", True),
    )
    decision = decide_versions(incoming(("NCT00000001", date(2020, 1, 1), "file:///old.json", "json")), held, "run-1", AT)
    assert decision.replaced_uris == ["file:///old.txt"] and decision.current.is_empty() and decision.replaced_ids == []
    assert decision.accepted["source_uri"].to_list() == ["file:///old.json"] and decision.past_uris == ["file:///old.json"]


def test_a_version_replaced_within_the_same_run_is_accounted_as_superseded():
    held = stored(("NCT00000001", date(2024, 1, 1), "text", "file:///a.txt", "run-1"))
    decision = decide_versions(incoming(("NCT00000001", date(2024, 1, 1), "file:///b.txt")), held, "run-1", AT)
    assert [(p["source_uri"], p["action"]) for p in decision.problems] == [("file:///a.txt", "superseded")]


def test_a_record_without_a_date_is_a_version_before_every_dated_one():
    held = stored(("NCT00000001", date(2001, 1, 1), "text", "file:///a.txt", "run-0"))
    decision = decide_versions(incoming(("NCT00000001", None, "file:///z.txt")), held, "run-1", AT)
    assert decision.current.is_empty() and decision.past_uris == ["file:///z.txt"]


def test_on_the_same_last_updated_json_beats_text_whatever_the_uri():
    held = stored(("NCT00000001", date(2024, 1, 1), "text", "file:///z.txt", "run-0"))
    json_wins = decide_versions(incoming(("NCT00000001", date(2024, 1, 1), "file:///a.json", "json")), held, "run-1", AT)
    assert json_wins.stale_uris == [] and json_wins.replaced_uris == ["file:///z.txt"]
    held = stored(("NCT00000001", date(2024, 1, 1), "api", "file:///a.json", "run-0"))
    text_loses = decide_versions(incoming(("NCT00000001", date(2024, 1, 1), "file:///z.txt", "text")), held, "run-1", AT)
    assert text_loses.stale_uris == ["file:///z.txt"]
    assert [(p["action"], p["stage"]) for p in text_loses.problems] == [("superseded", "dedupe")]
    newer_text = decide_versions(incoming(("NCT00000001", date(2024, 1, 2), "file:///z.txt", "text")), held, "run-1", AT)
    assert newer_text.past_uris == ["file:///a.json"] and newer_text.current["source_uri"].to_list() == ["file:///z.txt"]


def test_a_trial_whose_one_version_is_replaced_by_a_record_of_its_date_needs_no_rebuild():
    held = stored(("NCT00000001", date(2024, 1, 1), "text", "file:///a.txt", "run-0"))
    reread = decide_versions(incoming(("NCT00000001", date(2024, 1, 1), "file:///a.txt")), held, "run-1", AT)
    assert reread.new_ids == ["NCT00000001"] and reread.replaced_ids == ["NCT00000001"]
    newer = decide_versions(incoming(("NCT00000001", date(2025, 1, 1), "file:///a.txt")), held, "run-1", AT)
    assert newer.new_ids == []  # two versions now: rebuilt
    two = stored(
        ("NCT00000001", date(2020, 1, 1), "text", "file:///old.txt", "run-0", False),
        ("NCT00000001", date(2024, 1, 1), "text", "file:///a.txt", "run-0", True),
    )
    assert decide_versions(incoming(("NCT00000001", date(2024, 1, 1), "file:///a.txt")), two, "run-1", AT).new_ids == []
