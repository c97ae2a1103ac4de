"""The `madoguchi` entry point: the command line, plus the window's own commands."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app import cli
from app.services import Services


def load_before_qt() -> None:
    """PySide6 reads the source file of every module imported after it, looking for its
    `__feature__` switches: 20–35 ms of a start for the app's own modules, which never use
    Qt. So the window's start imports them before the Qt layer."""
    import app.accounts  # noqa: F401
    import app.integrity  # noqa: F401
    import app.today  # noqa: F401


def _window(db_path: Path, user: str | None, explicit: bool) -> int:
    load_before_qt()
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
