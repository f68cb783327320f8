"""The BI surface of a published warehouse: the bi schema, the reports, the export and the data
dictionary, through the CLI as a user runs them."""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import date
from pathlib import Path

import duckdb
import polars as pl
import pyarrow.parquet as pq
import pytest

from contracts import CONTRACTS, PAGE_CONTRACTS
from pipelines.cli import main
from pipelines.dictionary.catalog import column_description
from pipelines.dictionary.compare import disagreements
from pipelines.dictionary.render import DOC_PATH, stale_files
from pipelines.reports import all_reports, find_report, run_report
from pipelines.warehouse.sql_files import sql_names
from tests.conftest import EVERY_FIELD, JSON_DIR, query, run_cli
from tests.e2e.conftest import SHARED_EUDRACT

# The types BI drivers read; nothing else may appear in the bi schema.
BI_SAFE = {"VARCHAR", "BIGINT", "DOUBLE", "DATE", "BOOLEAN", "TIMESTAMP"}


def frame(path, statement: str, params: dict | None = None) -> pl.DataFrame:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.sql(statement, params=params).pl()


def report(path, name: str, **params) -> pl.DataFrame:
    with duckdb.connect(str(path), read_only=True) as con:
        return run_report(con, find_report(name), params)


def test_every_bi_column_has_a_type_bi_drivers_read(published):
    columns = query(published, "select table_name, column_name, data_type from duckdb_columns() where schema_name = 'bi'")
    assert len(columns) > 150  # every view is listed, not only the first
    exotic = [c for c in columns if c[2] not in BI_SAFE and not c[2].startswith("DECIMAL(")]
    assert exotic == []
    views = {name for (name,) in query(published, "select view_name from duckdb_views() where schema_name = 'bi'")}
    assert set(PAGE_CONTRACTS) | {"load_runs", "quarantine", "trial_phases", "trial_overview"} <= views


def test_every_declared_join_is_also_one_column_of_the_same_name_in_both_bi_views_and_joins_the_same_rows(published):
    joins = query(published, "select from_table, to_table, join_condition, key_column, optional from bi.relationships")
    assert len(joins) == 75
    for child, parent, condition, key, optional in joins:
        # the parent's key is unique (a tool's one-to-many), and joining on it alone pairs the same rows
        assert query(published, f"select count(*) = count(distinct {key}) from bi.{parent}") == [(True,)], parent
        on_key = query(published, f"select count(*) from bi.{child} as c join bi.{parent} as p using ({key})")
        declared = query(published, f"select count(*) from main.{child} as c join main.{parent} as p on {condition}")
        assert on_key == declared, (child, parent)
        if not optional:  # every row names its parent row
            assert on_key == query(published, f"select count(*) from bi.{child}"), (child, parent)


def test_bi_widens_integers_and_counts_to_bigint_and_keeps_every_row(published):
    types = dict(query(published, "select column_name, data_type from duckdb_columns() where schema_name = 'bi' and table_name = 'sites'"))
    assert types["ordinal"] == "BIGINT" and types["latitude"] == "DOUBLE"
    for table in PAGE_CONTRACTS:
        assert query(published, f"select count(*) from bi.{table}") == query(published, f"select count(*) from main.{table}"), table
    overview = frame(published, "select * from bi.trial_overview order by nct_id")
    sites = frame(published, "select nct_id, count(*) as n from sites group by nct_id")
    assert dict(overview.select("nct_id", "site_count").iter_rows()) == {**{n: 0 for n in overview["nct_id"]}, **dict(sites.iter_rows())}


def test_phase_bridge_has_one_row_per_phase_of_a_combined_phase_trial(published):
    rows = query(published, "select phase, phase_count from bi.trial_phases where nct_id = 'NCT00711542' order by phase")
    assert rows == [("PHASE1", 2), ("PHASE2", 2)]
    combined = query(published, "select count(*) from trials where phase like '%/%'")[0][0]
    single = query(published, "select count(*) from trials where phase is not null and phase not like '%/%'")[0][0]
    assert query(published, "select count(*) from bi.trial_phases") == [(single + 2 * combined,)]


