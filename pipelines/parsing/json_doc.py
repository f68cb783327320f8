"""Decoding JSON documents, and salvaging the studies of a page that does not decode whole.

``decode`` is orjson's: strict JSON (no NaN or Infinity), valid UTF-8 only (a lone surrogate
escape such as ``"\\ud800"`` is refused), at most ``MAX_JSON_DEPTH`` levels deep, refused at once
without recursing. A UTF-8 byte-order mark is allowed.

An API page or JSON list holds many studies; one bad study (too deep, a lone surrogate, a stray
``NaN``) must not cost the others. ``outline`` finds the top-level members of a document and the
elements of its ``studies`` array by scanning brackets and strings only (no recursion, linear in
the document), so each element can be decoded, or refused, on its own.

Pure: no dagster, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import orjson

from pipelines.parsing.limits import MAX_JSON_DEPTH

_BOM = b"\xef\xbb\xbf"
# A whole JSON string, or one structural character.
_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{},:]')
_SPACE = b" \t\r\n"


class JsonError(ValueError):
    """A document, or part of one, that is not valid JSON; the message says where and why."""


def decode(raw: bytes) -> Any:
    """The JSON value of ``raw``; ``JsonError`` with orjson's reason (and the depth limit) when not."""
    if raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        reason = str(exc)
        if "depth limit" in reason or "recursion" in reason.lower():
            reason = f"nested more than {MAX_JSON_DEPTH} levels deep ({reason})"
        raise JsonError(reason) from None


@dataclass(frozen=True)
class Outline:
    """Where the parts of a document are: ``members`` of a top-level object (key, start, end of
    its value), or ``elements`` of a top-level array; ``studies`` are the element spans of the
    object's ``studies`` array (or of the top-level array)."""

    is_array: bool
    members: tuple[tuple[str, int, int], ...]
    studies: tuple[tuple[int, int], ...] | None

    def value(self, raw: bytes, key: str) -> Any:
        """The decoded value of a top-level member, or None when absent or not decodable."""
        for name, start, end in self.members:
            if name == key:
                try:
                    return decode(raw[start:end])
                except JsonError:
                    return None
        return None


def outline(raw: bytes) -> Outline | None:
    """The top-level layout of a document whose brackets balance; None when they do not (a
    cut-off or garbled document cannot be salvaged)."""
    start = _skip_space(raw, len(_BOM) if raw.startswith(_BOM) else 0)
    if start >= len(raw) or raw[start : start + 1] not in (b"{", b"["):
        return None
    spans = _children(raw, start)
    if spans is None or _skip_space(raw, spans[1]) != len(raw):
        return None
    children, _ = spans
    if raw[start : start + 1] == b"[":
        return Outline(True, (), tuple(children))
    members = []
    for child_start, child_end in children:
        found = _member(raw, child_start, child_end)
        if found is None:
            return None
        members.append(found)
    studies = None
    for key, value_start, _ in members:
        if key == "studies" and raw[value_start : value_start + 1] == b"[":
            inner = _children(raw, value_start)
            if inner is None:
                return None
            studies = tuple(inner[0])
    return Outline(False, tuple(members), studies)


def _skip_space(raw: bytes, i: int) -> int:
    while i < len(raw) and raw[i] in _SPACE:
        i += 1
    return i


def _children(raw: bytes, open_at: int) -> tuple[list[tuple[int, int]], int] | None:
    """The spans of the direct children of the array or object opening at ``open_at`` (trimmed
    of blanks), and the index just past its closing bracket; None when it never closes."""
    depth = 0
    children: list[tuple[int, int]] = []
    child_start = open_at + 1
    for token in _TOKEN.finditer(raw, open_at):
        char = raw[token.start()]
        if char == 0x22:  # a string: nothing inside it counts
            continue
        if char in (0x5B, 0x7B):  # [ {
            depth += 1
        elif char in (0x5D, 0x7D):  # ] }
            depth -= 1
            if depth == 0:
                _add_span(raw, children, child_start, token.start())
                return children, token.end()
        elif char == 0x2C and depth == 1:  # , between two children
            _add_span(raw, children, child_start, token.start())
            child_start = token.end()
    return None


def _add_span(raw: bytes, children: list[tuple[int, int]], start: int, end: int) -> None:
    start = _skip_space(raw, start)
    while end > start and raw[end - 1] in _SPACE:
        end -= 1
    if end > start:
        children.append((start, end))


def _member(raw: bytes, start: int, end: int) -> tuple[str, int, int] | None:
    """``"key": value`` to (key, value start, value end)."""
    key = _TOKEN.match(raw, start)
    if key is None or raw[start] != 0x22:
        return None
    colon = _skip_space(raw, key.end())
    if raw[colon : colon + 1] != b":":
        return None
    try:
        name = orjson.loads(raw[start : key.end()])
    except orjson.JSONDecodeError:
        return None
    return name, _skip_space(raw, colon + 1), end
