"""Other DuckDB clients the tests read the published warehouse with, installed on first use into
the virtual environment (``.venv/test-clients``), so a fresh clone's ``make test`` gets them:

- the Python package ``duckdb`` 1.0.0, the oldest 1.x release, from PyPI;
- the Node.js client ``@duckdb/node-api`` (its own DuckDB 1.5 build), from the npm registry, at
  the version ``node/package-lock.json`` pins;
- a headless Chromium for the pages people look at (the docs site, a Superset dashboard): the
  system's own (``chromium``, Debian's package; ``.ci/run`` installs it when it is missing);
- a PostgreSQL server of the system's binaries (``initdb``, ``pg_ctl``; as the ``postgres`` user
  when the tests run as root), in a temporary folder on a free 127.0.0.1 port, stopped afterwards;
- Superset 6.1.0 with duckdb-engine, in a virtual environment of its own, at the versions
  ``superset/requirements.txt`` pins, with a metadata database made once (migrated, initialised,
  an ``admin`` user) that each test copies.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

HERE = Path(__file__).parent
CACHE = Path(sys.prefix) / "test-clients"
OLD_DUCKDB = "1.0.0"


def _install(what: str, target: Path, command: list[str], cwd: Path | None = None) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=cwd)
    if done.returncode != 0:
        shutil.rmtree(target, ignore_errors=True)
        pytest.fail(f"could not install {what} for the client tests:\n{done.stdout}\n{done.stderr}")


def old_duckdb() -> Path:
    """A folder holding the Python package duckdb 1.0.0 (put it on PYTHONPATH, run python -S)."""
    target = CACHE / f"duckdb-{OLD_DUCKDB}"
    if not (target / "duckdb").is_dir():
        target.mkdir(parents=True, exist_ok=True)
        _install(
            f"duckdb=={OLD_DUCKDB}",
            target,
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--no-deps",
                "--disable-pip-version-check",
                "--target",
                str(target),
                f"duckdb=={OLD_DUCKDB}",
            ],
        )
    return target


def node_reader() -> Path:
    """A folder with ``read_while_publishing.mjs`` and its locked ``@duckdb/node-api``."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            pytest.fail(f"the Node.js client test needs {tool} on PATH (Node.js 18 or later)")
    target = CACHE / "node"
    lock = (HERE / "node" / "package-lock.json").read_text()
    if not (target / "node_modules").is_dir() or (target / "package-lock.json").read_text() != lock:
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(HERE / "node", target)
        _install("@duckdb/node-api", target, ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=target)
    shutil.copy(HERE / "node" / "read_while_publishing.mjs", target)
    return target


# Chromium as root in a closed network: no sandbox, no GPU, and none of its background calls home.
_CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    pytest.fail("the browser tests need Chromium on PATH (Debian: apt-get install chromium)")


def browse(url: str, profile: Path, *, screenshot: Path | None = None, size: tuple[int, int] = (1400, 1000)) -> str:
    """The page's DOM after its scripts ran (up to 15 s of page time), and a screenshot when asked."""
    base = [chromium(), *_CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=15000", f"--window-size={size[0]},{size[1]}"]
    if screenshot is not None:
        subprocess.run([*base, f"--screenshot={screenshot}", url], capture_output=True, timeout=120, check=True)
    done = subprocess.run([*base, "--dump-dom", url], capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


def superset() -> Path:
    """The Superset installation: ``venv/bin/superset`` and ``metadata.db``, the template
    metadata database (copy it: ``superset_env`` points a test's Superset at its copy)."""
    lock = (HERE / "superset" / "requirements.txt").read_text()
    target = CACHE / "superset"
    if (target / "metadata.db").is_file() and (target / "requirements.txt").is_file() and (target / "requirements.txt").read_text() == lock:
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    python = target / "venv" / "bin" / "python"
    _install("Superset", target, [sys.executable, "-m", "venv", str(target / "venv")])
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    _install("Superset", target, [*pip, "-r", str(HERE / "superset" / "requirements.txt")])
    env = superset_env(target / "metadata.db")
    for step in (
        ["db", "upgrade"],
        ["init"],
        ["fab", "create-admin", "--username", "admin", "--firstname", "Test", "--lastname", "Admin", "--email", "admin@example.org",
         "--password", "admin"],
    ):  # fmt: skip
        done = subprocess.run([str(target / "venv" / "bin" / "superset"), *step], capture_output=True, text=True, timeout=600, env=env)
        if done.returncode != 0:
            shutil.rmtree(target, ignore_errors=True)
            pytest.fail(f"superset {' '.join(step)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    (target / "requirements.txt").write_text(lock)  # last: a half-made installation is made again
    return target


def superset_env(metadata: Path) -> dict[str, str]:
    """The environment a Superset command of the tests runs in, on the metadata database ``metadata``."""
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", str(metadata.parent)),
        "SUPERSET_CONFIG_PATH": str(HERE / "superset" / "superset_config.py"),
        "TRIALS_TEST_SUPERSET_DB": str(metadata),
        "FLASK_APP": "superset",
    }


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _postgres_binary(name: str) -> str:
    found = shutil.which(name) or next(iter(sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)), None)
    if found is None:
        pytest.fail(f"the PostgreSQL tests need the server's {name} (Debian: apt-get install postgresql)")
    return str(found)


PASSWORD_ROLE = "trials_writer"  # the one role of the test server that must give its password


@contextlib.contextmanager
def postgres_server():
    """A PostgreSQL server for one test module: ``initdb`` into a new temporary folder (trust
    authentication on 127.0.0.1; not under pytest's folders, which the ``postgres`` user may not
    enter; ``PASSWORD_ROLE`` alone must give a password), started on a free port; yields the URL of its ``postgres`` database as the superuser
    ``postgres``, and stops the server and removes the folder afterwards."""
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    folder = Path(tempfile.mkdtemp(prefix="trials-postgres-"))
    if as_postgres:
        shutil.chown(folder, "postgres")
    data = folder / "data"
    done = subprocess.run(
        [*as_postgres, _postgres_binary("initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"], capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.fail(f"initdb failed:\n{done.stdout}\n{done.stderr}")
    hba = data / "pg_hba.conf"  # the role PASSWORD_ROLE signs in with its password, as a team's writer would
    hba.write_text(f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
    port = free_port()
    options = f"-p {port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off"
    pg_ctl = [*as_postgres, _postgres_binary("pg_ctl"), "-D", str(data)]
    done = subprocess.run([*pg_ctl, "-o", options, "-l", str(folder / "server.log"), "-w", "start"], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"the PostgreSQL server did not start:\n{done.stderr}\n{(folder / 'server.log').read_text()}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*pg_ctl, "-m", "immediate", "-w", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def postgres_database(server: str, name: str) -> str:
    """A new, empty database ``name`` on the test server (dropped first if a test left one): its URL."""
    import adbc_driver_postgresql.dbapi as postgres

    with postgres.connect(server, autocommit=True) as con:
        cursor = con.cursor()
        cursor.execute(f'drop database if exists "{name}" with (force)')
        cursor.execute(f'create database "{name}"')
    return server.rsplit("/", 1)[0] + f"/{name}"
