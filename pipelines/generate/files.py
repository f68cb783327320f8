"""Bringing generated files up to date, or telling which are stale."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

# The line every generated SQL file carries. A file in a generated folder without it is
# hand-written: it overrides what would be generated, and is never touched.
MARKER = "Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept)."


def stale(expected: dict[Path, str], generated: Iterable[Path]) -> list[Path]:
    """Files that differ from what they must be, are missing, or were generated for something
    that no longer exists (``generated``: the generated files there are now)."""
    found = [path for path, text in expected.items() if not path.is_file() or path.read_text(encoding="utf-8") != text]
    return found + [path for path in sorted(generated) if path not in expected]


def write(expected: dict[Path, str], generated: Iterable[Path]) -> list[Path]:
    """Bring every file up to date; return those that changed."""
    changed = stale(expected, generated)
    for path in changed:
        if path in expected:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(expected[path], encoding="utf-8")
        else:
            path.unlink()
    return changed


def generated_in(root: Path, folders: Iterable[str]) -> list[Path]:
    """The generated SQL files (those carrying ``MARKER``) there are now in ``root``'s ``folders``."""
    return [path for folder in folders for path in sorted((root / folder).glob("*.sql")) if MARKER in path.read_text(encoding="utf-8")]
