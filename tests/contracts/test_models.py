"""One good and one bad frame per contract, and the rules every contract follows."""

from datetime import date, datetime

import pandera.polars as pa
import polars as pl
import pytest

from contracts import CONTRACTS, PAGE_CONTRACTS, polars_schema
from pipelines.parsing.reader import SourceFile
from pipelines.transform.batch import SOURCE_COLUMN, parse_files
from pipelines.transform.units import Unit
from tests.conftest import EVERY_FIELD, JSON_DIR, SEED

NOW = datetime(2026, 1, 1, 12, 0)


# The seed page, JSON studies with site contacts, outcomes and other names, and a study holding
# every field the registry publishes outside its results (every JSON-only table).
GOOD_SOURCES = (SEED, JSON_DIR / "NCT06388018.json", JSON_DIR / "NCT03475563.json", EVERY_FIELD)


@pytest.fixture(scope="module")
def seed_batch():
    return parse_files([Unit(SourceFile(str(p.resolve()), p.stat().st_size, p.stat().st_mtime_ns)) for p in GOOD_SOURCES], "load-1", NOW)


def _run_rows() -> dict[str, dict]:
    return {
        "quarantine": {
            "load_id": "load-1",
            "source_uri": "file:///x.txt",
            "nct_id": "NCT00000001",
            "stage": "parse",
            "reason": "invalid enrollment",
            "detail": "'many'",
            "field": "trials.enrollment",
            "action": "nulled",
            "recorded_at": NOW,
            "occurrences": 1,
        },
        "load_runs": {
            "load_id": "load-1",
            "started_at": NOW,
            "finished_at": NOW,
            "status": "published",
            "sources": "/data",
            "files_seen": 3,
            "files_unchanged": 1,
            "files_parsed": 2,
            "records_loaded": 1,
            "records_quarantined": 1,
            "issues_recorded": 2,
            "trials_total": 1,
            "inputs_skipped": 0,
        },
        "file_manifest": {
            "source_uri": "file:///x.zip#NCT00000001.json",
            "file_uri": "file:///x.zip",
            "sha256": "a" * 64,
            "size_bytes": 10,
            "mtime_ns": 1,
            "nct_id": None,
            "outcome": "rejected",
            "load_id": "load-1",
        },
        "api_pulls": {
            "load_id": "load-1",
            "scope": "query.cond=diabetes",
            "base_url": "https://clinicaltrials.gov/api/v2",
            "since": date(2026, 1, 1),
            "watermark": date(2026, 1, 2),
            "data_timestamp": NOW,
            "pages": 2,
            "studies": 1500,
            "folder": "/data/landing/api/x",
            "started_at": NOW,
            "finished_at": NOW,
        },
    }


def good_frame(name: str, seed_batch) -> pl.DataFrame:
    if name in PAGE_CONTRACTS:
        frame = seed_batch.tables[name]
        return frame.drop(SOURCE_COLUMN) if SOURCE_COLUMN in frame.columns else frame
    return pl.DataFrame([_run_rows()[name]], schema=polars_schema(CONTRACTS[name]), orient="row")


