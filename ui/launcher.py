"""The `madoguchi` entry point: the command line, plus the window's own commands."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app import cli

if TYPE_CHECKING:
    from app.services import Services

# The window's start imports only what the login screen needs before drawing it; the domain
# (app.services, app.accounts, the store, …) loads while the login screen waits for the
# password (ui.startup.LoginPreloader). Importing it before the Qt layer would spare PySide6
# reading those modules' source (20–35 ms), but the login screen would wait for all of it.


# PySide6 (6.12.0, found by the window's tests) lowers the reference counts of None and True
# on every void call and signal under Python 3.11; Python 3.12 made them immortal. A long
# session on 3.11 ends in a crash, so the window asks for 3.12 (the command line is fine).
WINDOW_PYTHON = (3, 12)
OLD_PYTHON = ("The window needs Python 3.12 or newer (PySide6 miscounts references on "
              "Python %s and a long session would crash); the command line works as it is.")


def window_python_problem(version: tuple[int, ...] = tuple(sys.version_info[:2])) -> str | None:
    if version[:2] >= WINDOW_PYTHON:
        return None
    return OLD_PYTHON % ".".join(str(p) for p in version[:2])


def _refused() -> int:
    problem = window_python_problem()
    if problem is None:
        return 0
    print(problem, file=sys.stderr)
    return 2


def _window(db_path: Path, user: str | None, explicit: bool) -> int:
    if _refused():
        return 2
    from ui.main import run_window

    return run_window(db_path, user=user, explicit=explicit)


def _screenshots(services: Services, out: Path) -> int:
    from ui.screenshots import take_screenshots

    for path in take_screenshots(services, out):
        print(path)
    return 0


def _selftest() -> int:
    from ui.selftest import run_selftest

    return run_selftest()


def _prefecture() -> int:
    if _refused():
        return 2
    from ui.pages.prefecture import run_prefecture

    return run_prefecture()


def _lang(code: str) -> int:
    from ui import i18n

    i18n.set_override(code)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, window={"window": _window, "screenshots": _screenshots,
                                  "lang": _lang, "selftest": _selftest,
                                  "prefecture": _prefecture})
