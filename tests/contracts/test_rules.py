"""The rules the result contracts state (counts not negative, a p-value in [0, 1], a confidence
level in (0, 100], affected not above at risk, every group code among its module's groups): each
fails its contract when broken, and a broken rule loads the row as given with a ``reported``
quarantine row naming the rule and the values."""

import json
from datetime import datetime

import pandera.polars as pa
import polars as pl
import pytest

from contracts import CONTRACTS
from contracts.rules import is_rule
from pipelines.parsing.model import REPORTED
from pipelines.parsing.reader import SourceFile
from pipelines.transform.batch import SOURCE_COLUMN, parse_files
from pipelines.transform.contract import enforce_contracts
from pipelines.transform.units import Unit
from tests.conftest import EVERY_FIELD, study_breaking_every_rule

NOW = datetime(2026, 1, 1)

# (table, {column: value} that breaks the rule in the first row, the rule's words)
BREACHES = [
    ("adverse_event_stats", {"num_affected": 30, "num_at_risk": 20}, "num_affected does not exceed num_at_risk"),
    ("adverse_event_stats", {"num_events": -1}, "a count is not negative"),
    (
        "adverse_event_stats",
        {"group_code": "EG009", "group_ordinal": None},
        "every group code a row names exists among its module's groups",
    ),
    ("result_groups", {"serious_num_affected": 21, "serious_num_at_risk": 20}, "serious_num_affected does not exceed serious_num_at_risk"),
    ("result_groups", {"deaths_num_affected": 3, "deaths_num_at_risk": 2}, "deaths_num_affected does not exceed deaths_num_at_risk"),
    ("result_groups", {"other_num_affected": 9, "other_num_at_risk": 8}, "other_num_affected does not exceed other_num_at_risk"),
    ("result_groups", {"other_num_at_risk": -4}, "a count is not negative"),
    ("outcome_analyses", {"p_value": 1.5}, "a p-value is within [0, 1]"),
    ("outcome_analyses", {"ci_pct_value": 0.0}, "a confidence level is within (0, 100]"),
    ("outcome_analyses", {"ci_pct_value": 100.5}, "a confidence level is within (0, 100]"),
    ("flow_milestone_counts", {"num_subjects": -2}, "a count is not negative"),
    (
        "flow_milestone_counts",
        {"group_code": "FG007", "group_ordinal": None},
        "every group code a row names exists among its module's groups",
    ),
    ("flow_drop_withdrawal_counts", {"num_units": -1}, "a count is not negative"),
    ("result_denoms", {"count": -1}, "a count is not negative"),
    ("measurements", {"group_code": "BG404", "group_ordinal": None}, "every group code a row names exists among its module's groups"),
    (
        "outcome_analysis_groups",
        {"group_code": "OG404", "group_ordinal": None},
        "every group code a row names exists among its module's groups",
    ),
]


@pytest.fixture(scope="module")
def every_field_batch():
    unit = Unit(SourceFile(str(EVERY_FIELD.resolve()), EVERY_FIELD.stat().st_size, EVERY_FIELD.stat().st_mtime_ns))
    return parse_files([unit], "L", NOW)


@pytest.mark.parametrize(("table", "values", "rule"), BREACHES, ids=[f"{t}-{'-'.join(v)}" for t, v, _ in BREACHES])
def test_a_broken_rule_fails_the_contract_as_a_rule(table, values, rule, every_field_batch):
    frame = every_field_batch.tables[table].drop(SOURCE_COLUMN)
    CONTRACTS[table].validate(frame, lazy=True)  # the good frame keeps every rule
    first = pl.int_range(pl.len()) == 0
    bad = frame.with_columns(
        [
            pl.when(first).then(pl.lit(value, dtype=frame.schema[column])).otherwise(pl.col(column)).alias(column)
            for column, value in values.items()
        ]
    )
    with pytest.raises(pa.errors.SchemaErrors) as caught:
        CONTRACTS[table].validate(bad, lazy=True)
    cases = caught.value.failure_cases.filter(pl.col("index") == 0)
    assert f"rule: {rule}" in cases["check"].to_list()
    assert all(is_rule(check) for check in cases["check"])


def test_a_study_breaking_every_rule_loads_every_row_as_given_and_reports_each_breach(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(study_breaking_every_rule()), encoding="utf-8")
    clean = parse_files(
        [Unit(SourceFile(str(EVERY_FIELD.resolve()), EVERY_FIELD.stat().st_size, EVERY_FIELD.stat().st_mtime_ns))], "L", NOW
    )
    batch = parse_files([Unit(SourceFile(str(path), path.stat().st_size, path.stat().st_mtime_ns))], "L", NOW)
    checked = enforce_contracts(batch, NOW)
    for name, frame in clean.tables.items():
        assert checked.tables[name].height == frame.height, name  # nothing dropped
    reported = checked.quarantine.filter(pl.col("action") == REPORTED)
    found = sorted(zip(reported["reason"], reported["detail"], reported["field"], strict=True))
    assert found == sorted([
        ("adverse_event_stats: rule: every group code a row names exists among its module's groups", "group_code = 'EG009'",
         "adverse_event_stats.group_code"),
        ("adverse_event_stats: rule: num_affected does not exceed num_at_risk", "num_affected = 25, num_at_risk = 20",
         "adverse_event_stats.num_affected"),
        ("flow_milestone_counts: rule: a count is not negative", "num_subjects = -3", "flow_milestone_counts.num_subjects"),
        ("outcome_analyses: rule: a confidence level is within (0, 100]", "ci_pct_value = 0.0", "outcome_analyses.ci_pct_value"),
        ("outcome_analyses: rule: a p-value is within [0, 1]", "p_value = 1.2", "outcome_analyses.p_value"),
        ("result_groups: rule: a count is not negative", "deaths_num_affected = -1", "result_groups.deaths_num_affected"),
    ])  # fmt: skip
    assert checked.quarantine.filter(pl.col("action") != REPORTED).height == 0
    stats = checked.tables["adverse_event_stats"]
    assert stats.filter(pl.col("group_code") == "EG009")["group_ordinal"].to_list() == [None]
