"""File and folder dialogs that start where the user works: the last folder they used for
the same kind of file, else their Documents folder; never the program's own folder (on a
locked-down PC that is where the installer put Madoguchi)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

KEY = "folders/"


def start_folder(kind: str, settings: QSettings | None = None) -> Path:
    saved = (settings or QSettings()).value(KEY + kind, "")
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember(kind: str, chosen: str, settings: QSettings | None = None) -> None:
    if not chosen:
        return
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    settings = settings or QSettings()
    settings.setValue(KEY + kind, str(folder))
    settings.sync()


def save_file(parent: QWidget, title: str, name: str, filters: str, kind: str) -> str:
    chosen = QFileDialog.getSaveFileName(parent, title, str(start_folder(kind) / name),
                                         filters)[0]
    remember(kind, chosen)
    return chosen


def open_file(parent: QWidget, title: str, filters: str, kind: str) -> str:
    chosen = QFileDialog.getOpenFileName(parent, title, str(start_folder(kind)), filters)[0]
    remember(kind, chosen)
    return chosen


def choose_folder(parent: QWidget, title: str, kind: str) -> str:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start_folder(kind)))
    remember(kind, chosen)
    return chosen
