"""The PostgreSQL copy as a Dagster asset after the publish: made when a database is configured,
not materialized when none is (and the run still succeeds)."""

from __future__ import annotations

import adbc_driver_postgresql.dbapi as postgres
import pytest

from pipelines.resources import PostgresTarget
from tests.assets.conftest import materialized
from tests.clients import postgres_server


@pytest.fixture(scope="module")
def server():
    with postgres_server() as url:
        yield url


def test_with_a_database_configured_the_run_copies_the_published_warehouse_into_it(good_dir, warehouse, materialize_all, server):
    result = materialize_all(warehouse, good_dir, postgres=PostgresTarget(url=server))
    assert result.success
    meta = materialized(result)["postgres_warehouse"]
    assert meta["tables"].value > 150 and meta["server"].text.startswith("postgresql://postgres@127.0.0.1")
    assert meta["kind"].text == "full" and meta["trials_sent"].value == 14
    assert meta["reader_role"].text == "trials_reader" and meta["search_path_set"].value is True
    with postgres.connect(server) as con:
        cursor = con.cursor()
        cursor.execute("select count(*) from main.trials")
        assert cursor.fetchall() == [(14,)]


def test_without_a_database_the_copy_is_not_materialized_and_the_run_succeeds(good_dir, warehouse, materialize_all, monkeypatch):
    monkeypatch.delenv("TRIALS_POSTGRES", raising=False)
    result = materialize_all(warehouse, good_dir, postgres=PostgresTarget())
    assert result.success and "published_warehouse" in materialized(result)
    assert "postgres_warehouse" not in materialized(result)
