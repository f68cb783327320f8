"""Which leaf paths of an API v2 study the warehouse loads, which it leaves out on purpose, and
which a study holds that neither list knows.

A leaf path is dotted, with lists not marked: ``protocolSection.contactsLocationsModule.
locations.contacts.email``. Each contract field names the paths it is loaded from
(``contracts.base.from_json``); ``IGNORED`` names, with a reason, the parts of a study that are
left out on purpose. A path under neither is unknown: ``unknown_paths`` finds them in a study, so
that a field the registry adds or renames is reported (one quarantine row per run and path) and
never dropped in silence. Pure: no dagster, no database.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from contracts import tables

# Parts of a study left out on purpose, each with the reason (a prefix covers everything under it).
IGNORED: dict[str, str] = {}


@cache
def declared_paths() -> dict[str, tuple[str, ...]]:
    """Every leaf path a contract field declares, with the columns (``table.column``) it is loaded into."""
    found: dict[str, list[str]] = {}
    for table in tables():
        for name, paths in table.json_paths.items():
            for path in paths:
                found.setdefault(path, []).append(f"{table.name}.{name}")
    return {path: tuple(columns) for path, columns in sorted(found.items())}


def ignored_reason(path: str) -> str | None:
    """Why a path is left out, when it is (it or a part above it is in ``IGNORED``)."""
    parts = path.split(".")
    for end in range(1, len(parts) + 1):
        reason = IGNORED.get(".".join(parts[:end]))
        if reason is not None:
            return reason
    return None


def is_known(path: str) -> bool:
    return path in declared_paths() or ignored_reason(path) is not None


# A node of the known paths: the keys an object there may hold, and the known objects below it.
_Node = tuple[frozenset[str], tuple[tuple[str, Any], ...]]


@cache
def _tree() -> _Node:
    nested: dict[str, Any] = {}
    for path in [*declared_paths(), *IGNORED]:
        node = nested
        *parents, leaf = path.split(".")
        for part in parents:
            node = node.setdefault(part, {})
            if node is None:
                break
        else:
            node[leaf] = None if path in IGNORED else node.get(leaf, {})
    return _freeze(nested)


def _freeze(nested: dict[str, Any]) -> _Node:
    below = tuple((key, _freeze(child)) for key, child in nested.items() if child)  # ignored (None) and leaves ({}) stop
    return frozenset(nested), below


def unknown_paths(study: dict) -> list[str]:
    """The distinct leaf paths of a study that no contract field declares and ``IGNORED`` does not
    cover, in the order met. A known path holding a value of another JSON type than expected is
    not one: the parser reports that value itself."""
    found: dict[str, None] = {}
    _walk([study], _tree(), "", found)
    return list(found)


def _walk(nodes: list[dict], known: _Node, prefix: str, found: dict[str, None]) -> None:
    """The objects found at one known path (every site of a study at once: a call per path, not
    per object)."""
    keys, below = known
    for node in nodes:
        if not keys.issuperset(node):
            for key in node:
                if key not in keys:
                    _leaves(node[key], f"{prefix}{key}", found)
    for key, child in below:
        inner: list[dict] = []
        for node in nodes:
            value = node.get(key)
            if type(value) is dict:
                inner.append(value)
            elif type(value) is list:
                inner.extend(item for item in value if type(item) is dict)
        if inner:
            _walk(inner, child, f"{prefix}{key}.", found)


def _leaves(value: Any, path: str, found: dict[str, None]) -> None:
    if type(value) is dict and value:
        for key, item in value.items():
            _leaves(item, f"{path}.{key}", found)
    elif type(value) is list and value:
        for item in value:
            _leaves(item, path, found)
    else:
        found[path] = None


def leaf_paths(study: Any, prefix: str = "") -> dict[str, list[Any]]:
    """Every leaf path of a JSON value with the values found there (for tests and audits)."""
    found: dict[str, list[Any]] = {}

    def visit(value: Any, path: str) -> None:
        if type(value) is dict and value:
            for key, item in value.items():
                visit(item, f"{path}.{key}" if path else key)
        elif type(value) is list and value:
            for item in value:
                visit(item, path)
        else:
            found.setdefault(path, []).append(value)

    visit(study, prefix)
    return found
