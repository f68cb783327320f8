"""The warehouse published into a PostgreSQL database a team runs: what the DuckDB file holds
(``trials publish --postgres URL``, ``trials run --postgres URL``). No dagster here.

The DuckDB file stays the build and the single source. Every table of ``main`` and ``history`` and
every view of ``bi`` and ``ctgov`` becomes a table of the schema of the same name, its rows sent by ADBC's
PostgreSQL driver from Arrow batches (binary COPY, never row inserts), every table and column
carrying the data dictionary's text as ``COMMENT ON``, and every table with ``nct_id`` indexed on it.

A publish is one transaction, of one of two kinds (``postgres_changes.py`` decides which):

- full, the first time and whenever the warehouse's shape changed: the copies are made in
  ``main__next``, ``history__next``, ``bi__next`` and ``ctgov__next``, granted to the read-only role, and renamed into
  place at its end. A query running meanwhile goes on to its end on the old tables (a rename waits
  for no reader), and the old schemas are dropped when no query holds them.
- incremental, otherwise: only the trials whose rows changed are sent, their old rows deleted and
  their new ones copied in place (and the few tables that are not kept by trial sent whole). A
  DELETE neither waits for a reader nor makes one wait; a reader sees the last publish until the
  commit, and the new one after it.

Each publish is a row of the ledger ``trials_publish.publishes``. Anything failing (a lost
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

from pipelines import postgres_changes as changes
from pipelines.export import stored_comments
from pipelines.settings import DEFAULT_MEMORY_LIMIT
from pipelines.warehouse.paths import connect_read_only
from pipelines.warehouse.runs import count_rows
from pipelines.warehouse.sql_files import run_sql, sql

DEFAULT_READER = "trials_reader"
ROWS_PER_BATCH = 10_000  # rows per Arrow batch: a wide table (trials, ctgov.studies) holds MBs of text per 1,000
# The functions the publisher creates in its session's temporary schema (sql/postgres).
FUNCTIONS = (
    "trials_stage",
    "trials_comment",
    "trials_index",
    "trials_grant",
    "trials_swap",
    "trials_drop_old",
    "trials_search_path",
    "trials_ledger",
    "trials_clear",
)
FULL, INCREMENTAL, UNCHANGED = "full", "incremental", "unchanged"


class PostgresPublishError(RuntimeError):
    """The publish failed: rolled back (the database keeps its last publish), or, when
    ``rolled_back`` is False, after the new copy was committed (only the tidying failed)."""

    def __init__(self, message: str, rolled_back: bool = True) -> None:
        super().__init__(message)
        self.rolled_back = rolled_back

    @property
    def outcome(self) -> str:
        return "The PostgreSQL database keeps its last publish" if self.rolled_back else "The new copy is published in PostgreSQL"


@dataclass(frozen=True)
class PostgresPublished:
    server: str  # the URL without its password
    kind: str  # FULL, INCREMENTAL, or UNCHANGED (the copy was up to date: nothing sent)
    trials: int  # trials whose rows were sent
    relations: int  # tables whose rows were replaced
    rows: int  # rows sent
    removed: int  # rows an incremental publish deleted (the changed trials' old rows, the tables sent whole)
    seconds: float
    reader_granted: bool  # False: the read-only role is missing and the publisher may not create it
    search_path_set: bool  # False: the database's owner must set its search path once
    old_left: int  # earlier publishes' schemas still read, dropped by a later publish


@dataclass
class _Sent:
    trials: int = 0
    relations: int = 0
    rows: int = 0
    removed: int = 0


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


def publish(
    warehouse: Path, url: str, reader: str = DEFAULT_READER, memory_limit: str = DEFAULT_MEMORY_LIMIT, full: bool = False
) -> PostgresPublished:
    """Bring the database at ``url`` up to the published ``warehouse`` in one transaction: only
    what changed when it holds a copy of the same shape, else (or when ``full``) everything anew.
    DuckDB computes the views' rows within ``memory_limit``, spilling to a temporary folder."""
    import adbc_driver_manager

    started = time.monotonic()
    committed = False
    try:
        with (
            tempfile.TemporaryDirectory(prefix="trials-postgres-spill-") as spill,
            connect_read_only(warehouse, memory_limit=memory_limit, temp_directory=spill) as source,
            _connect(url) as target,
        ):
            cursor = target.cursor()
            cursor.execute(_statement("run/lock"))
            for function in FUNCTIONS:
                cursor.execute(_statement(function))
            cursor.execute(_statement("run/ledger"))
            relations = changes.relations(source)
            shape = changes.shape(source, relations)
            ((load_id, _),) = run_sql(source, "catalog/latest_load") or [(None, None)]
            kind, changed = _decide(source, cursor, relations, shape, load_id, full)
            if kind == FULL:
                sent = _copy_whole(source, cursor, relations)
            elif kind == INCREMENTAL:
                sent = _send_changes(source, cursor, relations, changed)
            else:
                sent = _Sent()
            cursor.execute(_statement("run/grant"), (reader, kind == FULL))
            granted = bool(cursor.fetchone()[0])
            if kind == FULL:
                cursor.execute(_statement("run/swap"), (uuid.uuid4().hex[:12],))
            if kind != UNCHANGED:
                record = (kind, shape, load_id, sent.trials, sent.rows, sent.relations, time.monotonic() - started)
                cursor.execute(_statement("run/record"), record)
            target.commit()
            committed = True
            cursor.execute(_statement("run/search_path"))
            search_path = bool(cursor.fetchone()[0])
            target.commit()
            cursor.execute(_statement("run/lock_timeout"))
            cursor.execute(_statement("run/drop_old"))
            left = int(cursor.fetchone()[0])
            target.commit()
    except adbc_driver_manager.Error as exc:
        if committed:  # the new copy is in place; only what follows the commit did not happen
            raise PostgresPublishError(
                f"published to {redacted(url)}, but setting its search path or dropping older copies failed: {_first_line(exc)}",
                rolled_back=False,
            ) from exc
        raise PostgresPublishError(f"the publish to {redacted(url)} failed and was rolled back: {_first_line(exc)}") from exc
    return PostgresPublished(
        redacted(url), kind, sent.trials, sent.relations, sent.rows, sent.removed, time.monotonic() - started, granted, search_path, left
    )


