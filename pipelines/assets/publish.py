import shutil

import dagster as dg
import duckdb

from pipelines.assets.views import bi_views
from pipelines.clock import utc_now
from pipelines.parsing.reader import display_path
from pipelines.progress import WARNINGS, announce
from pipelines.resources import WarehouseResource
from pipelines.warehouse.build import publish
from pipelines.warehouse.paths import connect_read_only
from pipelines.warehouse.runs import count_rows


@dg.asset(group_name="publish", kinds={"duckdb"}, deps=[bi_views])
def published_warehouse(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """The warehouse users query: the checked build swapped in by one atomic rename.

    Readers holding the old file open keep reading the old version; new connections see the new
    one. Runs only when every blocking check passed.
    """
    paths = warehouse.paths
    warehouse.check_build()
    foreign_wal = publish(paths, utc_now(), warehouse.code_signature())
    warnings = []
    if foreign_wal is not None:
        warnings.append(
            f"a client that wrote to {display_path(paths.published)} left uncheckpointed edits (a write-ahead log); "
            f"they are not part of the warehouse and were moved to {display_path(foreign_wal)}"
        )
        announce(context.log, f"warning: {warnings[-1]}")
    shutil.rmtree(warehouse.run_staging(context.run_id).root, ignore_errors=True)
    with connect_read_only(paths.published) as con:
        trials = count_rows(con, "trials")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(display_path(paths.published)),
            "size_bytes": paths.published.stat().st_size,
            "dagster/row_count": trials,
            "duckdb_version": duckdb.__version__,
            WARNINGS: "\n".join(warnings),
        }
    )
