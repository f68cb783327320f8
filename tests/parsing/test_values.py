from datetime import date

import pytest

from pipelines.parsing.values import BadValue, join_phases, null_if_empty, parse_count, parse_date, parse_yes_no, unescape


def test_full_and_month_only_dates():
    assert parse_date("2014-01-03") == date(2014, 1, 3)
    assert parse_date("2003-05") == date(2003, 5, 1)


@pytest.mark.parametrize("text", ["2023-02-30", "2023-13", "03/05/2020", "soon", "2023"])
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
