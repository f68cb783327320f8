"""``trials export --superset FILE``: the dashboard that comes with the warehouse, as a bundle
Superset imports (``superset import-dashboards -p FILE``). No dagster here.

The dashboard is declared in ``config/superset_dashboard.yaml`` (datasets, charts, rows). The
bundle is Superset's export format (version 1.0.0): the database (this warehouse's file,
opened read-only through duckdb-engine), a dataset per ``bi`` view with every column's
description from the data dictionary and a ``count`` metric, a virtual dataset per report (its
SQL with its parameters unset), the charts and the dashboard. Ids are UUIDs derived from the
names, so importing a newer bundle over an older one replaces its objects instead of adding
copies. The file is written beside its place and renamed into it.
"""

from __future__ import annotations

import io
import os
import uuid
import zipfile
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import yaml

from pipelines.dictionary.catalog import relations_by_name
from pipelines.reports import bound_sql, find_report
from pipelines.warehouse.paths import connect_read_only

SPEC = "superset_dashboard.yaml"
DATABASE = "trials_warehouse"
ROOT = "trials_warehouse_dashboard"  # the bundle's top folder
_NAMESPACE = uuid.UUID("5b1e7c0e-2f7a-4c39-9f7e-3f0e6d1c7a11")  # this project's: uuid5(namespace, name)
VERSION = "1.0.0"


def spec() -> dict:
    return yaml.safe_load(resources.files("pipelines.config").joinpath(SPEC).read_text(encoding="utf-8"))


