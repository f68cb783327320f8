"""Configuration of a run, as a Dagster resource.

Values come from the CLI flags, or from environment variables read when a run starts (never at
import time), or fall back to the bundled samples and the user's data folder (``locations.py``);
no path depends on the current directory or on where the package is installed.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
from pydantic import Field, PrivateAttr, field_validator

from pipelines.api.client import CtGovClient
from pipelines.api.pull import PAGE_SIZE
from pipelines.api.settings import DEFAULT_BASE_URL, ApiSettings
from pipelines.settings import (  # noqa: F401 (absolute, default_sources, landing_dir: of the resource's API)
    API_DEFAULTS,
    DEFAULT_BATCH_SIZE,
    DEFAULT_MEMORY_LIMIT,
    STORAGE_VERSION,
    absolute,
    default_sources,
    default_warehouse,
    landing_dir,
    usable_cpus,
)
from pipelines.transform.staging import RunStaging
from pipelines.warehouse.build import compact, remove_build, start_build
from pipelines.warehouse.lock import writer_lock
from pipelines.warehouse.paths import WarehousePaths, connect
from pipelines.warehouse.published import code_signature, published_manifest


def default_api_url() -> str:
    """``TRIALS_API_URL``, else the public ClinicalTrials.gov API v2."""
    return os.environ.get("TRIALS_API_URL") or DEFAULT_BASE_URL


class ClinicalTrialsApi(dg.ConfigurableResource):
    """The ClinicalTrials.gov API v2: where it is, and how politely and persistently to ask."""

    base_url: str = Field(default="", description="API base URL; empty: $TRIALS_API_URL or https://clinicaltrials.gov/api/v2.")
    min_interval_s: float = Field(
        default=API_DEFAULTS.min_interval_s, ge=0, description="Seconds between requests (the registry asks for about 50 a minute)."
    )
    timeout_s: float = Field(default=API_DEFAULTS.timeout_s, gt=0, description="Seconds to wait for an answer before retrying.")
    max_attempts: int = Field(default=API_DEFAULTS.max_attempts, ge=1, description="Attempts per request before the pull fails.")
    backoff_s: float = Field(
        default=API_DEFAULTS.backoff_s, ge=0, description="Base of the exponential backoff between attempts (full jitter)."
    )
    page_size: int = Field(default=PAGE_SIZE, ge=1, le=PAGE_SIZE, description="Studies per page (the API allows at most 1000).")

    def client(self, on_retry: Callable[[str], None] | None = None) -> CtGovClient:
        return CtGovClient(
            ApiSettings(
                base_url=self.base_url or default_api_url(),
                timeout_s=self.timeout_s,
                max_attempts=self.max_attempts,
                min_interval_s=self.min_interval_s,
                backoff_s=self.backoff_s,
            ),
            on_retry=on_retry,
        )


def _open_build(path: Path) -> int:
    return os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))


class WarehouseResource(dg.ConfigurableResource):
    """Where the pages come from, where the warehouse goes, and how hard to work."""

    warehouse_path: str = Field(default="", description="Published DuckDB file; empty: $TRIALS_WAREHOUSE or data/warehouse/trials.duckdb.")
    sources: list[str] = Field(
        default_factory=list, description="Folders or files of pages; empty: $TRIALS_SOURCES or data/samples and data/landing."
    )
    batch_size: int = Field(default=DEFAULT_BATCH_SIZE, ge=1, description="Records per batch: bounds each worker's memory.")
    workers: int = Field(default=0, ge=0, description="Parser processes; 0: one per CPU.")
    trust_mtime: bool = Field(default=True, description="Skip hashing files whose size and mtime match the manifest.")
    lock_timeout_s: float = Field(default=0.0, ge=0, description="How long to wait for another run to finish writing.")
    landing: str = Field(
        default="", description="Landing folder (API pulls land in its api/ subfolder); empty: $TRIALS_LANDING or data/landing."
    )
    memory_limit: str = Field(
        default=DEFAULT_MEMORY_LIMIT,
        pattern=r"(?i)^\d+(\.\d+)?\s*(b|kb|mb|gb|tb|kib|mib|gib|tib)$",
        description="DuckDB's memory limit on the build (it spills to disk beyond it): bounds the run's memory whatever the warehouse's size.",
    )

    storage_version: str = Field(
        default=STORAGE_VERSION,
        description="Storage format of the published file: the oldest DuckDB that must read it (v1.0.0: every 1.x BI driver; latest: smallest file, DuckDB 2 only).",
    )

    _stack: ExitStack | None = PrivateAttr(default=None)
    _build_fd: int | None = PrivateAttr(default=None)

    @field_validator("storage_version")
    @classmethod
    def _known_to_duckdb(cls, value: str) -> str:
        try:
            duckdb.connect(config={"storage_compatibility_version": value}).close()
        except duckdb.Error as exc:
            raise ValueError(str(exc).split(", valid options")[0]) from None
        return value

    @property
    def paths(self) -> WarehousePaths:
        published = absolute(self.warehouse_path) if self.warehouse_path else default_warehouse()
        return WarehousePaths(published)

    def source_paths(self) -> list[Path]:
        if self.sources:
            return [absolute(s) for s in self.sources]
        return default_sources()

    def landing_path(self) -> Path:
        return absolute(self.landing) if self.landing else landing_dir()

    def start_build(self) -> bool:
        """Start this run's build (a copy of the published warehouse), once per run; True when
        the file is written whole (``build.start_build``). The run keeps it open, so that no
        other file can take its identity (its inode) while it runs."""
        if self._build_fd is not None:
            return False
        whole = start_build(self.paths, self.storage_version)
        self._build_fd = _open_build(self.paths.build)
        if self._stack is not None:
            self._stack.callback(self._forget_build)
        return whole

    def compact_build(self) -> bool:
        """Rewrite this run's build whole (``build.compact``); it is then the file the run holds."""
        self.check_build()
        if not compact(self.paths.build, self.storage_version):
            return False
        if self._build_fd is not None:
            held, self._build_fd = self._build_fd, _open_build(self.paths.build)
            os.close(held)
        return True

    def _forget_build(self) -> None:
        if self._build_fd is not None:
            os.close(self._build_fd)
            self._build_fd = None

    def code_signature(self) -> str:
        """The signature of the code a build of this warehouse runs (``published.py``)."""
        return code_signature(self.storage_version)

    def unchanged_manifest(self) -> pl.DataFrame | None:
        """The published warehouse's file manifest, when it was built by this code and is
        untouched since (``published.py``); None otherwise. Read without opening the file."""
        return published_manifest(self.paths, self.code_signature())

    def check_build(self) -> None:
        """Fail when this run's build is gone or is another file now (deleted or replaced by
        something else): it must never be written to, or published, in its place."""
        if self._build_fd is None:
            return  # started by an earlier process (a step run on its own)
        held = os.fstat(self._build_fd)
        try:
            found = self.paths.build.stat()
        except FileNotFoundError:
            raise RuntimeError(f"this run's build {self.paths.build} was removed by something else: nothing is published") from None
        if (found.st_dev, found.st_ino) != (held.st_dev, held.st_ino):
            raise RuntimeError(f"this run's build {self.paths.build} was replaced by something else: nothing is published")

    def run_staging(self, run_id: str) -> RunStaging:
        """The files this run's steps hand to each other."""
        return RunStaging(self.paths.staging(run_id))

    def connect_build(self, read_only: bool = False) -> duckdb.DuckDBPyConnection:
        """A connection to this run's build, within the memory limit."""
        self.check_build()
        if not self.paths.build.is_file():
            raise RuntimeError(f"no build at {self.paths.build}: materialize landing_files in the same run first")
        return connect(self.paths.build, read_only=read_only, memory_limit=self.memory_limit)

    def worker_count(self) -> int:
        """Parser processes: as asked, but never more than the CPUs this process may use (more
        only add memory: each holds a batch)."""
        return min(self.workers or usable_cpus(), usable_cpus())

    def hold_writer_lock(self) -> None:
        """Take the warehouse's writer lock for the rest of this run (once), and clear what a
        dead run left behind: its build file and staging folders."""
        if self._stack is not None:
            return
        stack = ExitStack()
        paths = self.paths
        stack.enter_context(writer_lock(paths.lock, self.lock_timeout_s))
        self._stack = stack
        remove_build(paths)
        shutil.rmtree(paths.build_dir / "staging", ignore_errors=True)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        """A run that uses the warehouse holds its writer lock from its first step to its last."""
        self.hold_writer_lock()

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._stack is not None:
            self._stack.close()
            self._stack = None
        self._forget_build()


class PostgresTarget(dg.ConfigurableResource):
    """The PostgreSQL database the warehouse is copied into after each publish (issue 19): none
    configured, no copy. The URL is read when a run starts, never at import."""

    url: str = Field(
        default="", description="postgresql://writer@host:5432/db (password from PG* or ~/.pgpass); empty: $TRIALS_POSTGRES, else none."
    )
    reader: str = Field(default="trials_reader", description="The read-only role BI users get, granted SELECT on every copied table.")
    enabled: bool = Field(default=True, description="False: never copy (the CLI copies after the run itself, and says how it went).")

    def resolved_url(self) -> str | None:
        if not self.enabled:
            return None
        return self.url or os.environ.get("TRIALS_POSTGRES") or None
