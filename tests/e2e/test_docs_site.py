"""The docs site as a person sees it: built by `make docs`'s command, opened from disk in a real
headless Chromium, searched, a table's page read and screenshotted, the ER diagrams drawn."""

from __future__ import annotations

import re
import struct
from urllib.parse import quote

import pytest

from pipelines.docs_site.__main__ import main as docs_main
from tests.clients import browse


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site") / "docs"
    assert docs_main(["--output", str(out)]) == 0  # the pinned Mermaid, downloaded once into the cache
    return out / "index.html"


def _png_size(path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_searching_finds_the_columns_whose_name_or_description_has_every_word(site, tmp_path):
    dom = browse(f"{site.as_uri()}#/search/{quote('enrollment type')}", tmp_path / "profile")
    assert 'id="hits-count"' in dom and "matches for" in dom
    assert "<mark>enrollment</mark>_<mark>type</mark>" in dom  # main.trials.enrollment_type, highlighted
    assert "main.trials.enrollment_type" in dom.replace("<mark>", "").replace("</mark>", "")
    nothing = browse(f"{site.as_uri()}?q={quote('zzzz no such word')}", tmp_path / "profile")
    assert "0 matches for" in nothing and "Nothing matches every word." in nothing


def test_a_table_page_shows_grain_key_joins_columns_and_where_each_column_comes_from(site, tmp_path):
    shot = tmp_path / "measurements.png"
    dom = browse(f"{site.as_uri()}#/relation/main.measurements", tmp_path / "profile", screenshot=shot)
    for text in (
        "main.measurements",
        "one row per measurement of a baseline or outcome measure",
        "Joins",
        "measure_categories.ordinal = measurements.category_ordinal",
        "category_ordinal",
        "resultsSection.outcomeMeasuresModule.outcomeMeasures.classes.categories.measurements.value",
    ):
        assert text in dom, text
    assert _png_size(shot) == (1400, 1000) and shot.stat().st_size > 50_000  # a rendered page, not a blank one
    view = browse(f"{site.as_uri()}#/relation/bi.trial_overview", tmp_path / "profile")
    assert 'href="#/relation/main.trials"><code>trials.phase</code>' in view  # the view column's lineage, linked


def test_the_diagrams_are_drawn_by_mermaid_with_every_table_and_no_syntax_error(site, tmp_path):
    shot = tmp_path / "diagrams.png"
    dom = browse(f"{site.as_uri()}#/diagrams", tmp_path / "profile", screenshot=shot, size=(1400, 2000))
    assert 'data-diagrams="drawn"' in dom
    drawn = re.findall(r'<svg[^>]*aria-roledescription="er".*?</svg>', dom, flags=re.S)
    assert len(drawn) == 2 and "Syntax error" not in dom
    protocol, results = drawn
    for table in ("trials", "site_contacts", "interventions", "intervention_other_names"):
        assert f">{table}<" in protocol, table
    for table in ("measure_categories", "adverse_event_stats", "flow_milestone_counts", "result_groups"):
        assert f">{table}<" in results, table
    assert _png_size(shot) == (1400, 2000)
