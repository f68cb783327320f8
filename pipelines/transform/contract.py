"""Hold a batch to its contracts: every failing cell or row goes to quarantine with a reason.

- ``trials``: a failing optional field is set NULL (the trial still loads); a failing key or
  required field rejects the trial, and with it the trial's child rows.
- child tables: a failing row is dropped (the trial and its other rows still load).
- a broken rule (``contracts/rules.py``: a count below 0, a p-value above 1 ...) removes nothing:
  the row loads as the registry gives it, with a ``reported`` quarantine row naming the rule and
  the values.
- Several records of one version of a trial (the same Last Updated) in a batch: JSON beats text,
  then the greater source URI (``versions.py``); the others are superseded. Records of other
  versions of the trial are all kept (the load decides which is current and writes every one
  to history); a child row keeps its record's source (``SOURCE_COLUMN``) for that.

Validation is eager (``DataFrame``, ``lazy=True``), so every value is checked and every failure
is collected; rows are never dropped silently (no ``drop_invalid_rows``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pandera.polars as pa
import polars as pl
from pandera.errors import SchemaErrors

from contracts import PAGE_CONTRACTS, Quarantine, Trials, polars_schema
from contracts.rules import RULE_COLUMNS, is_rule
from pipelines.parsing.model import CHILD_TABLES, DROPPED, NULLED, REJECTED, REPORTED, TRIAL_TABLE, Issue
from pipelines.transform.batch import SOURCE_COLUMN, Batch, quarantine_row
from pipelines.transform.versions import BY_VERSION, latest_per_trial, superseded_in_run


@dataclass(frozen=True)
class CellFailure:
    row: int
    column: str
    check: str
    value: str | None


def failures(model: type[pa.DataFrameModel], frame: pl.DataFrame) -> list[CellFailure]:
    """Every data-level failure of ``frame`` against ``model``; schema-level errors raise."""
    if frame.is_empty():  # no values to check (most tables of a text-only batch): only the shape
        expected = polars_schema(model)
        if frame.schema != expected:
            raise ValueError(f"{model.Config.name}: frame columns {dict(frame.schema)} are not the contract's {dict(expected)}")
        return []
    try:
        model.validate(frame, lazy=True)
    except SchemaErrors as exc:
        cases = exc.failure_cases
        if cases.filter(pl.col("index").is_null()).height:
            # A wrong column set or dtype is a bug in this code, not bad input: stop loudly.
            raise
        return [
            CellFailure(int(r["index"]), str(r["column"]), str(r["check"]), None if r["failure_case"] is None else str(r["failure_case"]))
            for r in cases.iter_rows(named=True)
        ]
    return []


def hard_failures(model: type[pa.DataFrameModel], frame: pl.DataFrame) -> list[CellFailure]:
    """The failures that remove a cell or a row: every failure but a broken rule."""
    return [failure for failure in failures(model, frame) if not is_rule(failure.check)]


def _without_rules(name: str, frame: pl.DataFrame, found: list[CellFailure], record, uri_of) -> list[CellFailure]:
    """Record each broken rule (the row stays as it is); return the other failures."""
    kept = []
    for failure in found:
        if not is_rule(failure.check):
            kept.append(failure)
            continue
        row = frame.row(failure.row, named=True)
        columns = RULE_COLUMNS.get(failure.check) or (failure.column,)
        detail = ", ".join(f"{column} = {row[column]!r}" for column in columns)
        record(uri_of(row), row["nct_id"], "contract", f"{name}: {failure.check}", detail, f"{name}.{columns[0]}", REPORTED)
    return kept


def _nullable_columns(model: type[pa.DataFrameModel]) -> set[str]:
    return {name for name, column in model.to_schema().columns.items() if column.nullable}


def _enforce_trials(trials: pl.DataFrame, record) -> pl.DataFrame:
    """Null failing optional cells, drop rows failing a required column; each is recorded."""
    found = _without_rules(TRIAL_TABLE, trials, failures(Trials, trials), record, lambda row: row["source_uri"])
    if not found:
        return trials
    nullable = _nullable_columns(Trials)
    rejected = {f.row for f in found if f.column not in nullable}
    by_column: dict[str, list[int]] = {}
    for failure in found:
        row = trials.row(failure.row, named=True)
        reason = f"trials.{failure.column} fails {failure.check}"
        if failure.row in rejected:
            if failure.column not in nullable:
                nct_id = row["nct_id"] if failure.column != "nct_id" else None
                record(row["source_uri"], nct_id, "contract", reason, failure.value, f"trials.{failure.column}", REJECTED)
        else:
            by_column.setdefault(failure.column, []).append(failure.row)
            record(row["source_uri"], row["nct_id"], "contract", reason, failure.value, f"trials.{failure.column}", NULLED)
    index = pl.int_range(pl.len())
    trials = trials.with_columns(
        [pl.when(index.is_in(rows)).then(None).otherwise(pl.col(col)).alias(col) for col, rows in by_column.items()]
    ).filter(~index.is_in(sorted(rejected)))
    remaining = hard_failures(Trials, trials)
    if remaining:  # nulling and rejecting removes every failing cell; anything left is a bug here
        raise RuntimeError(f"trials still fail their contract after quarantine: {remaining[:5]}")
    return trials


def version_layers(trials: pl.DataFrame) -> list[pl.DataFrame]:
    """The trials rows of a batch in layers: the first record of each trial (by Last Updated),
    then the second ... (most batches hold one record a trial: one layer). At least one layer."""
    layers = trials.with_columns(_layer=pl.int_range(pl.len()).over("nct_id", order_by=["last_updated", "source_uri"]))
    found = [layer.drop("_layer") for _, layer in layers.group_by("_layer", maintain_order=True)]
    return found or [trials]


def layer_frame(batch: Batch, name: str, trials: pl.DataFrame) -> pl.DataFrame:
    """A table's rows of the records of one layer, without their source column."""
    if name == TRIAL_TABLE:
        return trials
    return batch.tables[name].filter(pl.col(SOURCE_COLUMN).is_in(trials["source_uri"].implode())).drop(SOURCE_COLUMN)


