import dagster as dg

from pipelines.assets.warehouse import WAREHOUSE_TABLES
from pipelines.dictionary.catalog import relations_by_name
from pipelines.metadata import relation_schema, views_column_lineage, views_column_schema
from pipelines.resources import WarehouseResource
from pipelines.warehouse.runs import count_rows
from pipelines.warehouse.views import create_views


@dg.asset(group_name="publish", kinds={"duckdb", "sql"}, deps=WAREHOUSE_TABLES)
def bi_views(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """The `bi` schema (`sql/views`): flat views over the star schema in types every BI driver
    reads; the `ctgov` schema (`sql/ctgov`): AACT's tables as views, so AACT's SQL runs
    unchanged; and the data dictionary stored as `COMMENT ON` on every table, view and column.

    Created in the build, so they publish with the tables. Reports each view's rows and columns,
    and the column lineage of every view column (`bi.trial_overview.phase` → `trials.phase`,
    read from the views' SQL: `sql/lineage.json`).
    """
    described = relations_by_name()
    metadata: dict = {}
    with warehouse.connect_build() as con:
        names = create_views(con)
        for name in names:
            metadata[f"rows:{name}"] = count_rows(con, name)
            metadata[f"columns:{name}"] = relation_schema(described[name])
    return dg.MaterializeResult(
        metadata={
            "views": "\n".join(names),
            "dagster/row_count": sum(metadata[f"rows:{n}"] for n in names),
            "dagster/column_schema": views_column_schema(names),
            "dagster/column_lineage": views_column_lineage(names),
            **metadata,
        }
    )
