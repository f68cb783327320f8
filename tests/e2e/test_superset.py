"""The README's Superset recipe, end to end, with a pinned Superset (6.1.0) and duckdb-engine:
install, export the dashboard that comes with the warehouse, import it, and open it in a real
headless browser, where every chart shows the warehouse's rows."""

from __future__ import annotations

import shutil
import subprocess
import time

import httpx
import pytest

from tests.clients import browse, free_port, superset, superset_env
from tests.conftest import run_cli

CHARTS = (
    "Trials",
    "Trials by overall status",
    "Trials by phase",
    "Sites per country",
    "Trials and participants by status and phase",
    "Enrollment by condition",
    "Results reporting delay",
)


def _superset(install, env, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(install / "venv" / "bin" / "superset"), *args], capture_output=True, text=True, timeout=300, env=env)


@pytest.fixture(scope="module")
def server(published, tmp_path_factory):
    install = superset()
    home = tmp_path_factory.mktemp("superset")
    shutil.copy(install / "metadata.db", home / "superset.db")
    env = superset_env(home / "superset.db")
    bundle = home / "trials_dashboard.zip"
    exported = run_cli("export", "--superset", bundle, "--warehouse", published)
    assert exported.returncode == 0 and "superset import-dashboards -p" in exported.stdout, exported.stderr
    imported = _superset(install, env, "import-dashboards", "-p", str(bundle), "-u", "admin")
    assert imported.returncode == 0 and "Error" not in imported.stderr, imported.stderr[-3000:]
    port = free_port()
    with (home / "server.log").open("w") as log:
        process = subprocess.Popen(
            [str(install / "venv" / "bin" / "superset"), "run", "-h", "127.0.0.1", "-p", str(port), "--with-threads"],
            env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            if httpx.get(f"{url}/health", timeout=5).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert process.poll() is None and time.monotonic() < deadline, (home / "server.log").read_text()[-3000:]
        time.sleep(0.5)
    yield {"url": url, "install": install, "env": env, "bundle": bundle, "home": home}
    process.terminate()
    process.wait(timeout=30)


def test_the_imported_dashboard_opens_in_a_browser_and_every_chart_shows_the_warehouse_s_rows(server, tmp_path):
    shot = tmp_path / "dashboard.png"
    dom = browse(
        f"{server['url']}/superset/dashboard/trials-warehouse/?standalone=1", tmp_path / "profile", screenshot=shot, size=(1600, 1400)
    )
    for title in CHARTS:
        assert title in dom, title
    assert ">15<" in dom  # the big number: the seed, the 13 JSON twins and the cross-registry twin
    assert ">United States<" in dom and ">PHASE2<" in dom  # a report's table, the phase bars' axis
    assert "Unexpected error" not in dom and "Error:" not in dom
    assert shot.stat().st_size > 50_000


def test_the_datasets_carry_the_data_dictionary_s_descriptions(server):
    datasets = httpx.get(f"{server['url']}/api/v1/dataset/?q=(page_size:100)", timeout=30).json()["result"]
    overview = next(d for d in datasets if d["table_name"] == "trial_overview" and d["schema"] == "bi")
    detail = httpx.get(f"{server['url']}/api/v1/dataset/{overview['id']}", timeout=30).json()["result"]
    described = {c["column_name"]: c["description"] for c in detail["columns"]}
    assert described["enrollment_type"].startswith("Type of enrollment: ACTUAL (participants enrolled) or ESTIMATED")
    assert detail["description"].startswith("Headline facts of each trial")
    virtual = next(d for d in datasets if d["table_name"] == "sites_per_country")
    assert "from bi.sites" in httpx.get(f"{server['url']}/api/v1/dataset/{virtual['id']}", timeout=30).json()["result"]["sql"]


def test_sql_lab_runs_a_query_with_its_own_row_limit_in_place_of_the_query_s(server):
    databases = httpx.get(f"{server['url']}/api/v1/database/", timeout=30).json()["result"]
    [database] = [d for d in databases if d["database_name"] == "trials_warehouse"]
    ran = httpx.post(
        f"{server['url']}/api/v1/sqllab/execute/",
        json={
            "database_id": database["id"],
            "sql": "select nct_id from bi.trials limit 5000",
            "queryLimit": 3,
            "runAsync": False,
            "client_id": "readme01",
        },
        timeout=60,
    ).json()
    assert ran["status"] == "success" and len(ran["data"]) == 3
    assert ran["query"]["executedSql"].split()[-2:] == ["LIMIT", "4"]  # its limit, plus one to tell whether there is more


def test_importing_a_newer_bundle_replaces_the_dashboard_instead_of_adding_a_copy(server):
    again = _superset(server["install"], server["env"], "import-dashboards", "-p", str(server["bundle"]), "-u", "admin")
    assert again.returncode == 0, again.stderr[-3000:]
    dashboards = httpx.get(f"{server['url']}/api/v1/dashboard/?q=(page_size:100)", timeout=30).json()["result"]
    charts = httpx.get(f"{server['url']}/api/v1/chart/?q=(page_size:100)", timeout=30).json()["result"]
    assert [d["dashboard_title"] for d in dashboards] == ["Trials warehouse"]
    assert sorted(c["slice_name"] for c in charts) == sorted(CHARTS)
