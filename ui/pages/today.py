"""Today: follow-ups overdue and due, and the open consultations, each one click away."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from app.jptime import today_local
from app.services import DueItem, Services
from ui.formats import date_text, number_text, when_text
from ui.labels import status_label
from ui.opener import RecordOpener
from ui.table_model import RowsModel
from ui.table_view import DataTable, first_line


class DueTable(DataTable):
    """Filled in one model reset; the columns are sized once per fill (see ui.table_view)."""

    def __init__(self, parent: QWidget | None = None, *, widths_key: str = "") -> None:
        super().__init__(parent, widths_key=widths_key)
        self.setAlternatingRowColors(False)
        self.rows_model = RowsModel([self.tr("Follow-up"), self.tr("Consulted"),
                                     self.tr("Resident"), self.tr("Status"),
                                     self.tr("What was asked")], self)
        self.setModel(self.rows_model)
        self.ids: list[int] = []

    def fill(self, items: list[DueItem]) -> None:
        self.ids = [i.consultation_id for i in items]
        self.rows_model.set_rows([
            (date_text(item.follow_up_date or ""), when_text(item.occurred_at), item.person,
             status_label(item.status), first_line(item.asked)) for item in items],
            tooltips={(row, 4): item.asked for row, item in enumerate(items)
                      if "\n" in item.asked})


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
        user = services.store.user
        self.overdue, self.due, self.open = (
            DueTable(self, widths_key=f"{user}/today_{name}")
            for name in ("overdue", "due", "open"))
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
