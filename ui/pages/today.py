"""Today: follow-ups overdue and due, residence cards about to expire, and the open
consultations, each one click away. Overdue follow-ups come first and get the most room:
they are why the desk opens this page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.codes import CodeBook
from app.jptime import today_local
from app.services import CARD_REMINDER_DAYS, DueItem, ExpiringCard, Services
from ui.formats import date_text, number_text, when_text
from ui.labels import code_language, person_text, status_label
from ui.opener import RecordOpener
from ui.table_model import RowsModel
from ui.table_view import DataTable, first_line


class DueTable(DataTable):
    """Filled in one model reset; the columns are sized once per fill (see ui.table_view)."""

    def __init__(self, parent: QWidget | None = None, *, widths_key: str = "",
                 codes: CodeBook | None = None) -> None:
        super().__init__(parent, widths_key=widths_key)
        self.setAlternatingRowColors(False)
        self.rows_model = RowsModel([self.tr("Follow-up"), self.tr("Consulted"),
                                     self.tr("Resident"), self.tr("Status"),
                                     self.tr("What was asked")], self)
        self.setModel(self.rows_model)
        self.ids: list[int] = []
        self.codes = codes  # for the nationality of anonymous people

    def person(self, item: DueItem) -> str:
        label = self.codes.label("nationality", item.nationality, code_language()) \
            if self.codes else item.nationality
        return person_text(item.person, label)

    def fill(self, items: list[DueItem]) -> None:
        self.ids = [i.consultation_id for i in items]
        self.rows_model.set_rows([
            (date_text(item.follow_up_date or ""), when_text(item.occurred_at),
             self.person(item), status_label(item.status), first_line(item.asked))
            for item in items],
            tooltips={(row, 4): item.asked for row, item in enumerate(items)
                      if "\n" in item.asked})


class CardTable(DataTable):
    """Residents whose period of stay ends soon: renewal must be applied for in time."""

    def __init__(self, parent: QWidget | None = None, *, widths_key: str = "",
                 codes: CodeBook | None = None) -> None:
        super().__init__(parent, widths_key=widths_key)
        self.setAlternatingRowColors(False)
        self.rows_model = RowsModel([self.tr("Period of stay ends"), self.tr("In"),
                                     self.tr("Resident"), self.tr("Residence status")], self)
        self.setModel(self.rows_model)
        self.ids: list[int] = []
        self.codes = codes

    def fill(self, items: list[ExpiringCard], today: date) -> None:
        self.ids = [i.resident_id for i in items]
        rows: list[tuple[str, ...]] = []
        for item in items:
            days = (date.fromisoformat(item.card_expiry) - today).days
            left = (self.tr("%Ln day(s)", "", days) if days >= 0
                    else self.tr("ended %Ln day(s) ago", "", -days))
            status = self.codes.label("residence_status", item.residence_status,
                                      code_language()) if self.codes else ""
            rows.append((date_text(item.card_expiry), left, item.name, status))
        self.rows_model.set_rows(rows)


class FirstSteps(QGroupBox):
    """A new town's first steps, each one click away; gone once records exist."""

    go = Signal(str)  # settings | users | import_old | knowledge_pack

    def __init__(self, admin: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("First steps"), parent)
        column = QVBoxLayout(self)
        note = QLabel(self.tr("This town has no records yet. A new town usually starts so:"),
                      self)
        note.setWordWrap(True)
        column.addWidget(note)
        steps = [("settings", self.tr("1. The town's name and the report settings")),
                 ("users", self.tr("2. Accounts for the staff (the CIR, a colleague)")),
                 ("import_old", self.tr("3. Old records from Excel or CSV, and the roster")),
                 ("knowledge_pack", self.tr("4. A knowledge pack from another town"))]
        for key, text in steps:
            if key in ("users", "import_old") and not admin:
                continue
            button = QPushButton(text, self)
            button.setStyleSheet("text-align: left; padding: 4px 10px;")
            button.clicked.connect(lambda _c=False, k=key: self.go.emit(k))
            column.addWidget(button)


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
        self.first_steps = FirstSteps(services.store.role == "admin", self)
        self.first_steps.hide()
        layout.addWidget(self.first_steps)
        user, codes = services.store.user, services.codes
        self.overdue, self.due, self.open = (
            DueTable(self, widths_key=f"{user}/today_{name}", codes=codes)
            for name in ("overdue", "due", "open"))
        self.cards = CardTable(self, widths_key=f"{user}/today_cards", codes=codes)
        self.boxes: list[QGroupBox] = []
        tables: list[tuple[DataTable, int]] = [  # each table, and its share of the room
            (self.overdue, 3), (self.due, 1), (self.cards, 1), (self.open, 2)]
        for table, room in tables:
            box = QGroupBox(self)
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            if isinstance(table, DueTable):
                table.cellClicked.connect(lambda row, _col, t=table: self._open(t, row))
            layout.addWidget(box, room)
            self.boxes.append(box)
        self.cards.cellClicked.connect(self._open_resident)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        self.refresh()  # follow-ups fall due while the window stays open
        super().showEvent(event)

    def refresh(self) -> None:
        day = today_local()
        today = day.isoformat()
        self.heading.setText(self.tr("Today, %1").replace("%1", date_text(today)))
        view = self.services.today(day)
        self.first_steps.setVisible(view.new_town)
        overdue, due, open_items, cards = view.overdue, view.due, view.open, view.cards
        self.overdue.fill(overdue)
        self.due.fill(due)
        self.cards.fill(cards, day)
        self.open.fill(open_items)
        self.boxes[0].setTitle(
            self.tr("Follow-ups overdue (%1)").replace("%1", number_text(len(overdue))))
        self.boxes[1].setTitle(
            self.tr("Follow-ups due today (%1)").replace("%1", number_text(len(due))))
        self.boxes[2].setTitle(self.tr("Residence cards: period of stay ends within %1 days "
                                       "(%2)").replace("%1", number_text(CARD_REMINDER_DAYS))
                               .replace("%2", number_text(len(cards))))
        total = view.open_total
        title = self.tr("Open consultations (%1)").replace("%1", number_text(total))
        if total > len(open_items):
            title += " " + self.tr("— the newest %1 shown").replace(
                "%1", number_text(len(open_items)))
        self.boxes[3].setTitle(title)

    def _open_resident(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.cards.ids) and self.opener.open("resident", self.cards.ids[row]):
            self.refresh()

    def _open(self, table: DueTable, row: int) -> None:
        if 0 <= row < len(table.ids) and self.opener.open("consultation", table.ids[row]):
            self.refresh()

    def new_record(self) -> None:
        if self.opener.new("consultation"):
            self.refresh()
