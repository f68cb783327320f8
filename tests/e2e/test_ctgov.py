"""The ``ctgov`` schema: AACT's tables, columns, types, values and ids on a published warehouse.

AACT's column list (``tests/fixtures/aact/columns.csv``) is its ``db/structure.sql`` (schema
``ctgov_v2``, renamed ``ctgov`` in June 2024) with the columns its later migrations add. The spec
fixtures (``tests/fixtures/aact/spec``) are AACT's own ``spec/support/json_data`` files, with the
values its ``spec/models`` expect in ``spec_expectations.json``."""

from __future__ import annotations

import csv
import datetime
import json
import shutil
from pathlib import Path

import pytest

from pipelines.aact import connect_aact
from pipelines.cli import main
from tests.conftest import EVERY_FIELD, JSON_DIR, query

AACT = Path(__file__).parents[1] / "fixtures" / "aact"
# Postgres type -> the DuckDB types of the same family
FAMILIES = {
    "integer": {"BIGINT", "INTEGER"},
    "bigint": {"BIGINT"},
    "character varying": {"VARCHAR"},
    "text": {"VARCHAR"},
    "date": {"DATE"},
    "boolean": {"BOOLEAN"},
    "numeric": {"DOUBLE"},
    "double precision": {"DOUBLE"},
    "timestamp without time zone": {"TIMESTAMP"},
}


