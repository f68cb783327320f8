"""How the CLI shows a run's progress (``--progress``): a bar with an ETA redrawn in place on a
terminal, a line per event otherwise, or one JSON object per line for a scheduler to read while
the run goes on. The events come from ``pipelines.progress`` (the ``pipelines.progress`` logger,
each record carrying its event as ``record.progress``). No dagster here."""

from __future__ import annotations

import json
import logging
import shutil
import sys
from datetime import UTC, datetime
from typing import TextIO

MODES = ("auto", "bar", "lines", "json", "none")


def _clock(seconds: float) -> str:
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def describe(event: dict) -> str:
    """A progress event as one line: step, units done, records, rate and ETA."""
    eta = f"ETA {_clock(event['eta_s'])}" if event.get("eta_s") is not None and event["batch"] < event["batches"] else ""
    item = f" ({event['item']})" if event.get("item") else ""
    counted = (
        f", {event['records']:,} records ({event['rate']:,.0f}/s{', ' + eta if eta else ''})"
        if event["records"]
        else (f", {eta}" if eta else "")
    )
    return f"{event['step']}: {event.get('unit', 'batch')} {event['batch']:,}/{event['batches']:,}{item}{counted}"


class LinesHandler(logging.StreamHandler):
    """A line per event, with the time: what a log file or a pipe should get."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))


class JsonHandler(logging.Handler):
    """One JSON object per line, flushed at once: ``{"time", "event", "message", ...}``."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def emit(self, record: logging.LogRecord) -> None:
        event = getattr(record, "progress", None) or {"event": "message"}
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            **event,
            "message": record.getMessage(),
        }
        self.stream.write(json.dumps(line, ensure_ascii=False) + "\n")
        self.stream.flush()


class BarHandler(logging.Handler):
    """A bar per step redrawn in place (``\\r``); other messages above it, each on its own line."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream
        self.drawn = False
        encoding = (getattr(stream, "encoding", None) or "").lower()
        self.full, self.empty = ("█", "░") if "utf" in encoding else ("#", "-")

    def bar(self, event: dict) -> str:
        width = shutil.get_terminal_size((100, 20)).columns
        done = event["batch"] / event["batches"] if event["batches"] else 1.0
        eta = f" · ETA {_clock(event['eta_s'])}" if event.get("eta_s") is not None and done < 1 else ""
        unit = {"batch": "batches", "table": "tables"}.get(event.get("unit", "batch"), event.get("unit", ""))
        counted = f" · {event['records']:,} records · {event['rate']:,.0f}/s" if event["records"] else ""
        tail = f" {done:4.0%} {event['batch']:,}/{event['batches']:,} {unit}{counted}{eta}"
        head = f"{event['step']:<9}"
        room = max(10, width - len(head) - len(tail) - 3)
        filled = round(room * done)
        return f"{head}{self.full * filled}{self.empty * (room - filled)}{tail}"[: width - 1]

    def emit(self, record: logging.LogRecord) -> None:
        event = getattr(record, "progress", None) or {}
        if event.get("event") == "batch":
            line = self.bar(event)
            self.stream.write("\r" + line.ljust(shutil.get_terminal_size((100, 20)).columns - 1))
            self.drawn = event["batch"] < event["batches"]
            if not self.drawn:
                self.stream.write("\n")
        else:
            if self.drawn:
                self.stream.write("\n")
                self.drawn = False
            self.stream.write(f"{datetime.fromtimestamp(record.created).strftime('%H:%M:%S')} {record.getMessage()}\n")
        self.stream.flush()


def handler_for(mode: str, stream: TextIO = sys.stderr) -> logging.Handler | None:
    """The handler ``--progress MODE`` asks for (``auto``: a bar on a terminal, else lines)."""
    if mode == "auto":
        mode = "bar" if stream.isatty() else "lines"
    return {"bar": BarHandler, "lines": LinesHandler, "json": JsonHandler}.get(mode, lambda _stream: None)(stream)
