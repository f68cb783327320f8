import dagster as dg

from pipelines.assets.publish import published_warehouse
from pipelines.postgres import publish
from pipelines.progress import announce
from pipelines.resources import PostgresTarget, WarehouseResource


@dg.asset(group_name="publish", kinds={"postgres"}, deps=[published_warehouse], output_required=False)
def postgres_warehouse(context: dg.AssetExecutionContext, warehouse: WarehouseResource, postgres: PostgresTarget):
    """The published warehouse copied into PostgreSQL (`$TRIALS_POSTGRES`): every `main` table and
    `bi` and `ctgov` view as a table of the schema of the same name, with the dictionary's comments,
    in one transaction (`pipelines/postgres.py`): the first time, or when the warehouse's shape
    changed, a full copy swapped in; after that only the trials the run changed.

    Not materialized when no database is configured, nor when the run published nothing.
    """
    url = postgres.resolved_url()
    if url is None:
        context.log.info("no PostgreSQL database configured ($TRIALS_POSTGRES): nothing copied")
        return
    done = publish(warehouse.paths.published, url, postgres.reader)
    announce(
        context.log,
        f"postgres: {done.kind} publish to {done.server}: {done.trials:,} trials, {done.rows:,} rows into {done.relations} tables "
        f"in {done.seconds:.1f} s",
    )
    yield dg.MaterializeResult(
        metadata={
            "server": done.server,
            "kind": done.kind,
            "trials_sent": done.trials,
            "tables": done.relations,
            "rows_removed": done.removed,
            "dagster/row_count": done.rows,
            "seconds": round(done.seconds, 3),
            "reader_role": postgres.reader if done.reader_granted else "missing: create it once",
            "search_path_set": done.search_path_set,
            "old_copies_left": done.old_left,
        }
    )
