"""Where a warehouse and its work files live, and how DuckDB opens them. No dagster here.

Paths are literal everywhere. DuckDB does not take every path literally: it reads a ``?`` in a
database path as the start of its options (the write-ahead log then goes elsewhere) and a ``\\``
as a folder separator, and it resolves symbolic links first; in a Parquet path ``[``, ``*`` and
``?`` are a glob. So a warehouse whose folder's path holds any of ``?*[]{}\\`` keeps its build and
staging in a hidden folder ``.trials-<id>.work`` in the nearest folder above it whose path holds
none of them (on the same file system, so the publish is still one atomic rename), and reads its
published file through a hard link there.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipelines.warehouse.sql_files import sql

# Characters DuckDB does not take literally in a path.
_NOT_LITERAL = re.compile(r"[?*\[\]{}\\]")


class NotAWarehouse(RuntimeError):
    """The warehouse path holds a file that is not a DuckDB database: it is never overwritten."""


def is_literal(path: Path) -> bool:
    """True when DuckDB takes the path as it is."""
    return not _NOT_LITERAL.search(str(path))


def literal_home(folder: Path) -> Path:
    """The nearest folder at or above ``folder`` whose path DuckDB takes literally, on the same
    file system as ``folder`` (a mount point above it ends the search)."""
    folder = Path(os.path.abspath(folder))
    device = _device(folder)
    for candidate in [folder, *folder.parents]:
        if is_literal(candidate) and _device(candidate) in (device, None):
            return candidate
        if candidate.exists() and device is not None and _device(candidate) != device:
            break
    raise RuntimeError(f"no folder above {folder} on its file system has a path DuckDB reads literally: choose another --warehouse")


def _device(path: Path) -> int | None:
    for candidate in [path, *path.parents]:  # the nearest part that exists
        try:
            return os.stat(candidate).st_dev
        except FileNotFoundError:
            continue
    return None


@dataclass(frozen=True)
class WarehousePaths:
    """Where a warehouse and its work files live."""

    published: Path

    @property
    def work_dir(self) -> Path:
        """Beside the published file: the writer lock, and what a publish set aside."""
        return self.published.parent / f".{self.published.name}.work"

    @property
    def build_dir(self) -> Path:
        """Where the build and the staged batches live: the work folder, or, when DuckDB would not
        take its path literally, a hidden folder in the nearest folder above whose path it would."""
        if is_literal(self.work_dir):
            return self.work_dir
        digest = hashlib.sha256(os.fsencode(os.path.abspath(self.published))).hexdigest()[:12]
        return literal_home(self.published.parent) / f".trials-{digest}.work"

    @property
    def build(self) -> Path:
        return self.build_dir / "build.duckdb"

    @property
    def build_wal(self) -> Path:
        return self.build.with_name(self.build.name + ".wal")

    @property
    def published_wal(self) -> Path:
        """Where DuckDB keeps the published file's write-ahead log: only a client that wrote to the
        published file (a BI tool opened read-write) ever leaves one."""
        return self.published.with_name(self.published.name + ".wal")

    @property
    def lock(self) -> Path:
        return self.work_dir / "writer.lock"

    def staging(self, run_id: str) -> Path:
        return self.build_dir / "staging" / run_id


# Every connection: never fetch or load an extension to read a file (a SQLite or Parquet file
# named as the warehouse must fail, not download the sqlite extension).
_NO_EXTENSIONS = {"autoload_known_extensions": False, "autoinstall_known_extensions": False}


def connect(path: Path, read_only: bool = False, memory_limit: str | None = None, **config) -> duckdb.DuckDBPyConnection:
    """Open a warehouse file (a path DuckDB takes literally, such as the build's); with
    ``memory_limit`` DuckDB spills to disk instead of growing past it."""
    settings = {**_NO_EXTENSIONS, **config, **({"memory_limit": memory_limit} if memory_limit else {})}
    return duckdb.connect(str(path), read_only=read_only, config=settings)


def connect_read_only(path: Path, **config) -> duckdb.DuckDBPyConnection:
    """Open a published warehouse to read it, whatever its path; ``NotAWarehouse`` when it is no
    DuckDB file. ``config`` as for ``connect`` (``memory_limit``, ``temp_directory``)."""
    check_is_warehouse(path)
    if is_literal(path) or not path.exists():
        return connect(path, read_only=True, **config)
    with _hard_link(path) as linked:
        return connect(linked, read_only=True, **config)  # DuckDB holds the file open: the link can go


def attach_read_only(con: duckdb.DuckDBPyConnection, path: Path, name: str) -> None:
    """Attach a published warehouse read-only to ``con`` as the database ``name`` (a name of
    ``sql/sessions/attach_<name>.sql``), whatever its path; ``NotAWarehouse`` when it is no DuckDB
    file."""
    check_is_warehouse(path)
    if is_literal(path) or not path.exists():
        con.execute(sql(f"sessions/attach_{name}"), {"path": str(path)})
        return
    with _hard_link(path) as linked:  # DuckDB holds the file open: the link can go
        con.execute(sql(f"sessions/attach_{name}"), {"path": str(linked)})


@contextmanager
def _hard_link(path: Path) -> Iterator[Path]:
    """A second name for ``path`` that DuckDB takes literally (a copy where no hard link can be made)."""
    home = WarehousePaths(path).build_dir
    copied = None
    try:
        home.mkdir(parents=True, exist_ok=True)
        linked = home / f"read-{os.getpid()}-{uuid.uuid4().hex[:12]}.duckdb"
        os.link(path, linked)
    except OSError:  # another file system, or links not allowed: a private copy
        copied = Path(tempfile.mkdtemp(prefix="trials-read-"))
        linked = copied / "warehouse.duckdb"
        shutil.copyfile(path, linked)
    try:
        yield linked
    finally:
        linked.unlink(missing_ok=True)
        if copied is not None:
            copied.rmdir()


_DUCKDB_MAGIC = b"DUCK"


def check_is_warehouse(path: Path) -> None:
    """Raise ``NotAWarehouse``, naming the path and what it holds, unless it is a DuckDB file."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except FileNotFoundError:
        return  # DuckDB says so itself; a run creates it
    except IsADirectoryError:
        raise NotAWarehouse(f"the warehouse path {path} is a folder, not a DuckDB file") from None
    if head[8:12] == _DUCKDB_MAGIC:
        return
    if not head:
        found = "an empty file (0 bytes)"
    elif head.startswith(b"SQLite format 3\x00"):
        found = "a SQLite database"
    elif head.startswith(b"PAR1"):
        found = "a Parquet file"
    else:
        found = f"not a DuckDB database (it starts {head[:8]!r})"
    raise NotAWarehouse(f"the warehouse file {path} is {found}: it is left as it is; move it away or choose another --warehouse")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Run the block in one transaction: committed when it ends, rolled back when it raises.

    The error that ended it is the one raised: when the commit itself fails (a full disk, no
    memory left) DuckDB has already ended the transaction, and the rollback's own error ("no
    transaction is active") must not hide the cause."""
    con.begin()
    try:
        yield
    except BaseException:
        _rollback(con)
        raise
    try:
        con.commit()
    except BaseException:
        _rollback(con)
        raise


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.rollback()
    except duckdb.Error:
        pass  # the transaction is gone already; the caller raises what ended it
