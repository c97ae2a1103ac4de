"""Choose a resident by typing any form of their name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from app.errors import MadoguchiError

Finder = Callable[[str], list[tuple[int, str]]]


class ResidentPicker(QComboBox):
    changed = Signal()

    def __init__(self, finder: Finder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._finder = finder
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText(self.tr("Type a name in any script…"))
        self.setMinimumWidth(240)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._refresh)
        self.lineEdit().textEdited.connect(lambda _t: self._timer.start())
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def _refresh(self) -> None:
        text = self.currentText().strip()
        if not text:
            return
        try:
            found = self._finder(text)
        except MadoguchiError:  # e.g. the form was left behind when another user logged in
            return
        self.blockSignals(True)
        self.clear()
        for rid, name in found:
            self.addItem(name, rid)
        self.setEditText(text)
        self.blockSignals(False)
        if self.count():
            self.showPopup()

    def search_now(self, text: str) -> None:
        """Type `text` and search at once (tests, and pressing Enter)."""
        self.setEditText(text)
        self._refresh()

    def resident_id(self) -> int | None:
        # Two residents can share a name: trust the chosen entry before any text match.
        index = self.currentIndex()
        if index < 0 or self.itemText(index) != self.currentText():
            index = self.findText(self.currentText())
        if index < 0:
            return None
        value = self.itemData(index)
        return int(value) if value is not None else None

    def set_resident(self, resident_id: int | None, name: str = "") -> None:
        self.blockSignals(True)
        self.clear()
        if resident_id is not None:
            self.addItem(name, resident_id)
            self.setCurrentIndex(0)
        else:
            self.setEditText("")
        self.blockSignals(False)
        self.changed.emit()
