"""The docs site, built from what the data dictionary is built from: the contracts (tables,
columns, grain, keys, the registry fields each column is loaded from), the declared joins, the
views' SQL and their column lineage, and the ER diagrams.

``build(output)`` writes a folder that opens from disk (``index.html``; no server, no network):
the catalog is embedded in the page as JSON, searched in the browser, and the diagrams are drawn
by a pinned Mermaid shipped beside it. The folder is written beside its place and renamed into
it, so a reader never sees half a site.
"""

from __future__ import annotations

import json
import os
import shutil
from importlib import resources
from pathlib import Path

from contracts import CONTRACTS
from contracts.registry import joins_of
from pipelines.dictionary import diagram
from pipelines.dictionary.catalog import Relation, catalog
from pipelines.dictionary.lineage import lineage
from pipelines.docs_site.mermaid import mermaid_files
from pipelines.warehouse.sql_files import sql
from pipelines.warehouse.views import view_files

STATIC = ("index.html", "app.js", "style.css")
DATA_MARKER = "/*CATALOG*/"


def _joins(relation: Relation) -> tuple[list[dict], list[dict]]:
    if relation.schema not in ("main", "bi") or relation.name not in CONTRACTS:
        return [], []
    schema = relation.schema

    def side(name: str) -> str:
        return f"{schema}.{name}"

    from_it, to_it = joins_of(relation.name)
    out = [
        {
            "to": side(r.parent),
            "columns": list(r.columns),
            "to_columns": list(r.parent_columns),
            "optional": r.optional,
            "condition": r.condition(),
        }
        for r in from_it
    ]
    into = [{"from": side(r.table), "via": r.via, "optional": r.optional} for r in to_it]
    return out, into


def _sql(relation: Relation, files: dict[str, str]) -> str:
    if relation.kind == "view":
        return sql(files[relation.qualified])
    return sql(f"history/ddl/{relation.name}" if relation.schema == "history" else f"ddl/{relation.name}")


def site_catalog() -> dict:
    """Everything the site shows, as one JSON-able document."""
    files = view_files()
    found = lineage()
    relations = []
    for relation in catalog():
        paths = CONTRACTS[relation.name].to_schema().columns if relation.schema in ("main", "history") else {}
        joins, joined_by = _joins(relation)
        relations.append(
            {
                "id": relation.qualified,
                "schema": relation.schema,
                "name": relation.name,
                "kind": relation.kind,
                "description": relation.description,
                "grain": relation.grain,
                "key": list(relation.key),
                "joins": joins,
                "joined_by": joined_by,
                "sql": _sql(relation, files),
                "columns": [
                    {
                        "name": column.name,
                        "type": column.type,
                        "nullable": column.nullable is not False,
                        # a table column's own text: its registry fields are shown apart
                        "description": paths[column.name].description if column.name in paths else column.description,
                        "registry": list((paths[column.name].metadata or {}).get("json", ())) if column.name in paths else [],
                        "lineage": found.get(relation.qualified, {}).get(column.name, []),
                    }
                    for column in relation.columns
                ],
            }
        )
    return {"relations": relations, "diagrams": {name: diagram.mermaid(name) for name in diagram.DIAGRAMS}}


def page(document: dict) -> str:
    """``index.html`` with the catalog embedded (``</`` escaped, so no text ends the script)."""
    template = resources.files("pipelines.docs_site").joinpath("static", "index.html").read_text(encoding="utf-8")
    data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    if DATA_MARKER not in template:
        raise ValueError(f"the page template has no {DATA_MARKER}")
    return template.replace(DATA_MARKER, data)


def build(output: Path, mermaid: Path | None = None) -> Path:
    """Write the site into ``output`` (replaced whole); return its ``index.html``."""
    output = output.resolve()
    scripts = mermaid_files(mermaid)  # before anything is written: a failure leaves nothing behind
    document = site_catalog()
    partial = output.parent / f".{output.name}.partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        (partial / "index.html").write_text(page(document), encoding="utf-8")
        static = resources.files("pipelines.docs_site").joinpath("static")
        for name in STATIC[1:]:
            (partial / name).write_text(static.joinpath(name).read_text(encoding="utf-8"), encoding="utf-8")
        for name, content in scripts.items():
            (partial / name).write_bytes(content)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    old = output.parent / f".{output.name}.old-{os.getpid()}"
    if output.exists():
        output.rename(old)
    partial.rename(output)
    shutil.rmtree(old, ignore_errors=True)
    return output / "index.html"
