"""Reports: choose a month or a fiscal year, preview the tables, export PDF, Excel or CSV
(off the UI thread, with progress), make the email draft for the prefecture, or send it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
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
from app.reports.annual import build_annual
from app.reports.era import fiscal_year_label
from app.reports.model import Paragraph, ReportDocument, Table
from app.reports.monthly import build_monthly
from app.services import Services
from ui.jobs import Job

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
        self.draft = QPushButton(self.tr("Email draft for the prefecture…"), self)
        self.draft.clicked.connect(self.make_draft)
        self.send = QPushButton(self.tr("Send to the prefecture…"), self)
        self.send.clicked.connect(self.send_report)
        actions.addWidget(self.draft)
        actions.addWidget(self.send)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        self.monthly.toggled.connect(self._kind_changed)
        self._kind_changed()

    # -- seams for tests
    def choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Save the report in"))

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def ask_password(self) -> str | None:
        from ui.pages.send_dialog import ask_password

        return ask_password(self, self.services)

    # -- behaviour
    def _kind_changed(self) -> None:
        monthly = self.monthly.isChecked()
        self.month.setEnabled(monthly)
        self.year.setEnabled(not monthly)
        self.draft.setEnabled(not monthly)
        self.send.setEnabled(not monthly)

    def build(self) -> ReportDocument:
        store, codes = self.services.store, self.services.codes
        if self.monthly.isChecked():
            year, month = build.parse_month(str(self.month.currentData()))
            return build_monthly(store, codes, year, month)
        return build_annual(store, codes, int(self.year.currentData()))

    def preview(self) -> None:
        self.doc = self.build()
        body = QWidget(self.scroll)
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
        self.scroll.setWidget(body)

    def _table(self, table: Table, parent: QWidget) -> QTableWidget:
        rows = [*table.rows, *([table.total_row] if table.total_row else [])]
        widget = QTableWidget(len(rows), table.width, parent)
        widget.setHorizontalHeaderLabels(table.columns)
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        widget.verticalHeader().setVisible(False)
        widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                widget.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        height = widget.horizontalHeader().height() + sum(
            widget.rowHeight(r) for r in range(len(rows))) + 4
        widget.setFixedHeight(min(height, 420))
        return widget

    def _run(self, title: str, work: object, done_text: str) -> None:
        self.status.setText("")
        self.job = Job(self, title, work)  # type: ignore[arg-type]

        def done(paths: list[Path]) -> None:
            self.status.setText(done_text + "\n" + "\n".join(str(p) for p in paths))
            if paths:
                self.open_folder(paths[0].parent)

        self.job.done.connect(done)
        self.job.failed.connect(self.status.setText)
        self.job.start()

    def _own_services(self) -> Services:
        """Workers read on their own connection, so the window stays responsive."""
        return self.services.reopen()

    def export(self, formats: list[str]) -> None:
        folder = self.choose_folder()
        if not folder:
            return
        monthly = self.monthly.isChecked()
        month, year = str(self.month.currentData()), int(self.year.currentData())

        def work(progress: Progress) -> list[Path]:
            own = self._own_services()
            try:
                if monthly:
                    return build.make_monthly(own.store, own.codes, month, Path(folder),
                                              formats, progress)
                return build.make_annual(own.store, own.codes, year, Path(folder), formats,
                                         progress=progress)
            finally:
                own.close()

        self._run(self.tr("Making the report…"), work, self.tr("Saved:"))

    def make_draft(self) -> None:
        folder = self.choose_folder()
        if not folder:
            return
        year = int(self.year.currentData())

        def work(progress: Progress) -> list[Path]:
            own = self._own_services()
            try:
                return build.make_annual(own.store, own.codes, year, Path(folder),
                                         ["pdf", "xlsx"], eml=True, progress=progress)
            finally:
                own.close()

        self._run(self.tr("Making the email draft…"), work, self.tr(
            "Saved. Open the .eml file to check and send it from your mail program:"))

    def send_report(self) -> None:
        from ui.pages.send_dialog import send_annual

        send_annual(self, self.services, int(self.year.currentData()))
