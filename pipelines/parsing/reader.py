"""Find source files, and decode a registry text page into normalised text, or say why it cannot be.

Pure functions, no dagster: the landing and parse steps call them.
"""

from __future__ import annotations

import errno
import gzip
import hashlib
import io
import os
import re
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote_from_bytes

from pipelines.parsing.limits import MAX_DOCUMENT_BYTES, MAX_RECORD_BYTES, size_text

# Characters ``quote`` leaves as they are in a path.
_URI_SAFE = re.compile(r"[A-Za-z0-9_.~/-]*")
# The marker ``trials pull`` leaves in a landing folder (records.py): hidden, but not a skipped input.
PULL_MARKER = ".pull.json"
# Names a folder scan picks up; what a file holds is then decided by its content (records.py).
SOURCE_SUFFIXES = (".txt", ".txt.gz", ".json", ".json.gz", ".zip")

# UTF-32 first: its little-endian mark starts with UTF-16's.
_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))


class UnreadablePage(ValueError):
    """A file that cannot be turned into page text; ``stage`` names the step that failed."""

    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(reason)
        self.stage = stage
        self.reason = reason

    def __reduce__(self):  # crosses from a worker process whole
        return type(self), (self.stage, self.reason)


@dataclass(frozen=True)
class SourceFile:
    """A page file found in a source (absolute path), with the facts the manifest keeps about it."""

    path: str
    size_bytes: int
    mtime_ns: int

    @property
    def uri(self) -> str:
        """``Path(path).as_uri()`` for the absolute, normalised path this holds, without the
        Path object (a landing plan asks it of every file)."""
        if _URI_SAFE.fullmatch(self.path):  # nothing to quote (the usual case): spare the per-byte quoting
            return "file://" + self.path
        return "file://" + quote_from_bytes(os.fsencode(self.path))


def is_source_name(name: str) -> bool:
    """True for ``*.txt``, ``*.json`` (either gzipped) and ``*.zip``, in any letter case."""
    return name.lower().endswith(SOURCE_SUFFIXES)


@dataclass(frozen=True)
class Skip:
    """An input that was not read, and why: a source that is missing or not a file or folder, a
    folder that cannot be listed, a FIFO, a broken or looping link, a hidden file."""

    path: str
    reason: str

    @property
    def uri(self) -> str:
        return file_uri(self.path)


@dataclass(frozen=True)
class Discovery:
    """What a folder scan found: the files to consider, and every input it skipped."""

    files: list[SourceFile]
    skipped: list[Skip]


def file_uri(path: str) -> str:
    """The ``file://`` URI of an absolute path (any bytes: a name that is not UTF-8 is quoted byte by byte)."""
    return SourceFile(path, 0, 0).uri


