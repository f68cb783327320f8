"""The warehouse published into a PostgreSQL database a team runs: what the DuckDB file holds,
copied whole (``trials publish --postgres URL``, ``trials run --postgres URL``). No dagster here.

The DuckDB file stays the build and the single source. Every table of ``main`` and every view of
``bi`` and ``ctgov`` becomes a table of the schema of the same name, its rows sent by ADBC's
PostgreSQL driver from Arrow batches (binary COPY, never row inserts), every table and column
carrying the data dictionary's text as ``COMMENT ON``. It all happens in one transaction: the
copies are made in ``main__next``, ``bi__next`` and ``ctgov__next``, granted to the read-only
role, and renamed into place at its end. A reader sees the last publish until the commit, and
the new one after it; a query running meanwhile goes on to its end (a rename waits for no
reader), and the old schemas are dropped when no query holds them. Anything failing (a lost
connection, a failed statement, the publisher killed) rolls the transaction back: the database
keeps its last publish.

Credentials come from the URL, the ``PG*`` environment variables or a password file (libpq
reads them); messages name the server by ``redacted(url)``, never with the password.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from pipelines.export import stored_comments
from pipelines.settings import DEFAULT_MEMORY_LIMIT
from pipelines.warehouse.paths import connect_read_only
from pipelines.warehouse.sql_files import run_sql, sql

DEFAULT_READER = "trials_reader"
ROWS_PER_BATCH = 10_000  # rows per Arrow batch: a wide table (trials, ctgov.studies) holds MBs of text per 1,000
# The functions the publisher creates in its session's temporary schema (sql/postgres).
FUNCTIONS = ("trials_stage", "trials_comment", "trials_grant", "trials_swap", "trials_drop_old", "trials_search_path")


class PostgresPublishError(RuntimeError):
    """The publish failed: rolled back (the database keeps its last publish), or, when
    ``rolled_back`` is False, after the new copy was swapped in (only the tidying failed)."""

    def __init__(self, message: str, rolled_back: bool = True) -> None:
        super().__init__(message)
        self.rolled_back = rolled_back

    @property
    def outcome(self) -> str:
        return "The PostgreSQL database keeps its last publish" if self.rolled_back else "The new copy is published in PostgreSQL"


@dataclass(frozen=True)
class PostgresPublished:
    server: str  # the URL without its password
    relations: int
    rows: int
    seconds: float
    reader_granted: bool  # False: the read-only role is missing and the publisher may not create it
    search_path_set: bool  # False: the database's owner must set its search path once
    old_left: int  # earlier publishes' schemas still read, dropped by a later publish


def redacted(url: str) -> str:
    """``url`` with its password replaced by ``***`` (as it may appear in a message or a log)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc[1]}"))


def _statement(name: str) -> str:
    """``sql/postgres/<name>.sql`` as ADBC runs it: a query without its ``;`` (the driver wraps a
    query in ``COPY (...) TO STDOUT`` to read its rows in binary)."""
    return sql(f"postgres/{name}").strip().removesuffix(";")


def _connect(url: str):
    import adbc_driver_postgresql.dbapi as postgres

    return postgres.connect(url)


def publish(warehouse: Path, url: str, reader: str = DEFAULT_READER, memory_limit: str = DEFAULT_MEMORY_LIMIT) -> PostgresPublished:
    """Copy the published ``warehouse`` into the database at ``url``, whole, in one transaction.
    DuckDB computes the views' rows within ``memory_limit``, spilling to a temporary folder."""
    import adbc_driver_manager

    started = time.monotonic()
    relations = 0
    rows = 0
    swapped = False
    try:
        with (
            tempfile.TemporaryDirectory(prefix="trials-postgres-spill-") as spill,
            connect_read_only(warehouse, memory_limit=memory_limit, temp_directory=spill) as source,
            _connect(url) as target,
        ):
            described = stored_comments(source)  # the file's own dictionary, whichever release wrote it
            cursor = target.cursor()
            for function in FUNCTIONS:
                cursor.execute(_statement(function))
            cursor.execute(_statement("run/stage"))
            for schema, name in run_sql(source, "catalog/exportable"):
                copy = f"{schema}__next"
                batches = source.table(f"{schema}.{name}").to_arrow_reader(ROWS_PER_BATCH)
                rows += max(cursor.adbc_ingest(name, batches, mode="create", db_schema_name=copy), 0)
                relations += 1
                description, columns = described.get((schema, name), ("", {}))
                cursor.execute(_statement("run/comment"), (copy, name, None, description))
                for column, text in columns.items():
                    cursor.execute(_statement("run/comment"), (copy, name, column, text))
            cursor.execute(_statement("run/grant"), (reader,))
            granted = bool(cursor.fetchone()[0])
            cursor.execute(_statement("run/swap"), (uuid.uuid4().hex[:12],))
            target.commit()
            swapped = True
            cursor.execute(_statement("run/search_path"))
            search_path = bool(cursor.fetchone()[0])
            target.commit()
            cursor.execute(_statement("run/lock_timeout"))
            cursor.execute(_statement("run/drop_old"))
            left = int(cursor.fetchone()[0])
            target.commit()
    except adbc_driver_manager.Error as exc:
        if swapped:  # the new copy is in place; only what follows the swap did not happen
            raise PostgresPublishError(
                f"published to {redacted(url)}, but setting its search path or dropping older copies failed: {_first_line(exc)}",
                rolled_back=False,
            ) from exc
        raise PostgresPublishError(f"the publish to {redacted(url)} failed and was rolled back: {_first_line(exc)}") from exc
    return PostgresPublished(redacted(url), relations, rows, time.monotonic() - started, granted, search_path, left)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def report_lines(published: PostgresPublished, reader: str) -> list[str]:
    """What the CLI says of a publish."""
    lines = [
        f"Published to {published.server}: {published.relations} tables ({published.rows:,} rows) in schemas main, bi and ctgov, "
        f"in {published.seconds:.1f} s",
    ]
    if published.reader_granted:
        lines.append(f"  read-only role {reader}: SELECT on every table (grant it to BI users: grant {reader} to <user>)")
    else:
        lines.append(
            f"  warning: role {reader} is missing and this user may not create roles: create it once (create role {reader} nologin)"
        )
    if not published.search_path_set:
        lines.append(
            "  warning: the database's owner must put ctgov on its search path once: alter database <db> set search_path = ctgov, main, public"
        )
    if published.old_left:
        lines.append(f"  {published.old_left} schemas of earlier publishes are still being read: the next publish drops them")
    return lines
