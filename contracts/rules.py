"""Rules a contract states about what its values mean, which real records sometimes break.

A rule is a pandera check named ``rule: ...``. Unlike a type, a coded value or a key, a breach of
a rule does not remove anything: the row loads as the registry gives it, and the contract step
records a quarantine row with ``action = 'reported'``, the rule and the values it was given
(``pipelines/transform/contract.py``). Each factory here returns a check to assign in a contract's
class body (``_affected_within_at_risk = rules.not_above("num_affected", "num_at_risk")``).
"""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

RULE_PREFIX = "rule: "
# The columns each rule reads, by its check name: a breach's detail gives their values.
RULE_COLUMNS: dict[str, tuple[str, ...]] = {}


def _named(check, text: str, columns: tuple[str, ...]) -> str:
    """The rule's check name, also given to the function (pandera reports an inherited check by
    its function's name)."""
    name = f"{RULE_PREFIX}{text}"
    RULE_COLUMNS[name] = columns
    check.__name__ = name
    return name


def is_rule(check: str) -> bool:
    return check.startswith(RULE_PREFIX)


def not_negative(*columns: str):
    """Each of ``columns`` is 0 or more (NULL passes)."""

    def check(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col(data.key).is_null() | (pl.col(data.key) >= 0))

    return pa.check(*columns, name=_named(check, "a count is not negative", ()))(check)


def within(column: str, low: float, high: float, *, low_open: bool = False, what: str):
    """``column`` lies in [low, high] (or (low, high] when ``low_open``); NULL passes."""
    closed = "right" if low_open else "both"

    def check(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col(data.key).is_null() | pl.col(data.key).is_between(low, high, closed=closed))

    bounds = f"{'(' if low_open else '['}{low:g}, {high:g}]"
    return pa.check(column, name=_named(check, f"{what} is within {bounds}", ()))(check)


def not_above(small: str, large: str):
    """``small`` is not more than ``large`` in the same row (a NULL in either passes)."""

    def check(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col(small).is_null() | pl.col(large).is_null() | (pl.col(small) <= pl.col(large)))

    return pa.dataframe_check(check, name=_named(check, f"{small} does not exceed {large}", (small, large)))


def group_named(code: str = "group_code", ordinal: str = "group_ordinal"):
    """A row that names a group (``code``) found it among its module's groups: the parser set
    ``ordinal`` to that group's row, and leaves it NULL for a code the module does not list."""

    def check(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col(code).is_null() | pl.col(ordinal).is_not_null())

    return pa.dataframe_check(check, name=_named(check, "every group code a row names exists among its module's groups", (code,)))
