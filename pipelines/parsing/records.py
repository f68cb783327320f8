"""From source files to registry records: text pages, JSON studies, API pages, bulk archives.

A file's kind is decided by its content, not its name: a zip archive (``PK`` magic), gzip (its
magic, then whatever it holds), JSON (an object or a list that parses), else a text page. One
file gives one record (a page, a study) or many (an API page's ``studies``, a JSON list, the
entries of the registry's ``ctg-studies.json.zip``). Archives are read entry by entry straight
from the zip, never unpacked to disk.

Each record has a URI: the file's for a one-record file, ``file#entry`` for an archive entry
(``file#entry(2)`` for the second entry of a name the archive holds twice), ``…#/studies/N`` (a
JSON pointer) for a study inside a page. A record that cannot be read is still yielded, with the
reason, so it can be quarantined under its own URI; so is an archive entry that is skipped on
purpose (a hidden file, a macOS resource fork), so that it is reported.

Every read is held to the limits of ``limits.py`` before it is made: a file or gzip content is
read and inflated at most ``MAX_DOCUMENT_BYTES``, an archive entry at most ``MAX_RECORD_BYTES``.

Pure: no dagster, no database.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

import orjson
import polars as pl

from pipelines.parsing.json_doc import JsonError, decode, outline
from pipelines.parsing.limits import MAX_DOCUMENT_BYTES, MAX_RECORD_BYTES, size_text
from pipelines.parsing.reader import (
    PULL_MARKER,
    SourceFile,
    UnreadablePage,
    decode_page,
    gunzip,
    open_regular,
    read_bounded,
    sha256_of,
)

KIND_TEXT, KIND_JSON, KIND_API = "text", "json", "api"
# A folder that ``trials pull`` landed holds PULL_MARKER; its JSON records are of kind ``api``.
__all__ = ["ENTRY_SCHEMA", "PULL_MARKER", "ArchiveEntry", "Record", "archive_entries", "entries_in", "is_archive", "read_records"]

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_GZIP_MAGIC = b"\x1f\x8b"
# Enough of a document's start to see a page's "studies" key.
_SNIFF_BYTES = 4096


@dataclass(frozen=True)
class Record:
    """One registry record: a decoded text page (``text`` set), or a JSON value that should be a
    study (``study``; any JSON value, even null), or the reason it could not be read (``error``);
    ``skipped`` when it was left out on purpose (reported, not rejected)."""

    uri: str
    kind: str
    sha256: str
    file_sha256: str
    text: str | None = None
    study: Any = None
    error: UnreadablePage | None = None
    skipped: bool = False
    entry_crc32: int | None = None  # of the archive entry it came from, as the archive's index gives them
    entry_size: int | None = None


@dataclass(frozen=True)
class ArchiveEntry:
    """A file entry of a zip archive: its position in the archive, its name as its URI gives it,
    why it is skipped (when it is), and what the central directory says of it, so that a parser
    process reads it straight from its offset without reading the archive's index again."""

    index: int
    name: str
    skipped: str | None = None
    filename: str = ""  # the name as the archive holds it
    header_offset: int = 0
    compress_type: int = zipfile.ZIP_STORED
    compress_size: int = 0
    file_size: int = 0
    crc: int = 0
    flags: int = 0


# An archive's entries as a table, one row per ``ArchiveEntry``: 600,000 entries take about 50 MB
# as columns, where as objects they took ten times that.
ENTRY_SCHEMA = pl.Schema({
    "index": pl.Int64, "name": pl.String, "skipped": pl.String, "filename": pl.String, "header_offset": pl.Int64,
    "compress_type": pl.Int64, "compress_size": pl.Int64, "file_size": pl.Int64, "crc": pl.Int64, "flags": pl.Int64,
})  # fmt: skip


def entries_in(entries: pl.DataFrame) -> Iterator[ArchiveEntry]:
    """The rows of an entry table (``ENTRY_SCHEMA``) as entries, in order."""
    for row in entries.select(list(ENTRY_SCHEMA)).iter_rows():
        yield ArchiveEntry(*row)


def is_archive(path: Path) -> bool:
    """True when the file starts like a zip archive."""
    with open_regular(path) as handle:
        return handle.read(4) in _ZIP_MAGIC


