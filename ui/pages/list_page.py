"""A page with a filter bar over a paged table: the shape of every record list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.codes import STATUSES
from app.listing import ListFilter, ListSpec
from app.services import Services
from ui.labels import status_label
from ui.opener import RecordOpener
from ui.table_model import PagedTableModel
from ui.table_view import DataTable
from ui.widgets import CodeCombo, DateField


class ListPage(QWidget):
    """Subclasses set `kind`, `spec`, `headers`, `header_context`, `filters`, and
    `topic_list` when they filter by topic."""

    kind = ""
    spec: ListSpec
    headers: list[tuple[str, str]] = []
    header_context = "ListPage"
    filters: tuple[str, ...] = ()
    topic_list = "topic"

    def __init__(self, services: Services, opener: RecordOpener,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.opener = opener
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        layout.addLayout(bar)
        codes = services.codes
        self.date_from = self.date_to = None
        self.status = self.topic = self.language = self.nationality = None
        if "date" in self.filters:
            self.date_from, self.date_to = DateField(self), DateField(self)
            bar.addWidget(QLabel(self.tr("From"), self))
            bar.addWidget(self.date_from)
            bar.addWidget(QLabel(self.tr("to"), self))
            bar.addWidget(self.date_to)
            for field in (self.date_from, self.date_to):
                field.edit.editingFinished.connect(self.apply_filter)
                field.calendar.clicked.connect(lambda _d: self.apply_filter())
        if "status" in self.filters:
            self.status = QComboBox(self)
            self.status.addItem(self.tr("Any status"), None)
            for code in STATUSES:
                self.status.addItem(status_label(code), code)
            self.status.currentIndexChanged.connect(self.apply_filter)
            bar.addWidget(self.status)
        for name, list_name, caption in (
                ("topic", self.topic_list, self.tr("Any topic")),
                ("language", "language", self.tr("Any language")),
                ("nationality", "nationality", self.tr("Any nationality"))):
            if name in self.filters:
                combo = CodeCombo(codes, list_name, optional=True, parent=self)
                combo.setItemText(0, caption)
                combo.setMinimumWidth(140)
                combo.currentIndexChanged.connect(self.apply_filter)
                setattr(self, name, combo)
                bar.addWidget(combo)
        bar.addStretch(1)
        self.count_label = QLabel(self)
        bar.addWidget(self.count_label)
        new = QPushButton(self.tr("New…"), self)
        new.setToolTip(self.tr("New record (Ctrl+N)"))
        new.clicked.connect(self.new_record)
        bar.addWidget(new)

        self.model = PagedTableModel(services.store, codes, self.spec, self.headers,
                                     self.header_context, self)
        # Columns are sized once per model reset from rows of the first page (never all
        # rows), or take the widths this user gave them (ui.table_view).
        self.view = DataTable(self, widths_key=f"{services.store.user}/{self.kind}")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(
            [k for k, _ in self.headers].index(self.spec.default_sort),
            Qt.SortOrder.DescendingOrder if self.spec.default_descending
            else Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.view.activated.connect(lambda index: self.open_row(index.row()))
        layout.addWidget(self.view)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """Query (and so size the columns) when the list is first shown, not at start-up."""
        if not self.model.loaded:
            self.model.ensure_loaded()
            self._show_count()
        super().showEvent(event)

    def current_filter(self) -> ListFilter:
        def date(field: DateField | None) -> str | None:
            value = field.value() if field else None
            return value if value and len(value) == 10 and value[4] == "-" else None

        def code(combo: QComboBox | None) -> str | None:
            return combo.currentData() if combo else None

        return ListFilter(date_from=date(self.date_from), date_to=date(self.date_to),
                          status=code(self.status), topic=code(self.topic),
                          language=code(self.language), nationality=code(self.nationality))

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._show_count()

    def refresh(self) -> None:
        if self.model.loaded:  # a list never shown is read when it is first shown
            self.model.refresh()
            self._show_count()

    def _show_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(QCoreApplication.translate("ListPage", "%Ln record(s)", "", n))

    def open_row(self, row: int) -> None:
        record_id = self.model.record_id(row)
        if record_id is not None and self.opener.open(self.kind, record_id):
            self.refresh()

    def new_record(self) -> None:
        if self.opener.new(self.kind):
            self.refresh()
