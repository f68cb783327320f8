"""Where things are when no flag or environment variable says: the bundled samples and the
instance configuration (package data, wherever the package is installed), and the user's data
folder for everything a run writes. No path depends on the current directory, and none on where
the package is installed: it is only read from. No dagster here."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

import platformdirs

APP_NAME = "trials-warehouse"


def samples_dir() -> Path:
    """The bundled sample records: 14 registry text pages and, in ``json/``, 13 API v2 twins."""
    return Path(os.fspath(files("pipelines.samples")))


def instance_config() -> str:
    """The Dagster instance configuration (``dagster.yaml``) runs of the warehouse want."""
    return files("pipelines.config").joinpath("dagster.yaml").read_text(encoding="utf-8")


def user_data_dir() -> Path:
    """The user's data folder for the warehouse (``$XDG_DATA_HOME/trials-warehouse`` on Linux,
    ``~/Library/Application Support/trials-warehouse`` on macOS), read when asked, not at import."""
    return platformdirs.user_data_path(APP_NAME)
