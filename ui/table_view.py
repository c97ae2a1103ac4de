"""Table views that never resize to contents while they fill.

A header in ResizeToContents mode measures every cell again each time a cell changes, so
filling a visible table cell by cell costs the square of its rows (Today took 24 s). Here a
model is filled in one reset, and the columns are sized once per reset from a sample of
rows, measured with the font's metrics. A width the user drags is remembered per user and
per list (QSettings), and wins over the measured one from then on.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

SAMPLE_ROWS = 60       # rows measured to size the columns
MIN_WIDTH, MAX_WIDTH = 60, 320
PADDING = 18           # cell margins and the grid line
HEADER_PADDING = 28    # room for the sort arrow
SETTINGS_GROUP = "column_widths"


def sample_rows(count: int, first_only: int | None = None) -> list[int]:
    """Up to SAMPLE_ROWS row numbers spread over `count` rows; with `first_only`, only
    among the first `first_only` rows (a paged model should not fetch other pages)."""
    limit = count if first_only is None else min(count, first_only)
    if limit <= SAMPLE_ROWS:
        return list(range(limit))
    step = limit / SAMPLE_ROWS
    return [int(i * step) for i in range(SAMPLE_ROWS)]


def first_line(text: str) -> str:
    return text.split("\n", 1)[0]


class DataTable(QTableView):
    """A read-only table over a model that is reset, never edited cell by cell.

    `widths_key` names the list for remembering widths ("<user>/<list>"); without it the
    widths are measured only. `cellClicked(row, column)` and `cellActivated(row, column)`
    mirror QTableWidget's signals."""

    cellClicked = Signal(int, int)  # noqa: N815 (Qt's name)
    cellActivated = Signal(int, int)  # noqa: N815 (Qt's name)

    def __init__(self, parent: QWidget | None = None, *, widths_key: str = "",
                 stretch_last: bool = True) -> None:
        super().__init__(parent)
        self.widths_key = widths_key
        self.sizings = 0  # for tests: how often the columns were sized
        self._text_widths: dict[str, int] = {}  # codes, dates and names come back often
        self._sizing = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self.save_widths)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        # Burmese and Thai stack marks above and below the line: leave them room. A fixed
        # row height means no row is ever measured.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(stretch_last)
        header.sectionResized.connect(self._section_resized)
        self.clicked.connect(lambda index: self.cellClicked.emit(index.row(), index.column()))
        self.activated.connect(
            lambda index: self.cellActivated.emit(index.row(), index.column()))

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 (Qt name)
        super().setModel(model)
        if model is not None:
            model.modelAboutToBeReset.connect(self._about_to_reset)
            model.modelReset.connect(self.size_columns)

    def rowCount(self) -> int:  # noqa: N802 (QTableWidget's name)
        model = self.model()
        return model.rowCount() if model is not None else 0

    def cell_text(self, row: int, column: int) -> str:
        model = self.model()
        value = model.data(model.index(row, column)) if model is not None else None
        return "" if value is None else str(value)

    # -- widths
    def _settings_key(self) -> str:
        return f"{SETTINGS_GROUP}/{self.widths_key}"

    def remembered_widths(self) -> list[int]:
        if not self.widths_key:
            return []
        value = QSettings().value(self._settings_key(), [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        try:
            return [int(v) for v in value] if isinstance(value, list) else []
        except (TypeError, ValueError):
            return []

    def save_widths(self) -> None:
        if not self.widths_key:
            return
        header = self.horizontalHeader()
        QSettings().setValue(self._settings_key(),
                             [header.sectionSize(c) for c in range(header.count())])

    def _about_to_reset(self) -> None:
        self._sizing = True  # the header may resize sections while the model resets

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        header = self.horizontalHeader()
        if self._sizing or (header.stretchLastSection()
                            and header.visualIndex(column) == header.count() - 1):
            return
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:  # the user drags it
            self._save_timer.start()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.FontChange:
            self._text_widths.clear()
        super().changeEvent(event)

    def measured_widths(self) -> list[int]:
        """Each column's width from its header and a sample of its rows (first lines)."""
        model = self.model()
        if model is None:
            return []
        metrics = self.fontMetrics()
        header_metrics = self.horizontalHeader().fontMetrics()
        # a paged model says how many rows one fetch brings: measure only those
        rows = sample_rows(model.rowCount(), getattr(model, "first_fetch_rows", None))
        widths = []
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            width = header_metrics.horizontalAdvance(str(title or "")) + HEADER_PADDING
            for row in rows:
                value = model.data(model.index(row, column))
                if value:
                    text = first_line(str(value))
                    measured = self._text_widths.get(text)
                    if measured is None:
                        if len(self._text_widths) > 20_000:
                            self._text_widths.clear()
                        measured = self._text_widths[text] = metrics.horizontalAdvance(text)
                    width = max(width, measured + PADDING)
                if width >= MAX_WIDTH:
                    break
            widths.append(min(max(width, MIN_WIDTH), MAX_WIDTH))
        return widths

    def size_columns(self) -> None:
        """Once per model reset: the user's remembered widths, else measured ones."""
        self._sizing = True
        try:
            model = self.model()
            if model is None:
                return
            widths = self.remembered_widths()
            if len(widths) != model.columnCount():
                widths = self.measured_widths()
            header = self.horizontalHeader()
            for column, width in enumerate(widths):
                header.resizeSection(column, width)
            self.sizings += 1
        finally:
            self._sizing = False


def table_widths_key(user: str, name: str) -> str:
    return f"{user}/{name}"