def _uuid(kind: str, name: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{name}"))


def _superset_type(duckdb_type: str) -> str:
    return {"VARCHAR": "STRING", "DOUBLE": "FLOAT"}.get(duckdb_type, duckdb_type)


def database_yaml(warehouse: Path) -> dict:
    return {
        "database_name": DATABASE,
        "sqlalchemy_uri": f"duckdb:///{warehouse}",  # an absolute path: duckdb:////abs/path/trials.duckdb
        "cache_timeout": None,
        "expose_in_sqllab": True,
        "allow_run_async": False,
        "allow_ctas": False,
        "allow_cvas": False,
        "allow_dml": False,
        "allow_file_upload": False,
        "extra": {"engine_params": {"connect_args": {"read_only": True}}, "metadata_params": {}, "schemas_allowed_for_file_upload": []},
        "uuid": _uuid("database", DATABASE),
        "version": VERSION,
    }


def _column(name: str, data_type: str, description: str | None) -> dict:
    return {
        "column_name": name,
        "verbose_name": None,
        "is_dttm": data_type in ("DATE", "TIMESTAMP"),
        "is_active": True,
        "type": _superset_type(data_type),
        "advanced_data_type": None,
        "groupby": True,
        "filterable": True,
        "expression": None,
        "description": description,
        "python_date_format": None,
        "extra": None,
    }


def dataset_yaml(name: str, declared: dict, con) -> dict:
    """A ``bi`` view with its dictionary's descriptions, or a report as a virtual dataset."""
    if "report" in declared:
        report = find_report(declared["report"])
        text = bound_sql(report, {}).strip().rstrip(";")
        relation = con.sql(text)  # not run: DuckDB gives the columns and types of the statement
        columns = [_column(c, str(t), None) for c, t in zip(relation.columns, relation.types, strict=True)]
        table, schema, sql, description = name, None, text, report.description
    else:
        described = relations_by_name()[f"{declared['schema']}.{declared['table']}"]
        columns = [_column(c.name, c.type, c.description) for c in described.columns]
        table, schema, sql, description = declared["table"], declared["schema"], None, described.description
    return {
        "table_name": table,
        "main_dttm_col": None,
        "description": description,
        "default_endpoint": None,
        "offset": 0,
        "cache_timeout": None,
        "catalog": None,
        "schema": schema,
        "sql": sql,
        "params": None,
        "template_params": None,
        "filter_select_enabled": True,
        "fetch_values_predicate": None,
        "extra": None,
        "normalize_columns": False,
        "always_filter_main_dttm": False,
        "uuid": _uuid("dataset", name),
        "metrics": [
            {
                "metric_name": "count",
                "verbose_name": "COUNT(*)",
                "metric_type": "count",
                "expression": "COUNT(*)",
                "description": "Rows",
                "d3format": None,
                "currency": None,
                "extra": None,
                "warning_text": None,
            }
        ],
        "columns": columns,
        "version": VERSION,
        "database_uuid": _uuid("database", DATABASE),
    }


def chart_yaml(chart: dict, dataset: dict) -> dict:
    params = dict(chart["params"])
    if params.get("query_mode") == "raw" and not params.get("all_columns"):
        params["all_columns"] = [c["column_name"] for c in dataset["columns"]]
    params.setdefault("adhoc_filters", [])
    return {
        "slice_name": chart["chart"],
        "description": None,
        "certified_by": None,
        "certification_details": None,
        "viz_type": params["viz_type"],
        "params": params,
        "query_context": None,
        "cache_timeout": None,
        "uuid": _uuid("chart", chart["chart"]),
        "version": VERSION,
        "dataset_uuid": dataset["uuid"],
    }


def dashboard_yaml(declared: dict, rows: list[list[dict]]) -> dict:
    """Superset's layout: a grid of rows, each holding its charts (height in grid units)."""
    position: dict = {
        "DASHBOARD_VERSION_KEY": "v2",
        "ROOT_ID": {"type": "ROOT", "id": "ROOT_ID", "children": ["GRID_ID"]},
        "GRID_ID": {"type": "GRID", "id": "GRID_ID", "children": [], "parents": ["ROOT_ID"]},
        "HEADER_ID": {"type": "HEADER", "id": "HEADER_ID", "meta": {"text": declared["title"]}},
    }
    for r, row in enumerate(rows, start=1):
        row_id = f"ROW-{r}"
        position["GRID_ID"]["children"].append(row_id)
        position[row_id] = {
            "type": "ROW",
            "id": row_id,
            "children": [],
            "parents": ["ROOT_ID", "GRID_ID"],
            "meta": {"background": "BACKGROUND_TRANSPARENT"},
        }
        for c, chart in enumerate(row, start=1):
            chart_id = f"CHART-{r}-{c}"
            position[row_id]["children"].append(chart_id)
            position[chart_id] = {
                "type": "CHART",
                "id": chart_id,
                "children": [],
                "parents": ["ROOT_ID", "GRID_ID", row_id],
                # chartId: a placeholder Superset's import replaces with the id it gives the chart (by uuid)
                "meta": {
                    "chartId": len(position),
                    "width": chart["width"],
                    "height": 50,
                    "sliceName": chart["chart"],
                    "uuid": _uuid("chart", chart["chart"]),
                },
            }
    return {
        "dashboard_title": declared["title"],
        "description": declared.get("description"),
        "css": "",
        "slug": declared["slug"],
        "certified_by": "",
        "certification_details": "",
        "published": True,
        "uuid": _uuid("dashboard", declared["slug"]),
        "position": position,
        "metadata": {
            "color_scheme": "supersetColors",
            "refresh_frequency": 0,
            "expanded_slices": {},
            "label_colors": {},
            "timed_refresh_immune_slices": [],
        },
        "version": VERSION,
    }


def bundle(warehouse: Path) -> dict[str, str]:
    """Every file of the bundle (its path in the zip, its YAML), for the published ``warehouse``."""
    declared = spec()
    files = {f"{ROOT}/metadata.yaml": {"version": VERSION, "type": "Dashboard", "timestamp": datetime.now(UTC).isoformat()}}
    files[f"{ROOT}/databases/{DATABASE}.yaml"] = database_yaml(warehouse)
    datasets = {}
    with connect_read_only(warehouse) as con:
        for name, dataset in declared["datasets"].items():
            datasets[name] = dataset_yaml(name, dataset, con)
            files[f"{ROOT}/datasets/{DATABASE}/{name}.yaml"] = datasets[name]
    for row in declared["rows"]:
        if sum(chart["width"] for chart in row) > 12:
            raise ValueError(f"a dashboard row is wider than Superset's 12 columns: {[c['chart'] for c in row]}")
        for chart in row:
            slug = chart["chart"].lower().replace(" ", "_")
            files[f"{ROOT}/charts/{slug}.yaml"] = chart_yaml(chart, datasets[chart["dataset"]])
    files[f"{ROOT}/dashboards/{declared['dashboard']['slug']}.yaml"] = dashboard_yaml(declared["dashboard"], declared["rows"])
    return {path: yaml.safe_dump(content, sort_keys=False, allow_unicode=True) for path, content in files.items()}


def write_bundle(warehouse: Path, out: Path) -> list[str]:
    """Write the bundle as a zip at ``out`` (whole or not at all); return the paths it holds."""
    files = bundle(warehouse.resolve())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, text in files.items():
            archive.writestr(path, text)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial-{os.getpid()}")
    partial.write_bytes(buffer.getvalue())
    partial.replace(out)
    return list(files)
