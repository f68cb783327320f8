"""The package installs anywhere: a wheel built from this checkout, installed into a new virtual
environment outside it, carries its SQL, instance config and samples, runs `trials run` on the
bundled samples, and its definitions validate. Nothing may read this checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

from tests.conftest import PROJECT


def test_every_package_of_the_project_is_listed_for_the_wheel():
    listed = set(tomllib.loads((PROJECT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(PROJECT).parts) for root in ("pipelines", "contracts") for p in (PROJECT / root).rglob("__init__.py")
    }
    mapped = {"pipelines.sql", "pipelines.config", "pipelines.samples"}
    assert found | mapped == listed


# What a checkout holds that is not the project's source: anywhere, and in data/.
NOT_SOURCE = {".git", ".venv", "build", "__pycache__", ".pytest_cache", ".dagster_home", "node_modules", "exports"}
NOT_DATA = {"bench", "warehouse", "landing"}


def _not_source(folder: str, names: list[str]) -> set[str]:
    data = Path(folder) == PROJECT / "data"
    return {name for name in names if name in NOT_SOURCE or name.endswith(".egg-info") or (data and name in NOT_DATA)}


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("install")
    # Built from a copy, so that the build writes nothing into the checkout (build/, *.egg-info).
    source = root / "source"
    shutil.copytree(PROJECT, source, ignore=_not_source)
    wheel = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", root / "dist", source]
    built = subprocess.run(wheel, capture_output=True, text=True, cwd=root)
    assert built.returncode == 0, built.stderr
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    python = venv / "bin" / "python"
    # The dependencies come from this environment's site-packages (read as a plain path: its
    # editable finder, which maps the package to this checkout, is not loaded there).
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], check=True, capture_output=True, text=True
        ).stdout.strip()
    )
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    wheel = next((root / "dist").glob("*.whl"))
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", wheel], check=True, capture_output=True)
    home = root / "home"  # the user's data folder lives here, and no DAGSTER_HOME is set
    env = {"PATH": f"{venv / 'bin'}:{os.environ['PATH']}", "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    return {"venv": venv, "python": python, "env": env, "cwd": root, "home": home}


def run(installed, *args) -> subprocess.CompletedProcess:
    return subprocess.run([*map(str, args)], capture_output=True, text=True, env=installed["env"], cwd=installed["cwd"], timeout=300)


def test_the_installed_package_reads_nothing_from_this_checkout(installed):
    done = run(
        installed,
        installed["python"],
        "-c",
        "import pipelines, contracts; from pipelines.warehouse.sql_files import SQL_DIR; from pipelines.locations import samples_dir;"
        "print(pipelines.__file__, contracts.__file__, SQL_DIR, samples_dir(), sep='\\n')",
    )
    assert done.returncode == 0, done.stderr
    for line in done.stdout.split():
        assert str(installed["venv"]) in line and str(PROJECT) not in line, line


def test_trials_run_from_the_installed_package_loads_the_bundled_samples_into_the_users_data_folder(installed):
    done = run(installed, installed["venv"] / "bin" / "trials", "run", "--quiet", "--workers", "1")
    assert done.returncode == 0, done.stdout + done.stderr
    warehouse = installed["home"] / "data" / "trials-warehouse" / "warehouse" / "trials.duckdb"
    assert f"Published {warehouse}" in done.stdout
    assert "trials in total          14" in done.stdout


def test_the_installed_definitions_validate(installed):
    done = run(installed, installed["python"], "-m", "dagster", "definitions", "validate", "-m", "pipelines.definitions")
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_instance_config_is_written_from_the_package(installed, tmp_path):
    done = run(installed, installed["python"], "-m", "pipelines.instance", tmp_path / "dagster_home")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "dagster_home" / "dagster.yaml").read_text() == (PROJECT / "config" / "dagster.yaml").read_text()
