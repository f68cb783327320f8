"""Builders of hostile inputs, and the CLI run in-process (each run spares a Python and Dagster start)."""

from __future__ import annotations

import copy
import io
import json
import warnings
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from tests.conftest import JSON_DIR

BASE_STUDY = json.loads((JSON_DIR / "NCT00072579.json").read_text())
DEEP = b"[" * 100_000 + b"]" * 100_000


def study(nct_id: str, last_updated: str = "2024-01-02", **description) -> dict:
    """The sample study NCT00072579 under another NCT ID (and Last Updated, and description fields)."""
    found = copy.deepcopy(BASE_STUDY)
    protocol = found["protocolSection"]
    protocol["identificationModule"]["nctId"] = nct_id
    protocol["statusModule"]["lastUpdatePostDateStruct"] = {"date": last_updated, "type": "ACTUAL"}
    protocol["descriptionModule"].update(description)
    return found


def study_bytes(nct_id: str, **kwargs) -> bytes:
    return json.dumps(study(nct_id, **kwargs)).encode()


def page(*parts: bytes, **members) -> bytes:
    """An API page whose studies are the given JSON texts, kept as they are (they need not decode)."""
    extra = "".join(f', "{name}": {json.dumps(value)}' for name, value in members.items())
    return b'{"studies": [' + b", ".join(parts) + b"]" + extra.encode() + b"}"


def with_lone_surrogate(nct_id: str) -> bytes:
    """A study whose title holds a lone surrogate escape (valid JSON syntax, not valid text)."""
    return study_bytes(nct_id).replace(b'"briefTitle": "', b'"briefTitle": "x \\ud800 ', 1)


def zip_of(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a name written twice is what some tests want
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def cli(*args: str | Path) -> tuple[int, str, str]:
    """``trials ...`` in this process: exit code, stdout, stderr."""
    from pipelines.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(arg) for arg in args])
    return code, out.getvalue(), err.getvalue()
