"""``trials`` / ``python -m pipelines``: the warehouse from the command line.

``trials run`` loads files (text pages, JSON, archives); ``trials pull`` fetches from the
ClinicalTrials.gov API first; both run a Dagster job in-process. ``trials report`` prints a
report from the published warehouse, ``trials query`` runs your own SQL on it (``--aact``: SQL
written for AACT, unchanged), ``trials sql`` is an interactive SQL shell on it, ``trials export``
writes it as Parquet.

Exit codes: 0 a warehouse was published (even with quarantined records), or the report, query or
export was written; 1 nothing was published, or the report, query or export failed; 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from pipelines.api.settings import PAGE_SIZE
from pipelines.parsing.limits import MAX_DOCUMENT_BYTES, size_text
from pipelines.progress_display import MODES as PROGRESS_MODES
from pipelines.reports import FORMATS, ReportError, all_reports, bind, bound_sql, find_report, parse_params
from pipelines.settings import API_DEFAULTS, DEFAULT_BATCH_SIZE, DEFAULT_MEMORY_LIMIT, STORAGE_VERSION, absolute, default_warehouse

# DuckDB, polars, Dagster and the warehouse code are imported by the commands that use them, so
# `trials --help` and `trials report --list` answer at once.

EXIT_PUBLISHED, EXIT_NOT_PUBLISHED, EXIT_USAGE = 0, 1, 2
WAREHOUSE_HELP = "the published DuckDB file (default: $TRIALS_WAREHOUSE, else warehouse/trials.duckdb in the user's data folder)"
# ClinicalTrialsApi field: the `trials pull` flag that sets it.
API_FLAGS = {
    "min_interval_s": "min_interval",
    "timeout_s": "timeout",
    "max_attempts": "max_attempts",
    "backoff_s": "backoff",
    "page_size": "page_size",
}


def _api_options(command: argparse.ArgumentParser) -> None:
    """Where the API is, where fetched files land, and how politely and persistently to ask."""
    command.add_argument(
        "--api-url", default="", metavar="URL", help="API base URL (default: $TRIALS_API_URL, else https://clinicaltrials.gov/api/v2)"
    )
    command.add_argument(
        "--landing",
        type=Path,
        metavar="DIR",
        help="landing folder; pulled pages land in DIR/api/, fetched versions in DIR/history/ (default: $TRIALS_LANDING, else landing/ "
        "in the user's data folder)",
    )
    command.add_argument(
        "--min-interval", type=float, metavar="SECONDS", help=f"seconds between requests (default {API_DEFAULTS.min_interval_s:g})"
    )
    command.add_argument(
        "--timeout", type=float, metavar="SECONDS", help=f"seconds before a request is retried (default {API_DEFAULTS.timeout_s:g})"
    )
    command.add_argument(
        "--max-attempts", type=int, metavar="N", help=f"attempts per request before giving up (default {API_DEFAULTS.max_attempts})"
    )
    command.add_argument(
        "--backoff",
        type=float,
        metavar="SECONDS",
        help=f"base of the exponential backoff between attempts, with full jitter (default {API_DEFAULTS.backoff_s:g})",
    )
    command.add_argument(
        "--page-size",
        type=int,
        metavar="N",
        help=f"studies per page (default and most {PAGE_SIZE:,}; smaller when pages are larger than {size_text(MAX_DOCUMENT_BYTES)})",
    )


def _common(command: argparse.ArgumentParser) -> None:
    command.add_argument("--warehouse", type=Path, metavar="PATH", help=WAREHOUSE_HELP)
    command.add_argument(
        "--batch-size",
        type=int,
        default=DEFAULT_BATCH_SIZE,
        metavar="N",
        help=f"records per batch, bounds memory (default {DEFAULT_BATCH_SIZE:,})",
    )
    command.add_argument("--workers", type=int, default=0, metavar="N", help="parser processes (default: one per CPU)")
    command.add_argument(
        "--memory-limit",
        default=DEFAULT_MEMORY_LIMIT,
        metavar="SIZE",
        help=f"DuckDB's memory for loading and checking, spilling to disk beyond it (default {DEFAULT_MEMORY_LIMIT})",
    )
    command.add_argument(
        "--storage-version",
        default=STORAGE_VERSION,
        metavar="VERSION",
        help=f"oldest DuckDB that must read the published file (default {STORAGE_VERSION}, which every 1.x BI driver reads; "
        "'latest' for DuckDB 2 only)",
    )
    command.add_argument("--rehash", action="store_true", help="hash every file, even those whose size and mtime are unchanged")
    command.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="wait this long for another run writing the same warehouse (default: fail at once)",
    )
    command.add_argument("--quiet", action="store_true", help="no progress lines, only the summary (the same as --progress none)")
    command.add_argument(
        "--progress",
        choices=PROGRESS_MODES,
        default="auto",
        help="how progress shows on stderr: auto (default: a bar with an ETA on a terminal, else lines), bar, lines, "
        "json (one JSON object a line, the summary last, for schedulers) or none",
    )
    command.add_argument("--verbose", action="store_true", help="show Dagster's own log")
    command.add_argument(
        "--report", type=Path, metavar="PATH", help="also write the summary as JSON to PATH (for schedulers and the benchmark)"
    )
    _postgres_options(command, required=False)


RUN_EXITS = "exit codes: 0 published (even with quarantined records), 1 nothing published (see the message), 2 usage error"
READ_EXITS = "exit codes: 0 printed, 1 no warehouse or the query failed, 2 usage error"
EPILOGS = {
    "trials": "examples:\n  trials run --source data/samples\n  trials pull --condition asthma\n  trials report --list\n"
    '  trials report sponsor_portfolio --param sponsor=amgen --format csv\n  trials query --aact "select phase, count(*) from studies group by 1"\n'
    "  trials export --parquet exports/\n\nrun `trials COMMAND --help` for a command's options and exit codes.",
    "run": "examples:\n  trials run --source data/samples --warehouse data/warehouse/trials.duckdb\n"
    "  trials run --source /data/ctgov/AllPublicJSON.zip --wait 600 --report run.json\n\n" + RUN_EXITS,
    "pull": "examples:\n  trials pull --condition asthma        # a first, scoped pull\n"
    "  trials pull                           # then: what changed since, in the same scope\n\n" + RUN_EXITS,
    "history": "examples:\n  trials history NCT00072579 NCT02013167  # every version the registry keeps of these trials\n"
    "  trials history --condition 'rare disease'   # of every study a query finds\n"
    "  trials report status_timeline --param nct_id=NCT00072579\n\n" + RUN_EXITS,
    "report": "examples:\n  trials report --list\n  trials report sites_per_country --format csv\n"
    "  trials report trials_by_status_phase --as-of 2020-01-01   # as the registry gave it then\n"
    "  trials report overdue_results --param as_of=2025-01-01\n  trials report sponsor_portfolio --param sponsor=amgen --sql   # the SQL, bound\n\n"
    "exit codes: 0 printed, 1 no warehouse or the query failed, 2 an unknown report, parameter or format, or a parameter value "
    "of the wrong form",
    "query": 'examples:\n  trials query "select overall_status, count(*) from trials group by 1"\n'
    '  trials query --aact --file my_aact_query.sql --format csv\n  echo "select count(*) from studies" | trials query --aact --file -\n\n'
    + READ_EXITS,
    "sql": "examples:\n  trials sql                              # then: .tables site, .describe sites, select ...;\n"
    "  trials sql --aact                       # AACT's tables unqualified: select count(*) from studies;\n"
    "  trials sql < queries.sql > out.txt      # without a terminal: the statements of standard input\n\n"
    "exit codes: 0 done (at a terminal, even after a failed statement), 1 no warehouse, or a statement failed with "
    "standard input not a terminal, 2 usage error",
    "export": "examples:\n  trials export --parquet exports/\n  trials export --superset trials_dashboard.zip   # then: superset import-dashboards -p "
    "trials_dashboard.zip -u admin\n\nexit codes: 0 written, 1 no warehouse or the export failed, 2 usage error",
    "publish": "examples:\n  trials publish --postgres postgresql://trials_writer@db.example.org:5432/trials\n"
    "  PGPASSFILE=~/.pgpass trials publish --postgres postgresql://trials_writer@localhost/trials --postgres-reader bi_users\n\n"
    "exit codes: 0 published, 1 no warehouse, or the publish failed and was rolled back (the database keeps its last publish), "
    "2 usage error",
    "completion": "examples:\n  source <(trials completion bash)               # this shell\n"
    "  trials completion bash > ~/.local/share/bash-completion/completions/trials\n"
    "  autoload -U bashcompinit && bashcompinit && source <(trials completion bash)   # zsh\n\nexit codes: 0 printed, 2 usage error",
}


def _command(commands, name: str, **kwargs) -> argparse.ArgumentParser:
    return commands.add_parser(name, epilog=EPILOGS[name], formatter_class=argparse.RawDescriptionHelpFormatter, **kwargs)


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("trials-warehouse")
    except PackageNotFoundError:  # run from a checkout that is not installed
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trials",
        description="Clinical-trial registry records to a DuckDB warehouse.",
        epilog=EPILOGS["trials"],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"trials {version()}")
    commands = parser.add_subparsers(dest="command", required=True)
    run = _command(commands, "run", help="load sources and publish the warehouse")
    run.add_argument(
        "--source",
        action="append",
        type=Path,
        metavar="PATH",
        help="folder (searched recursively for *.txt, *.json, either gzipped, and *.zip) or file; "
        "repeatable (default: $TRIALS_SOURCES, else the bundled samples and the landing folder)",
    )
    _common(run)
    pull = _command(
        commands, "pull", help="fetch the studies updated since the last pull from the ClinicalTrials.gov API, land them and publish"
    )
    scope = pull.add_argument_group("what to pull (default: continue the newest pull's scope, else everything)")
    scope.add_argument("--query", default="", metavar="TERMS", help="full-text query (query.term)")
    scope.add_argument("--condition", default="", metavar="TERMS", help="condition or disease (query.cond)")
    scope.add_argument("--sponsor", default="", metavar="TERMS", help="sponsor or collaborator (query.spons)")
    scope.add_argument("--everything", action="store_true", help="every study in the registry")
    _api_options(pull)
    _common(pull)
    history = _command(
        commands,
        "history",
        help="fetch every past version of chosen trials from the registry's history, load them as history and publish",
        description="Fetch every version ClinicalTrials.gov keeps of the trials named (or found by a query), land them in "
        "<landing>/history/ and load them: each becomes a version in the history schema, the latest the current trial.",
    )
    history.add_argument("nct_ids", nargs="*", metavar="NCT_ID", help="the trials, by NCT ID")
    found = history.add_argument_group("or the studies a query finds (as trials pull queries)")
    found.add_argument("--query", default="", metavar="TERMS", help="full-text query (query.term)")
    found.add_argument("--condition", default="", metavar="TERMS", help="condition or disease (query.cond)")
    found.add_argument("--sponsor", default="", metavar="TERMS", help="sponsor or collaborator (query.spons)")
    _api_options(history)
    _common(history)
    report = _command(commands, "report", help="print a report (sql/reports) from the published warehouse")
    report.add_argument("name", nargs="?", help="the report to print (see --list)")
    report.add_argument("--list", action="store_true", help="list the reports, one line each")
    report.add_argument("--format", choices=FORMATS, default="table", help="table (default), csv or json")
    report.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="a parameter the report takes; repeatable")
    report.add_argument(
        "--sql", action="store_true", help="print the report's SQL with its parameters bound (to paste into a BI tool), not its rows"
    )
    report.add_argument("--warehouse", type=Path, metavar="PATH", help=WAREHOUSE_HELP)
    report.add_argument(
        "--as-of",
        type=_iso_date,
        metavar="DATE",
        help="read the warehouse as the registry gave it on DATE (YYYY-MM-DD), by each trial's Last Updated date (pipelines/as_of.py)",
    )
    query = _command(
        commands,
        "query",
        help="run your own SQL (read-only) on the published warehouse and print the last statement's rows",
        description="Run SQL read-only on the published warehouse. With --aact, SQL written for AACT runs unchanged: ctgov is "
        "first on the search path (from studies reads ctgov.studies), integer division and NULL order are Postgres's.",
    )
    source = query.add_mutually_exclusive_group(required=True)
    source.add_argument("sql", nargs="?", help="the SQL to run (one statement or several, separated by ;)")
    source.add_argument("--file", type=Path, metavar="PATH", help="a file of SQL to run ('-': standard input)")
    query.add_argument("--aact", action="store_true", help="read the SQL as AACT's Postgres does (sql/sessions/aact.sql)")
    query.add_argument("--format", choices=FORMATS, default="table", help="table (default), csv or json")
    query.add_argument("--warehouse", type=Path, metavar="PATH", help=WAREHOUSE_HELP)
    query.add_argument(
        "--as-of",
        type=_iso_date,
        metavar="DATE",
        help="read the warehouse as the registry gave it on DATE (YYYY-MM-DD), by each trial's Last Updated date (pipelines/as_of.py)",
    )
    shell = _command(
        commands,
        "sql",
        help="an interactive SQL shell on the published warehouse (read-only), with the data dictionary at hand (.help)",
    )
    shell.add_argument("--aact", action="store_true", help="an AACT session: ctgov first on the search path (sql/sessions/aact.sql)")
    shell.add_argument("--format", choices=FORMATS, default="table", help="how rows are printed at first (.mode changes it)")
    shell.add_argument("--warehouse", type=Path, metavar="PATH", help=WAREHOUSE_HELP)
    shell.add_argument(
        "--as-of",
        type=_iso_date,
        metavar="DATE",
        help="read the warehouse as the registry gave it on DATE (YYYY-MM-DD), by each trial's Last Updated date (pipelines/as_of.py)",
    )
    export = _command(
        commands,
        "export",
        help="write every table and bi and ctgov view of the published warehouse as Parquet, or its Superset dashboard",
    )
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--parquet",
        type=Path,
        metavar="DIR",
        help="folder to write DIR/<table>.parquet, DIR/bi/<view>.parquet and DIR/ctgov/<view>.parquet into",
    )
    what.add_argument(
        "--superset",
        type=Path,
        metavar="FILE",
        help="a zip of the dashboard that comes with the warehouse, for `superset import-dashboards -p FILE` (its database is this file)",
    )
    export.add_argument("--warehouse", type=Path, metavar="PATH", help=WAREHOUSE_HELP)
    publish = _command(
        commands,
        "publish",
        help="bring a PostgreSQL database up to the published warehouse atomically: only the changed trials once it holds a copy "
        "(tables, bi, ctgov, comments)",
    )
    _postgres_options(publish, required=True)
    publish.add_argument(
        "--full",
        action="store_true",
        help="copy everything anew and swap it in, even when the database holds a copy that only the changed trials would bring up to date",
    )
    publish.add_argument("--warehouse", type=Path, metavar="PATH", help=WAREHOUSE_HELP)
    publish.add_argument(
        "--memory-limit",
        default=DEFAULT_MEMORY_LIMIT,
        metavar="SIZE",
        help=f"DuckDB's memory for computing the views' rows, spilling to disk beyond it (default {DEFAULT_MEMORY_LIMIT})",
    )
    completion = _command(commands, "completion", help="print a shell completion script (commands, options, report names)")
    completion.add_argument("shell", choices=("bash",), help="bash (zsh reads it through bashcompinit)")
    return parser


def _postgres_options(command: argparse.ArgumentParser, required: bool) -> None:
    command.add_argument(
        "--postgres",
        metavar="URL",
        default=None,
        help="the database to publish into: postgresql://writer@host:5432/db (credentials from the URL, the PG* variables or "
        "~/.pgpass; default: $TRIALS_POSTGRES" + ("" if required else ", else no PostgreSQL publish") + ")",
    )
    command.add_argument(
        "--postgres-reader",
        metavar="ROLE",
        default="trials_reader",
        help="the read-only role BI users get, granted SELECT on every published table (created without login when missing; "
        "default trials_reader)",
    )


def completion_script(parser: argparse.ArgumentParser) -> str:
    """A bash completion function for ``trials``, from the parser itself: each command's options,
    and the report names after ``trials report``."""
    commands = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))  # noqa: SLF001 - argparse has no public way
    cases = []
    for name, command in commands.choices.items():
        options = sorted(option for action in command._actions for option in action.option_strings)  # noqa: SLF001
        words = " ".join([*options, *(report.name for report in all_reports())] if name == "report" else options)
        cases.append(f"        {name}) words='{words}' ;;")
    top = " ".join([*commands.choices, "--help", "--version"])
    return "\n".join(
        [
            "# bash completion for trials (trials completion bash)",
            "_trials() {",
            '    local cur="${COMP_WORDS[COMP_CWORD]}" words',
            '    if [ "$COMP_CWORD" -eq 1 ]; then',
            f"        COMPREPLY=($(compgen -W '{top}' -- \"$cur\"))",
            "        return",
            "    fi",
            '    case "${COMP_WORDS[1]}" in',
            *cases,
            "        *) words='' ;;",
            "    esac",
            '    COMPREPLY=($(compgen -W "$words" -- "$cur"))',
            "}",
            "complete -o default -F _trials trials",
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_PUBLISHED
    if args.command == "report":
        return report(args)
    if args.command == "query":
        return query(args)
    if args.command == "export":
        return export(args)
    if args.command == "sql":
        return sql_shell(args)
    if args.command == "publish":
        return publish_postgres(args)
    if args.command == "completion":
        sys.stdout.write(completion_script(build_parser()))
        return EXIT_PUBLISHED
    if args.batch_size < 1 or args.workers < 0 or args.wait < 0:
        return _error("--batch-size must be at least 1, --workers and --wait not negative", EXIT_USAGE)
    if args.report is not None and (problem := _unwritable(args.report)):
        return _error(f"--report {args.report}: {problem}", EXIT_USAGE)
    if busy := _busy(args):  # said before Dagster starts, within a second
        return _error(f"{busy}\nNothing published: the warehouse is unchanged.")
    from pipelines.runner import run_command  # Dagster is imported only to run a job: --help and reports stay quick

    return run_command(args)


def _error(message: str, code: int = EXIT_NOT_PUBLISHED) -> int:
    """Say what went wrong on stderr, as every command does; return the exit code."""
    print(f"trials: error: {message}", file=sys.stderr)
    return code


def _busy(args: argparse.Namespace) -> str | None:
    """Why the warehouse cannot be written now (another run holds it past ``--wait``), or None.
    The run takes the lock again for itself."""
    from pipelines.warehouse.lock import WarehouseBusy, writer_lock
    from pipelines.warehouse.paths import WarehousePaths

    lock = WarehousePaths(absolute(args.warehouse) if args.warehouse else default_warehouse()).lock
    if not lock.parent.is_dir():  # no run has written here yet, so none can be writing now
        return None
    try:
        with writer_lock(lock, args.wait):
            return None
    except WarehouseBusy as exc:
        return str(exc)


def _unwritable(path: Path) -> str | None:
    """Why a --report file cannot be written, found before the run (None: it can)."""
    if path.is_dir():
        return "is a folder; give the path of a file to write"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"its folder cannot be made: {exc.strerror or exc}"
    if not os.access(path.parent, os.W_OK):
        return f"its folder {path.parent} is not writable"
    return None


def _published(path: Path | None) -> Path | None:
    warehouse = absolute(path) if path else default_warehouse()
    if not warehouse.is_file():
        print(f"trials: error: no warehouse at {warehouse}: run `trials run` (or `make run`) first", file=sys.stderr)
        return None
    return warehouse


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _reading(warehouse: Path, as_of: date | None):
    """A read-only connection to the published warehouse: as it is, or ``as_of`` a date."""
    if as_of is None:
        from pipelines.warehouse.paths import connect_read_only

        return connect_read_only(warehouse)
    from pipelines.as_of import as_of_session

    return as_of_session(warehouse, as_of)


def report(args: argparse.Namespace) -> int:
    """``trials report``: list the reports, or print one from the published warehouse."""
    if args.list:
        print("\n".join(found.line() for found in all_reports()))
        return EXIT_PUBLISHED
    if not args.name:
        return _error("name a report, or --list them", EXIT_USAGE)
    try:
        given = parse_params(args.param)
        found = find_report(args.name)
        bind(found, given)
    except ReportError as exc:
        return _error(str(exc), EXIT_USAGE)
    if args.sql:
        if args.as_of:
            return _error(
                "--sql prints the SQL a BI tool runs on the current tables; with --as-of, run it with `trials query --as-of`", EXIT_USAGE
            )
        sys.stdout.write(bound_sql(found, given))
        return EXIT_PUBLISHED
    warehouse = _published(args.warehouse)
    if warehouse is None:
        return EXIT_NOT_PUBLISHED
    import duckdb

    from pipelines.reports import render, run_report
    from pipelines.warehouse.paths import NotAWarehouse

    if args.as_of and "as_of" in found.params and "as_of" not in given:  # the report's own date: the session's
        given["as_of"] = args.as_of.isoformat()
    try:
        with _reading(warehouse, args.as_of) as con:
            frame = run_report(con, found, given)
    except duckdb.ConversionException as exc:  # a --param value of the wrong form
        return _error(f"report {found.name}: a --param value is not valid: {str(exc).splitlines()[0]}", EXIT_USAGE)
    except NotAWarehouse as exc:
        return _error(str(exc))
    except duckdb.Error as exc:
        return _error(f"report {found.name} failed on {warehouse}: {exc}")
    sys.stdout.write(render(frame, args.format))
    return EXIT_PUBLISHED


def query(args: argparse.Namespace) -> int:
    """``trials query SQL | --file PATH [--aact]``: a user's SQL on the published warehouse."""
    try:
        text = args.sql if args.file is None else (sys.stdin.read() if str(args.file) == "-" else args.file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return _error(f"--file {args.file}: {exc}", EXIT_USAGE)
    warehouse = _published(args.warehouse)
    if warehouse is None:
        return EXIT_NOT_PUBLISHED
    import duckdb

    from pipelines.aact import aact_session, run_query
    from pipelines.reports import render
    from pipelines.warehouse.paths import NotAWarehouse

    try:
        with _reading(warehouse, args.as_of) as con:
            frame = run_query(aact_session(con) if args.aact else con, text)
    except NotAWarehouse as exc:
        return _error(str(exc))
    except duckdb.Error as exc:
        return _error(f"the query failed on {warehouse}: {exc}")
    if frame is not None:
        sys.stdout.write(render(frame, args.format))
    return EXIT_PUBLISHED


def sql_shell(args: argparse.Namespace) -> int:
    """``trials sql``: the interactive shell (``pipelines.shell``) on the published warehouse."""
    warehouse = _published(args.warehouse)
    if warehouse is None:
        return EXIT_NOT_PUBLISHED
    import duckdb

    from pipelines.aact import aact_session
    from pipelines.shell import Shell, stream_reader, terminal_reader
    from pipelines.warehouse.paths import NotAWarehouse

    interactive = sys.stdin.isatty()
    try:
        with _reading(warehouse, args.as_of) as con:
            if args.aact:
                aact_session(con)
            shell = Shell(con, mode=args.format)
            if interactive:
                session = (", AACT session" if args.aact else "") + (f", as of {args.as_of}" if args.as_of else "")
                print(f"trials sql on {warehouse} (read-only{session}). .help for help, .quit to leave.")
            return shell.loop(terminal_reader(sys.stdout) if interactive else stream_reader(sys.stdin), interactive)
    except NotAWarehouse as exc:
        return _error(str(exc))
    except duckdb.Error as exc:
        return _error(str(exc))


def postgres_url(args: argparse.Namespace) -> str | None:
    """``--postgres``, else ``$TRIALS_POSTGRES``, else None (no PostgreSQL publish)."""
    return args.postgres or os.environ.get("TRIALS_POSTGRES") or None


def publish_postgres(args: argparse.Namespace) -> int:
    """``trials publish --postgres URL``: the published warehouse copied into PostgreSQL."""
    url = postgres_url(args)
    if url is None:
        return _error("give --postgres URL (or set $TRIALS_POSTGRES)", EXIT_USAGE)
    warehouse = _published(args.warehouse)
    if warehouse is None:
        return EXIT_NOT_PUBLISHED
    from pipelines.postgres import PostgresPublishError, publish, report_lines
    from pipelines.warehouse.paths import NotAWarehouse

    try:
        published = publish(warehouse, url, args.postgres_reader, args.memory_limit, full=args.full)
    except NotAWarehouse as exc:
        return _error(str(exc))
    except PostgresPublishError as exc:
        return _error(f"{exc}\n{exc.outcome}; {warehouse} is unchanged.")
    print("\n".join(report_lines(published, args.postgres_reader)))
    return EXIT_PUBLISHED


def export(args: argparse.Namespace) -> int:
    """``trials export --parquet DIR``: every table and bi and ctgov view as a Parquet file."""
    warehouse = _published(args.warehouse)
    if warehouse is None:
        return EXIT_NOT_PUBLISHED
    import duckdb

    from pipelines.export import export_parquet
    from pipelines.warehouse.paths import NotAWarehouse

    if args.superset is not None:
        return _export_superset(warehouse, args.superset)
    try:
        written = export_parquet(warehouse, args.parquet)
    except NotAWarehouse as exc:
        return _error(str(exc))
    except (duckdb.Error, OSError) as exc:
        return _error(f"export of {warehouse} to {args.parquet} failed: {exc}")
    for item in written:
        print(f"{item.rows:>10,}  {item.relation:<34} {item.path}")
    print(f"Exported {len(written)} tables and views of {warehouse} to {args.parquet.resolve()}")
    return EXIT_PUBLISHED


def _export_superset(warehouse: Path, out: Path) -> int:
    import duckdb

    from pipelines.superset import write_bundle
    from pipelines.warehouse.paths import NotAWarehouse

    try:
        written = write_bundle(warehouse, out)
    except NotAWarehouse as exc:
        return _error(str(exc))
    except (duckdb.Error, OSError) as exc:
        return _error(f"the Superset dashboard of {warehouse} could not be written to {out}: {exc}")
    charts = sum(1 for path in written if "/charts/" in path)
    print(f"Wrote {out.resolve()}: the dashboard, {charts} charts and their datasets over {warehouse}")
    print(f"Import it: superset import-dashboards -p {out.resolve()} -u <your Superset user>")
    return EXIT_PUBLISHED
