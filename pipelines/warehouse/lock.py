"""One writer per warehouse: OS locks held for the whole run.

Two ``flock`` locks are held: on the work folder itself and on ``writer.lock`` inside it (which
also says which process holds it). Deleting the lock file under a running writer therefore does
not let a second run in: the folder stays locked. Each lock is checked, once taken, to be on the
file that the path names now (not on one deleted and made again meanwhile). The kernel drops the
locks when the holding process dies, so a run killed with ``kill -9`` never leaves one behind;
the next run takes them and throws away the dead run's build.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path


class WarehouseBusy(RuntimeError):
    """Another run is writing this warehouse."""


@contextmanager
def writer_lock(path: Path, timeout_s: float = 0.0) -> Iterator[None]:
    """Hold the writer lock of the work folder ``path.parent`` (``path`` is its lock file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout_s
    with ExitStack() as held:
        while True:
            held.close()
            folder = _try_lock(held, path.parent, os.O_RDONLY | os.O_DIRECTORY)
            file = _try_lock(held, path, os.O_RDWR | os.O_CREAT) if folder is not None else None
            if folder is not None and file is not None:
                break
            if time.monotonic() >= deadline:
                raise WarehouseBusy(
                    f"another run is writing this warehouse (lock {path}, held by {_holder(path)}); try again when it "
                    "ends, or wait for it with --wait SECONDS"
                ) from None
            time.sleep(0.2)
        os.ftruncate(file, 0)
        os.pwrite(file, f"pid {os.getpid()}".encode(), 0)
        yield


def _try_lock(held: ExitStack, path: Path, flags: int) -> int | None:
    """The descriptor of ``path``, locked, or None when another process holds it."""
    while True:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), 0o644)
        held.callback(os.close, fd)  # closing the descriptor releases the lock
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return None
        try:
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                return fd
        except FileNotFoundError:
            pass  # deleted (and perhaps made again) since it was opened: lock what the path names now


def _holder(path: Path) -> str:
    try:
        return path.read_text(errors="replace").strip() or "unknown"
    except OSError:
        return "unknown"
