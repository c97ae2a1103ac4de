"""Reports: choose a month or a fiscal year, preview the tables, export PDF, Excel or CSV
(off the UI thread, with progress), make the email draft for the prefecture, or send it."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.jptime import fiscal_year, today_local
from app.progress import Progress
from app.reports import build
from app.reports.era import fiscal_year_label
from app.reports.model import Paragraph, ReportDocument, Table
from app.services import Services
from ui import file_dialogs
from ui.formats import number_text
from ui.jobs import ConnectedWork, Job

YEARS_BACK = 10


class ReportsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.doc: ReportDocument | None = None
        self.job: Job | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.monthly = QRadioButton(self.tr("Monthly report"), self)
        self.annual = QRadioButton(self.tr("Annual report for the prefecture"), self)
        self.monthly.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.monthly)
        group.addButton(self.annual)
        self.month = QComboBox(self)
        self.year = QComboBox(self)
        today = today_local()
        for back in range(YEARS_BACK * 12):
            index = today.year * 12 + today.month - 1 - back
            year, month = index // 12, index % 12 + 1
            self.month.addItem(f"{year}-{month:02d}", f"{year}-{month:02d}")
        for back in range(YEARS_BACK):
            fy = fiscal_year(today) - back
            self.year.addItem(f"{fiscal_year_label(fy)} ({fy})", fy)
        self.month.setCurrentIndex(1)  # the month just ended
        self.year.setCurrentIndex(1 if today.month < 10 else 0)  # a finished year until autumn
        preview = QPushButton(self.tr("Preview"), self)
        preview.clicked.connect(self.preview)
        for widget in (self.monthly, self.month, self.annual, self.year, preview):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)

        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for fmt, text in (("pdf", self.tr("Export PDF…")), ("xlsx", self.tr("Export Excel…")),
                          ("csv", self.tr("Export CSV…"))):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, f=fmt: self.export([f]))
            actions.addWidget(button)
            self.buttons[fmt] = button
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_report)
        actions.addWidget(self.print_button)
        self.open_button = QPushButton(self.tr("Open the file made"), self)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_made)
        actions.addWidget(self.open_button)
        self.made: Path | None = None
        self.draft = QPushButton(self.tr("Email draft for the prefecture…"), self)
        self.draft.clicked.connect(self.make_draft)
        self.send = QPushButton(self.tr("Send to the prefecture…"), self)
        self.send.clicked.connect(self.send_report)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.attach_data = QCheckBox(self.tr("Attach the annual data file (for the "
                                             "prefecture's roll-up)"), self)
        prefecture = QHBoxLayout()
        prefecture.addWidget(self.draft)
        prefecture.addWidget(self.send)
        prefecture.addWidget(self.attach_data)
        prefecture.addStretch(1)
        layout.addLayout(prefecture)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.conflicts_note = QLabel(self)  # sync (docs/sync.md): counts are this device's
        self.conflicts_note.setWordWrap(True)
        self.conflicts_note.setStyleSheet("background: #fff3cd; padding: 4px;")
        self.conflicts_note.hide()
        layout.addWidget(self.conflicts_note)

        self.preview_area = QScrollArea(self)
        self.preview_area.setWidgetResizable(True)
        layout.addWidget(self.preview_area, 1)
        self.monthly.toggled.connect(self._kind_changed)
        self._kind_changed()

    # -- seams for tests
    def choose_folder(self) -> str:
        return file_dialogs.choose_folder(self, self.tr("Save the report in"), "reports")

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def ask_password(self) -> str | None:
        from ui.pages.send_dialog import ask_password

        return ask_password(self, self.services)

    # -- behaviour
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        if self.doc is None:  # the chosen month's figures, as soon as the page is opened
            self.preview()
        self.show_open_conflicts()
        super().showEvent(event)

    def show_open_conflicts(self) -> None:
        count = self.services.sync.open_count()
        self.conflicts_note.setText(self.tr(
            "Records with open sync conflicts: %1. The report counts them as they stand on "
            "this device (Settings › Conflicts).").replace("%1", str(count)))
        self.conflicts_note.setVisible(count > 0)

    def _kind_changed(self) -> None:
        monthly = self.monthly.isChecked()
        self.month.setEnabled(monthly)
        self.year.setEnabled(not monthly)
        self.draft.setEnabled(not monthly)
        self.send.setEnabled(not monthly)
        self.attach_data.setEnabled(not monthly)

    def mail_formats(self) -> list[str]:
        """What goes to the prefecture: PDF and Excel, and the data file when ticked."""
        return ["pdf", "xlsx"] + (["data"] if self.attach_data.isChecked() else [])

    def build(self) -> ReportDocument:
        reports = self.services.reports
        if self.monthly.isChecked():
            year, month = build.parse_month(str(self.month.currentData()))
            return reports.monthly_document(year, month)
        return reports.annual_document(int(self.year.currentData()))

    def preview(self) -> None:
        self.doc = self.build()
        body = QWidget(self.preview_area)
        column = QVBoxLayout(body)
        title = QLabel(f"{self.doc.title}　{self.doc.town}　{self.doc.period}", body)
        title.setStyleSheet("font-size: 16px; font-weight: bold;")
        column.addWidget(title)
        for section in self.doc.sections:
            heading = QLabel(section.heading, body)
            heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
            column.addWidget(heading)
            for block in section.blocks:
                if isinstance(block, Table):
                    column.addWidget(QLabel(block.title, body))
                    column.addWidget(self._table(block, body))
                elif isinstance(block, Paragraph):  # e.g. that the report is provisional
                    text = QLabel(block.text, body)
                    text.setWordWrap(True)
                    column.addWidget(text)
        column.addStretch(1)
        self.preview_area.setWidget(body)

    def open_made(self) -> None:
        """The report just made, in the program Windows opens it with (a PDF viewer)."""
        if self.made is not None:
            self.open_file(self.made)

    def open_file(self, path: Path) -> None:
        """Seam for tests."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def print_report(self) -> bool:
        """The previewed report on paper, its tables as in the PDF."""
        from ui.printing import page, print_html, table_html

        if self.doc is None:
            self.preview()
        doc = self.doc
        assert doc is not None
        parts = []
        for section in doc.sections:
            parts.append(f"<h2>{html.escape(section.heading)}</h2>")
            for block in section.blocks:
                if isinstance(block, Table):
                    rows = [[cell_text(v) for v in row]
                            for row in [*block.rows, *([block.total_row]
                                                       if block.total_row else [])]]
                    parts.append(f"<p><b>{html.escape(block.title)}</b></p>"
                                 + table_html(block.columns, rows,
                                              numeric=range(1, block.width)))
        markup = page(f"{doc.title}　{doc.town}　{doc.period}", "".join(parts), doc.made_on)
        return print_html(self, self.services, markup, f"{doc.kind} report", landscape=False)

    def _table(self, table: Table, parent: QWidget) -> QTableWidget:
        rows = [*table.rows, *([table.total_row] if table.total_row else [])]
        widget = QTableWidget(len(rows), table.width, parent)
        widget.setHorizontalHeaderLabels(table.columns)
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        widget.verticalHeader().setVisible(False)
        widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                widget.setItem(r, c, QTableWidgetItem(cell_text(value)))
        height = widget.horizontalHeader().height() + sum(
            widget.rowHeight(r) for r in range(len(rows))) + 4
        widget.setFixedHeight(min(height, 420))
        return widget

    def _run(self, title: str, work: ConnectedWork, done_text: str) -> None:
        """`work(own_services, progress)` off the UI thread, on a connection of its own."""
        self.status.setText("")
        self.job = Job.on_connection(self, title, self.services, work)

        def done(paths: list[Path]) -> None:
            self.status.setText(done_text + "\n" + "\n".join(str(p) for p in paths))
            if paths:
                self.made = next((p for p in paths if p.suffix == ".pdf"), paths[0])
                self.open_button.setEnabled(True)
                self.open_folder(paths[0].parent)

        self.job.done.connect(done)
        self.job.failed.connect(self.status.setText)
        self.job.start()

    def export(self, formats: list[str]) -> None:
        folder = self.choose_folder()
        if not folder:
            return
        monthly = self.monthly.isChecked()
        month, year = str(self.month.currentData()), int(self.year.currentData())

        def work(own: Services, progress: Progress) -> list[Path]:
            if monthly:
                return own.reports.make_monthly(month, Path(folder), formats, progress)
            return own.reports.make_annual(year, Path(folder), formats, progress=progress)

        self._run(self.tr("Making the report…"), work, self.tr("Saved:"))

    def make_draft(self) -> None:
        folder = self.choose_folder()
        if not folder:
            return
        year = int(self.year.currentData())
        formats = self.mail_formats()

        def work(own: Services, progress: Progress) -> list[Path]:
            return own.reports.make_annual(year, Path(folder), formats, eml=True,
                                           progress=progress)

        self._run(self.tr("Making the email draft…"), work, self.tr(
            "Saved. Open the .eml file to check and send it from your mail program:"))

    def send_report(self) -> None:
        from ui.pages.send_dialog import send_annual

        send_annual(self, self.services, int(self.year.currentData()))


def cell_text(value: object) -> str:
    """A report cell as the PDF prints it: thousands separators, x for a hidden count."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number_text(value)
    return str(value)
