"""The version of the code that turns a record into rows: a hash of the parsers, the batch and
contract steps and the contracts. Each record's manifest row keeps the version that read it; a
record read by another version is read again by the next run, so a field the parser has learnt
to load is filled for every trial, not only for those that changed since."""

from __future__ import annotations

import hashlib
import os
from functools import cache
from importlib.resources import files
from pathlib import Path

# The packages (and package folders) whose code decides what a record's rows are.
_ROW_CODE = ("pipelines.parsing", "pipelines.transform", "contracts")


@cache
def parser_version() -> str:
    """A short hash of every Python file of the row-making code (16 hex digits)."""
    digest = hashlib.sha256()
    for package in _ROW_CODE:
        root = Path(os.fspath(files(package)))
        for path in sorted(p for p in root.glob("*.py")):
            digest.update(f"{package}/{path.name}".encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
