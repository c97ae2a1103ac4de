"""What the search box found: people first, then consultations, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import FoundItem, Services
from ui.formats import when_text
from ui.labels import code_language, kind_label, person_text
from ui.opener import RecordOpener


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
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("When"),
                                              self.tr("Name"), self.tr("Detail")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_row(row))
        self.table.cellActivated.connect(lambda row, _c: self.open_row(row))
        layout.addWidget(self.table)
        self.query = ""

    def search(self, query: str) -> None:
        self.query = query
        self.items = self.services.find(query, limit=100)
        self.heading.setText(self.tr("%1 result(s) for “%2”").replace(
            "%1", str(len(self.items))).replace("%2", query))
        self.table.setRowCount(len(self.items))
        language = code_language()
        for row, item in enumerate(self.items):
            nationality = self.services.codes.label("nationality", item.nationality, language)
            title, detail = item.title, item.detail
            if item.kind == "consultation":
                title = person_text(item.title, nationality)
            elif nationality:  # a label, never an ISO code
                detail = "  ".join(p for p in (detail, nationality) if p)
            for col, text in enumerate((kind_label(item.kind), when_text(item.when), title,
                                        detail)):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.items):
            item = self.items[row]
            if self.opener.open(item.kind, item.id):
                self.search(self.query)
