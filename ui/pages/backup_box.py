"""Settings › Backups: where backups go (an encrypted USB drive, say), and a backup now."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.errors import MadoguchiError
from app.services import Services
from ui import file_dialogs
from ui.labels import error_text


class BackupBox(QGroupBox):
    restore_requested = Signal(object)  # the backup file (Path) to restore

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self.services = services
        form = QFormLayout(self)
        self.folder = QLabel(str(services.backups.folder()), self)
        self.folder.setWordWrap(True)
        change = QPushButton(self.tr("Change folder…"), self)
        change.clicked.connect(self.change_folder)
        now = QPushButton(self.tr("Back up now"), self)
        now.clicked.connect(self.back_up_now)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        restore = QPushButton(self.tr("Restore from a backup…"), self)
        restore.clicked.connect(self.ask_restore)
        restore.setEnabled(services.store.role == "admin")
        row = QHBoxLayout()
        row.addWidget(change)
        row.addWidget(now)
        row.addWidget(restore)
        row.addStretch(1)
        form.addRow(self.tr("Folder"), self.folder)
        form.addRow("", row)
        about = QLabel(self.tr(
            "A verified, encrypted backup is made at the first start of each day and before "
            "every import, restore and purge; 7 daily, 4 weekly and 12 monthly are kept."),
            self)
        about.setWordWrap(True)
        form.addRow("", about)
        form.addRow("", self.note)
        change.setEnabled(services.store.role == "admin")

    def choose_folder(self) -> str:
        """Seam for tests."""
        return file_dialogs.choose_folder(self, self.tr("Folder for backups"), "backups")

    def change_folder(self) -> None:
        chosen = self.choose_folder()
        if not chosen:
            return
        try:
            self.services.backups.set_folder(Path(chosen))
        except MadoguchiError as exc:
            self.note.setText(error_text(exc))
            return
        self.folder.setText(str(self.services.backups.folder()))
        self.note.setText(self.tr("Saved."))

    def choose_backup(self) -> str:
        """Seam for tests."""
        return QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), str(self.services.backups.folder()),
            "Madoguchi (*.db *.bak)")[0]

    def confirm_restore(self, name: str) -> bool:
        """Seam for tests."""
        return QMessageBox.question(self, self.tr("Restore"), self.tr(
            "Restore %1? The current database is kept aside, never deleted, and the window "
            "opens again on the restored records.").replace("%1", name)
        ) == QMessageBox.StandardButton.Yes

    def ask_restore(self) -> None:
        chosen = self.choose_backup()
        if not chosen:
            return
        try:
            self.services.backups.verify(Path(chosen))
        except MadoguchiError as exc:
            self.note.setText(error_text(exc))
            return
        if self.confirm_restore(Path(chosen).name):
            self.restore_requested.emit(Path(chosen))

    def back_up_now(self) -> None:
        try:
            made = self.services.backups.make("manual")
        except MadoguchiError as exc:
            self.note.setText(error_text(exc))
            return
        self.note.setText(self.tr("Backed up to %1").replace("%1", str(made)))
