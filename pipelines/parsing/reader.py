"""Find source files, and decode a registry text page into normalised text, or say why it cannot be.

Pure functions, no dagster: the landing and parse steps call them.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote_from_bytes

# Characters ``quote`` leaves as they are in a path.
_URI_SAFE = re.compile(r"[A-Za-z0-9_.~/-]*")
# Names a folder scan picks up; what a file holds is then decided by its content (records.py).
SOURCE_SUFFIXES = (".txt", ".txt.gz", ".json", ".json.gz", ".zip")

# UTF-32 first: its little-endian mark starts with UTF-16's.
_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))

# Anything beyond this is not a registry page (the largest real pages are a few hundred KiB).
MAX_PAGE_BYTES = 64 * 1024 * 1024


class UnreadablePage(ValueError):
    """A file that cannot be turned into page text; ``stage`` names the step that failed."""

    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(reason)
        self.stage = stage
        self.reason = reason


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


def discover(sources: list[Path]) -> list[SourceFile]:
    """Every source file under the given folders (recursively, hidden ones skipped) or named
    directly, sorted, once each.

    Dotfiles and dot-folders are skipped (editors' swap files, pulls still being written), and
    symlinked folders are not followed. One ``scandir`` per folder and one ``stat`` per file: a
    no-op run over a large landing area costs little more than listing it.
    """
    found: dict[str, SourceFile] = {}
    for source in sources:
        if source.is_file():
            _add(found, str(source.resolve()))
            continue
        for entry in _source_entries(str(source.resolve())):
            _add(found, str(Path(entry.path).resolve()) if entry.is_symlink() else entry.path, entry)
    # Path order (part by part): a NUL sorts below every character a path part can hold.
    return [found[path] for path in sorted(found, key=lambda path: path.replace("/", "\0"))]


def _source_entries(folder: str) -> Iterator[os.DirEntry]:
    """Source files under ``folder``, depth first; hidden names and unreadable folders skipped."""
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _source_entries(entry.path)
        elif is_source_name(entry.name) and entry.is_file():
            yield entry


def _add(found: dict[str, SourceFile], path: str, entry: os.DirEntry | None = None) -> None:
    try:
        stat = entry.stat() if entry is not None else os.stat(path)
    except FileNotFoundError:
        if entry is None:  # a file named on the command line
            raise
        return  # removed while the folder was being listed: it is no longer input
    found[path] = SourceFile(path, stat.st_size, stat.st_mtime_ns)


def gzip_size(path: Path) -> int | None:
    """The unpacked size a gzip file records in its last four bytes (modulo 4 GiB; documents
    are far smaller), or None when the file cannot be read."""
    try:
        with path.open("rb") as handle:
            handle.seek(-4, os.SEEK_END)
            return int.from_bytes(handle.read(4), "little")
    except OSError:
        return None


def sha256_of(path: Path) -> str:
    """Content hash of the file as stored (compressed bytes for ``.gz``)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def decode_page(raw: bytes, name: str) -> str:
    """Bytes of a page file to text with LF line endings, no BOM and no trailing blanks.

    Raises ``UnreadablePage`` for empty files, broken gzip, binary junk and non-UTF-8 bytes.
    """
    if name.lower().endswith(".gz"):
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError, zlib.error) as exc:
            raise UnreadablePage("read", f"not a readable gzip file: {exc}") from exc
    if len(raw) > MAX_PAGE_BYTES:
        raise UnreadablePage("read", f"file is {len(raw)} bytes, larger than any registry page")
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
        raise UnreadablePage(
            "decode", f"not valid UTF-8 at byte {exc.start}: {raw[exc.start:exc.start + 8]!r}"
        ) from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join([line.rstrip() for line in text.split("\n")]).strip("\n") + "\n"


def read_page(path: Path) -> str:
    """Read and decode one page file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadablePage("read", f"cannot read file: {exc.strerror or exc}") from exc
    return decode_page(raw, path.name)
