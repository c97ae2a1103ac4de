"""`madoguchi screenshots`: render every page (and the main forms) to PNG, offscreen."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from app.errors import MadoguchiError
from app.services import Services

if TYPE_CHECKING:
    from ui.login import LoginDialog


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _save(widget: QWidget, path: Path, saved: list[Path]) -> None:
    _settle()
    if not widget.grab().save(str(path)):
        raise MadoguchiError(f"Could not write {path}.")
    saved.append(path)


def _quiet(kind: QtMsgType, _context: object, message: str) -> None:
    # The offscreen platform says it cannot raise or resize windows; that is expected here.
    if "This plugin does not support" not in message:
        print(message)


def take_screenshots(services: Services, out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_quiet)
    from ui.main import application
    from ui.main_window import MainWindow
    from ui.resident_view import ResidentView

    application()
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    window = MainWindow(services)
    window.show()
    for number, key in enumerate(window.page_keys(), start=1):
        page = window.show_page(key)
        if key == "reports":
            page.preview()  # type: ignore[attr-defined]
        _save(window, out / f"{number:02d}-{key}.png", saved)
    window.show_page("settings")
    tabs = window.pages["settings"].tabs  # type: ignore[attr-defined]
    for index, name in ((1, "settings-reports"), (2, "settings-code-lists"),
                        (3, "settings-devices"), (4, "settings-conflicts")):
        tabs.setCurrentIndex(index)
        number = window.page_keys().index("settings") + 1
        _save(window, out / f"{number:02d}{'bcde'[index - 1]}-{name}.png", saved)
    tabs.setCurrentIndex(0)
    window.search_box.setText("nguyen")
    window.run_search()
    _save(window, out / "20-search.png", saved)
    hits = [h for h in services.find("nguyen") if h.kind == "resident"]
    if hits:
        view = ResidentView(services, hits[0].id, window.opener, window)
        view.show()
        _save(view, out / "21-resident.png", saved)
        view.close()
    forms = (("consultation", 22), ("resident", 23), ("accompaniment", 24),
             ("session", 25), ("organisation", 26))
    for kind, number in forms:
        form = window.opener.form(kind, 1)
        form.show()
        _save(form, out / f"{number}-form-{kind}.png", saved)
        form.hide()
    window.close()
    if services.store.path is not None:
        from ui.login import LoginDialog

        login = LoginDialog(services.store.path, services.store.user)
        login.show()
        _save(login, out / "30-login.png", saved)
        _save_preparing(login, out / "31-login-preparing.png", saved)
        login.close()
    return saved


def _save_preparing(login: LoginDialog, path: Path, saved: list[Path]) -> None:
    """The busy indicator of the first login after an update (ui.waiting), drawn while a
    stand-in for the work waits on its thread."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    from ui.waiting import wait_for

    release = threading.Event()

    def shoot() -> None:
        shown = [w for w in login.findChildren(QProgressDialog) if w.isVisible()]
        if shown:
            _save(shown[0], path, saved)
        release.set()

    QTimer.singleShot(50, shoot)
    wait_for(lambda: release.wait(10), login, login.preparing_text(), show_after_ms=0)
