"""Form widgets that speak in codes and Japan-local ISO dates."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from app.codes import CodeBook
from app.validation import parse_date, parse_time
from ui.labels import code_language


class CodeCombo(QComboBox):
    """One code from a code list; optionally empty."""

    def __init__(self, codes: CodeBook, list_name: str, *, optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_name = list_name
        items = codes.items(list_name)
        editable = len(items) > 30
        if optional:
            # A typed-in list shows "—" as a placeholder, never as text to delete first.
            self.addItem("" if editable else "—", None)
        for item in items:
            self.addItem(item.label(code_language()), item.code)
        self.setEditable(editable)
        if self.isEditable():
            self.lineEdit().setPlaceholderText("—")
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = self.completer()
            if completer is not None:
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def code(self) -> str | None:
        if self.isEditable() and not self.currentText().strip():
            return None
        if self.isEditable() and self.findText(self.currentText()) < 0:
            return self.currentText().strip() or None  # unknown text: validation says so
        value = self.currentData()
        return str(value) if value else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        self.setCurrentIndex(max(index, 0))


class CodeChecklist(QListWidget):
    """Several codes from one code list, as check boxes."""

    changed = Signal()

    def __init__(self, codes: CodeBook, list_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for item in codes.items(list_name):
            entry = QListWidgetItem(item.label(code_language()))
            entry.setData(Qt.ItemDataRole.UserRole, item.code)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(entry)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.setMaximumHeight(150)

    def codes(self) -> list[str]:
        return [str(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: list[str]) -> None:
        wanted = set(codes)
        for i in range(self.count()):
            entry = self.item(i)
            checked = entry.data(Qt.ItemDataRole.UserRole) in wanted
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        # Checked items first, so the choice is visible without scrolling.
        for i in range(self.count()):
            if self.item(i).checkState() == Qt.CheckState.Checked:
                self.scrollToItem(self.item(i))
                break


class DateField(QWidget):
    """A date typed as text (2026-11-27, 2026/11/27, ２０２６年１１月２７日) or picked from a
    calendar. The text is validated by the form, so an impossible date gets a clear error."""

    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        self.edit.textChanged.connect(self.textChanged)
        pick = QToolButton(self)
        pick.setArrowType(Qt.ArrowType.DownArrow)
        pick.setToolTip(self.tr("Pick a date"))
        pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(pick)
        self.calendar = QCalendarWidget(menu)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        pick.setMenu(menu)
        self.calendar.clicked.connect(lambda d: (self.set_value(d.toString("yyyy-MM-dd")),
                                                 menu.close()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(pick)
        self.setFocusProxy(self.edit)

    def raw(self) -> str:
        return self.edit.text().strip()

    def value(self) -> str | None:
        """The ISO date, or the raw text when it is not one (validation reports it)."""
        text = self.raw()
        if not text:
            return None
        try:
            return parse_date(text)
        except ValueError:
            return text

    def set_value(self, value: str | None) -> None:
        self.edit.setText(value or "")
        if value:
            day = QDate.fromString(value, "yyyy-MM-dd")
            if day.isValid():
                self.calendar.setSelectedDate(day)


class TimeField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("HH:MM"))
        self.setMaximumWidth(90)

    def value(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_time(text)
        except ValueError:
            return text

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")


class ErrorLabel(QLabel):
    """The inline error under a field; empty and hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
