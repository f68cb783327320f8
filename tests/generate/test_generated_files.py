"""What follows from the contracts is generated, committed and current: a table is declared once."""

from __future__ import annotations

import sys

import duckdb
import pytest

import contracts
from contracts import registry
from pipelines.generate import files, tables_sql
from pipelines.generate.__main__ import main as generate_main
from pipelines.warehouse.build import ensure_schema

WIDGETS = '''
from typing import Optional

import pandera.polars as pa

from contracts.base import ChildTable, refers_to


class Widgets(ChildTable):
    """One row per widget of a trial."""

    label: str = pa.Field(description="What the widget is called.")
    size: Optional[int] = pa.Field(nullable=True, description="How big it is.")
    arm_ordinal: Optional[int] = refers_to("arms", "The arm (arms.ordinal of the same trial) it is for.", nullable=True)

    class Config:
        name = "widgets"
        metadata = {"grain": "one row per widget of a trial"}
        description = "One row per widget of a trial."
'''


def test_the_generated_sql_and_dictionary_are_current():
    assert generate_main(["--check"]) == 0, "run `make generate`"
    assert files.stale(tables_sql.expected_files(), tables_sql.generated_files()) == []


def test_every_table_has_its_ddl_load_and_view_generated_or_written_by_hand():
    for table in contracts.tables():
        for folder in ("ddl", "load", *(("views",) if tables_sql.in_bi(table) else ())):
            assert (tables_sql.SQL_DIR / folder / f"{table.name}.sql").is_file(), (folder, table.name)


@pytest.fixture
def widgets(tmp_path, monkeypatch):
    """A new ordinary child table, declared by its contract module alone."""
    (tmp_path / "widgets.py").write_text(WIDGETS)
    monkeypatch.setattr(contracts, "__path__", [*contracts.__path__, str(tmp_path)])
    registry.tables.cache_clear()
    registry.relationships.cache_clear()
    yield registry.table("widgets")
    registry.tables.cache_clear()
    registry.relationships.cache_clear()
    sys.modules.pop("contracts.widgets", None)


def test_an_ordinary_child_table_declared_by_its_contract_alone_gets_its_ddl_load_view_and_checks(widgets):
    assert widgets.parent == "trials" and widgets.from_record and widgets.key == ("nct_id", "ordinal")
    expected = {path.relative_to(tables_sql.SQL_DIR).as_posix(): text for path, text in tables_sql.expected_files().items()}
    assert "create table if not exists widgets (" in expected["ddl/widgets.sql"]
    assert "    size bigint,\n    arm_ordinal bigint\n" in expected["ddl/widgets.sql"]  # nullable: no NOT NULL
    assert "delete from widgets where nct_id in (select nct_id from replaced_trials);" in expected["load/widgets.sql"]
    assert (
        "select\n    * replace (ordinal::bigint as ordinal),\n    nct_id || ':' || arm_ordinal as arms_key\nfrom main.widgets;"
        in expected["views/widgets.sql"]
    )
    assert "(select count(*) from widgets anti join trials using (nct_id))" in expected["checks/orphan_rows/widgets.sql"]
    assert "select nct_id, ordinal from widgets semi join run_trials using (nct_id)" in expected["checks/duplicate_keys/widgets.sql"]
    with duckdb.connect() as con:  # the generated statements run
        ensure_schema(con)
        con.execute(expected["ddl/widgets.sql"])
        con.execute(
            "insert into trials (nct_id, has_results, source_kind, source_uri, source_sha256, load_id, loaded_at) "
            "values ('NCT00000001', false, 'json', 'u', repeat('a', 64), 'L', now())"
        )
        con.execute("insert into widgets values ('NCT00000001', 1, 'json', 'a', 3, null), ('NCT00000002', 1, 'json', 'b', null, null)")
        con.execute("create schema bi")
        con.execute(expected["views/widgets.sql"])
        assert con.execute(expected["checks/orphan_rows/widgets.sql"]).fetchall() == [(1,)]  # the trial missing; NULL names no arm
        con.execute("insert into widgets values ('NCT00000001', 2, 'json', 'c', null, 1)")  # names arm 1, which is not there
        assert con.execute(expected["checks/orphan_rows/widgets.sql"]).fetchall() == [(2,)]
        con.execute("insert into arms values ('NCT00000001', 1, 'json', 'Arm A', null, null)")
        assert con.execute(expected["checks/orphan_rows/widgets.sql"]).fetchall() == [(1,)]
        assert con.execute(expected["checks/duplicate_keys/widgets.sql"], {"load_id": "L"}).fetchall() == [(0,)]
        assert con.execute(
            "select data_type from duckdb_columns() where table_name = 'widgets' and schema_name = 'bi' and column_name = 'ordinal'"
        ).fetchall() == [("BIGINT",)]


def test_a_column_that_refers_to_another_table_is_a_declared_join_everywhere_it_is_told(widgets):
    from pipelines.dictionary import diagram

    join = next(r for r in registry.relationships() if r.table == "widgets" and r.parent == "arms")
    assert (join.columns, join.parent_columns, join.optional) == (("nct_id", "arm_ordinal"), ("nct_id", "ordinal"), True)
    assert join.condition() == "p.nct_id = c.nct_id and p.ordinal = c.arm_ordinal"
    view = tables_sql.expected_files()[tables_sql.SQL_DIR / "views" / "relationships.sql"]
    assert (
        "('widgets', 'nct_id, arm_ordinal', 'arms', 'nct_id, ordinal', true, 'p.nct_id = c.nct_id and p.ordinal = c.arm_ordinal', 'arms_key')"
        in view
    )
    # drawn under its arm, which may be missing (|o); the trial edge stays because that join is optional
    drawn = diagram.mermaid("protocol")
    assert 'arms |o--o{ widgets : "arm_ordinal"' in drawn and 'trials ||--o{ widgets : "nct_id"' in drawn
    assert "bigint arm_ordinal FK" in drawn
    # one column of the same name on both bi views, for tools that join on one column
    files = {path.name: text for path, text in tables_sql.expected_files().items() if path.parent.name == "views"}
    assert "nct_id || ':' || arm_ordinal as arms_key" in files["widgets.sql"]
    assert "nct_id || ':' || ordinal as arms_key" in files["arms.sql"]


def test_a_contract_referring_to_a_table_nobody_declares_is_refused(tmp_path, monkeypatch):
    (tmp_path / "gadgets.py").write_text(
        WIDGETS.replace("Widgets", "Gadgets").replace('"widgets"', '"gadgets"').replace('"arms"', '"armz"')
    )
    monkeypatch.setattr(contracts, "__path__", [*contracts.__path__, str(tmp_path)])
    registry.tables.cache_clear()
    registry.relationships.cache_clear()
    try:
        with pytest.raises(ValueError, match="gadgets.arm_ordinal refers to armz, which no contract declares"):
            registry.relationships()
    finally:
        registry.tables.cache_clear()
        registry.relationships.cache_clear()
        sys.modules.pop("contracts.gadgets", None)
