"""The dictionary as Markdown (``docs/data-dictionary.md``) and as ``COMMENT ON`` statements
(``sql/dictionary/<schema>/<name>.sql``)."""

from __future__ import annotations

from pathlib import Path

from contracts.registry import joins_of
from pipelines.dictionary import diagram
from pipelines.dictionary.catalog import Relation, catalog
from pipelines.generate import files
from pipelines.warehouse.sql_files import SQL_DIR

PROJECT_DIR = SQL_DIR.parent
DOC_PATH = PROJECT_DIR / "docs" / "data-dictionary.md"
README_PATH = PROJECT_DIR / "README.md"  # its diagrams, between their markers
COMMENTS_DIR = SQL_DIR / "dictionary"
GENERATED = "Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit."


def expected_files() -> dict[Path, str]:
    """Every file the dictionary is made of, with the text it must have."""
    relations = catalog()
    files = {DOC_PATH: markdown(relations)}
    if README_PATH.is_file():  # an installed package has no README; a clone has
        files[README_PATH] = diagram.with_diagrams(README_PATH.read_text(encoding="utf-8"))
    for relation in relations:
        files[COMMENTS_DIR / relation.schema / f"{relation.name}.sql"] = comment_sql(relation)
    return files


def stale_files() -> list[Path]:
    """Files that differ from what the contracts say, are missing, or describe nothing any more."""
    return files.stale(expected_files(), COMMENTS_DIR.glob("*/*.sql"))


def write() -> list[Path]:
    """Bring every dictionary file up to date; return those that changed."""
    return files.write(expected_files(), COMMENTS_DIR.glob("*/*.sql"))


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def comment_sql(relation: Relation) -> str:
    lines = [
        f"-- {relation.qualified}: its description, grain and key, and every column's description.",
        f"-- {GENERATED}",
        f"comment on {relation.kind} {relation.qualified} is {_literal(relation.comment)};",
    ]
    lines += [f"comment on column {relation.qualified}.{column.name} is {_literal(column.description)};" for column in relation.columns]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _nullable(value: bool | None) -> str:
    return "no" if value is False else "yes"  # a computed view column (None) may be NULL


def joins(relation: Relation) -> list[str]:
    """The dictionary's lines on a table's joins (and on the ``bi`` view that mirrors it)."""
    if relation.schema not in ("main", "bi"):
        return []
    out, into = joins_of(relation.name)
    lines = []
    if out:
        said = "; ".join(
            f"`{r.parent}` on "
            + " and ".join(f"`{c}` = `{r.parent}.{p}`" for c, p in zip(r.columns, r.parent_columns, strict=True))
            + (f" (`{r.via}` may be NULL)" if r.optional else "")
            for r in out
        )
        lines.append(f"- **Joins:** {said}")
    if into:
        lines.append(f"- **Joined by:** {', '.join(f'`{r.table}.{r.via}`' for r in into)}")
    return lines


def markdown(relations: tuple[Relation, ...]) -> str:
    tables = [r for r in relations if r.kind == "table" and r.schema == "main"]
    history = [r for r in relations if r.schema == "history"]
    views = [r for r in relations if r.kind == "view" and r.schema == "bi"]
    aact = [r for r in relations if r.schema == "ctgov"]
    out = [
        "# Data dictionary",
        "",
        f"<!-- {GENERATED} -->",
        "",
        "Every table of the warehouse and every view of its `bi` schema: what one row is (grain), the columns that",
        "identify a row (key), and each column's type and meaning. It is generated from the pandera contracts",
        "(`contracts/`) and the headers of `sql/views/` and `sql/ctgov/`. The same text is stored in the warehouse as `COMMENT ON`,",
        "so SQL clients show it (`select table_name, comment from duckdb_tables()`, `duckdb_columns()`).",
        "A test fails when this file, the contracts or a published warehouse disagree.",
        "",
        "- **Tables** (schema `main`) are the star schema and the load's own records. Keys are kept unique by the",
        "  blocking check `key_is_unique`, not by an index.",
        "- **History** (schema `history`) holds every version of each table a record fills: each row with the Last Updated",
        "  dates of the versions between which it held (`valid_from`, `valid_to`; NULL: it still holds). `bi.<table>_as_of(date)`",
        "  gives a `bi` view's rows on a date; `bi.trial_versions` and `bi.trial_changes` read it.",
        "- **Views** (schema `bi`) are what BI tools should connect to: flat columns of types every BI driver",
        "  reads (VARCHAR, BIGINT, DOUBLE, DATE, BOOLEAN, TIMESTAMP), multi-valued fields as bridge tables.",
        "- **AACT views** (schema `ctgov`) carry AACT's table names, column names, types and values, so SQL written",
        '  for AACT runs unchanged (README, "Coming from AACT"). Each column says what it means in AACT and where',
        "  it comes from here.",
        "",
        "## Contents",
        "",
        "| Table | Grain | Key |",
        "|---|---|---|",
    ]
    out += [f"| [`{r.qualified}`](#{r.schema}{r.name}) | {_cell(r.grain)} | {', '.join(r.key) or '—'} |" for r in relations]
    out += [
        "",
        "## Diagrams",
        "",
        "The tables a record fills and the joins their contracts declare (`bi.relationships` holds them as rows).",
        "An edge is labelled with the column that names the parent row; `|o` marks a join that may be NULL.",
        "Every child table's key is `nct_id, ordinal`; a box lists the columns that name another row.",
        "Every join is within one trial (`nct_id`).",
    ]
    for name in diagram.DIAGRAMS:
        out += ["", f"### {name.capitalize()}", "", diagram.fenced(name).rstrip("\n")]
    for heading, group in (
        ("Tables (`main`)", tables),
        ("History (`history`)", history),
        ("BI views (`bi`)", views),
        ("AACT views (`ctgov`)", aact),
    ):
        out += ["", f"## {heading}"]
        for relation in group:
            out += [
                "",
                f"### {relation.qualified}",
                "",
                relation.description,
                "",
                f"- **Grain:** {relation.grain}",
                f"- **Key:** {', '.join(f'`{k}`' for k in relation.key) or 'none: rows are events, never updated'}",
                *joins(relation),
                "",
                "| Column | Type | Nullable | Description |",
                "|---|---|---|---|",
            ]
            out += [f"| `{c.name}` | {c.type} | {_nullable(c.nullable)} | {_cell(c.description)} |" for c in relation.columns]
    return "\n".join(out) + "\n"
