import dagster as dg

from pipelines.assets.warehouse import WAREHOUSE_TABLES
from pipelines.resources import WarehouseResource
from pipelines.warehouse.store import count_rows, create_views


@dg.asset(group_name="publish", kinds={"duckdb", "sql"}, deps=WAREHOUSE_TABLES)
def reporting_views(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Reporting views (``sql/views``) created in the build, so they are published with the tables."""
    warehouse.hold_writer_lock()
    metadata: dict = {}
    with warehouse.connect_build() as con:
        names = create_views(con)
        for name in names:
            relation = con.table(name)
            metadata[f"rows:{name}"] = count_rows(con, name)
            metadata[f"columns:{name}"] = dg.TableSchema(
                columns=[dg.TableColumn(c, str(t)) for c, t in zip(relation.columns, relation.types, strict=True)]
            )
    return dg.MaterializeResult(
        metadata={"views": "\n".join(names), "dagster/row_count": sum(metadata[f"rows:{n}"] for n in names), **metadata}
    )
