"""Everything Dagster loads: assets, checks, resources, the job, its schedule and sensor."""

import dagster as dg

from pipelines.assets.api_pull import api_pull
from pipelines.assets.contracted import contracted_frames
from pipelines.assets.landing import landing_files
from pipelines.assets.parsed import parsed_records
from pipelines.assets.postgres import postgres_warehouse
from pipelines.assets.publish import published_warehouse
from pipelines.assets.registry_history import registry_history
from pipelines.assets.views import bi_views
from pipelines.assets.warehouse import warehouse_tables
from pipelines.checks import (
    bi_schema_is_flat_and_described,
    contracts_pass,
    every_row_has_its_trial,
    key_is_unique,
    records_in_equal_loaded_plus_quarantined,
)
from pipelines.jobs import api_pull_job, daily_api_pull, daily_schedule, history_job, landing_folder_sensor, trials_job
from pipelines.resources import ClinicalTrialsApi, PostgresTarget, WarehouseResource

ASSETS = [
    api_pull,
    registry_history,
    landing_files,
    parsed_records,
    contracted_frames,
    warehouse_tables,
    bi_views,
    published_warehouse,
    postgres_warehouse,
]
CHECKS = [contracts_pass, every_row_has_its_trial, key_is_unique, records_in_equal_loaded_plus_quarantined, bi_schema_is_flat_and_described]


def make_definitions(
    warehouse: WarehouseResource, ctgov: ClinicalTrialsApi | None = None, postgres: PostgresTarget | None = None
) -> dg.Definitions:
    return dg.Definitions(
        assets=ASSETS,
        asset_checks=CHECKS,
        jobs=[trials_job, api_pull_job, history_job],
        schedules=[daily_schedule, daily_api_pull],
        sensors=[landing_folder_sensor],
        resources={"warehouse": warehouse, "ctgov": ctgov or ClinicalTrialsApi(), "postgres": postgres or PostgresTarget()},
    )


defs = make_definitions(WarehouseResource())
