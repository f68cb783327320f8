"""The pure pieces behind the BI surface: SQL file headers, report parameters and output, and the
dictionary's COMMENT ON text."""

import csv
import io
import json
from datetime import date

import polars as pl
import pytest

from contracts import CONTRACTS
from pipelines.dictionary.catalog import Column, Relation, catalog, column_description, is_bi_type
from pipelines.dictionary.render import comment_sql
from pipelines.reports import Report, ReportError, bind, find_report, parse_params, render
from pipelines.warehouse.sql_files import sql_header


def test_sql_header_reads_description_params_columns_grain_key_and_inherits():
    header = sql_header("views/trial_phases")
    assert header.description.startswith("The bridge table of phases")
    assert header.grain == "one row per phase of a trial" and header.key == ("nct_id", "phase")
    assert set(header.columns) == {"phase", "phase_count"} and header.inherits == ("trials",)
    assert sql_header("reports/overdue_results").params == {"as_of": "the date to measure from, YYYY-MM-DD (default: today)"}


def test_report_parameters_not_given_are_null_and_unknown_ones_are_refused():
    portfolio = find_report("sponsor_portfolio")
    assert bind(portfolio, {}) == {"sponsor": None}
    assert bind(portfolio, {"sponsor": "Amgen"}) == {"sponsor": "Amgen"}
    with pytest.raises(ReportError, match="takes sponsor, not colour"):
        bind(portfolio, {"colour": "red"})
    with pytest.raises(ReportError, match="takes no parameters"):
        bind(find_report("sites_per_country"), {"x": "1"})
    with pytest.raises(ReportError, match="the reports are: adverse_events_by_term, completion_date_moved, enrollment_by_condition"):
        find_report("nope")


def test_param_flags_are_name_value_pairs_and_a_value_may_hold_equals_signs():
    assert parse_params(["sponsor=A=B", "as_of=2020-01-01"]) == {"sponsor": "A=B", "as_of": "2020-01-01"}
    for bad in (["sponsor"], ["=Amgen"]):
        with pytest.raises(ReportError, match="takes NAME=VALUE"):
            parse_params(bad)


def test_report_line_is_one_line_with_its_parameters():
    line = Report("sponsor_portfolio", "A sponsor's portfolio.", {"sponsor": "part of a name"}).line()
    assert "\n" not in line and line.startswith("sponsor_portfolio") and line.endswith("[--param sponsor=...]")


def test_render_gives_csv_json_and_a_table_of_the_same_rows():
    frame = pl.DataFrame({"country": ["France", "Korea, Republic of"], "trials": [2, 1], "since": [date(2020, 1, 1), None]})
    assert list(csv.reader(io.StringIO(render(frame, "csv")))) == [
        ["country", "trials", "since"],
        ["France", "2", "2020-01-01"],
        ["Korea, Republic of", "1", ""],
    ]
    assert json.loads(render(frame, "json")) == [
        {"country": "France", "trials": 2, "since": "2020-01-01"},
        {"country": "Korea, Republic of", "trials": 1, "since": None},
    ]
    table = render(frame, "table").splitlines()
    assert "Korea, Republic of" in table[3] and table[-1] == "(2 rows)"
    assert render(frame.head(1), "table").splitlines()[-1] == "(1 row)"


def test_comment_statements_double_single_quotes():
    relation = Relation(
        "main", "t", "table", "It's a table.", "one row per thing", ("id",), (Column("id", "VARCHAR", "The thing's key.", False),)
    )
    assert comment_sql(relation).splitlines()[2:] == [
        "comment on table main.t is 'It''s a table. Grain: one row per thing. Key: id.';",
        "comment on column main.t.id is 'The thing''s key.';",
    ]


def test_the_dictionary_covers_every_contract_column_with_its_description_and_every_bi_column():
    relations = {r.qualified: r for r in catalog()}
    for name, model in CONTRACTS.items():
        columns = {c.name: c.description for c in relations[f"main.{name}"].columns}
        assert columns == {c: column_description(spec) for c, spec in model.to_schema().columns.items()}
    views = [r for r in relations.values() if r.schema == "bi"]
    assert views and all(c.description and is_bi_type(c.type) for r in views for c in r.columns)
    assert relations["main.quarantine"].key == () and relations["main.sites"].key == ("nct_id", "ordinal")
    assert relations["bi.trial_overview"].grain == "one row per trial"


@pytest.mark.parametrize(
    "data_type, safe",
    [
        ("VARCHAR", True),
        ("BIGINT", True),
        ("DECIMAL(18,3)", True),
        ("TIMESTAMP", True),
        ("INTEGER", False),
        ("HUGEINT", False),
        ("VARCHAR[]", False),
        ("TIMESTAMP WITH TIME ZONE", False),
        ("STRUCT(a INTEGER)", False),
        ("MAP(VARCHAR, INTEGER)", False),
        ("UUID", False),
        ("INTERVAL", False),
    ],
)
def test_bi_types_are_the_flat_ones_bi_drivers_read(data_type, safe):
    assert is_bi_type(data_type) is safe