def test_trials_by_status_phase_matches_the_trials_table(published):
    trials = frame(published, "select overall_status, phase, enrollment from trials")
    expected = (
        trials.with_columns(pl.col("overall_status").fill_null("UNKNOWN"), pl.col("phase").fill_null("NOT_GIVEN"))
        .group_by("overall_status", "phase")
        .agg(trials=pl.len().cast(pl.Int64), participants=pl.col("enrollment").sum().cast(pl.Int64))
    )
    got = report(published, "trials_by_status_phase")
    assert got.sort("overall_status", "phase").equals(expected.sort("overall_status", "phase").select(got.columns))
    assert got["trials"].sum() == 15


def test_sites_per_country_counts_sites_and_trials_of_each_country(published):
    got = {row["country"]: row for row in report(published, "sites_per_country").iter_rows(named=True)}
    sites = frame(published, "select country, nct_id, status from sites where country is not null")
    for country, group in sites.group_by("country"):
        assert got[country[0]]["sites"] == group.height
        assert got[country[0]]["recruiting_sites"] == group.filter(pl.col("status") == "RECRUITING").height
    listed = frame(published, "select country, nct_id from countries")
    both = pl.concat([listed, sites.select("country", "nct_id")]).unique()
    assert {c: r["trials"] for c, r in got.items()} == dict(both.group_by("country").agg(pl.len()).iter_rows())


def test_sponsor_portfolio_separates_lead_and_collaborator_and_filters_by_name(published):
    everyone = report(published, "sponsor_portfolio")
    assert set(everyone["role"]) == {"lead", "collaborator"}
    led = frame(published, "select count(*) as n from trials where lead_sponsor = 'National Cancer Institute (NCI)'")["n"][0]
    nci = report(published, "sponsor_portfolio", sponsor="national cancer institute")
    assert set(nci["sponsor"]) == {"National Cancer Institute (NCI)"}
    assert nci.filter(pl.col("role") == "lead")["trials"].sum() == led
    assert report(published, "sponsor_portfolio", sponsor="no such sponsor").height == 0


def test_enrollment_by_condition_sums_each_trial_once_per_condition(published):
    got = report(published, "enrollment_by_condition")
    pairs = frame(
        published, "select distinct lower(c.condition) as condition, t.nct_id, t.enrollment from conditions c join trials t using (nct_id)"
    )
    assert got["participants"].sum() == pairs["enrollment"].sum()
    assert got["trials"].sum() == pairs.height
    assert got["participants"].dtype == pl.Int64


def test_overdue_results_lists_trials_past_completion_without_results(published):
    got = report(published, "overdue_results", as_of="2016-01-01")
    expected = frame(
        published,
        """select nct_id from trials where completion_date < date '2016-01-01' and not has_results
                                   and coalesce(overall_status, '') <> 'WITHDRAWN' order by nct_id""",
    )
    assert sorted(got["nct_id"]) == expected["nct_id"].to_list() and got.height > 0
    row = got.filter(pl.col("nct_id") == "NCT09999901").row(0, named=True)
    assert row["days_past_completion"] == (pl.date(2016, 1, 1) - pl.lit(row["completion_date"])).dt.total_days().pipe(
        lambda e: pl.select(e).item()
    )
    assert report(published, "overdue_results").height >= got.height  # today is later than 2016


def test_estimated_dates_past_due_lists_each_anticipated_date_that_has_passed(published):
    got = report(published, "estimated_dates_past_due", as_of="2025-01-01")
    assert got.select("nct_id", "date_name", "estimated_date").sort("nct_id", "date_name").rows() == [
        ("NCT03281889", "primary_completion", date(2022, 3, 31)),
        ("NCT03475563", "completion", date(2019, 12, 30)),
        ("NCT03475563", "primary_completion", date(2019, 12, 30)),
        ("NCT04207047", "completion", date(2020, 3, 31)),
        ("NCT06171568", "start", date(2024, 2, 1)),
    ]
    assert got.filter(pl.col("nct_id") == "NCT04207047")["days_past"].item() == (date(2025, 1, 1) - date(2020, 3, 31)).days
    assert report(published, "estimated_dates_past_due", as_of="2025-01-01", status="recruiting")["nct_id"].to_list() == ["NCT03281889"]


