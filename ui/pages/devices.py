"""Settings › Devices: the sync folder, Sync now, each device's status, add and revoke a
device (docs/sync.md). The exchange runs off the UI thread (ui/jobs.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.audit import local_time
from app.errors import MadoguchiError
from app.progress import Progress
from app.services import Services
from app.sync import folder

if TYPE_CHECKING:
    from app.devices import Revoked
from ui import file_dialogs
from ui.jobs import Job
from ui.labels import error_text


def exchange_text(done: folder.Exchanged) -> str:
    """One line about an exchange, for the Devices tab and the window's status line."""
    added = sum(o.added for o in done.applied)
    updated = sum(o.updated for o in done.applied)
    deleted = sum(o.deleted for o in done.applied)
    clashes = sum(o.conflicts for o in done.applied)
    text = QCoreApplication.translate(
        "Sync", "Synced: %1 added, %2 updated, %3 deleted, %4 new conflicts.")
    for n, value in enumerate((added, updated, deleted, clashes), start=1):
        text = text.replace(f"%{n}", str(value))
    if done.refused:
        text += " " + QCoreApplication.translate("Sync", "Packets refused: %1.").replace(
            "%1", str(len(done.refused)))
    return text


class DevicesBox(QWidget):
    conflicts_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.job: Job | None = None
        self.revoked = ""  # the device being revoked
        self.admin = services.store.role == "admin"
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Sync between devices"), self)
        form = QFormLayout(box)
        self.folder = QLabel(box)
        self.folder.setWordWrap(True)
        change = QPushButton(self.tr("Choose folder…"), box)
        change.clicked.connect(self.choose_folder)
        change.setEnabled(self.admin)
        self.sync_now = QPushButton(self.tr("Sync now"), box)
        self.sync_now.clicked.connect(self.start_sync)
        row = QHBoxLayout()
        row.addWidget(change)
        row.addWidget(self.sync_now)
        row.addStretch(1)
        form.addRow(self.tr("Sync folder"), self.folder)
        form.addRow("", row)
        self.status_line = QLabel(box)
        self.status_line.setWordWrap(True)
        form.addRow("", self.status_line)
        about = QLabel(self.tr(
            "Each device writes an encrypted packet of its changes to this folder (a shared "
            "folder or a USB stick) and reads the others' packets. It also happens at login "
            "and logout when the folder can be reached."), box)
        about.setWordWrap(True)
        form.addRow("", about)
        layout.addWidget(box)

        table_box = QGroupBox(self.tr("Devices of this town"), self)
        inner = QVBoxLayout(table_box)
        self.table = QTableWidget(0, 4, table_box)
        self.table.setHorizontalHeaderLabels([self.tr("Device"), self.tr("Name"),
                                              self.tr("Last heard from"),
                                              self.tr("Changes not yet confirmed")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        inner.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add device…"), table_box)
        self.add_button.clicked.connect(self.add_device)
        self.revoke_button = QPushButton(self.tr("Revoke device"), table_box)
        self.revoke_button.clicked.connect(self.revoke_device)
        for button in (self.add_button, self.revoke_button):
            button.setEnabled(self.admin)
            buttons.addWidget(button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        self.conflicts_line = QLabel(table_box)
        inner.addWidget(self.conflicts_line)
        layout.addWidget(table_box)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        state = self.services.sync.status()
        self.folder.setText(state.folder or self.tr("(none chosen)"))
        self.sync_now.setEnabled(bool(state.folder))
        self.table.setRowCount(len(state.devices))
        for row, line in enumerate(state.devices):
            heard = self.tr("this device") if line.this_device else (
                self.tr("revoked") if line.revoked else (
                    local_time(line.last_heard)[:16] if line.last_heard else self.tr("never")))
            cells = [line.device_id[:8], line.name, heard,
                     "" if line.this_device else str(line.waiting_for_it)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(line.device_id)
                self.table.setItem(row, col, item)
        for column in range(self.table.columnCount() - 1):  # the last one takes the rest
            self.table.resizeColumnToContents(column)
        self.conflicts_line.setText(self.tr("Open conflicts: %1").replace(
            "%1", str(state.open_conflicts)))

    def choose_folder(self) -> None:
        chosen = file_dialogs.choose_folder(self, self.tr("Sync folder"), "sync")
        if not chosen:
            return
        try:
            self.services.sync.set_folder(Path(chosen))
        except MadoguchiError as exc:
            QMessageBox.warning(self, self.tr("Sync"), error_text(exc))
        self.refresh()

    def start_sync(self) -> Job | None:
        where = Path(self.services.store.setting(folder.SETTING) or ".")

        def work(progress: Progress) -> folder.Exchanged:
            return self.services.sync.exchange(where, progress)

        self.sync_now.setEnabled(False)
        self.job = Job(self, self.tr("Syncing…"), work)
        self.job.done.connect(self._synced)
        self.job.failed.connect(self._failed)
        return self.job.start()

    def _synced(self, done: Any) -> None:
        self.status_line.setText(exchange_text(done))
        self.refresh()
        self.conflicts_changed.emit()

    def _failed(self, message: str) -> None:
        self.status_line.setText(message)
        self.refresh()

    def add_device(self) -> None:
        name = file_dialogs.save_file(self, self.tr("Copy of this town for another device"),
                                      "laptop.db", self.tr("Madoguchi database (*.db)"),
                                      "device")
        if not name:
            return
        try:
            new_id = self.services.sync.add_device(Path(name))
        except MadoguchiError as exc:
            QMessageBox.warning(self, self.tr("Add device"), error_text(exc))
            return
        self.status_line.setText(self.tr(
            "Device %1 added. Copy both files (%2 and its .keys file) to the other device's "
            "data folder.").replace("%1", new_id[:8]).replace("%2", Path(name).name))
        self.refresh()

    def revoke_device(self) -> Job | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        device_id = item.toolTip()
        answer = QMessageBox.question(self, self.tr("Revoke device"), self.tr(
            "Refuse every packet of device %1 from now on, on every device, and give this "
            "database a new key? Do this for a lost or retired device.").replace(
                "%1", device_id[:8]))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        self.revoked = device_id

        def work(progress: Progress) -> Revoked:
            # the revocation, then a re-key of the whole file: seconds on a large town
            return self.services.sync.revoke(device_id)

        self.revoke_button.setEnabled(False)
        self.job = Job(self, self.tr("Revoking device…"), work)
        self.job.done.connect(self._revoked)
        self.job.failed.connect(self._revoke_failed)
        return self.job.start()

    def _revoke_failed(self, message: str) -> None:
        self.revoke_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Revoke device"), message)
        self.refresh()

    def _revoked(self, done: Revoked) -> None:
        self.revoke_button.setEnabled(True)
        self.refresh()
        short = self.revoked[:8]
        held_back = done.held_back
        if held_back:
            QMessageBox.information(self, self.tr("Revoke device"), self.tr(
                "Device %1 is revoked, but this database was not re-keyed: the accounts %2 "
                "were made by an older Madoguchi and change at their next login; revoke the "
                "device again after that.").replace("%1", short).replace(
                    "%2", ", ".join(held_back)))
        else:
            self.status_line.setText(self.tr(
                "Device %1 is revoked and this database has a new key: backups made from now "
                "on cannot be opened with the lost device's key.").replace("%1", short))
        if done.new_sync_key:
            self.status_line.setText(self.status_line.text() + " " + self.tr(
                "No other device was left, so the town has a new sync key: devices added from "
                "now on get it; the lost device's packets are refused."))
