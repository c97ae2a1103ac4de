"""Where Madoguchi keeps its files by default: the user's data and log folders
(platformdirs), or, when MADOGUCHI_HOME is set (a portable copy on a USB drive, or tests),
folders inside it."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Madoguchi"
HOME_ENV = "MADOGUCHI_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME,
                                                                        appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "madoguchi.db"


def log_dir() -> Path:
    home = _home()
    return home / "log" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
