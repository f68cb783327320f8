"""Progress as the CLI shows it: a bar with an ETA on a terminal, lines in a log, JSON for schedulers."""

from __future__ import annotations

import io
import json
import logging

from pipelines.progress import Progress
from pipelines.progress_display import BarHandler, JsonHandler, LinesHandler, describe, handler_for


class _Log:
    def info(self, _message: str) -> None:
        pass


def _events(handler: logging.Handler, steps) -> None:
    logger = logging.getLogger("pipelines.progress")
    logger.handlers[:] = [handler]
    # another test in this process may have configured or switched off logging
    logger.propagate, logger.disabled = False, False
    logger.setLevel(logging.INFO)  # setLevel, not .level =: it clears the answers loggers cache
    switched_off = logging.root.manager.disable
    logging.disable(logging.NOTSET)
    try:
        steps()
    finally:
        logging.disable(switched_off)
        logger.handlers.clear()


def test_a_batch_line_says_units_done_records_rate_and_the_time_left_at_the_pace_so_far():
    event = {"step": "parse", "unit": "batch", "batch": 2, "batches": 8, "records": 6000, "rate": 1500.0, "eta_s": 12.0}
    assert describe(event) == "parse: batch 2/8, 6,000 records (1,500/s, ETA 0:12)"
    done = {**event, "batch": 8, "eta_s": 0.0}
    assert describe(done) == "parse: batch 8/8, 6,000 records (1,500/s)"  # no ETA once done
    table = {"step": "load", "unit": "table", "item": "sites", "batch": 3, "batches": 47, "records": 0, "rate": 0.0, "eta_s": 3725.0}
    assert describe(table) == "load: table 3/47 (sites), ETA 1:02:05"


def test_json_progress_is_one_object_a_line_with_the_event_and_its_numbers():
    stream = io.StringIO()

    def steps():
        progress = Progress(_Log(), "parse", 2)
        progress.advance(100)
        progress.advance(50)

    _events(JsonHandler(stream), steps)
    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert (first["event"], first["step"], first["batch"], first["batches"], first["records"]) == ("batch", "parse", 1, 2, 100)
    assert first["eta_s"] is not None and first["time"].endswith("+00:00") and first["message"].startswith("parse: batch 1/2")
    assert (second["batch"], second["records"], second["eta_s"]) == (2, 150, 0.0)


def test_the_bar_is_redrawn_in_place_and_ends_its_line_when_the_step_is_done_or_a_message_comes():
    stream = io.StringIO()

    def steps():
        progress = Progress(_Log(), "parse", 2)
        progress.advance(10)
        logging.getLogger("pipelines.progress").info("skipped a file", extra={"progress": {"event": "message"}})
        progress.advance(10)

    _events(BarHandler(stream), steps)
    text = stream.getvalue()
    assert text.startswith("\rparse") and " 50% 1/2 batches" in text and "ETA" in text
    assert "\n" in text.split("skipped a file")[0]  # the half-drawn bar ends its line before the message
    assert "100% 2/2 batches · 20 records" in text.split("skipped a file")[1] and text.endswith("\n")
    assert text.count("\r") == 2


def test_auto_draws_a_bar_only_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert isinstance(handler_for("auto", Terminal()), BarHandler)
    assert isinstance(handler_for("auto", io.StringIO()), LinesHandler)
    assert handler_for("none", io.StringIO()) is None