def aact_columns() -> dict[str, list[tuple[str, str]]]:
    tables: dict[str, list[tuple[str, str]]] = {}
    with (AACT / "columns.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            tables.setdefault(row["table"], []).append((row["column"], row["type"]))
    return tables


def spec_nct_id(position: int) -> str:
    return f"NCT{90000000 + position:08d}"


def spec_study(position: int, fixture: str) -> dict:
    """An AACT spec fixture as a study our parser takes: AACT's specs give it the id NCT000001 (not
    an NCT ID) in the test; a fragment also gets the brief title and Last Updated date every record has."""
    study = json.loads((AACT / "spec" / fixture).read_text(encoding="utf-8"))
    protocol = study.setdefault("protocolSection", {})
    identification = protocol.setdefault("identificationModule", {})
    identification["nctId"] = spec_nct_id(position)
    identification.setdefault("briefTitle", f"AACT spec fixture {fixture}")
    protocol.setdefault("statusModule", {}).setdefault("lastUpdatePostDateStruct", {"date": "2024-01-01", "type": "ACTUAL"})
    return study


WRITTEN_OTHERWISE = "NCT09999977"


def written_otherwise() -> dict:
    """A record whose text the warehouse stores otherwise: markdown escapes, indentation, blank
    lines, spaces around a value, a site named Research Site."""
    study = json.loads((JSON_DIR / "NCT05594173.json").read_text(encoding="utf-8"))
    ps = study["protocolSection"]
    ps["identificationModule"].update(nctId=WRITTEN_OTHERWISE, briefTitle="Dose \\> 5 mg \\(Pilot\\) ", officialTitle="  An Official Title")
    ps["descriptionModule"]["briefSummary"] = "First paragraph \\* not a list.\n\n\n\n    An indented line."
    ps["conditionsModule"]["conditions"] = ["Cancer \\(Lung\\)", "Asthma "]
    locations = ps["contactsLocationsModule"]["locations"]
    locations[0]["facility"] = "Research Site"
    return study


@pytest.fixture(scope="module")
def specs() -> list[dict]:
    return json.loads((AACT / "spec_expectations.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def aact_sources(tmp_path_factory, specs) -> Path:
    folder = tmp_path_factory.mktemp("aact_sources")
    for source in (JSON_DIR / "NCT03722472.json", JSON_DIR / "NCT05594173.json", JSON_DIR / "NCT00711542.json", EVERY_FIELD):
        shutil.copy(source, folder / source.name)
    for position, spec in enumerate(specs):
        (folder / f"{spec_nct_id(position)}.json").write_text(json.dumps(spec_study(position, spec["fixture"])), encoding="utf-8")
    (folder / f"{WRITTEN_OTHERWISE}.json").write_text(json.dumps(written_otherwise()), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def aact_warehouse(aact_sources) -> Path:
    warehouse = aact_sources.parent / "aact.duckdb"
    assert main(["run", "--quiet", "--source", str(aact_sources), "--warehouse", str(warehouse)]) == 0
    return warehouse


def rows(path: Path, statement: str, params: list | None = None) -> list[dict]:
    with connect_aact(path) as con:
        cursor = con.execute(statement, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def plain(value):
    return value.isoformat() if isinstance(value, datetime.date) else value


def test_ctgov_has_every_aact_table_fed_from_the_record_with_aacts_columns_in_order_and_type_family(aact_warehouse):
    expected = aact_columns()
    assert len(expected) == 46 and "calculated_values" in expected  # 45 tables fed from the record, and calculated_values
    found: dict[str, list[tuple[str, str]]] = {}
    for table, column, data_type in query(
        aact_warehouse,
        "select table_name, column_name, data_type from duckdb_columns() where schema_name = 'ctgov' order by table_name, column_index",
    ):
        found.setdefault(table, []).append((column, data_type))
    assert sorted(name for name in found if not name.startswith("all_")) == sorted(expected)
    for table, columns in expected.items():
        assert [name for name, _ in found[table]] == [name for name, _ in columns], table
        wrong = [(name, aact, ours) for (name, aact), (_, ours) in zip(columns, found[table], strict=True) if ours not in FAMILIES[aact]]
        assert wrong == [], table


def test_ctgov_has_aacts_convenience_views_of_each_trials_values_joined_with_a_bar(aact_warehouse):
    with (AACT / "convenience_views.csv").open(encoding="utf-8") as handle:
        expected = {row["view"]: row["columns"].split() for row in csv.DictReader(handle)}
    found: dict[str, list[str]] = {}
    for view, column in query(
        aact_warehouse,
        "select table_name, column_name from duckdb_columns() where schema_name = 'ctgov' and table_name like 'all_%' order by table_name, column_index",
    ):
        found.setdefault(view, []).append(column)
    assert found == expected
    [conditions] = rows(aact_warehouse, "select names from all_conditions where nct_id = 'NCT05594173'")
    native = sorted({name for (name,) in query(aact_warehouse, "select condition from main.conditions where nct_id = 'NCT05594173'")})
    assert conditions["names"] == "|".join(native)


def test_ctgov_rows_agree_with_the_values_aacts_own_specs_expect(aact_warehouse, specs):
    for position, spec in enumerate(specs):
        nct_id = spec_nct_id(position)
        if spec["table"] == "design_group_interventions":
            got = rows(
                aact_warehouse,
                "select x.nct_id, g.title as design_group, i.name as intervention from design_group_interventions as x "
                "join design_groups as g on g.id = x.design_group_id join interventions as i on i.id = x.intervention_id where x.nct_id = $1",
                [nct_id],
            )
        else:
            got = rows(aact_warehouse, f"select * from {spec['table']} where nct_id = $1", [nct_id])  # noqa: S608 - a table name from the fixture
        expected = [{**row, "nct_id": nct_id} for row in spec["rows"]]
        got = [{column: plain(row[column]) for column in expected[0]} for row in got]
        key = lambda row: json.dumps(row, sort_keys=True, default=str)  # noqa: E731 - AACT's specs compare as sets, so do these
        assert sorted(got, key=key) == sorted(expected, key=key), f"{spec['table']} ({spec['spec']})"


def test_every_ctgov_id_is_unique_and_every_foreign_id_finds_its_row(aact_warehouse):
    views = [name for (name,) in query(aact_warehouse, "select view_name from duckdb_views() where schema_name = 'ctgov' order by 1")]
    for view in views:
        key = "nct_id" if view == "studies" or view.startswith("all_") else "id"
        [(total, distinct, nulls)] = query(
            aact_warehouse, f"select count(*), count(distinct {key}), count(*) - count({key}) from ctgov.{view}"
        )
        assert (distinct, nulls) == (total, 0), view
    joins = {  # AACT's surrogate-key joins: (child, its foreign id, parent)
        ("outcome_measurements", "outcome_id", "outcomes"),
        ("outcome_measurements", "result_group_id", "result_groups"),
        ("outcome_counts", "outcome_id", "outcomes"),
        ("outcome_counts", "result_group_id", "result_groups"),
        ("outcome_analyses", "outcome_id", "outcomes"),
        ("outcome_analysis_groups", "outcome_analysis_id", "outcome_analyses"),
        ("outcome_analysis_groups", "result_group_id", "result_groups"),
        ("baseline_measurements", "result_group_id", "result_groups"),
        ("baseline_counts", "result_group_id", "result_groups"),
        ("milestones", "result_group_id", "result_groups"),
        ("drop_withdrawals", "result_group_id", "result_groups"),
        ("reported_events", "result_group_id", "result_groups"),
        ("result_groups", "outcome_id", "outcomes"),
        ("design_group_interventions", "design_group_id", "design_groups"),
        ("design_group_interventions", "intervention_id", "interventions"),
        ("intervention_other_names", "intervention_id", "interventions"),
        ("facility_contacts", "facility_id", "facilities"),
        ("facility_investigators", "facility_id", "facilities"),
        ("retractions", "reference_id", "study_references"),
    }
    for child, foreign, parent in sorted(joins):
        [(given, found, same_trial)] = query(
            aact_warehouse,
            f"select count(c.{foreign}), count(p.id), count(*) filter (where p.nct_id = c.nct_id) from ctgov.{child} as c "
            f"left join ctgov.{parent} as p on p.id = c.{foreign} where c.{foreign} is not null",
        )
        assert given == found == same_trial, f"{child}.{foreign} -> {parent}.id"
    filled = dict(
        query(aact_warehouse, "select 'measurements', count(*) from ctgov.outcome_measurements where result_group_id is not null")
    )
    assert filled["measurements"] > 0
    [(groups,)] = query(
        aact_warehouse,
        "select count(*) from ctgov.outcome_measurements as m join ctgov.result_groups as g on g.id = m.result_group_id "
        "where g.outcome_id = m.outcome_id and g.ctgov_group_code = m.ctgov_group_code",
    )
    assert groups == filled["measurements"]  # a measurement's group is its own outcome's group of that code


def test_ctgov_ids_stay_the_same_when_the_warehouse_is_rebuilt_or_other_trials_change(aact_warehouse, aact_sources, tmp_path):
    ids = (
        "select 'facilities', nct_id, id from ctgov.facilities union all select 'measurements', nct_id, id from ctgov.outcome_measurements"
    )
    before = set(query(aact_warehouse, ids))
    sources = tmp_path / "sources"
    shutil.copytree(aact_sources, sources)
    (sources / "NCT05594173.json").unlink()  # one trial gone, the others unchanged: their rows keep their ids
    rebuilt = tmp_path / "rebuilt.duckdb"
    assert main(["run", "--quiet", "--source", str(sources), "--warehouse", str(rebuilt)]) == 0
    after = set(query(rebuilt, ids))
    assert after == {row for row in before if row[1] != "NCT05594173"} and len(after) > 10


def test_ctgov_values_follow_aacts_conventions_where_the_native_tables_chose_otherwise(aact_warehouse):
    [study] = rows(aact_warehouse, "select * from studies where nct_id = 'NCT00711542'")
    assert study["phase"] == "PHASE1/PHASE2"
    month_only = rows(aact_warehouse, "select start_month_year, start_date, verification_month_year, verification_date from studies")
    for row in month_only:
        if row["start_month_year"] and len(row["start_month_year"]) == 7:
            assert (
                row["start_date"].isoformat()[:7] == row["start_month_year"] and (row["start_date"] + datetime.timedelta(days=1)).day == 1
            )
    assert {r["outcome_type"] for r in rows(aact_warehouse, "select distinct outcome_type from design_outcomes")} <= {
        "primary",
        "secondary",
        "other",
    }
    assert {r["lead_or_collaborator"] for r in rows(aact_warehouse, "select distinct lead_or_collaborator from sponsors")} == {
        "lead",
        "collaborator",
    }
    assert {r["event_type"] for r in rows(aact_warehouse, "select distinct event_type from reported_events")} == {"serious", "other"}
    types = {r["result_type"] for r in rows(aact_warehouse, "select distinct result_type from result_groups")}
    assert types == {"Baseline", "Participant Flow", "Outcome", "Reported Event"}
    [analysis] = rows(
        aact_warehouse, "select p_value_modifier, p_value, p_value_raw, ci_lower_limit from outcome_analyses where nct_id = 'NCT09999901'"
    )
    assert (analysis["p_value_modifier"], analysis["p_value"], analysis["p_value_raw"], analysis["ci_lower_limit"]) == (
        "<",
        0.001,
        "<0.001",
        -1.5,
    )
    [calculated] = rows(aact_warehouse, "select * from calculated_values where nct_id = 'NCT05594173'")
    assert calculated["were_results_reported"] is True and calculated["minimum_age_unit"] == "year" and calculated["minimum_age_num"] == 18
    documents = rows(aact_warehouse, "select url from provided_documents")
    assert documents and all(r["url"].startswith("https://ClinicalTrials.gov/ProvidedDocs/") for r in documents)


def test_ctgov_views_are_flat_and_described_in_the_warehouse_like_bi(aact_warehouse):
    [(views, undescribed)] = query(
        aact_warehouse, "select count(*), count(*) filter (where comment is null) from duckdb_views() where schema_name = 'ctgov'"
    )
    assert (views, undescribed) == (46 + 18, 0)
    columns = query(aact_warehouse, "select data_type, comment from duckdb_columns() where schema_name = 'ctgov'")
    assert all(comment and comment.startswith("AACT: ") and "Here: " in comment for _, comment in columns)
    assert {data_type for data_type, _ in columns} <= {"VARCHAR", "BIGINT", "DOUBLE", "DATE", "BOOLEAN", "TIMESTAMP"}


def texts(study: dict) -> dict[str, list]:
    """What AACT stores for some of a record's text: the JSON's own values, in record order."""
    ps = study.get("protocolSection", {})
    results = study.get("resultsSection", {})
    outcomes = ps.get("outcomesModule", {})
    return {
        "select brief_title from ctgov.studies": [ps.get("identificationModule", {}).get("briefTitle")],
        "select official_title from ctgov.studies": [ps.get("identificationModule", {}).get("officialTitle")],
        "select description from ctgov.brief_summaries": [ps.get("descriptionModule", {}).get("briefSummary")],
        "select criteria from ctgov.eligibilities": [ps.get("eligibilityModule", {}).get("eligibilityCriteria")],
        "select name from ctgov.facilities": [loc.get("facility") for loc in ps.get("contactsLocationsModule", {}).get("locations", [])],
        "select name from ctgov.conditions": ps.get("conditionsModule", {}).get("conditions", []),
        "select measure from ctgov.design_outcomes": [
            o.get("measure") for key in ("primaryOutcomes", "secondaryOutcomes", "otherOutcomes") for o in outcomes.get(key, [])
        ],
        "select description from ctgov.design_groups": [
            arm.get("description") for arm in ps.get("armsInterventionsModule", {}).get("armGroups", [])
        ],
        "select title from ctgov.outcomes": [m.get("title") for m in results.get("outcomeMeasuresModule", {}).get("outcomeMeasures", [])],
        "select description from ctgov.result_groups where result_type = 'Baseline'": [
            g.get("description") for g in results.get("baselineCharacteristicsModule", {}).get("groups", [])
        ],
    }


def test_ctgov_text_is_exactly_as_the_json_record_writes_it(aact_warehouse, aact_sources):
    compared = 0
    for path in sorted(aact_sources.glob("*.json")):
        study = json.loads(path.read_text(encoding="utf-8"))
        nct_id = study["protocolSection"]["identificationModule"]["nctId"]
        for statement, expected in texts(study).items():
            expected = [value for value in expected if value not in (None, "", "-")]  # AACT keeps these; the warehouse has NULL
            where = "and" if " where " in statement else "where"
            order = "" if "ctgov.studies" in statement else " order by id"
            got = [row[0] for row in query(aact_warehouse, f"{statement} {where} nct_id = $n{order}", {"n": nct_id})]
            assert [value for value in got if value is not None] == expected, f"{nct_id}: {statement}"
            compared += len(expected)
    assert compared > 100
    native = query(aact_warehouse, "select title, brief_summary from main.trials where nct_id = $n", {"n": WRITTEN_OTHERWISE})
    assert native == [("Dose > 5 mg (Pilot)", "First paragraph * not a list.\n\nAn indented line.")]  # the native tables stay canonical
    assert query(aact_warehouse, "select facility from main.sites where nct_id = $n and ordinal = 1", {"n": WRITTEN_OTHERWISE}) == [(None,)]
