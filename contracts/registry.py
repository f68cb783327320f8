"""The table registry: every warehouse table, declared once, by its contract.

Every module of this package that defines a ``pandera.polars.DataFrameModel`` with a
``Config.name`` declares a table: its name, description, grain (``Config.metadata["grain"]``),
key (``Config.unique``, else the one field marked unique), columns, types and descriptions. A
``ChildTable`` belongs to the trial (``base.PARENT_TABLE``); the parent and its children are the
tables a registry record fills, the others (quarantine, load history, manifest, pulls) the
load's own records. What follows from this is derived here or generated from it (``make
generate``): the load order, the DDL, the standard load statements, the ``bi`` views, the orphan
and duplicate-key checks and the data dictionary.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import dataclass
from functools import cache

import pandera.polars as pa
import polars as pl

from contracts.base import PARENT_TABLE, ChildTable


@dataclass(frozen=True)
class Table:
    """One warehouse table, as its contract declares it."""

    model: type[pa.DataFrameModel]
    parent: str | None  # the table a row belongs to; None for the trial and the load's own tables
    from_record: bool  # filled by parsing a registry record (the trial and its children)

    @property
    def name(self) -> str:
        return self.model.Config.name

    @property
    def description(self) -> str:
        return self.model.Config.description

    @property
    def grain(self) -> str:
        grain = (self.model.__config__.metadata or {}).get("grain")
        if not grain:
            raise ValueError(f"contract {self.model.__name__} states no grain (Config.metadata['grain'])")
        return grain

    @property
    def key(self) -> tuple[str, ...]:
        """The columns that identify a row: ``Config.unique``, else the one field marked unique; () for none."""
        schema = self.model.to_schema()
        if schema.unique:
            return tuple(schema.unique)
        return tuple(name for name, column in schema.columns.items() if column.unique)

    @property
    def json_paths(self) -> dict[str, tuple[str, ...]]:
        """Each column's leaf paths of the study JSON (``base.from_json``); () for a column no path fills."""
        return {name: tuple((column.metadata or {}).get("json", ())) for name, column in self.model.to_schema().columns.items()}

    @property
    def schema(self) -> pl.Schema:
        """The polars schema of the table, columns in contract order."""
        return pl.Schema({name: column.dtype.type for name, column in self.model.to_schema().columns.items()})


# Modules of this package that declare no table: shared bases, coded values, this registry.
_NOT_TABLES = {"base", "codes", "registry", "rules", "results_fields"}


def _models() -> list[type[pa.DataFrameModel]]:
    import contracts

    found: dict[str, type[pa.DataFrameModel]] = {}
    for module_info in sorted(pkgutil.iter_modules(contracts.__path__), key=lambda m: m.name):
        if module_info.name in _NOT_TABLES:
            continue
        module = importlib.import_module(f"contracts.{module_info.name}")
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, pa.DataFrameModel) and value.__module__ == module.__name__:
                name = value.Config.name
                if name in found and found[name] is not value:
                    raise ValueError(f"two contracts declare table {name}: {found[name].__name__} and {value.__name__}")
                found[name] = value
    return list(found.values())


@cache
def tables() -> tuple[Table, ...]:
    """Every table, in load order: the trial, its child tables, then the load's own tables
    (each group by name)."""
    models = _models()
    by_name = {model.Config.name: model for model in models}
    if PARENT_TABLE not in by_name:
        raise ValueError(f"no contract declares the table {PARENT_TABLE}, which every child table belongs to")
    children = sorted((m for m in models if issubclass(m, ChildTable)), key=lambda m: m.Config.name)
    own = sorted((m for m in models if m.Config.name != PARENT_TABLE and not issubclass(m, ChildTable)), key=lambda m: m.Config.name)
    return (
        Table(by_name[PARENT_TABLE], None, True),
        *(Table(model, PARENT_TABLE, True) for model in children),
        *(Table(model, None, False) for model in own),
    )


def table(name: str) -> Table:
    return next(t for t in tables() if t.name == name)


@dataclass(frozen=True)
class Relationship:
    """A join the contracts declare: ``table (columns) = parent (parent_columns)``, many rows to
    one. Every child row belongs to its trial by ``nct_id``; a field made by ``base.refers_to``
    names a row of another table of the same trial by its ordinal."""

    table: str
    columns: tuple[str, ...]
    parent: str
    parent_columns: tuple[str, ...]
    optional: bool  # the referring column may be NULL (the row then refers to nothing)

    @property
    def via(self) -> str:
        """The column that names the parent row (``nct_id`` for a trial, else the ordinal field)."""
        return self.columns[-1]

    def condition(self, child: str = "c", parent: str = "p") -> str:
        """The join condition, with the given aliases."""
        return " and ".join(f"{parent}.{p} = {child}.{c}" for c, p in zip(self.columns, self.parent_columns, strict=True))


@cache
def relationships() -> tuple[Relationship, ...]:
    """Every declared join, child table by child table in load order: to the trial first, then
    each ``refers_to`` field in contract order."""
    names = {t.name for t in tables()}
    found = []
    for child in tables():
        if child.parent is None:
            continue
        found.append(Relationship(child.name, ("nct_id",), child.parent, ("nct_id",), False))
        for name, column in child.model.to_schema().columns.items():
            target = (column.metadata or {}).get("refers_to")
            if target is None:
                continue
            if target not in names:
                raise ValueError(f"{child.name}.{name} refers to {target}, which no contract declares")
            found.append(Relationship(child.name, ("nct_id", name), target, ("nct_id", "ordinal"), column.nullable))
    return tuple(found)


def joins_of(name: str) -> tuple[tuple[Relationship, ...], tuple[Relationship, ...]]:
    """The joins from table ``name`` to the rows it names, and those from the tables naming it."""
    return (
        tuple(r for r in relationships() if r.table == name),
        tuple(r for r in relationships() if r.parent == name),
    )
