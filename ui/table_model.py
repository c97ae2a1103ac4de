"""A table model over one of app.listing's paged lists.

The row count comes from SQL; rows are fetched a page at a time when the view asks for
them, and only a bounded number of pages stay in memory. Scrolling to the end of 100,000
consultations loads the last page, not every row. Sorting and filtering happen in SQL.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app import listing
from app.codes import CodeBook
from app.listing import ListFilter, ListSpec
from app.store import Store
from ui.formats import date_text, datetime_text, number_text
from ui.labels import code_language, person_text, status_label

PAGE_SIZE = 200
MAX_PAGES = 8

Index = QModelIndex | QPersistentModelIndex


def mask_card_number(number: str) -> str:
    """Lists show only the ends of a residence card number: AB********CD."""
    if len(number) <= 4:
        return "*" * len(number)
    return number[:2] + "*" * (len(number) - 4) + number[-2:]


class PagedTableModel(QAbstractTableModel):
    """`headers` are (column key, untranslated header) pairs, in display order; the
    header context for translation is `header_context`."""

    def __init__(self, store: Store, codes: CodeBook, spec: ListSpec,
                 headers: list[tuple[str, str]], header_context: str,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.codes = codes
        self.spec = spec
        self.headers = headers
        self.header_context = header_context
        self.keys = [c.key for c in spec.columns]
        self.filter = ListFilter()
        self.sort_key = spec.default_sort
        self.descending = spec.default_descending
        self._count = 0
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self.pages_loaded = 0  # for benchmarks and tests
        self.loaded = False  # nothing is queried until the list is first shown

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.refresh()

    # -- data access
    def refresh(self) -> None:
        self.loaded = True
        self.beginResetModel()
        self._pages.clear()
        self._count = listing.count(self.store, self.spec, self.filter)
        self.endResetModel()

    def set_filter(self, flt: ListFilter) -> None:
        self.filter = flt
        self.refresh()

    def _row(self, row: int) -> tuple[Any, ...] | None:
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = listing.page(self.store, self.spec, self.filter, self.sort_key,
                                self.descending, number * PAGE_SIZE, PAGE_SIZE)
            self.pages_loaded += 1
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def record_id(self, row: int) -> int | None:
        found = self._row(row)
        return int(found[0]) if found else None

    @property
    def first_fetch_rows(self) -> int:
        """The rows one query brings (ui.table_view measures only these)."""
        return PAGE_SIZE

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # -- Qt model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.header_context, self.headers[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.UserRole):
            return None
        found = self._row(index.row())
        if found is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return found[0]
        key = self.headers[index.column()][0]
        value = found[1 + self.keys.index(key)]
        if key == "person" and not value and "nationality" in self.keys:
            nationality = found[1 + self.keys.index("nationality")]
            return person_text("", self.display("nationality", nationality))
        return self.display(key, value)

    def display(self, key: str, value: Any) -> str:
        if value is None:
            return ""
        column = self.spec.column(key)
        shown = column.shown  # from the kind's definition (app/kinds.py)
        if shown == "status":
            return status_label(str(value))
        if shown == "check":
            return "✓" if value else ""
        if shown == "masked":
            return mask_card_number(str(value))
        if shown == "date":
            return date_text(str(value))
        if shown == "datetime":
            return datetime_text(str(value))
        if isinstance(value, int) and shown == "number":
            return number_text(value)
        if column.code_list:
            lang = code_language()
            return ", ".join(self.codes.label(column.code_list, v, lang)
                             for v in str(value).split(",") if v)
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.headers[column][0]
        if not self.spec.column(key).sortable:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.loaded:  # a list not shown yet is queried, in this order, when it is
            self.refresh()


class RowsModel(QAbstractTableModel):
    """Rows of texts held in memory (Today, the audit page, search results), replaced in
    one model reset: filling costs no widget work per cell."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple[str, ...]] = []
        self.tooltips: dict[tuple[int, int], str] = {}
        self.foregrounds: dict[tuple[int, int], Any] = {}
        self.right_aligned: frozenset[int] = frozenset()

    def set_rows(self, rows: list[tuple[str, ...]],
                 tooltips: dict[tuple[int, int], str] | None = None,
                 foregrounds: dict[tuple[int, int], Any] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.tooltips = tooltips or {}
        self.foregrounds = foregrounds or {}
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltips.get((row, column))
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foregrounds.get((row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.right_aligned:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
