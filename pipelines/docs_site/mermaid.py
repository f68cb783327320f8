"""Mermaid, which draws the docs site's ER diagrams in the browser: one pinned release from the
npm registry, its tarball checked against the registry's published integrity, kept in a cache
so that a second build needs no network."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import tarfile
from pathlib import Path

VERSION = "12.3.0"
TARBALL = f"https://registry.npmjs.org/mermaid/-/mermaid-{VERSION}.tgz"
# The registry's dist.integrity for that tarball (`npm view mermaid@12.3.0 dist.integrity`).
INTEGRITY = "sha512-4113TdXeLAsMruJ79OpFL5O8+LTFXhQqZ260rF3tgUmiNAtRm4Uume04I+65PRN6yZ69J4f8rVYWW8zRk65UYw=="
MEMBER = "package/dist/mermaid.min.js"
LICENSE = "package/LICENSE"


class MermaidUnavailable(RuntimeError):
    """Mermaid could not be fetched, or what was fetched is not the pinned release."""


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "trials-warehouse" / f"mermaid-{VERSION}"


def _integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def _fetch() -> bytes:
    import httpx

    try:
        response = httpx.get(TARBALL, follow_redirects=True, timeout=120)
        response.raise_for_status()
    except httpx.HTTPError as error:
        raise MermaidUnavailable(
            f"could not download Mermaid {VERSION} from {TARBALL}: {error}; pass --mermaid FILE (its dist/mermaid.min.js)"
        ) from error
    return response.content


def mermaid_files(given: Path | None = None) -> dict[str, bytes]:
    """``mermaid.min.js`` and its licence: from ``given`` (a mermaid.min.js), else the cache,
    else the registry (checked, then cached)."""
    if given is not None:
        return {"mermaid.min.js": given.read_bytes()}
    cached = cache_dir()
    if (cached / "mermaid.min.js").is_file() and (cached / "LICENSE").is_file():
        return {"mermaid.min.js": (cached / "mermaid.min.js").read_bytes(), "mermaid-LICENSE.txt": (cached / "LICENSE").read_bytes()}
    data = _fetch()
    if _integrity(data) != INTEGRITY:
        raise MermaidUnavailable(f"the tarball from {TARBALL} is not the pinned Mermaid {VERSION} (integrity differs)")
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        script = archive.extractfile(MEMBER).read()
        licence = archive.extractfile(LICENSE).read()
    cached.mkdir(parents=True, exist_ok=True)
    for name, content in (("mermaid.min.js", script), ("LICENSE", licence)):
        partial = cached / f".{name}.{os.getpid()}"
        partial.write_bytes(content)
        partial.replace(cached / name)
    return {"mermaid.min.js": script, "mermaid-LICENSE.txt": licence}
