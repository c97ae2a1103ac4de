"""What the search box found: people first, then consultations, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services import FoundItem, Services
from ui.formats import when_text
from ui.labels import code_language, kind_label, person_text
from ui.opener import RecordOpener
from ui.table_model import RowsModel
from ui.table_view import DataTable, first_line


class SearchResultsPage(QWidget):
    def __init__(self, services: Services, opener: RecordOpener,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.opener = opener
        self.items: list[FoundItem] = []
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        layout.addWidget(self.heading)
        self.table = DataTable(self, widths_key=f"{services.store.user}/search")
        self.rows_model = RowsModel([self.tr("Kind"), self.tr("When"), self.tr("Name"),
                                     self.tr("Detail")], self)
        self.table.setModel(self.rows_model)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.cellActivated.connect(lambda row, _c: self.open_row(row))
        layout.addWidget(self.table)
        self.query = ""

    def search(self, query: str) -> None:
        self.query = query
        self.items = self.services.find(query, limit=100)
        self.heading.setText(self.tr("%1 result(s) for “%2”").replace(
            "%1", str(len(self.items))).replace("%2", query))
        language = code_language()
        rows: list[tuple[str, ...]] = []
        for item in self.items:
            nationality = self.services.codes.label("nationality", item.nationality, language)
            title, detail = item.title, first_line(item.detail)
            if item.kind == "consultation":
                title = person_text(item.title, nationality)
            elif nationality:  # a label, never an ISO code
                detail = "  ".join(p for p in (detail, nationality) if p)
            rows.append((kind_label(item.kind), when_text(item.when), title, detail))
        self.rows_model.set_rows(rows)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.items):
            item = self.items[row]
            if self.opener.open(item.kind, item.id):
                self.search(self.query)