def archive_entries(path: Path) -> pl.DataFrame:
    """Every file entry of a zip archive (``ENTRY_SCHEMA``), in archive order (folders are not
    entries)."""
    try:
        with open_regular(path) as handle, zipfile.ZipFile(handle) as archive:
            return _entries(archive)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise UnreadablePage("read", f"not a readable zip archive: {exc}") from exc


def _entries(archive: zipfile.ZipFile) -> pl.DataFrame:
    columns: dict[str, list] = {name: [] for name in ENTRY_SCHEMA}
    seen: dict[str, int] = {}
    for index, info in enumerate(archive.infolist()):
        if info.is_dir():
            continue
        name = info.filename
        seen[name] = seen.get(name, 0) + 1
        # A name the archive holds more than once: each entry is read, under its own URI ("(" is
        # always escaped in a quoted name, so the suffix cannot be mistaken for one).
        uri_name = quote(name, safe="/") + (f"({seen[name]})" if seen[name] > 1 else "")
        skipped = None
        if name.startswith("__MACOSX/"):
            skipped = "skipped: a macOS resource fork (__MACOSX/), not a record"
        elif Path(name).name.startswith("."):
            skipped = "skipped: a hidden entry (its name starts with a dot)"
        row = (
            index,
            uri_name,
            skipped,
            name,
            info.header_offset,
            info.compress_type,
            info.compress_size,
            info.file_size,
            info.CRC,
            info.flag_bits,
        )
        for column, value in zip(columns.values(), row, strict=True):
            column.append(value)
    return pl.DataFrame(columns, schema=ENTRY_SCHEMA)


def json_kind(path: Path) -> str:
    """``api`` for files in a folder landed by ``trials pull``, else ``json``."""
    return KIND_API if (path.parent / PULL_MARKER).exists() else KIND_JSON


def read_records(file: SourceFile, entries: pl.DataFrame | None = None, file_sha256: str | None = None) -> Iterator[Record]:
    """Every record in a file (or in the given entries of an archive, ``ENTRY_SCHEMA``), in file order.

    ``file_sha256`` spares re-hashing a large archive read in several batches. Raises
    ``UnreadablePage`` (or ``OSError``) when the file as a whole cannot be read.
    """
    path = Path(file.path)
    if entries is None and file.size_bytes <= MAX_DOCUMENT_BYTES:
        with open_regular(path) as handle:
            raw = read_bounded(handle, MAX_DOCUMENT_BYTES, os.fstat(handle.fileno()).st_size)
        sha256 = hashlib.sha256(raw).hexdigest()
        if raw[:4] not in _ZIP_MAGIC:
            if len(raw) > MAX_DOCUMENT_BYTES:  # it grew since it was listed
                raise UnreadablePage("read", f"file is larger than {size_text(MAX_DOCUMENT_BYTES)}, the most a document may be")
            yield from _records_in(raw, file.uri, path, path.name, sha256, sha256, MAX_DOCUMENT_BYTES)
            return
        file_sha256 = sha256  # an archive not cut into units (its name said one document): already read and hashed
    elif entries is None and not is_archive(path):
        raise UnreadablePage("read", f"file is {file.size_bytes:,} bytes, more than the {size_text(MAX_DOCUMENT_BYTES)} a document may be")
    yield from _archive_records(file, entries, file_sha256 or sha256_of(path))


def _archive_records(file: SourceFile, entries: pl.DataFrame | None, file_sha256: str) -> Iterator[Record]:
    path = Path(file.path)
    kind = json_kind(path)  # of a failed entry, which cannot say
    if entries is None:  # the whole archive, in one unit: its index is read here
        entries = archive_entries(path)
    with open_regular(path) as handle:
        for entry in entries_in(entries):
            uri = f"{file.uri}#{entry.name}"
            if entry.skipped:
                yield Record(uri, kind, _empty_hash(), file_sha256, error=UnreadablePage("read", entry.skipped), skipped=True)
                continue
            ids = {"entry_crc32": entry.crc, "entry_size": entry.file_size}
            try:
                raw = read_entry(handle, entry)
            except UnreadablePage as exc:
                yield Record(uri, kind, _empty_hash(), file_sha256, error=exc, **ids)
                continue
            except (OSError, EOFError, zlib.error, ValueError) as exc:
                yield Record(uri, kind, _empty_hash(), file_sha256, error=UnreadablePage("read", f"corrupt archive entry: {exc}"), **ids)
                continue
            for record in _records_in(raw, uri, path, entry.filename, hashlib.sha256(raw).hexdigest(), file_sha256, MAX_RECORD_BYTES):
                yield replace(record, **ids)


