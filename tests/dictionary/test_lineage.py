"""The views' column lineage is read from their SQL, through the views they read, down to table columns."""

from pipelines.dictionary.lineage import compute, lineage


def test_a_view_column_comes_from_the_table_columns_it_is_computed_from_through_other_views():
    found = compute(
        {
            "bi.v1": "create view bi.v1 as select nct_id, upper(phase) as p, count(*) as n from main.trials group by all",
            "bi.v2": "create or replace view bi.v2 as select v.p as phase_upper, t.enrollment from bi.v1 as v join trials as t using (nct_id)",
        },
        {"bi.v1": ["nct_id", "p", "n"], "bi.v2": ["phase_upper", "enrollment"]},
    )
    assert found["bi.v1"] == {"nct_id": ["main.trials.nct_id"], "p": ["main.trials.phase"], "n": []}
    assert found["bi.v2"] == {"phase_upper": ["main.trials.phase"], "enrollment": ["main.trials.enrollment"]}


def test_the_committed_lineage_covers_every_column_of_every_view_and_names_only_table_columns():
    from contracts import CONTRACTS
    from pipelines.dictionary.catalog import catalog

    views = {r.qualified: {c.name for c in r.columns} for r in catalog() if r.kind == "view"}
    found = lineage()
    assert {name: set(columns) for name, columns in found.items()} == views
    for sources in (s for columns in found.values() for s in columns.values()):
        for source in sources:
            schema, table, column = source.split(".")
            assert schema in ("main", "history") and column in {*CONTRACTS[table].to_schema().columns, "valid_from", "valid_to"}, source
    assert found["ctgov.studies"]["enrollment"] == ["main.trials.enrollment"]
    assert found["bi.sites"]["facility"] == ["main.sites.facility"]
