"""Export every record to JSON, or import an export, from the window: off the UI thread,
with progress and Cancel. The work runs on its own database connection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.progress import Progress
from app.services import Services
from ui import file_dialogs
from ui.jobs import ConnectedWork, Job


class DataTransferBox(QGroupBox):
    imported = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("All records as a file"), parent)
        self.services = services
        self.job: Job | None = None
        row = QHBoxLayout(self)
        export = QPushButton(self.tr("Export all records…"), self)
        export.clicked.connect(self.export)
        load = QPushButton(self.tr("Import records…"), self)
        load.clicked.connect(self.import_)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        row.addWidget(export)
        row.addWidget(load)
        row.addWidget(self.result, 1)

    # -- seams for tests
    def choose_export_path(self) -> str:
        return file_dialogs.save_file(self, self.tr("Export all records"),
                                      "madoguchi-export.json", "JSON (*.json)", "exchange")

    def choose_import_path(self) -> str:
        return file_dialogs.open_file(self, self.tr("Import records"), "JSON (*.json)",
                                      "exchange")

    def export(self) -> None:
        target = self.choose_export_path()
        if not target:
            return

        def work(own: Services, progress: Progress) -> dict[str, int]:
            return own.exchange.export_file(Path(target), progress)

        self._run(self.tr("Exporting…"), work, self.tr("Exported to %1: %2").replace(
            "%1", target))

    def import_(self) -> None:
        source = self.choose_import_path()
        if not source:
            return

        def work(own: Services, progress: Progress) -> dict[str, int]:
            return own.exchange.import_file(Path(source), progress)

        self._run(self.tr("Importing…"), work, self.tr("Imported from %1: %2").replace(
            "%1", source), refresh=True)

    def _run(self, title: str, work: ConnectedWork, message: str,
             refresh: bool = False) -> None:
        self.result.setText("")
        self.job = Job.on_connection(self, title, self.services, work)

        def done(counts: dict[str, int]) -> None:
            self.result.setText(message.replace(
                "%2", ", ".join(f"{k} {v}" for k, v in counts.items())))
            if refresh:
                self.services.codes.reload()
                self.imported.emit()

        self.job.done.connect(done)
        self.job.failed.connect(self.result.setText)
        self.job.start()
