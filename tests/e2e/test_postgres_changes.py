"""What a PostgreSQL publish sends, decided from the DuckDB file alone: which relations are kept
by trial, the shape a copy must share to be brought up to date in place, the changed trials, and
when a full copy is cheaper."""

from __future__ import annotations

import duckdb
import polars as pl
import pytest

from pipelines import postgres_changes as changes
from pipelines.parsing.model import TABLES
from pipelines.warehouse.sql_files import sql


@pytest.fixture(scope="module")
def source(published):
    with duckdb.connect(str(published), read_only=True) as con:
        yield con


def test_the_record_tables_and_the_views_reading_only_them_are_kept_by_trial_and_the_rest_sent_whole(source):
    relations = {relation.qualified: relation for relation in changes.relations(source)}
    whole = {name for name, relation in relations.items() if not relation.by_trial}
    assert whole == {
        "main.api_pulls",
        "main.file_manifest",
        "main.load_runs",
        "main.quarantine",
        "bi.load_runs",
        "bi.quarantine",
        "bi.quarantine_summary",
        "bi.relationships",
    }
    assert all(relations[f"main.{table}"].by_trial for table in TABLES)
    assert relations["ctgov.studies"].by_trial and relations["bi.trial_overview"].by_trial
    assert relations["main.file_manifest"].indexed and not relations["bi.relationships"].indexed


def test_a_view_reading_a_relation_sent_whole_is_sent_whole_through_other_views(published, tmp_path):
    copy = tmp_path / "trials.duckdb"
    copy.write_bytes(published.read_bytes())
    with duckdb.connect(str(copy)) as con:
        con.execute("create or replace view bi.sites as select * from main.sites where (select count(*) from main.quarantine) >= 0")
        con.execute("create or replace view ctgov.facilities as select * from bi.sites")
        relations = {relation.qualified: relation.by_trial for relation in changes.relations(con)}
        shape = changes.shape(con, changes.relations(con))
    assert relations["bi.sites"] is False and relations["ctgov.facilities"] is False and relations["bi.trials"] is True
    with duckdb.connect(str(published), read_only=True) as con:
        assert changes.shape(con, changes.relations(con)) != shape  # the views' SQL is part of the shape


def test_the_changed_trials_are_those_whose_load_or_versions_differ_or_that_one_side_lacks(source):
    # what a copy of this file holds, read as the publish reads it from PostgreSQL
    copy = source.sql(sql("postgres/run/published_versions")).pl().sort("nct_id")
    assert changes.changed_trials(source, copy.to_arrow()) == []
    first, second, third = copy["nct_id"][:3]
    older = copy.with_columns(
        load_id=pl.when(pl.col("nct_id") == first).then(pl.col("load_id") + "-older").otherwise(pl.col("load_id")),
        versions=pl.when(pl.col("nct_id") == third).then(pl.lit("2001-01-01:backfill,") + pl.col("versions")).otherwise(pl.col("versions")),
    ).filter(pl.col("nct_id") != second)
    extra = pl.DataFrame({"nct_id": ["NCT00000000"], "load_id": ["gone"], "versions": ["2001-01-01:gone"]})
    assert changes.changed_trials(source, pl.concat([older, extra]).to_arrow()) == sorted(["NCT00000000", first, second, third])


def test_a_full_copy_is_sent_when_more_than_a_tenth_and_more_than_a_thousand_trials_changed():
    assert not changes.cheaper_whole(1_000, 100_000)
    assert not changes.cheaper_whole(10_000, 100_000)
    assert changes.cheaper_whole(10_001, 100_000)
    assert not changes.cheaper_whole(14, 15)  # a small warehouse: in place, whatever the share
    assert changes.cheaper_whole(1_001, 2_000)