def display_path(path: str | os.PathLike) -> str:
    """A path as text that can be stored and printed: bytes that are not UTF-8 as ``\\xff``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def discover(sources: list[Path]) -> list[SourceFile]:
    """The source files of ``find_sources`` (what it skipped left out)."""
    return find_sources(sources).files


def find_sources(sources: list[Path]) -> Discovery:
    """Every source file under the given folders (recursively) or named directly, sorted, once
    each, and every input skipped on the way.

    Dot-folders are not entered (editors' folders, pulls still being written) and symlinked
    folders are not followed (they may loop); both are reported, as are hidden files named like
    sources, folders that cannot be listed, FIFOs, devices and links that are broken or loop, and
    sources that do not exist. One ``scandir`` per folder and one ``stat`` per file: a no-op run
    over a large landing area costs little more than listing it.
    """
    found: dict[str, SourceFile] = {}
    skipped: list[Skip] = []
    for source in sources:
        path = os.path.realpath(os.fspath(source))
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            skipped.append(Skip(os.path.abspath(os.fspath(source)), _why(exc, "source")))
            continue
        if stat.S_ISREG(mode):
            _add(found, skipped, path)
        elif stat.S_ISDIR(mode):
            _scan(path, found, skipped)
        else:
            skipped.append(Skip(path, f"source is not a regular file or a folder ({_kind(mode)})"))
    # Path order (part by part): a NUL sorts below every character a path part can hold.
    return Discovery([found[path] for path in sorted(found, key=lambda path: path.replace("/", "\0"))], skipped)


def _scan(folder: str, found: dict[str, SourceFile], skipped: list[Skip]) -> None:
    """Source files under ``folder``, depth first."""
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except FileNotFoundError:
        return  # removed while its parent was listed: no longer input
    except OSError as exc:
        skipped.append(Skip(folder, f"cannot list folder: {exc.strerror or exc}"))
        return
    for entry in entries:
        try:
            if entry.name.startswith("."):
                if is_source_name(entry.name) and entry.name != PULL_MARKER and not entry.is_dir():
                    skipped.append(Skip(entry.path, "hidden file (its name starts with a dot)"))
                continue
            if entry.is_dir(follow_symlinks=False):
                _scan(entry.path, found, skipped)
            elif entry.is_symlink():
                _linked(entry, found, skipped)
            elif is_source_name(entry.name):
                if entry.is_file(follow_symlinks=False):  # from the listing: no system call
                    _add(found, skipped, entry.path, entry)
                else:
                    skipped.append(Skip(entry.path, f"not a regular file ({_kind(entry.stat(follow_symlinks=False).st_mode)})"))
        except FileNotFoundError:
            continue  # removed while the folder was being listed
        except OSError as exc:
            skipped.append(Skip(entry.path, _why(exc, "entry")))


def _linked(entry: os.DirEntry, found: dict[str, SourceFile], skipped: list[Skip]) -> None:
    """A symbolic link in a folder: a linked source file is read from where it points."""
    try:
        mode = os.stat(entry.path).st_mode
    except OSError as exc:
        if is_source_name(entry.name):
            skipped.append(Skip(entry.path, _why(exc, "link")))
        return
    if stat.S_ISDIR(mode):
        skipped.append(Skip(entry.path, "symbolic link to a folder: not followed (name the folder itself as a source)"))
    elif is_source_name(entry.name):
        if stat.S_ISREG(mode):
            _add(found, skipped, os.path.realpath(entry.path))
        else:
            skipped.append(Skip(entry.path, f"symbolic link to something that is not a regular file ({_kind(mode)})"))


def _why(exc: OSError, what: str) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "source not found" if what == "source" else "broken symbolic link (its target does not exist)"
    return f"cannot read {'source' if what == 'source' else 'it'}: {exc.strerror or exc}"


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return name
    return "not a file"


def _add(found: dict[str, SourceFile], skipped: list[Skip], path: str, entry: os.DirEntry | None = None) -> None:
    try:
        info = entry.stat() if entry is not None else os.stat(path)
    except FileNotFoundError:
        return  # removed while the folder was being listed: it is no longer input
    except OSError as exc:
        skipped.append(Skip(path, _why(exc, "entry")))
        return
    found[path] = SourceFile(path, info.st_size, info.st_mtime_ns)


def open_regular(path: Path | str):
    """Open a file for reading, refusing anything but a regular file (a FIFO named like a page
    must not block the run): ``UnreadablePage`` says what it is."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise UnreadablePage("read", f"not a regular file ({_kind(mode)})")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def gzip_size(path: Path) -> int | None:
    """The unpacked size a gzip file records in its last four bytes (modulo 4 GiB; documents
    are far smaller), or None when the file cannot be read."""
    try:
        with open_regular(path) as handle:
            handle.seek(-4, os.SEEK_END)
            return int.from_bytes(handle.read(4), "little")
    except OSError:
        return None


def sha256_of(path: Path) -> str:
    """Content hash of the file as stored (compressed bytes for ``.gz``)."""
    digest = hashlib.sha256()
    with open_regular(path) as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_bounded(handle, limit: int, expected: int) -> bytes:
    """Read to the end, but no further than ``limit + 1`` bytes (so that more can be told), with
    memory for what ``expected`` says is there, not for the limit."""
    data = handle.read(min(max(expected, 0), limit) + 1)
    if len(data) <= expected or len(data) > limit:
        return data
    parts = [data]
    size = len(data)
    while size <= limit:  # more than expected: the size it gave was wrong, or it grew
        more = handle.read(min(1 << 20, limit + 1 - size))
        if not more:
            break
        parts.append(more)
        size += len(more)
    return b"".join(parts)


def gunzip(raw: bytes, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """Inflate gzip bytes, stopping at ``limit`` bytes of content (a gzip bomb costs no more)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as handle:
            out = read_bounded(handle, limit, int.from_bytes(raw[-4:], "little") if len(raw) >= 4 else 0)
    except (OSError, EOFError, zlib.error) as exc:
        raise UnreadablePage("read", f"not a readable gzip file: {exc}") from exc
    if len(out) > limit:
        raise UnreadablePage("read", f"gzip content unpacks to more than {size_text(limit)}, the most it may be")
    return out


def decode_page(raw: bytes, name: str) -> str:
    """Bytes of a page file to text with LF line endings, no BOM and no trailing blanks.

    Raises ``UnreadablePage`` for empty files, broken gzip, binary junk and non-UTF-8 bytes.
    """
    if name.lower().endswith(".gz"):
        raw = gunzip(raw, MAX_RECORD_BYTES)
    if len(raw) > MAX_RECORD_BYTES:
        raise UnreadablePage("read", f"page is {len(raw):,} bytes, more than the {size_text(MAX_RECORD_BYTES)} a record may be")
    if not raw.strip():
        raise UnreadablePage("read", "file is empty")
    for bom, encoding in _WIDE_BOMS:
        if raw.startswith(bom):
            raise UnreadablePage("decode", f"{encoding} text (it starts with a {encoding} byte-order mark); registry files are UTF-8")
    if b"\x00" in raw:
        raise UnreadablePage("decode", "binary content (NUL bytes), not a text page")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadablePage("decode", f"not valid UTF-8 at byte {exc.start}: {raw[exc.start : exc.start + 8]!r}") from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join([line.rstrip() for line in text.split("\n")]).strip("\n") + "\n"
