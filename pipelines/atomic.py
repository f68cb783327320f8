"""Write a file whole or not at all: a reader (a scheduler, a later run) never sees half of it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def folder_whole(parent: Path, name: str) -> Iterator[Path]:
    """A hidden ``.<name>.partial`` folder in ``parent`` to write into, renamed to ``parent/name``
    when the block ends, or removed when it fails: no reader ever sees it half written. Partial
    folders left by a writer that was killed are removed first (the caller holds the writer lock)."""
    final = parent / name
    partial = parent / f".{name}.partial"
    for stale in parent.glob(".*.partial"):
        shutil.rmtree(stale, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        yield partial
        shutil.rmtree(final, ignore_errors=True)
        os.replace(partial, final)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