_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, then the name's and the extra field's lengths


def read_entry(handle, entry: ArchiveEntry) -> bytes:
    """An entry's bytes, read from its offset as the central directory gives it and inflated at
    most ``MAX_RECORD_BYTES`` far; its CRC and size are checked."""
    if entry.file_size > MAX_RECORD_BYTES:
        raise UnreadablePage(
            "read", f"archive entry is {entry.file_size:,} bytes, more than the {size_text(MAX_RECORD_BYTES)} a record may be"
        )
    if entry.flags & 0x1:
        raise UnreadablePage("read", "archive entry is encrypted")
    handle.seek(entry.header_offset)
    header = handle.read(_LOCAL_HEADER.size)
    if len(header) < _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
        raise UnreadablePage("read", f"corrupt archive entry: no local header at byte {entry.header_offset:,}")
    _, name_length, extra_length = _LOCAL_HEADER.unpack(header)
    handle.seek(entry.header_offset + _LOCAL_HEADER.size + name_length + extra_length)
    data = handle.read(entry.compress_size)
    if len(data) < entry.compress_size:
        raise UnreadablePage("read", "corrupt archive entry: the archive ends inside it")
    # Inflated no further than the size the header gives (which is at most a record's), plus a
    # byte to tell a header that lies.
    if entry.compress_type == zipfile.ZIP_STORED:
        raw = data[: entry.file_size + 1]
    elif entry.compress_type == zipfile.ZIP_DEFLATED:
        raw = zlib.decompressobj(-zlib.MAX_WBITS).decompress(data, entry.file_size + 1)
    else:
        raw = _inflate_other(handle, entry)
    if len(raw) > entry.file_size:
        raise UnreadablePage("read", f"corrupt archive entry: it unpacks to more than the {entry.file_size:,} bytes its header gives")
    if len(raw) != entry.file_size or zlib.crc32(raw) != entry.crc:
        raise UnreadablePage("read", f"corrupt archive entry: Bad CRC-32 for file {entry.filename!r}")
    return raw


def _inflate_other(handle, entry: ArchiveEntry) -> bytes:
    """An entry compressed otherwise than deflate (bzip2, lzma): through ``zipfile``."""
    handle.seek(0)
    with zipfile.ZipFile(handle) as archive:
        info = archive.infolist()[entry.index]
        with archive.open(info) as member:
            return read_bounded(member, MAX_RECORD_BYTES, info.file_size)


def _records_in(raw: bytes, uri: str, origin: Path, name: str, sha256: str, file_sha256: str, limit: int) -> Iterator[Record]:
    """The records in one file's (or archive entry's) bytes; ``origin`` is the file on disk,
    ``limit`` the most its content may unpack to."""

    def failed(kind: str, error: UnreadablePage) -> Record:
        return Record(uri, kind, sha256, file_sha256, error=error)

    if raw[:2] == _GZIP_MAGIC:
        try:
            raw = gunzip(raw, limit)
        except UnreadablePage as exc:
            yield failed(KIND_TEXT, exc)
            return
        name = name[:-3] if name.lower().endswith(".gz") else name
    head = raw[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] in (b"{", b"["):
        json_source = json_kind(origin)
        if len(raw) > MAX_RECORD_BYTES and not _may_hold_many(raw):
            yield failed(json_source, _too_large("JSON study", len(raw)))
            return
        try:
            document = decode(raw)
        except JsonError as exc:
            if not name.lower().endswith(".txt"):  # a text page may start with "[": let the name decide
                yield from _salvage(raw, uri, json_source, sha256, file_sha256, exc)
                return
        else:
            yield from _json_records(document, len(raw), uri, json_source, sha256, file_sha256)
            return
    if len(raw) > MAX_RECORD_BYTES:
        yield failed(KIND_TEXT, _too_large("page", len(raw)))
        return
    try:
        yield Record(uri, KIND_TEXT, sha256, file_sha256, text=decode_page(raw, name))
    except UnreadablePage as exc:
        yield failed(KIND_TEXT, exc)


