import dagster as dg
import duckdb

from pipelines.assets.warehouse import WAREHOUSE_TABLES
from pipelines.resources import WarehouseResource
from pipelines.warehouse.store import count_rows, create_views


@dg.asset(group_name="publish", kinds={"duckdb", "sql"}, deps=WAREHOUSE_TABLES)
def reporting_views(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Reporting views (``sql/views``) created in the build, so they are published with the tables."""
    warehouse.hold_writer_lock()
    with duckdb.connect(str(warehouse.paths.build)) as con:
        names = create_views(con)
        counts = {name: count_rows(con, name) for name in names}
    return dg.MaterializeResult(
        metadata={"views": "\n".join(names), "dagster/row_count": sum(counts.values()), **{f"rows:{k}": v for k, v in counts.items()}}
    )
