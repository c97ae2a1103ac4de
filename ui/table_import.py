"""Settings → Import from Excel/CSV: a wizard that brings in an old consultation log or
updates residents from the resident roster (its pages: ui/table_import_pages.py).

Choose the file and its sheets → check each sheet's header row and columns → choose codes for
texts and defaults → preview every row → import all or nothing. Reading, previewing and
importing run off the UI thread (ui.jobs.Job.on_connection) on a second connection, with
progress and Cancel; no SQL here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
    QWizard,
)

from app.progress import Progress
from app.services import Services
from app.tableimport.apply import Imported
from app.tableimport.plan import Preview
from app.tableimport.profile import Profile
from app.tableimport.report import write_report, write_rows
from app.tableimport.roster import REPORT_HEADER, RosterPreview
from app.tableimport.source import Workbook
from ui.jobs import ConnectedWork, Job
from ui.table_import_pages import ColumnsPage, DonePage, FilePage, PreviewPage, ValuesPage
from ui.table_import_rows import translate


class TableImportWizard(QWizard):
    """The import wizard. Seams for tests: choose_file, choose_profile, choose_save_path,
    and launch()."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.book: Workbook | None = None
        self.profile = Profile()
        self.preview: Preview | RosterPreview | None = None
        self.imported: Imported | None = None
        self.roster_done: dict[str, int] | None = None
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Import from Excel/CSV"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 620)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.values_page = ValuesPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.columns_page, self.values_page, self.preview_page,
                     self.done_page):
            self.addPage(page)

    def launch(self) -> int:
        return self.exec()

    # -- seams for tests
    def choose_file(self) -> str:
        return QFileDialog.getOpenFileName(
            self, self.tr("Import from Excel/CSV"), "",
            self.tr("Spreadsheets (*.xlsx *.xls *.csv *.txt)"))[0]

    def choose_profile(self) -> str:
        return QFileDialog.getOpenFileName(self, self.tr("Load mapping profile"), "",
                                           "JSON (*.json)")[0]

    def choose_save_path(self, title: str, name: str, kinds: str) -> str:
        return QFileDialog.getSaveFileName(self, title, name, kinds)[0]

    # -- background work
    def run(self, title: str, work: Callable[[Progress], Any],
            done: Callable[[Any], None], failed: Callable[[str], None]) -> None:
        self._start(Job(self, title, work), done, failed)

    def run_on_connection(self, title: str, work: ConnectedWork,
                          done: Callable[[Any], None], failed: Callable[[str], None]) -> None:
        self._start(Job.on_connection(self, title, self.services, work), done, failed)

    def _start(self, job: Job, done: Callable[[Any], None],
               failed: Callable[[str], None]) -> None:
        self.job = job
        self.job.done.connect(done)
        self.job.failed.connect(failed)
        self.job.start()

    def make_preview(self, then: Callable[[Any], None],
                     failed: Callable[[str], None]) -> None:
        book, profile = self.book, Profile.from_json(self.profile.to_json())
        assert book is not None
        self.preview = None

        def work(own: Services, progress: Progress) -> Preview | RosterPreview:
            if profile.kind == "roster":
                return own.table_import.preview_roster(book, profile, progress)
            return own.table_import.preview(book, profile, None, progress)

        def shown(preview: Preview | RosterPreview) -> None:
            self.preview = preview
            then(preview)

        self.run_on_connection(self.tr("Making the preview…"), work, shown, failed)

    def start_import(self) -> bool:
        """Start the import; the wizard moves on to its last page when it is done."""
        preview = self.preview
        if preview is None or self.job is not None and self.job.running():
            return False
        if isinstance(preview, RosterPreview):
            return self._start_roster(preview)

        def work(own: Services, progress: Progress) -> Imported:
            return own.table_import.import_rows(
                preview, progress=progress, backup=lambda: own.backups.make("before-import"))

        def finished(done: Imported) -> None:
            self.imported = done
            self.services.codes.reload()
            self.next()

        self.run_on_connection(self.tr("Importing…"), work, finished,
                               self.preview_page.message.setText)
        return False  # the page is left by finished(), once the import has committed

    def _start_roster(self, preview: RosterPreview) -> bool:
        def work(own: Services, progress: Progress) -> dict[str, int]:
            return own.table_import.apply_roster(
                preview, progress=progress, backup=lambda: own.backups.make("before-import"))

        def finished(counts: dict[str, int]) -> None:
            self.roster_done = counts
            self.next()

        self.run_on_connection(self.tr("Updating residents…"), work, finished,
                               self.preview_page.message.setText)
        return False

    def finished_import(self) -> bool:
        return self.imported is not None or self.roster_done is not None

    def save_report(self, imported: Imported | None) -> None:
        if self.preview is None:
            return
        name = (self.book.path.stem if self.book else "import") + ".import-report.csv"
        path = self.choose_save_path(self.tr("Save the import report"), name, "CSV (*.csv)")
        if not path:
            return
        if isinstance(self.preview, RosterPreview):
            write_rows(Path(path), REPORT_HEADER,
                       self.services.table_import.roster_report_rows(self.preview, translate))
        else:
            write_report(Path(path), self.preview, imported, translate)


class OldRecordsBox(QGroupBox):
    """Settings → Town and data: where the import wizard starts."""

    imported = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Old records from Excel or CSV"), parent)
        self.services = services
        row = QHBoxLayout(self)
        self.button = QPushButton(self.tr("Import from Excel/CSV…"), self)
        self.button.clicked.connect(self.open_wizard)
        note = QLabel(self.tr("A consultation log kept in Excel or CSV, or the resident roster: "
                              "preview every row first, then import all or nothing."), self)
        note.setWordWrap(True)
        row.addWidget(self.button)
        row.addWidget(note, 1)

    def open_wizard(self) -> None:
        wizard = TableImportWizard(self.services, self)
        wizard.launch()
        if wizard.finished_import():
            self.imported.emit()
