"""The star drawn from the table registry: Mermaid entity-relationship diagrams of the tables a
record fills and the joins their contracts declare (``contracts.registry.relationships``).

Two diagrams, so that each stays legible: the protocol (the trial and the tables around it) and
the posted results (the tables ``resultsSection`` fills, with the trial they belong to). The
trial shows its key (PK), a child table the columns that name another row of its trial (FK; its
own key is always ``nct_id, ordinal``); an edge is labelled with the column that joins it. A results table that names a parent row inside the trial is drawn
under that parent only: it belongs to the trial through it (and by its own ``nct_id``).
"""

from __future__ import annotations

from contracts import Table, tables
from contracts.registry import Relationship, relationships
from pipelines.generate.tables_sql import duckdb_type

DIAGRAMS = ("protocol", "results")


def is_results_table(table: Table) -> bool:
    """A child table ``resultsSection`` fills (``trials`` holds some results fields too)."""
    return any(path.startswith("resultsSection.") for paths in table.json_paths.values() for path in paths)


def _members(diagram: str) -> list[Table]:
    record = [t for t in tables() if t.from_record]
    if diagram == "protocol":
        return [t for t in record if t.parent is None or not is_results_table(t)]
    return [t for t in record if t.parent is None or is_results_table(t)]


def _reaches(start: str, goal: str, members: set[str]) -> bool:
    """Whether rows of ``start`` always belong to a row of ``goal`` through non-optional joins."""
    todo, seen = [start], set()
    while todo:
        name = todo.pop()
        if name == goal:
            return True
        seen.add(name)
        todo += [r.parent for r in relationships() if r.table == name and not r.optional and r.parent in members and r.parent not in seen]
    return False


def _drawn(table: str, members: set[str]) -> list[Relationship]:
    """The edges drawn from ``table``: its joins to tables of the diagram, less those another
    non-optional join already implies (a measurement's measure, through its category and class;
    every results row's trial)."""
    own = [r for r in relationships() if r.table == table and r.parent in members]
    return [r for r in own if not any(o is not r and not o.optional and _reaches(o.parent, r.parent, members) for o in own)]


def _entity(table: Table, referring: set[str]) -> list[str]:
    """A table's box: the trial's key, or a child's columns that name another row of its trial
    (every child's key is ``nct_id, ordinal``, said once in the legend, not in 47 boxes)."""
    shown = [(n, d, "PK") for n, d in table.schema.items() if n in table.key] if table.parent is None else []
    shown += [(n, d, "FK") for n, d in table.schema.items() if n in referring and n != "nct_id"]
    if not shown:
        return []
    return [f"    {table.name} {{", *(f"        {duckdb_type(d)} {n} {mark}" for n, d, mark in shown), "    }"]


def mermaid(diagram: str) -> str:
    """One diagram's Mermaid source (``erDiagram``)."""
    if diagram not in DIAGRAMS:
        raise ValueError(f"no diagram {diagram!r}: one of {', '.join(DIAGRAMS)}")
    members = _members(diagram)
    names = {t.name for t in members}
    lines = ["erDiagram", "    direction LR"]
    for table in members:
        for r in _drawn(table.name, names):
            # a row of the parent has many children; an optional join means a child may have no parent row
            lines.append(f'    {r.parent} {"|o" if r.optional else "||"}--o{{ {r.table} : "{r.via}"')
    for table in members:
        referring = {r.via for r in relationships() if r.table == table.name}
        lines += _entity(table, referring)
    return "\n".join(lines) + "\n"


def fenced(diagram: str) -> str:
    return f"```mermaid\n{mermaid(diagram)}```\n"


def _markers(diagram: str) -> tuple[str, str]:
    return (
        f"<!-- diagram {diagram}: generated from the contracts by `make generate` (pipelines/dictionary/diagram.py): do not edit -->",
        f"<!-- /diagram {diagram} -->",
    )


def with_diagrams(text: str) -> str:
    """``text`` (a Markdown page) with every diagram between its markers brought up to date."""
    for diagram in DIAGRAMS:
        start, end = _markers(diagram)
        if start not in text:
            continue
        head, rest = text.split(start, 1)
        if end not in rest:
            raise ValueError(f"diagram {diagram}: {start!r} without {end!r}")
        text = f"{head}{start}\n{fenced(diagram)}{end}{rest.split(end, 1)[1]}"
    return text


def block(diagram: str) -> str:
    """A diagram between its markers, as a page carries it."""
    start, end = _markers(diagram)
    return f"{start}\n{fenced(diagram)}{end}\n"