def _decide(source, cursor, relations: list[changes.Relation], shape: str, load_id: str | None, full: bool) -> tuple[str, list[str]]:
    """FULL, INCREMENTAL or UNCHANGED, and the trials an incremental publish sends. Full unless
    the ledger's last publish copied a warehouse of this shape, every table it made is there, and
    sending the changed trials costs less than a full copy (``cheaper_whole``); unchanged when no
    trial changed and the file's newest load (``load_id``) is the one the copy was made from."""
    cursor.execute(_statement("run/last_publish"))
    last = cursor.fetchone()
    if full or last is None or last[0] != shape:
        return FULL, []
    cursor.execute(_statement("run/published_relations"))
    if not {(r.schema, r.name) for r in relations} <= set(cursor.fetchall()):
        return FULL, []
    cursor.execute(_statement("run/published_versions"))
    changed = changes.changed_trials(source, cursor.fetch_arrow_table())
    if changes.cheaper_whole(len(changed), count_rows(source, "trials")):
        return FULL, []
    return (INCREMENTAL if changed or load_id != last[1] else UNCHANGED), changed


def _copy_whole(source, cursor, relations: list[changes.Relation]) -> _Sent:
    """Every relation copied into ``<schema>__next``, commented and indexed on ``nct_id``."""
    described = stored_comments(source)  # the file's own dictionary, whichever release wrote it
    sent = _Sent(trials=count_rows(source, "trials"))
    cursor.execute(_statement("run/stage"))
    for relation in relations:
        copy = f"{relation.schema}__next"
        batches = source.table(relation.qualified).to_arrow_reader(ROWS_PER_BATCH)
        sent.rows += max(cursor.adbc_ingest(relation.name, batches, mode="create", db_schema_name=copy), 0)
        sent.relations += 1
        if relation.indexed:
            cursor.execute(_statement("run/index"), (copy, relation.name))
        description, columns = described.get((relation.schema, relation.name), ("", {}))
        cursor.execute(_statement("run/comment"), (copy, relation.name, None, description))
        for column, text in columns.items():
            cursor.execute(_statement("run/comment"), (copy, relation.name, column, text))
    return sent


def _send_changes(source, cursor, relations: list[changes.Relation], changed: list[str]) -> _Sent:
    """The changed trials' rows replaced in place in every table kept by trial, and the tables
    that are not sent whole."""
    import duckdb
    import pyarrow as pa

    cursor.adbc_ingest("trials_changed", pa.table({"nct_id": pa.array(changed, pa.string())}), mode="create", temporary=True)
    cursor.execute(_statement("run/analyze_changed"))
    # A list of constants, which DuckDB pushes down through a view's joins to its tables' scans
    # (a semi join with a table of the IDs was up to ten times slower on some ctgov views).
    of_changed = duckdb.ColumnExpression("nct_id").isin(*map(duckdb.ConstantExpression, changed)) if changed else None
    sent = _Sent(trials=len(changed))
    for relation in relations:
        if relation.by_trial and not changed:
            continue
        cursor.execute(_statement("run/clear"), (relation.schema, relation.name, relation.by_trial))
        removed = int(cursor.fetchone()[0])
        rows = source.table(relation.qualified)
        batches = (rows.filter(of_changed) if relation.by_trial else rows).to_arrow_reader(ROWS_PER_BATCH)
        added = max(cursor.adbc_ingest(relation.name, batches, mode="append", db_schema_name=relation.schema), 0)
        sent.removed += removed
        sent.rows += added
        sent.relations += bool(removed or added)  # a table holding none of the changed trials' rows is left as it was
    return sent


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def report_lines(published: PostgresPublished, reader: str) -> list[str]:
    """What the CLI says of a publish."""
    if published.kind == FULL:
        what = f"a full copy of {published.trials:,} trials: {published.relations} tables ({published.rows:,} rows) in schemas main, history, bi and ctgov"
    elif published.kind == INCREMENTAL:
        what = (
            f"{published.trials:,} changed trials sent: {published.rows:,} rows into {published.relations} tables, "
            f"{published.removed:,} rows they replace removed"
        )
    else:
        what = "already up to date, nothing sent"
    lines = [f"Published to {published.server}: {what}, in {published.seconds:.1f} s"]
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
