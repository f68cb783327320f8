"""Turning registry text values into typed warehouse values.

Every converter returns the value, or raises ``BadValue`` with a readable reason; the page
parser catches it, stores NULL and reports the field.
"""

from __future__ import annotations

import re
from datetime import date, datetime

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MINUTE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$")
_COUNT = re.compile(r"^(\d[\d,]*)(?:\s+participants?)?$", re.IGNORECASE)
_NCT_ID = re.compile(r"^NCT\d{8}$")
_BLANK_RUN = re.compile(r"\n{3,}")
_CRITERIA_HEADING = re.compile(r"^((?:Inclusion|Exclusion) Criteria):?$", re.MULTILINE | re.IGNORECASE)
_BARE_CRITERIA_HEADING = re.compile(r"^((?:Inclusion|Exclusion) Criteria)$", re.MULTILINE | re.IGNORECASE)


class BadValue(ValueError):
    """A value that does not have the form its field requires."""


def unescape(text: str) -> str:
    """Drop the registry's markdown escapes (``\\<`` becomes ``<``); they are rendering artefacts."""
    return _ESCAPE.sub(r"\1", text) if "\\" in text else text


def normalise_text(text: str | None) -> str | None:
    """Free text in one canonical form, the same from a text page and from JSON: no markdown
    escapes, no indentation (a page keeps it on some lines of a paragraph and not on others), one
    blank line between paragraphs, and Inclusion/Exclusion headings without the colon that pages
    drop."""
    if text is None:
        return None
    if "\n" not in text and "\\" not in text:  # one line, no escapes (most values): the same, sooner
        out = text.strip()
        return (_CRITERIA_HEADING.sub(r"\1", out) if _may_hold_criteria(out) else out) or None
    lines = [line.strip() for line in unescape(text).replace("\r\n", "\n").split("\n")]
    out = "\n".join(lines)
    if "\n\n\n" in out:
        out = _BLANK_RUN.sub("\n\n", out)
    out = out.strip()
    if _may_hold_criteria(out):
        out = _CRITERIA_HEADING.sub(r"\1", out)
    return out or None


def with_criteria_colons(text: str) -> str:
    """Criteria text with the colon after each Inclusion/Exclusion Criteria heading that
    ``normalise_text`` takes off: the records write it (the ``ctgov`` views put it back the same way,
    ``sql/ctgov/eligibilities.sql``)."""
    return _BARE_CRITERIA_HEADING.sub(r"\1:", text) if _may_hold_criteria(text) else text


def _may_hold_criteria(text: str) -> bool:
    """A quick test that ``_CRITERIA_HEADING`` can match: the word in any letter case (its
    case-insensitive match also takes the Turkish dotted and dotless I)."""
    return "criteria" in text.lower() or "\u0130" in text or "\u0131" in text


def null_if_empty(value: str | None) -> str | None:
    """``-`` and empty strings mean 'no value'."""
    if value is None:
        return None
    value = value.strip()
    return None if value in ("", "-") else value


def parse_date(text: str) -> date:
    """``YYYY-MM-DD``, or ``YYYY-MM`` (first day of that month), or ``YYYY`` (1 January): the
    registry's partial dates."""
    match = _DATE.match(text.strip())
    if not match:
        raise BadValue(f"{text!r} is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = int(match[1]), int(match[2] or 1), int(match[3] or 1)
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise BadValue(f"{text!r} is not a real calendar date ({exc})") from exc


def parse_minute(text: str) -> datetime:
    """``YYYY-MM-DDTHH:MM`` (the registry's upload times), seconds allowed."""
    match = _MINUTE.match(text.strip())
    if not match:
        raise BadValue(f"{text!r} is not a time of the form YYYY-MM-DDTHH:MM")
    try:
        return datetime(*(int(part or 0) for part in match.groups()))
    except ValueError as exc:
        raise BadValue(f"{text!r} is not a real time ({exc})") from exc


def parse_count(text: str) -> int:
    """``405 participants`` (or a bare number) to 405."""
    match = _COUNT.match(text.strip())
    if not match:
        raise BadValue(f"{text!r} is not a participant count")
    value = int(match[1].replace(",", ""))
    if value > 2_147_483_647:
        raise BadValue(f"{text!r} is larger than any possible enrollment")
    return value


def parse_yes_no(text: str) -> bool:
    """``Yes``/``No`` to a boolean."""
    lowered = text.strip().lower()
    if lowered in ("yes", "true"):
        return True
    if lowered in ("no", "false"):
        return False
    raise BadValue(f"{text!r} is neither Yes nor No")


def join_phases(text: str) -> str:
    """``PHASE1, PHASE2`` to ``PHASE1/PHASE2``."""
    parts = [part.strip() for part in re.split(r"[,/]", text) if part.strip()]
    return "/".join(parts)


def is_nct_id(text: str) -> bool:
    return bool(_NCT_ID.match(text))


# A number the registry gives as text: an optional sign before it (<0.001, ≤ 0.05, =0.247), a
# decimal with an optional exponent. "NA" (and "N/A") is the registry's "not available".
_NUMBER = re.compile(r"^(<=|>=|=<|=>|≤|≥|<|>|=)?\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)$")
_MODIFIERS = {"<=": "≤", "=<": "≤", ">=": "≥", "=>": "≥", "=": None}
_NOT_AVAILABLE = frozenset({"NA", "N/A"})
_ASCII_DIGITS = frozenset("0123456789")


def parse_number(text: str) -> tuple[float | None, str | None]:
    """``"12.5"`` to (12.5, None), ``"<0.001"`` to (0.001, "<"), ``"≤ 0.05"`` to (0.05, "≤"), ``"NA"``
    to (None, None). ``=`` means exact and gives no modifier; ``<=`` and ``>=`` are given as ≤ and ≥.
    Anything else (a comma, a word, a range) is not guessed at: ``BadValue``."""
    stripped = text.strip()
    if stripped[-1:] in _ASCII_DIGITS and "_" not in stripped:  # most are a plain number, which float() reads at once
        try:
            return float(stripped), None
        except ValueError:
            pass
    if stripped.upper() in _NOT_AVAILABLE:
        return None, None
    match = _NUMBER.match(stripped)
    if not match:
        raise BadValue(f"{text!r} is not a number (with at most a <, ≤, >, ≥ or = before it)")
    sign = match[1]
    return float(match[2]), _MODIFIERS.get(sign, sign)


def parse_whole(text: str) -> int | None:
    """A count given as text (``"23"``) to 23; ``"NA"`` to None. A sign, a fraction or a word is
    ``BadValue``; a negative number is kept (the contract's rule reports it)."""
    stripped = text.strip()
    if stripped.upper() in _NOT_AVAILABLE:
        return None
    if not re.fullmatch(r"[+-]?\d+", stripped):
        raise BadValue(f"{text!r} is not a whole number")
    value = int(stripped)
    if not -2_147_483_648 <= value <= 2_147_483_647:
        raise BadValue(f"{text!r} is larger than any possible count")
    return value