def _may_hold_many(raw: bytes) -> bool:
    """A document that may be a page or a list of studies (so larger than one record may be)."""
    head = raw[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1] == b"[" or b'"studies"' in head


def _too_large(what: str, size: int) -> UnreadablePage:
    return UnreadablePage("read", f"{what} is {size:,} bytes, more than the {size_text(MAX_RECORD_BYTES)} a record may be")


def _json_records(document: Any, size: int, uri: str, kind: str, sha256: str, file_sha256: str) -> Iterator[Record]:
    if isinstance(document, dict) and "protocolSection" in document:
        if size > MAX_RECORD_BYTES:
            yield Record(uri, kind, sha256, file_sha256, error=_too_large("JSON study", size))
        else:
            yield Record(uri, kind, sha256, file_sha256, study=document)
        return
    if isinstance(document, dict) and isinstance(document.get("studies"), list):
        studies, pointer = document["studies"], "/studies"
    elif isinstance(document, list):
        studies, pointer = document, ""
    else:
        keys = ", ".join(sorted(document)[:8]) if isinstance(document, dict) else type(document).__name__
        yield Record(
            uri,
            kind,
            sha256,
            file_sha256,
            error=UnreadablePage(
                "parse", f"JSON is neither an API v2 study (protocolSection) nor a page of studies (studies); found {keys}"
            ),
        )
        return
    if not studies:
        yield Record(uri, kind, sha256, file_sha256, error=UnreadablePage("parse", "JSON page holds no studies"))
        return
    base = _base(uri)
    for index, study in enumerate(studies):
        yield _page_study(study, f"{base}{pointer}/{index}", kind, file_sha256)


def _base(uri: str) -> str:
    return uri if "#" in uri else f"{uri}#"


def _page_study(study: Any, uri: str, kind: str, file_sha256: str) -> Record:
    """One study of a page, hashed in a canonical form (its page's other studies do not change it):
    compact JSON with sorted keys, as orjson writes it (ten times faster than ``json``), or as
    ``json`` writes it for what orjson cannot (an integer beyond 64 bits)."""
    try:
        canonical = _canonical(study)
    except RecursionError:
        return Record(uri, kind, _empty_hash(), file_sha256, error=UnreadablePage("decode", "study is nested too deeply to be read"))
    sha256 = hashlib.sha256(canonical).hexdigest()
    if len(canonical) > MAX_RECORD_BYTES:
        return Record(uri, kind, sha256, file_sha256, error=_too_large("JSON study", len(canonical)))
    return Record(uri, kind, sha256, file_sha256, study=study)


def _canonical(study: Any) -> bytes:
    try:
        return orjson.dumps(study, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        return json.dumps(study, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _salvage(raw: bytes, uri: str, kind: str, sha256: str, file_sha256: str, error: JsonError) -> Iterator[Record]:
    """A document that does not decode whole: when it is a page or list whose brackets balance,
    each study is decoded on its own (the bad ones are quarantined, the rest load); otherwise the
    document is one bad record."""
    found = outline(raw)
    if found is None or found.studies is None or not found.studies:
        yield Record(uri, kind, sha256, file_sha256, error=UnreadablePage("decode", f"not valid JSON: {error}"))
        return
    base = f"{_base(uri)}{'' if found.is_array else '/studies'}"
    for index, (start, end) in enumerate(found.studies):
        part = raw[start:end]
        study_uri = f"{base}/{index}"
        try:
            study = decode(part)
        except JsonError as exc:
            reason = f"not valid JSON: {exc}"
            yield Record(study_uri, kind, hashlib.sha256(part).hexdigest(), file_sha256, error=UnreadablePage("decode", reason))
            continue
        yield _page_study(study, study_uri, kind, file_sha256)


def _empty_hash() -> str:
    return hashlib.sha256(b"").hexdigest()
