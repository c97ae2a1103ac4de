"""Form widgets that speak in codes and Japan-local ISO dates."""

from __future__ import annotations

import jaconv
from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QTextCharFormat
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
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from app.codes import CodeBook
from app.dates import ORDERS, DateStyle, holidays, parse_iso
from app.jptime import today_local
from app.validation import parse_time
from ui.error_label import ErrorLabel as ErrorLabel
from ui.formats import date_text
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
        edit = self.lineEdit()
        if self.isEditable() and edit is not None:
            edit.setPlaceholderText("—")
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


def date_style() -> DateStyle:
    """How the user writes dates: their locale's order, and era dates when they chose them."""
    from ui.formats import era_dates

    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    where = {part: pattern.find(part) for part in ("d", "M", "y")}
    order = "".join(sorted(where, key=lambda p: where[p])).lower()
    return DateStyle(order if order in ORDERS else "ymd", era_dates())


class HolidayCalendar(QCalendarWidget):
    """A calendar that starts the week as the locale does, marks Japan's public holidays
    (named in a tooltip) and Japan's today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        self.setGridVisible(True)
        self._marked: list[QDate] = []
        self.currentPageChanged.connect(self._mark)
        self._mark(self.yearShown(), self.monthShown())

    def _mark(self, year: int, month: int) -> None:
        for day in self._marked:
            self.setDateTextFormat(day, QTextCharFormat())
        self._marked = []
        holiday = QTextCharFormat()
        holiday.setForeground(QColor("#c62828"))
        for when, name in holidays(year, month):
            qday = QDate(when.year, when.month, when.day)
            fmt = QTextCharFormat(holiday)
            fmt.setToolTip(name)
            self.setDateTextFormat(qday, fmt)
            self._marked.append(qday)
        today = today_local()
        qtoday = QDate(today.year, today.month, today.day)
        fmt = self.dateTextFormat(qtoday)
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontUnderline(True)
        self.setDateTextFormat(qtoday, fmt)
        self._marked.append(qtoday)

    def show_today(self) -> None:
        today = today_local()
        self.setSelectedDate(QDate(today.year, today.month, today.day))


class DateField(QWidget):
    """A date typed as people write it (2026/12/10, 令和8年12月10日, R8.12.10, 12/10, or the
    locale's own order such as 10/12/2026) or picked from a calendar. Beside the field, the
    date as it was read, so that a day and month read the wrong way round are seen at once.
    The text is validated by the form, so an impossible date gets a clear error."""

    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.style_ = date_style()
        self.edit = QLineEdit(self)
        # An example in the user's own order (31/12/2026 in Vietnamese, 2026/12/31 in
        # Japanese), so the placeholder never suggests another order than the one read.
        self.edit.setPlaceholderText(date_text("2026-12-31"))
        sample = "令和00年00月00日" if self.style_.era else "0000-00-00"
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(sample) + 24)
        self.edit.textChanged.connect(self.textChanged)
        self.edit.textChanged.connect(self._echo)
        pick = QToolButton(self)
        pick.setArrowType(Qt.ArrowType.DownArrow)
        pick.setToolTip(self.tr("Pick a date"))
        pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(pick)
        self.calendar = HolidayCalendar(menu)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._calendar_opens)
        pick.setMenu(menu)
        def picked(day: QDate) -> None:
            self.set_value(day.toString("yyyy-MM-dd"))
            menu.close()

        self.calendar.clicked.connect(picked)
        self.read_as = QLabel(self)
        self.read_as.setObjectName("dateReadAs")
        self.read_as.setStyleSheet("color: palette(mid);")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(pick)
        row.addWidget(self.read_as)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.edit)

    def _calendar_opens(self) -> None:
        value = self.value()
        day = QDate.fromString(value or "", "yyyy-MM-dd")
        if day.isValid():
            self.calendar.setSelectedDate(day)
        else:
            self.calendar.show_today()

    def _echo(self, text: str) -> None:
        """What the typed text was read as, unless it already reads that way."""
        iso = self.value()
        if not text.strip():
            self.read_as.setText("")
        elif iso is None or iso == text.strip():
            self.read_as.setText("" if iso is None else f"→ {date_text(iso)}")
        elif len(iso) == 10 and iso[4] == "-":
            shown = date_text(iso)
            self.read_as.setText("" if shown == text.strip() else f"→ {shown}")
        else:
            self.read_as.setText(self.tr("not a date"))

    def raw(self) -> str:
        return self.edit.text().strip()

    def value(self) -> str | None:
        """The ISO date, or the raw text when it is not one (validation reports it)."""
        text = self.raw()
        if not text:
            return None
        try:
            return parse_iso(text, self.style_, today_local())
        except ValueError:
            return text

    def set_value(self, value: str | None) -> None:
        """An ISO date, shown as the lists show dates (the era, when the user chose it)."""
        self.edit.setText(date_text(value) if value else "")
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


class NoteEdit(QPlainTextEdit):
    """A multi-line field that Tab leaves, as every other field; Ctrl+Tab types a tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Tab and \
                event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.insertPlainText("\t")
            return
        super().keyPressEvent(event)


class KanaEdit(QLineEdit):
    """A katakana reading: hiragana typed with the IME becomes katakana when the field is
    left (すずき → スズキ); half-width katakana becomes full-width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editingFinished.connect(self.convert)

    def convert(self) -> None:
        text = self.text()
        converted = jaconv.hira2kata(jaconv.h2z(text, kana=True, ascii=False, digit=False))
        if converted != text:
            self.setText(converted)


class CardNumberEdit(QLineEdit):
    """A residence card number, AB12345678CD: capitals and half-width, as printed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("AB12345678CD")
        self.setMaxLength(20)
        self.editingFinished.connect(self.convert)

    def convert(self) -> None:
        text = jaconv.z2h(self.text(), kana=False, ascii=True, digit=True)
        converted = text.replace(" ", "").replace("-", "").upper()
        if converted != self.text():
            self.setText(converted)
