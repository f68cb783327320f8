"""From source files to registry records: text pages, JSON studies, API pages, bulk archives.

A file's kind is decided by its content, not its name: a zip archive (``PK`` magic), gzip (its
magic, then whatever it holds), JSON (an object or a list that parses), else a text page. One
file gives one record (a page, a study) or many (an API page's ``studies``, a JSON list, the
entries of the registry's ``ctg-studies.json.zip``). Archives are read entry by entry straight
from the zip, never unpacked to disk.

Each record has a URI: the file's for a one-record file, ``file#entry`` for an archive entry,
``…#/studies/N`` (a JSON pointer) for a study inside a page. A record that cannot be read is
still yielded, with the reason, so it can be quarantined under its own URI.

Pure: no dagster, no database.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from pipelines.parsing.reader import SourceFile, UnreadablePage, decode_page, sha256_of

KIND_TEXT, KIND_JSON, KIND_API = "text", "json", "api"
# A folder that ``trials pull`` landed holds this file; its JSON records are of kind ``api``.
PULL_MARKER = ".pull.json"

# An API page of 1,000 studies with results can run to a few hundred MB; nothing real is larger.
MAX_DOCUMENT_BYTES = 1 << 30
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class Record:
    """One registry record: a decoded text page (``text`` set), or a JSON value that should be a
    study (``study``; any JSON value, even null), or the reason it could not be read (``error``)."""

    uri: str
    kind: str
    sha256: str
    file_sha256: str
    text: str | None = None
    study: Any = None
    error: UnreadablePage | None = None


def is_archive(path: Path) -> bool:
    """True when the file starts like a zip archive."""
    with path.open("rb") as handle:
        return handle.read(4) in _ZIP_MAGIC


def archive_members(path: Path) -> list[str]:
    """The entries of a zip archive that can hold records (no folders, no macOS resource forks)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return _members(archive)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise UnreadablePage("read", f"not a readable zip archive: {exc}") from exc


def _members(archive: zipfile.ZipFile) -> list[str]:
    return [
        info.filename for info in archive.infolist()
        if not info.is_dir() and not info.filename.startswith("__MACOSX/") and not Path(info.filename).name.startswith(".")
    ]


def json_kind(path: Path) -> str:
    """``api`` for files in a folder landed by ``trials pull``, else ``json``."""
    return KIND_API if (path.parent / PULL_MARKER).exists() else KIND_JSON


def read_records(file: SourceFile, members: tuple[str, ...] | None = None, file_sha256: str | None = None) -> Iterator[Record]:
    """Every record in a file (or in the given entries of an archive), in file order.

    ``file_sha256`` spares re-hashing a large archive read in several batches. Raises
    ``UnreadablePage`` (or ``OSError``) when the file as a whole cannot be read.
    """
    path = Path(file.path)
    if members is None and file.size_bytes <= MAX_DOCUMENT_BYTES:
        raw = path.read_bytes()
        sha256 = hashlib.sha256(raw).hexdigest()
        if raw[:4] not in _ZIP_MAGIC:
            yield from _records_in(raw, file.uri, path, path.name, sha256, sha256)
            return
        file_sha256 = sha256  # an archive not cut into units (its name said one document): already read and hashed
    elif members is None and not is_archive(path):
        raise UnreadablePage("read", f"file is {file.size_bytes} bytes, larger than any registry file")
    yield from _archive_records(file, members, file_sha256 or sha256_of(path))


def _archive_records(file: SourceFile, members: tuple[str, ...] | None, file_sha256: str) -> Iterator[Record]:
    path = Path(file.path)
    kind = json_kind(path)  # of a failed entry, which cannot say
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise UnreadablePage("read", f"not a readable zip archive: {exc}") from exc
    with archive:
        names = _members(archive) if members is None else list(members)
        for name in names:
            uri = f"{file.uri}#{quote(name, safe='/')}"
            try:
                info = archive.getinfo(name)
                if info.file_size > MAX_DOCUMENT_BYTES:
                    raise UnreadablePage("read", f"archive entry is {info.file_size} bytes, larger than any registry record")
                raw = archive.read(info)
            except UnreadablePage as exc:
                yield Record(uri, kind, _empty_hash(), file_sha256, error=exc)
                continue
            except KeyError:
                yield Record(uri, kind, _empty_hash(), file_sha256, error=UnreadablePage("read", "entry is no longer in the archive"))
                continue
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError) as exc:
                yield Record(uri, kind, _empty_hash(), file_sha256, error=UnreadablePage("read", f"corrupt archive entry: {exc}"))
                continue
            yield from _records_in(raw, uri, path, name, hashlib.sha256(raw).hexdigest(), file_sha256)


def _records_in(raw: bytes, uri: str, origin: Path, name: str, sha256: str, file_sha256: str) -> Iterator[Record]:
    """The records in one file's (or archive entry's) bytes; ``origin`` is the file on disk."""
    def failed(kind: str, error: UnreadablePage) -> Record:
        return Record(uri, kind, sha256, file_sha256, error=error)

    if raw[:2] == _GZIP_MAGIC:
        try:
            raw = _gunzip(raw)
        except UnreadablePage as exc:
            yield failed(KIND_TEXT, exc)
            return
        name = name[:-3] if name.lower().endswith(".gz") else name
    head = raw[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] in (b"{", b"["):
        json_source = json_kind(origin)
        try:
            document = json.loads(raw)
        except (UnicodeDecodeError, ValueError) as exc:
            if not name.lower().endswith(".txt"):  # a text page may start with "[": let the name decide
                yield failed(json_source, UnreadablePage("decode", f"not valid JSON: {exc}"))
                return
        else:
            yield from _json_records(document, uri, json_source, sha256, file_sha256)
            return
    try:
        yield Record(uri, KIND_TEXT, sha256, file_sha256, text=decode_page(raw, name))
    except UnreadablePage as exc:
        yield failed(KIND_TEXT, exc)


def _json_records(document: Any, uri: str, kind: str, sha256: str, file_sha256: str) -> Iterator[Record]:
    if isinstance(document, dict) and "protocolSection" in document:
        yield Record(uri, kind, sha256, file_sha256, study=document)
        return
    if isinstance(document, dict) and isinstance(document.get("studies"), list):
        studies, pointer = document["studies"], "/studies"
    elif isinstance(document, list):
        studies, pointer = document, ""
    else:
        keys = ", ".join(sorted(document)[:8]) if isinstance(document, dict) else type(document).__name__
        yield Record(uri, kind, sha256, file_sha256, error=UnreadablePage(
            "parse", f"JSON is neither an API v2 study (protocolSection) nor a page of studies (studies); found {keys}"
        ))
        return
    if not studies:
        yield Record(uri, kind, sha256, file_sha256, error=UnreadablePage("parse", "JSON page holds no studies"))
        return
    base = uri if "#" in uri else f"{uri}#"
    for index, study in enumerate(studies):
        canonical = json.dumps(study, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
        yield Record(f"{base}{pointer}/{index}", kind, hashlib.sha256(canonical).hexdigest(), file_sha256, study=study)


def _gunzip(raw: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as handle:
            out = handle.read(MAX_DOCUMENT_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise UnreadablePage("read", f"not a readable gzip file: {exc}") from exc
    if len(out) > MAX_DOCUMENT_BYTES:
        raise UnreadablePage("read", f"gzip content is larger than {MAX_DOCUMENT_BYTES} bytes, larger than any registry file")
    return out


def _empty_hash() -> str:
    return hashlib.sha256(b"").hexdigest()
