"""The docs site is built from the catalog: every relation, column, join and lineage, in one page that opens from disk."""

from __future__ import annotations

import json
import re

import pytest

from pipelines.dictionary.catalog import catalog
from pipelines.docs_site import build as site
from pipelines.docs_site import mermaid
from pipelines.docs_site.__main__ import main as docs_main

FAKE_MERMAID = b"window.mermaid = {initialize() {}, async run() {}};"


@pytest.fixture
def script(tmp_path):
    path = tmp_path / "mermaid.min.js"
    path.write_bytes(FAKE_MERMAID)
    return path


def _embedded(index) -> dict:
    text = index.read_text(encoding="utf-8")
    found = re.search(r'<script id="catalog" type="application/json">(.*?)</script>', text, flags=re.S)
    return json.loads(found.group(1))


def test_the_site_holds_every_relation_and_column_with_its_registry_field_lineage_and_joins(tmp_path, script):
    index = site.build(tmp_path / "docs", script)
    document = _embedded(index)
    relations = {r["id"]: r for r in document["relations"]}
    assert set(relations) == {r.qualified for r in catalog()}
    start = next(c for c in relations["main.trials"]["columns"] if c["name"] == "start_date")
    assert start["registry"] == ["protocolSection.statusModule.startDateStruct.date"]
    assert "From the record" not in start["description"]  # shown apart, not twice
    phase = next(c for c in relations["bi.trial_overview"]["columns"] if c["name"] == "phase")
    assert phase["lineage"] == ["main.trials.phase"]
    joins = {j["to"]: j for j in relations["main.measurements"]["joins"]}
    assert joins["main.measure_categories"]["condition"] == "p.nct_id = c.nct_id and p.ordinal = c.category_ordinal"
    assert joins["main.result_groups"]["optional"] is True
    assert {"from": "bi.arms", "via": "nct_id", "optional": False} in relations["bi.trials"]["joined_by"]
    assert (
        relations["ctgov.studies"]["sql"].startswith("--") and "create or replace view ctgov.studies" in relations["ctgov.studies"]["sql"]
    )
    assert set(document["diagrams"]) == {"protocol", "results"}
    assert {p.name for p in (tmp_path / "docs").iterdir()} == {"index.html", "app.js", "style.css", "mermaid.min.js"}


def test_no_text_in_the_catalog_can_end_the_script_that_embeds_it():
    text = site.page({"relations": [{"description": "a </script><script>alert(1)</script> b"}], "diagrams": {}})
    assert "</script><script>alert" not in text and "<\\/script>" in text


def test_a_rebuild_replaces_the_site_whole_and_leaves_no_partial_folder(tmp_path, script):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "stale.html").write_text("old")
    assert docs_main(["--output", str(tmp_path / "docs"), "--mermaid", str(script)]) == 0
    assert not (tmp_path / "docs" / "stale.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "mermaid.min.js"]


def test_mermaid_is_the_pinned_release_or_the_build_says_why_and_caches_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(mermaid, "_fetch", lambda: b"not the tarball")
    assert docs_main(["--output", str(tmp_path / "docs")]) == 1
    assert "is not the pinned Mermaid 12.3.0 (integrity differs)" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [] and not mermaid.cache_dir().exists()
