"""Start the window on a database: the first-run wizard when there is none yet, otherwise the
login screen; then the logged-in user's window, under a session that can lock."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLoggingCategory
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import db, keyslots
from app.errors import MadoguchiError
from app.keyslots import KeyFile

if TYPE_CHECKING:
    from app.services import Services

ICON = Path(__file__).resolve().parent / "icons" / "madoguchi.png"


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Madoguchi")
    app.setOrganizationName("Madoguchi")
    app.setWindowIcon(QIcon(str(ICON)))
    # Qt sizes a line edit for the main font; Burmese and Thai marks drawn from a fallback
    # font reach higher and lower, so give single-line fields room for them.
    height = int(app.fontMetrics().height() * 1.7)
    app.setStyleSheet(f"QLineEdit, QComboBox {{ min-height: {height}px; }}")
    from ui import i18n

    # Qt notes each fallback font it skips for a script ("OpenType support missing");
    # the next shipped font draws it, so the note is noise on the console.
    QLoggingCategory.setFilterRules("qt.text.font.db=false")
    i18n.register_fonts()
    i18n.apply(i18n.login_language())
    return app



def check_openable(db_path: Path) -> None:
    """Refuse, with one clear sentence, a database that Madoguchi cannot log in to. Nothing
    is created or changed here."""
    keys = keyslots.key_path(db_path)
    if not db_path.exists():
        if keys.exists():
            raise MadoguchiError(QCoreApplication.translate(
                "run_window",
                "The database %1 is missing, but its key file is there. Restore the database "
                "from a backup; no new database was made.").replace("%1", str(db_path)))
        return
    if not db_path.is_file():
        raise MadoguchiError(QCoreApplication.translate(
            "run_window", "%1 is not a database file.").replace("%1", str(db_path)))
    if not keys.exists():
        if db.is_plaintext(db_path):
            raise MadoguchiError(QCoreApplication.translate(
                "run_window",
                "%1 is not encrypted; Madoguchi keeps records only in encrypted databases. "
                "It was not changed.").replace("%1", str(db_path)))
        raise MadoguchiError(QCoreApplication.translate(
                "run_window",
            "The key file %1 is missing beside the database, so it cannot be opened.")
            .replace("%1", keys.name))
    KeyFile.load(keys)  # a damaged key file says so now, before the login screen


def prepare_folder(db_path: Path, *, explicit: bool) -> None:
    """The data folder is made on the first start (the Start-menu shortcut gives no --db);
    a folder named with --db must already be there, so a typing mistake makes nothing."""
    folder = db_path.parent
    if folder.is_dir():
        return
    if explicit:
        raise MadoguchiError(QCoreApplication.translate(
            "run_window", "The folder %1 does not exist; no database was made.")
            .replace("%1", str(folder)))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise MadoguchiError(QCoreApplication.translate(
            "run_window", "Madoguchi cannot make its data folder %1 (%2).")
            .replace("%1", str(folder)).replace("%2", exc.strerror or type(exc).__name__)
        ) from None


def log_in(db_path: Path, user: str | None = None, *, explicit: bool = False) -> Services | None:
    """The first-run wizard for a new database, otherwise the login screen. None when the
    user cancelled."""
    from ui.login import LoginDialog, remember_user

    check_openable(db_path)
    if not db_path.exists():
        from ui.first_run import FirstRunWizard

        wizard = FirstRunWizard(db_path)
        if not wizard.launch() or wizard.services is None:
            return None
        remember_user(wizard.admin)
        return wizard.services
    dialog = LoginDialog(db_path, user)
    from ui.startup import LoginPreloader

    LoginPreloader(dialog).start()
    if not dialog.launch():
        return None
    return dialog.services


def run_window(db_path: Path, *, user: str | None = None, explicit: bool = False) -> int:
    from ui.labels import error_text
    from ui.startup import after_login, before_login

    app = application()  # the translator is loaded here, before any message can show
    from ui import errors

    errors.install()
    try:
        prepare_folder(db_path, explicit=explicit)
        lock = before_login(db_path)
        services = None
        while services is None:
            services = log_in(db_path, user, explicit=explicit)
            if services is None:
                return 0
            services = after_login(services)
    except MadoguchiError as exc:
        QMessageBox.critical(None, "Madoguchi", error_text(exc))
        print(f"madoguchi: {exc}", file=sys.stderr)
        return 2
    from app.jptime import today_local
    from ui.session import Session

    services.read_today_ahead(today_local())  # while the window is built
    session = Session(services)
    session.window.show()
    session.start_background_checks()
    try:
        return int(app.exec())
    finally:
        session.end()
        lock.release()
