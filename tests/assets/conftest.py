import dagster as dg
import pytest

from pipelines.assets.api_pull import api_pull
from pipelines.assets.registry_history import registry_history
from pipelines.definitions import ASSETS, CHECKS
from pipelines.resources import PostgresTarget, WarehouseResource

LOAD_ASSETS = [asset for asset in ASSETS if asset not in (api_pull, registry_history)]  # the main job's assets


@pytest.fixture
def materialize_all():
    """Materialize every asset of the main job and every check in-process into the given warehouse."""

    def run(warehouse, *sources, postgres: PostgresTarget | None = None, **config):
        resource = WarehouseResource(warehouse_path=str(warehouse), sources=[str(s) for s in sources], workers=1, **config)
        resources = {"warehouse": resource, "postgres": postgres or PostgresTarget(enabled=False)}
        return dg.materialize([*LOAD_ASSETS, *CHECKS], resources=resources, raise_on_error=False)

    return run


def check_results(result) -> dict[tuple[str, str], bool]:
    return {
        (e.asset_key.to_user_string(), e.check_name): e.passed
        for e in (ev.event_specific_data for ev in result.all_events if ev.event_type_value == "ASSET_CHECK_EVALUATION")
    }


def materialized(result) -> dict[str, dict]:
    return {e.asset_key.to_user_string(): e.materialization.metadata for e in result.get_asset_materialization_events()}