def _enforce_layer(batch: Batch, trials: pl.DataFrame, record) -> dict[str, pl.DataFrame]:
    """Steps 2 and 3 of ``enforce_contracts`` for trials holding one record each: their trials
    rows held to the contract, and the child rows of the records kept (each with its record's
    ``SOURCE_COLUMN``), failing rows dropped."""
    # 2. Trials: null failing optional fields, reject rows failing a required one.
    trials = _enforce_trials(trials, record)
    kept_uris = trials["source_uri"].implode()
    tables = {TRIAL_TABLE: trials}
    # 3. Children: only rows of kept trials; failing rows are dropped and reported.
    for name in CHILD_TABLES:
        model = PAGE_CONTRACTS[name]
        # Only rows parsed from a page whose trial is kept (not superseded, not rejected).
        frame = batch.tables[name].filter(pl.col(SOURCE_COLUMN).is_in(kept_uris))
        checked = frame.drop(SOURCE_COLUMN)
        bad_rows: set[int] = set()
        for failure in _without_rules(name, frame, failures(model, checked), record, lambda row: row[SOURCE_COLUMN]):
            row = frame.row(failure.row, named=True)
            if failure.row not in bad_rows:
                record(
                    row[SOURCE_COLUMN],
                    row["nct_id"],
                    "contract",
                    f"{name}.{failure.column} fails {failure.check}",
                    failure.value,
                    f"{name}.{failure.column}",
                    DROPPED,
                )
            bad_rows.add(failure.row)
        tables[name] = frame.filter(~pl.int_range(pl.len()).is_in(sorted(bad_rows)))
    return tables


def enforce_contracts(batch: Batch, recorded_at: datetime) -> Batch:
    """Return the batch with only contract-valid rows, and quarantine rows for everything removed."""
    problems: list[dict] = []
    manifest = batch.manifest
    trials = batch.tables[TRIAL_TABLE]

    load_id = batch.manifest["load_id"].first() if batch.manifest.height else ""

    def record(uri: str, nct_id: str | None, stage: str, reason: str, detail: str | None, column: str | None, action: str) -> None:
        problems.append(quarantine_row(load_id, uri, nct_id, Issue(stage, reason, detail, column, action), recorded_at))

    # 1. Several records of one version of a trial: keep one (see versions.py).
    trials, losers = latest_per_trial(trials, by=BY_VERSION)
    for loser in losers.iter_rows(named=True):
        problems.append(quarantine_row(load_id, loser["source_uri"], loser["nct_id"], superseded_in_run(loser), recorded_at))
    superseded_uris = set(losers["source_uri"].to_list())

    # 2 and 3, a layer at a time: the n-th version of each trial in the batch (most batches hold
    # one), so that a trial's key is checked unique among its own layer, not across its versions.
    held = [_enforce_layer(batch, layer, record) for layer in version_layers(trials)]
    tables = {name: pl.concat([layer[name] for layer in held]) for name in held[0]}
    rejected_uris = (
        set(batch.tables[TRIAL_TABLE]["source_uri"].to_list()) - set(tables[TRIAL_TABLE]["source_uri"].to_list()) - superseded_uris
    )

    manifest = manifest.with_columns(
        pl.when(pl.col("source_uri").is_in(superseded_uris))
        .then(pl.lit("superseded"))
        .when(pl.col("source_uri").is_in(rejected_uris))
        .then(pl.lit("rejected"))
        .otherwise(pl.col("outcome"))
        .alias("outcome")
    )
    quarantine = pl.concat([batch.quarantine, pl.DataFrame(problems, schema=polars_schema(Quarantine), orient="row")])
    return Batch(tables=tables, quarantine=quarantine, manifest=manifest)