def test_fda_regulated_results_classifies_the_fdaaa_population(published):
    got = report(published, "fda_regulated_results", as_of="2026-01-01")
    population = frame(
        published,
        "select nct_id, has_results from trials where study_type = 'INTERVENTIONAL' and (is_fda_regulated_drug or is_fda_regulated_device)",
    )
    assert got["trials"].sum() == population.height == 4
    assert dict(got.select("results_status", "trials").rows())["posted"] == population["has_results"].sum() == 1
    assert abs(got["share_pct"].sum() - 100) < 0.5
    assert set(got["results_status"]) <= {
        "posted",
        "submitted, not yet posted",
        "delayed (certification or extension)",
        "overdue",
        "not yet due",
    }


def test_recruiting_contacts_gives_each_central_contact_once_per_country(published):
    got = report(published, "recruiting_contacts")
    countries = frame(published, "select country from countries where nct_id = 'NCT03281889' order by country")["country"].to_list()
    assert got["nct_id"].unique().to_list() == ["NCT03281889"]
    assert got["country"].to_list() == countries and got["email"].null_count() < got.height
    assert report(published, "recruiting_contacts", country=countries[0]).height == 1


def test_shared_identifiers_finds_an_eudract_number_registered_for_two_trials(published):
    eudract = report(published, "shared_identifiers", identifier_type="eudract_number")
    assert eudract.select("identifier", "trials", "nct_ids").rows() == [(SHARED_EUDRACT, 2, "NCT02013167, NCT09999901")]
    # NCT09999901 is a copy of NCT00072579, so it shares every identifier of it too
    copied = {i.upper() for (i,) in query(published, "select identifier from identifiers where nct_id = 'NCT00072579'")}
    every = report(published, "shared_identifiers")
    assert set(every["identifier"]) == copied | {SHARED_EUDRACT}
    assert set(every.filter(pl.col("identifier") != SHARED_EUDRACT)["nct_ids"]) == {"NCT00072579, NCT09999901"}
    assert report(published, "shared_identifiers", identifier_type="FDA").height == 0


@pytest.fixture(scope="module")
def with_results(tmp_path_factory) -> Path:
    """A warehouse of the studies with posted results: the two samples and every_field.json (which
    alone has statistical analyses)."""
    folder = tmp_path_factory.mktemp("results_sources")
    for source in (JSON_DIR / "NCT03722472.json", JSON_DIR / "NCT05594173.json", EVERY_FIELD):
        shutil.copy(source, folder / source.name)
    warehouse = folder.parent / "results.duckdb"
    assert main(["run", "--quiet", "--source", str(folder), "--warehouse", str(warehouse)]) == 0
    return warehouse


def test_adverse_events_by_term_gives_affected_over_at_risk_per_arm_for_an_intervention(with_results):
    published = with_results
    every = report(published, "adverse_events_by_term")
    stats = frame(published, "select count(*) as n, sum(num_affected) as affected from adverse_event_stats")
    assert every.height == stats["n"].item() and every["num_affected"].sum() == stats["affected"].item()
    assert every["arm"].null_count() == 0  # every statistic joins its group by group_ordinal
    headache = report(published, "adverse_events_by_term", intervention="PROBLEM-SOLVING")  # every_field.json's, any case
    assert set(headache["nct_id"]) == {"NCT09999901"}
    row = headache.filter((pl.col("term") == "Headache") & (pl.col("arm") == "Drug A")).row(0, named=True)
    assert (row["num_affected"], row["num_at_risk"], row["affected_pct"]) == (5, 20, 25.0)
    assert report(published, "adverse_events_by_term", event_type="serious")["event_type"].unique().to_list() == ["serious"]
    assert report(published, "adverse_events_by_term", condition="no such condition anywhere").height == 0


