from datetime import date, datetime

import pytest

from pipelines.parsing.values import (
    BadValue,
    join_phases,
    normalise_text,
    null_if_empty,
    parse_count,
    parse_date,
    parse_minute,
    parse_number,
    parse_whole,
    parse_yes_no,
    unescape,
)


def test_full_month_only_and_year_only_dates():
    assert parse_date("2014-01-03") == date(2014, 1, 3)
    assert parse_date("2003-05") == date(2003, 5, 1)
    assert parse_date("2023") == date(2023, 1, 1)


def test_upload_times_to_the_minute():
    assert parse_minute("2019-05-16T06:59") == datetime(2019, 5, 16, 6, 59)
    for text in ("2019-05-16", "2019-02-30T10:00", "yesterday"):
        with pytest.raises(BadValue):
            parse_minute(text)


@pytest.mark.parametrize("text", ["2023-02-30", "2023-13", "03/05/2020", "soon", "23", "2023-5"])
def test_impossible_or_malformed_dates_are_rejected(text):
    with pytest.raises(BadValue):
        parse_date(text)


def test_participant_counts():
    assert parse_count("405 participants") == 405
    assert parse_count("1 participant") == 1
    assert parse_count("1,200 participants") == 1200
    with pytest.raises(BadValue):
        parse_count("about forty participants")


def test_yes_no_booleans():
    assert parse_yes_no("Yes") is True
    assert parse_yes_no("No") is False
    with pytest.raises(BadValue):
        parse_yes_no("Maybe")


def test_phases_are_joined_with_a_slash():
    assert join_phases("PHASE1, PHASE2") == "PHASE1/PHASE2"
    assert join_phases("NA") == "NA"


def test_markdown_escapes_are_removed_but_plain_backslashes_kept():
    assert unescape(r"age \< 35 \& CR/CRh\*/CRi \[ALT\] 10\^3") == "age < 35 & CR/CRh*/CRi [ALT] 10^3"
    assert unescape(r"C:\path") == r"C:\path"


def test_dash_and_empty_are_null():
    assert null_if_empty("-") is None
    assert null_if_empty("  ") is None
    assert null_if_empty("x") == "x"


@pytest.mark.parametrize(
    "text", ["  Overall survival  ", "Inclusion Criteria:", "exclusion criteria", "a\rb", "", "   ", "İ dotted", "x * y"]
)
def test_a_one_line_value_takes_the_short_way_to_the_same_text(text):
    """One line without escapes skips the line-by-line pass; a trailing newline forces that pass."""
    assert normalise_text(text) == normalise_text(text + "\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.5", (12.5, None)),
        ("-0.117", (-0.117, None)),
        ("<0.001", (0.001, "<")),
        ("≤ 0.05", (0.05, "≤")),
        ("<= 0.05", (0.05, "≤")),
        (">=10", (10.0, "≥")),
        ("> 99", (99.0, ">")),
        ("=0.247", (0.247, None)),
        ("1.2E-5", (1.2e-5, None)),
        (".5", (0.5, None)),
        ("NA", (None, None)),
        (" n/a ", (None, None)),
    ],
)
def test_a_number_given_as_text_is_read_with_its_modifier(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["1,234", "0.05 (two-sided)", "12-15", "about 3", "", "<", "1.2.3"])
def test_text_that_is_not_a_number_is_not_guessed_at(text):
    with pytest.raises(BadValue):
        parse_number(text)


def test_a_count_given_as_text_is_a_whole_number_kept_when_negative():
    assert parse_whole("23") == 23 and parse_whole("-3") == -3 and parse_whole("NA") is None
    for text in ("2.5", "<5", "ten", "99999999999"):
        with pytest.raises(BadValue):
            parse_whole(text)
