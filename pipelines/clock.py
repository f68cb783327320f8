"""Timestamps stored in the warehouse: UTC, as naive TIMESTAMP values (BI-safe)."""

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
