"""Start the window on a database."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import MadoguchiError
from app.services import Services


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Madoguchi")
    app.setOrganizationName("Madoguchi")
    # Qt sizes a line edit for the main font; Burmese and Thai marks drawn from a fallback
    # font reach higher and lower, so give single-line fields room for them.
    height = int(app.fontMetrics().height() * 1.7)
    app.setStyleSheet(f"QLineEdit, QComboBox {{ min-height: {height}px; }}")
    return app


def run_window(db_path: Path, *, user: str | None = None, explicit: bool = False) -> int:
    app = application()
    if not explicit:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        services = Services.open(db_path, create=True, user=user)
    except MadoguchiError as exc:
        QMessageBox.critical(None, "Madoguchi", str(exc))
        print(f"madoguchi: {exc}", file=sys.stderr)
        return 2
    from ui.main_window import MainWindow

    window = MainWindow(services)
    window.show()
    try:
        return int(app.exec())
    finally:
        services.close()
