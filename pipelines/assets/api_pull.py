import dagster as dg

from pipelines.api.pull import EVERYTHING, scope_of, since_of
from pipelines.api.pull import pull as pull_studies
from pipelines.clock import utc_now
from pipelines.progress import announce
from pipelines.resources import ClinicalTrialsApi, WarehouseResource
from pipelines.warehouse.pulls import pull_state

API_FOLDER = "api"  # pulls land in <landing>/api/<pull>/


class PullConfig(dg.Config):
    """What to pull. With none of these, a pull continues the newest pull's scope (or takes everything)."""

    query: str = ""
    condition: str = ""
    sponsor: str = ""
    everything: bool = False


@dg.asset(group_name="landing", kinds={"python", "api"})
def api_pull(
    context: dg.AssetExecutionContext, config: PullConfig, warehouse: WarehouseResource, ctgov: ClinicalTrialsApi
) -> dg.MaterializeResult:
    """Studies updated since the last published pull of the same scope, fetched from the
    ClinicalTrials.gov API v2 and landed as raw pages in `<landing>/api/<pull>/`.

    The watermark is read from the run's copy of the published warehouse (a BI tool holding the
    file read-write cannot block a pull) and moves only when this run publishes (`api_pulls`),
    so a failed pull or load changes nothing; a pull that fails half-way leaves no pages behind.
    A watermark that cannot be real is refused, and never moves back.
    """
    warehouse.start_build()  # the state is read from the run's copy: a client holding the published file cannot block a pull
    asked = EVERYTHING if config.everything else scope_of(config.query, config.condition, config.sponsor)
    state = pull_state(warehouse.paths.build, asked, utc_now())
    scope, since = state.scope, since_of(state.watermark)
    if state.ignored:
        announce(
            context.log, f"pull: {state.ignored} stored watermark(s) of {scope} cannot be real (in the future or before 2000): ignored"
        )
    announce(context.log, f"pull: {scope} updated since {since or 'the beginning'}")
    name = f"{utc_now():%Y%m%dT%H%M%SZ}-{context.run_id[:8]}"

    def say(line: str) -> None:
        announce(context.log, line)

    with ctgov.client(on_retry=say) as client:
        result = pull_studies(client, scope, since, warehouse.landing_path() / API_FOLDER, name, say, ctgov.page_size)
    staging = warehouse.run_staging(context.run_id)
    staging.root.mkdir(parents=True, exist_ok=True)
    staging.pull.write_text(result.to_json())
    return dg.MaterializeResult(
        metadata={
            "scope": scope,
            "since": str(since) if since else "first pull",
            "watermark": str(result.watermark),
            "data_timestamp": result.data_timestamp.isoformat(),
            "pages": result.pages,
            "dagster/row_count": result.studies,
            "requests": client.requests,
            "folder": dg.MetadataValue.path(result.folder),
        }
    )
