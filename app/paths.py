"""Where Madoguchi keeps its files by default (platformdirs: the user's data folder)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Madoguchi"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "madoguchi.db"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
