import dagster as dg

from pipelines.api.history import fetch_history, find_trials, nct_ids
from pipelines.api.pull import scope_of
from pipelines.clock import utc_now
from pipelines.progress import announce
from pipelines.resources import ClinicalTrialsApi, WarehouseResource

HISTORY_FOLDER = "history"  # fetched versions land in <landing>/history/<fetch>/<nct_id>/


class HistoryConfig(dg.Config):
    """Whose versions to fetch: trials by NCT ID, or every study a query finds (as ``trials pull`` queries)."""

    nct_ids: list[str] = []
    query: str = ""
    condition: str = ""
    sponsor: str = ""


@dg.asset(group_name="landing", kinds={"python", "api"})
def registry_history(
    context: dg.AssetExecutionContext, config: HistoryConfig, warehouse: WarehouseResource, ctgov: ClinicalTrialsApi
) -> dg.MaterializeResult:
    """Every past version of chosen trials, fetched from the registry's own history
    (`/api/int/studies/{nct_id}?history=true`, then each `/history/{version}`) and landed as one
    record file per version in `<landing>/history/<fetch>/`, for the load to keep as history.

    The trials are named by NCT ID or found by a query. The fetch is as polite and persistent as
    `api_pull` and lands its folder whole or not at all; the load publishes atomically as any run.
    """
    scope = scope_of(config.query, config.condition, config.sponsor)
    name = f"{utc_now():%Y%m%dT%H%M%SZ}-{context.run_id[:8]}"

    def say(line: str) -> None:
        announce(context.log, line)

    with ctgov.client(on_retry=say) as client:
        trials = nct_ids(config.nct_ids) if config.nct_ids else find_trials(client, scope, ctgov.page_size, say) if scope else []
        if not trials:
            raise dg.Failure("no trials to fetch the history of: name NCT IDs, or a query that finds studies")
        result = fetch_history(client, trials, warehouse.landing_path() / HISTORY_FOLDER, name, say)
    staging = warehouse.run_staging(context.run_id)
    staging.root.mkdir(parents=True, exist_ok=True)
    staging.history.write_text(result.to_json())
    return dg.MaterializeResult(
        metadata={
            "trials": result.trials,
            "dagster/row_count": result.versions,
            "unknown_trials": ", ".join(result.unknown) or "none",
            "requests": client.requests,
            "folder": dg.MetadataValue.path(result.folder),
        }
    )
