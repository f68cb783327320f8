"""Write a file whole or not at all: a reader (a scheduler, a later run) never sees half of it."""

from __future__ import annotations

import os
from pathlib import Path


def write_whole(path: Path, data: bytes) -> None:
    """``data`` into ``path``, through a hidden temporary file beside it renamed into place; the
    temporary file is gone whatever happens."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