def test_primary_outcome_results_lists_each_primary_measure_with_its_analyses(with_results):
    published = with_results
    got = report(published, "primary_outcome_results")
    primary = frame(
        published,
        "select nct_id, title from result_measures where outcome_type = 'PRIMARY' and coalesce(reporting_status, 'POSTED') = 'POSTED'",
    )
    assert set(got.select("nct_id", "outcome").rows()) == set(primary.rows()) and got.height > 0
    analysed = got.filter(pl.col("nct_id") == "NCT09999901").row(0, named=True)
    assert analysed["groups_compared"] == "Drug A vs Placebo"
    assert (analysed["estimate"], analysed["ci_lower_limit"], analysed["ci_upper_limit"]) == (-1.1, -1.5, -0.7)
    assert (analysed["p_value_modifier"], analysed["p_value"], analysed["p_value_raw"]) == ("<", 0.001, "<0.001")
    assert analysed["results_per_group"].startswith("Drug A / Week 24 / All: -1.2 (-1.5 to -0.9) ± 0.3")
    assert set(report(published, "primary_outcome_results", sponsor="sangath")["nct_id"]) == {"NCT09999901"}


def test_results_reporting_delay_counts_every_completed_trial_once(published):
    got = report(published, "results_reporting_delay")
    completed = frame(
        published,
        """select count(*) as n, count(results_first_submitted) as reported from trials
           where primary_completion_date is not null and coalesce(primary_completion_date_type, 'ACTUAL') = 'ACTUAL'""",
    )
    assert got["trials_completed"].sum() == completed["n"].item()
    assert got["trials_with_results"].sum() == completed["reported"].item() > 0
    months = frame(published, "select months_to_report_results as m from trials where months_to_report_results is not null")["m"]
    assert got["max_months"].max() == months.max()
    assert set(report(published, "results_reporting_delay", sponsor_class="industry")["sponsor_class"]) == {"INDUSTRY"}


def test_report_list_has_one_line_per_report_file():
    done = run_cli("report", "--list")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert [line.split()[0] for line in lines] == [name.split("/")[1] for name in sql_names("reports")]
    assert len(lines) == len(all_reports()) == 16


def cli(capsys, *args) -> tuple[int, str, str]:
    """``trials ARGS`` in this process (the subprocess tests above cover start-up): code, stdout, stderr."""
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_report_formats_csv_json_and_table_carry_the_same_rows(published, capsys):
    outputs = {
        fmt: cli(capsys, "report", "sites_per_country", "--format", fmt, "--warehouse", published) for fmt in ("csv", "json", "table")
    }
    assert all(code == 0 for code, _, _ in outputs.values()), outputs
    from_csv = list(csv.DictReader(io.StringIO(outputs["csv"][1])))
    from_json = json.loads(outputs["json"][1])
    assert [{k: str(v) for k, v in row.items()} for row in from_json] == from_csv
    table = outputs["table"][1].splitlines()
    assert table[0].split("|")[1].strip() == "country" and table[-1] == f"({len(from_csv)} rows)"
    assert len(table) == len(from_csv) + 3  # header, rule, rows, count


def test_report_usage_errors_exit_2_and_a_missing_warehouse_exits_1(published, tmp_path, capsys):
    cases = [
        (["report", "no_such_report", "--warehouse", published], 2, "the reports are"),
        (["report", "sponsor_portfolio", "--param", "colour=red", "--warehouse", published], 2, "takes sponsor"),
        (["report", "overdue_results", "--param", "as_of=yesterday", "--warehouse", published], 2, "not valid"),
        (["report", "trials_by_status_phase", "--format", "xml", "--warehouse", published], 2, "invalid choice"),
        (["report", "trials_by_status_phase", "--warehouse", tmp_path / "none.duckdb"], 1, "no warehouse"),
    ]
    for args, code, message in cases:
        got, _, err = cli(capsys, *args)
        assert (got, message in err) == (code, True), (args, err)


