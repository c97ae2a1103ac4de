"""Today: follow-ups overdue and due, and the open consultations, each one click away."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.codes import CodeBook
from app.jptime import today_local
from app.services import DueItem, Services
from ui.formats import date_text, number_text, when_text
from ui.labels import code_language, person_text, status_label
from ui.opener import RecordOpener


class DueTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels([self.tr("Follow-up"), self.tr("Consulted"),
                                        self.tr("Resident"), self.tr("Status"),
                                        self.tr("What was asked")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.ids: list[int] = []
        self.codes: CodeBook | None = None  # for the nationality of anonymous people

    def person(self, item: DueItem) -> str:
        label = self.codes.label("nationality", item.nationality, code_language()) \
            if self.codes else item.nationality
        return person_text(item.person, label)

    def fill(self, items: list[DueItem]) -> None:
        self.setRowCount(len(items))
        self.ids = [i.consultation_id for i in items]
        for row, item in enumerate(items):
            for col, text in enumerate((date_text(item.follow_up_date or ""),
                                        when_text(item.occurred_at),
                                        self.person(item), status_label(item.status),
                                        item.asked)):
                self.setItem(row, col, QTableWidgetItem(text))


class TodayPage(QWidget):
    def __init__(self, services: Services, opener: RecordOpener,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.opener = opener
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        layout.addWidget(self.heading)
        self.overdue, self.due, self.open = DueTable(self), DueTable(self), DueTable(self)
        for table in (self.overdue, self.due, self.open):
            table.codes = services.codes
        self.boxes: list[QGroupBox] = []
        for table in (self.overdue, self.due, self.open):
            box = QGroupBox(self)
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            table.cellClicked.connect(lambda row, _col, t=table: self._open(t, row))
            layout.addWidget(box, 1 if table is not self.open else 2)
            self.boxes.append(box)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        self.refresh()  # follow-ups fall due while the window stays open
        super().showEvent(event)

    def refresh(self) -> None:
        today = today_local().isoformat()
        self.heading.setText(self.tr("Today, %1").replace("%1", date_text(today)))
        overdue, due = self.services.follow_ups(today)
        open_items = self.services.open_consultations()
        self.overdue.fill(overdue)
        self.due.fill(due)
        self.open.fill(open_items)
        self.boxes[0].setTitle(
            self.tr("Follow-ups overdue (%1)").replace("%1", number_text(len(overdue))))
        self.boxes[1].setTitle(
            self.tr("Follow-ups due today (%1)").replace("%1", number_text(len(due))))
        total = self.services.count_open()
        title = self.tr("Open consultations (%1)").replace("%1", number_text(total))
        if total > len(open_items):
            title += " " + self.tr("— the newest %1 shown").replace(
                "%1", number_text(len(open_items)))
        self.boxes[2].setTitle(title)

    def _open(self, table: DueTable, row: int) -> None:
        if 0 <= row < len(table.ids) and self.opener.open("consultation", table.ids[row]):
            self.refresh()

    def new_record(self) -> None:
        if self.opener.new("consultation"):
            self.refresh()