# One violation per contract: (column, bad value).
BAD = {
    "trials": ("overall_status", "FINISHED"),
    "arms": ("arm_type", "EXPERIMENTAL_ARM"),
    "interventions": ("intervention_type", "PILL"),
    "arm_interventions": ("nct_id", "NCT1"),
    "sites": ("status", "OPEN"),
    "countries": ("ordinal", 0),
    "trial_references": ("pmid", "PMID28631497"),
    "identifiers": ("identifier_source", "secondary"),
    "conditions": ("condition", None),
    "sponsors": ("role", "Lead"),
    "investigators": ("role", "BOSS"),
    "links": ("url", None),
    "related_trials": ("related_nct_id", "NCT0455608"),
    "quarantine": ("action", "ignored"),
    "load_runs": ("files_seen", -1),
    "file_manifest": ("sha256", "not-a-hash"),
    "api_pulls": ("pages", -1),
    "keywords": ("keyword", None),
    "age_groups": ("age_group", "TEEN"),
    "mesh_terms": ("level", "leaf"),
    "outcomes": ("outcome_type", "TERTIARY"),
    "site_contacts": ("site_ordinal", 0),
    "intervention_other_names": ("other_name", None),
    "intervention_arms": ("arm_label", None),
    "central_contacts": ("role", "RECEPTIONIST"),
    "reference_retractions": ("reference_ordinal", 0),
    "available_ipds": ("nct_id", "NCT123"),
    "ipd_info_types": ("info_type", "DATASET"),
    "large_documents": ("size_bytes", -1),
    "unposted_events": ("event_type", "POSTED"),
    "violation_events": ("event_type", "WARNING"),
    "removed_countries": ("country", None),
    "text_as_written": ("row_ordinal", 0),
    "results_submissions": ("mcp_release_n", -1),
    "browse_leaves": ("relevance", "MEDIUM"),
    "browse_branches": ("domain", "outcome"),
    "result_groups": ("result_type", "flow"),
    "flow_periods": ("ordinal", 0),
    "flow_milestones": ("period_ordinal", 0),
    "flow_milestone_counts": ("milestone_ordinal", None),
    "flow_drop_withdrawals": ("period_ordinal", None),
    "flow_drop_withdrawal_counts": ("drop_withdrawal_ordinal", 0),
    "result_measures": ("dispersion_type", "Standard Deviation"),
    "result_denoms": ("result_type", "adverse_events"),
    "measure_classes": ("measure_ordinal", 0),
    "measure_categories": ("class_ordinal", None),
    "measurements": ("value_modifier", "~"),
    "outcome_analyses": ("ci_num_sides", "BOTH"),
    "outcome_analysis_groups": ("analysis_ordinal", 0),
    "adverse_events": ("event_type", "SERIOUS"),
    "adverse_event_stats": ("event_ordinal", None),
}


@pytest.mark.parametrize("name", list(CONTRACTS))
def test_good_frame_passes_its_contract(name, seed_batch):
    frame = good_frame(name, seed_batch)
    assert frame.height > 0
    CONTRACTS[name].validate(frame, lazy=True)


@pytest.mark.parametrize("name", list(CONTRACTS))
def test_bad_frame_fails_its_contract_naming_the_column(name, seed_batch):
    column, value = BAD[name]
    frame = good_frame(name, seed_batch)
    bad = frame.with_columns(
        pl.when(pl.int_range(pl.len()) == 0).then(pl.lit(value, dtype=frame.schema[column])).otherwise(pl.col(column)).alias(column)
    )
    with pytest.raises(pa.errors.SchemaErrors) as caught:
        CONTRACTS[name].validate(bad, lazy=True)
    cases = caught.value.failure_cases
    assert column in cases["column"].to_list()
    assert 0 in cases["index"].to_list()


@pytest.mark.parametrize("name", list(CONTRACTS))
def test_contract_is_strict_named_after_its_table_and_describes_every_field(name):
    model = CONTRACTS[name]
    schema = model.to_schema()
    assert schema.strict is True
    assert schema.name == name
    assert model.Config.description
    assert model.__name__ == "".join(part.title() for part in name.split("_"))
    undescribed = [column for column, spec in schema.columns.items() if not spec.description]
    assert not undescribed


def test_an_extra_column_fails_a_strict_contract(seed_batch):
    frame = good_frame("conditions", seed_batch).with_columns(pl.lit("x").alias("surprise"))
    with pytest.raises(pa.errors.SchemaErrors):
        CONTRACTS["conditions"].validate(frame, lazy=True)


def test_trial_dates_outside_any_plausible_range_fail(seed_batch):
    frame = good_frame("trials", seed_batch).with_columns(pl.lit(date(1850, 1, 1)).alias("start_date"))
    with pytest.raises(pa.errors.SchemaErrors):
        CONTRACTS["trials"].validate(frame, lazy=True)