def test_export_writes_every_table_and_view_as_parquet_with_its_descriptions_and_a_manifest(published, tmp_path):
    out = tmp_path / "export"
    done = run_cli("export", "--parquet", out, "--warehouse", published)
    assert done.returncode == 0, done.stderr
    assert sorted(p.stem for p in out.glob("*.parquet")) == sorted(CONTRACTS)
    for table in CONTRACTS:
        assert pq.read_metadata(out / f"{table}.parquet").num_rows == query(published, f"select count(*) from {table}")[0][0]
    for schema in ("bi", "ctgov"):
        views = [name for (name,) in query(published, f"select view_name from duckdb_views() where schema_name = '{schema}' order by 1")]
        assert sorted(p.stem for p in (out / schema).glob("*.parquet")) == views and views
        for view in views:
            rows = query(published, f"select count(*) from {schema}.{view}")[0][0]
            assert pq.read_metadata(out / schema / f"{view}.parquet").num_rows == rows
    exported = pl.read_parquet(out / "bi" / "trials.parquet")
    assert exported.schema["enrollment"] == pl.Int64 and exported.schema["start_date"] == pl.Date
    assert not list(out.glob(".partial-*"))
    comments = dict(
        query(published, "select column_name, comment from duckdb_columns() where schema_name = 'ctgov' and table_name = 'studies'")
    )
    schema = pq.read_schema(out / "ctgov" / "studies.parquet")  # each column carries its description, as the warehouse does
    assert {field.name: field.metadata[b"description"].decode() for field in schema} == comments
    assert schema.metadata[b"description"].decode().startswith("AACT's studies")
    manifest = json.loads((out / "manifest.json").read_text())
    [(load_id,)] = query(published, "select load_id from load_runs order by finished_at desc limit 1")
    assert manifest["load_id"] == load_id and len(manifest["relations"]) == len(list(out.rglob("*.parquet")))
    listed = {item["path"]: item["rows"] for item in manifest["relations"]}
    assert listed["trials.parquet"] == query(published, "select count(*) from trials")[0][0] and listed["ctgov/studies.parquet"] == 15


def test_data_dictionary_files_are_generated_from_the_current_contracts():
    assert stale_files() == [], "run `make dictionary`"
    text = DOC_PATH.read_text()
    for name, model in CONTRACTS.items():
        assert f"### main.{name}" in text
        for column, spec in model.to_schema().columns.items():
            assert f"| `{column}` |" in text and spec.description.replace("|", "\\|") in text


def test_published_warehouse_carries_the_dictionary_as_comments(published):
    with duckdb.connect(str(published), read_only=True) as con:
        assert disagreements(con) == []
    comment = query(
        published, "select comment from duckdb_columns() where table_name = 'sites' and schema_name = 'main' and column_name = 'country'"
    )
    assert comment == [(column_description(CONTRACTS["sites"].to_schema().columns["country"]),)]
    assert comment[0][0].endswith("From the record: protocolSection.contactsLocationsModule.locations.country.")


def test_a_warehouse_whose_comments_drifted_from_the_dictionary_is_caught(published, tmp_path):
    drifted = tmp_path / "drifted.duckdb"
    shutil.copy(published, drifted)
    with duckdb.connect(str(drifted)) as con:
        con.execute("comment on column main.trials.phase is 'something else'")
        con.execute("alter table main.sites add column colour varchar")
        problems = disagreements(con)
    assert any(p.startswith("main.trials.phase: comment is 'something else'") for p in problems)
    assert "main.sites.colour: in the warehouse but not in the dictionary" in problems


def test_report_sql_prints_the_report_with_its_parameters_bound_ready_to_paste(published):
    done = run_cli("report", "sponsor_portfolio", "--param", "sponsor=O'Brien Amgen", "--sql")
    assert done.returncode == 0 and "$sponsor" not in done.stdout and "'O''Brien Amgen'" in done.stdout
    pasted = run_cli("report", "sponsor_portfolio", "--param", "sponsor=amgen", "--sql").stdout
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute(pasted).fetchall() == [
            tuple(r) for r in run_report(con, find_report("sponsor_portfolio"), {"sponsor": "amgen"}).rows()
        ]
        assert con.execute(run_cli("report", "overdue_results", "--sql").stdout).fetchall() is not None  # a parameter not given is NULL
