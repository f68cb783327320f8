"""The same 13 trials loaded from their text pages and from their JSON twins give the same rows.

Any difference fails naming the table, column and trial. Only what one source cannot carry is
left out: lineage, the JSON-only columns and tables, NCT ID aliases, and the text-only
``related_trials``.
"""

import shutil

import duckdb
import pytest

from pipelines.parsing.model import TRIAL_LINEAGE, TRIAL_TABLE
from pipelines.parsing.registry_json import JSON_ONLY_COLUMNS, JSON_ONLY_FIELDS, JSON_ONLY_IDENTIFIER_SOURCE, JSON_ONLY_TABLES
from tests.conftest import JSON_DIR, SHARED_CHILD_TABLES, TEXT_PAGES, query, run_cli, sample_ids

LINEAGE = set(TRIAL_LINEAGE)
SHARED_TABLES = [TRIAL_TABLE, *SHARED_CHILD_TABLES]


def _load(tmp_path_factory, name, paths):
    folder = tmp_path_factory.mktemp(name)
    for path in paths:
        shutil.copy(path, folder / path.name)
    warehouse = folder / "warehouse.duckdb"
    result = run_cli("run", "--source", folder, "--warehouse", warehouse, "--quiet")
    assert result.returncode == 0, result.stderr
    return warehouse


@pytest.fixture(scope="module")
def warehouses(tmp_path_factory):
    return _load(tmp_path_factory, "text", TEXT_PAGES), _load(tmp_path_factory, "json", sorted(JSON_DIR.glob("*.json")))


def _rows(path, table):
    excluded = LINEAGE | set(JSON_ONLY_FIELDS) | set(JSON_ONLY_COLUMNS.get(table, ()))
    with duckdb.connect(str(path), read_only=True) as con:
        relation = con.table(table)
        if table == "identifiers":
            relation = relation.filter(f"identifier_source is distinct from '{JSON_ONLY_IDENTIFIER_SOURCE}'")
        columns = [c for c in relation.columns if c not in excluded]
        key = ("nct_id",) if table == "trials" else ("nct_id", "ordinal")
        return columns, {
            tuple(row[columns.index(k)] for k in key): dict(zip(columns, row, strict=True)) for row in relation.select(*columns).fetchall()
        }


def test_both_sources_load_the_same_13_trials(warehouses):
    text, json_ = warehouses
    expected = [(nct_id,) for nct_id in sample_ids()]
    assert query(text, "select nct_id from trials order by 1") == expected
    assert query(json_, "select nct_id from trials order by 1") == expected
    assert query(json_, "select distinct source_kind from trials") == [("json",)]
    assert query(json_, "select count(*) from quarantine") == [(0,)]


@pytest.mark.parametrize("table", SHARED_TABLES)
def test_text_and_json_give_identical_rows(warehouses, table):
    text, json_ = warehouses
    columns, from_text = _rows(text, table)
    _, from_json = _rows(json_, table)
    differences = [f"{table}: row {key} only from the text page" for key in sorted(from_text.keys() - from_json.keys())]
    differences += [f"{table}: row {key} only from JSON" for key in sorted(from_json.keys() - from_text.keys())]
    for key in sorted(from_text.keys() & from_json.keys()):
        for column in columns:
            if from_text[key][column] != from_json[key][column]:
                differences.append(
                    f"{table}.{column} of {key[0]}{f' row {key[1]}' if len(key) > 1 else ''}: "
                    f"text {from_text[key][column]!r}, JSON {from_json[key][column]!r}"
                )
    assert not differences, "\n".join(differences[:50])


# JSON-only tables no sample fills (their sections are rare); test_json_sources loads a study
# holding every field, which fills them.
_RARE = {
    "reference_retractions",
    "available_ipds",
    "unposted_events",
    "violation_events",
    "removed_countries",
    "results_submissions",
    "outcome_analyses",
    "outcome_analysis_groups",
}


def test_json_only_tables_are_filled_from_json(warehouses):
    _, json_ = warehouses
    for table in JSON_ONLY_TABLES:
        if table not in _RARE:
            assert query(json_, f"select count(*) from {table}")[0][0] > 0, table
    assert query(json_, "select count(*) from sites where latitude is null") == [(0,)]
