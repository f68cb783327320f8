"""The SQL shell: statements as typed (over lines, several a line, ; inside quotes), dot commands
answered from the warehouse's own comments and joins, errors that leave it running."""

from __future__ import annotations

import io

import duckdb
import pytest

from pipelines.shell import Shell, stream_reader


@pytest.fixture
def con():
    con = duckdb.connect()
    con.execute("create table trials (nct_id varchar, phase varchar, enrollment integer)")
    con.execute("insert into trials values ('NCT00000001', 'PHASE2', 40), ('NCT00000002', 'PHASE3', 900)")
    con.execute("comment on table trials is 'One row per trial. Grain: one row per trial. Key: nct_id.'")
    con.execute("comment on column trials.enrollment is 'Participants enrolled, or the target: see enrollment_type.'")
    con.execute("create schema bi")
    con.execute(
        "create view bi.relationships as select 'arms' as from_table, 'nct_id' as from_columns, 'trials' as to_table, "
        "'nct_id' as to_columns, false as optional, 'p.nct_id = c.nct_id' as join_condition"
    )
    return con


def run(con, text: str, interactive: bool = False) -> tuple[str, str, int]:
    out, err = io.StringIO(), io.StringIO()
    code = Shell(con, out=out, err=err).loop(stream_reader(io.StringIO(text)), interactive)
    return out.getvalue(), err.getvalue(), code


def test_a_statement_may_span_lines_and_a_line_may_hold_several_and_a_quoted_semicolon_ends_none(con):
    out, err, code = run(con, "select nct_id\nfrom trials\norder by 1; select ';' as semi;\nselect 'a;\nb' as two_lines;\n")
    assert code == 0 and err == ""
    assert out.count("(2 rows)") == 1 and "| ;    |" in out and "| a;        |\n| b         |" in out


def test_a_failed_statement_is_said_and_the_next_runs_and_piped_input_exits_1(con):
    out, err, code = run(con, "select nonsense;\nselect count(*) as n from trials;\n")
    assert "Error: Binder Error" in err and "| n |\n|---|\n| 2 |" in out and code == 1
    assert run(con, "select nonsense;\n", interactive=True)[2] == 0  # at a terminal a mistake is not the session's end


def test_the_last_statement_runs_without_its_semicolon_and_quit_stops_reading(con):
    out, _, _ = run(con, "select 7 as seven")
    assert "| 7     |" in out
    out, _, _ = run(con, ".quit\nselect 8 as eight;\n")
    assert "eight" not in out


def test_dot_commands_describe_from_the_warehouse_s_own_comments_and_joins(con):
    out, err, _ = run(con, ".tables\n.describe trials\n.search participants target\n.joins trials\n")
    assert err == ""
    assert "main.trials" in out and "one row per trial" in out
    assert "enrollment  INTEGER  Participants enrolled, or the target: see enrollment_type." in out
    assert "main.trials.enrollment" in out
    assert "trials.nct_id = arms.nct_id" in out


def test_a_report_runs_with_quoted_parameters_and_a_bad_one_is_said(con, monkeypatch):
    from pipelines import shell

    seen = {}
    monkeypatch.setattr(shell, "run_report", lambda _con, found, given: seen.update(name=found.name, given=given) or _frame())
    out, err, _ = run(con, '.report sponsor_portfolio sponsor="Eli Lilly"\n.report\n.report no_such_report\n')
    assert seen == {"name": "sponsor_portfolio", "given": {"sponsor": "Eli Lilly"}} and "| 1 |" in out
    assert ".report NAME [name=value ...]" in err and "no_such_report" in err


def _frame():
    import polars as pl

    return pl.DataFrame({"x": [1]})


def test_modes_and_maxrows_change_how_rows_print_not_the_query(con):
    out, _, _ = run(con, ".mode csv\nselect * from range(5) t(i);\n.maxrows 2\nselect * from range(5) t(i);\n.mode json\nselect 1 as a;\n")
    assert "i\n0\n1\n2\n3\n4\n" in out
    assert "i\n0\n1\n(only the first 2 rows are shown: .maxrows N for more)" in out
    assert '[{"a":1}]' in out


def test_an_unknown_command_or_a_bad_argument_is_said_and_the_shell_goes_on(con):
    out, err, code = run(con, ".bogus\n.mode xml\n.maxrows none\n.describe nowhere\nselect 1 as still_here;\n")
    assert "unknown command .bogus" in err and ".mode is one of table, csv, json" in err
    assert ".maxrows takes a whole number" in err and "no table or view main.nowhere" in err
    assert "still_here" in out and code == 1
