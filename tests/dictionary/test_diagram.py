"""The ER diagrams are drawn from the registry: every table a record fills, every declared join."""

import re

from contracts import tables
from contracts.registry import relationships
from pipelines.dictionary import diagram
from pipelines.dictionary.render import README_PATH


def _edges(text: str) -> set[tuple[str, str, str]]:
    return set(re.findall(r"^    (\w+) \S+--o\{ (\w+) : \"(\w+)\"$", text, flags=re.M))


def test_every_table_a_record_fills_is_drawn_and_every_join_is_an_edge_or_follows_from_edges():
    drawn = {d: diagram.mermaid(d) for d in diagram.DIAGRAMS}
    edges = set().union(*(_edges(text) for text in drawn.values()))
    assert {name for edge in edges for name in edge[:2]} == {t.name for t in tables() if t.from_record}
    parents = {}
    for parent, child, _ in edges:
        parents.setdefault(child, set()).add(parent)

    def reaches(child, goal):
        return child == goal or any(reaches(p, goal) for p in parents.get(child, ()))

    for join in relationships():
        assert (join.parent, join.table, join.via) in edges or reaches(join.table, join.parent), join


def test_a_measurement_is_drawn_under_its_category_and_an_optional_group_join_as_optional():
    results = diagram.mermaid("results")
    assert 'measure_categories ||--o{ measurements : "category_ordinal"' in results
    assert 'result_groups |o--o{ measurements : "group_ordinal"' in results
    assert 'result_measures ||--o{ measurements : "measure_ordinal"' not in results  # it follows from the category
    assert "    measurements {\n        integer group_ordinal FK\n" in results
    assert "    arms {" not in diagram.mermaid("protocol")  # a child naming no other row: its key is the legend's


def test_the_readme_carries_both_diagrams_as_generated():
    text = README_PATH.read_text(encoding="utf-8")
    for name in diagram.DIAGRAMS:
        assert diagram.block(name) in text
