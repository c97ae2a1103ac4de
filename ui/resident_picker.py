"""Choose a resident by typing any form of their name.

The field is a plain line edit; matches show in a completer pop-up. Qt's completer pop-up
passes every key press and input-method commit back to the line edit, so typing goes on
while the list is open (a combo box's own pop-up took the keyboard and lost what was typed
next). The pop-up shows whole names with their other forms; once a person is picked the
field shows their name only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QWidget,
)

from app.errors import MadoguchiError
from app.residents import ResidentChoice
from app.services import Services
from ui.labels import code_language

# Opens the resident form with what was typed: the new resident, or None if cancelled.
Creator = Callable[[str], ResidentChoice | None]
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_ROLE = Qt.ItemDataRole.UserRole + 2


class ResidentPicker(QWidget):
    changed = Signal()
    picked = Signal(object)  # the ResidentChoice
    returnPressed = Signal()  # noqa: N815 (Qt's own spelling)

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 creator: Creator | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._finder = services.residents.choose
        self._creator = creator
        self._chosen: ResidentChoice | None = None
        self._found: list[ResidentChoice] = []
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type a name in any script…"))
        self.edit.setClearButtonEnabled(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.setMinimumWidth(240)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.edit)
        self.completer.setMaxVisibleItems(12)
        popup = self.popup()
        popup.setTextElideMode(Qt.TextElideMode.ElideNone)
        if isinstance(popup, QListView):
            popup.setUniformItemSizes(True)
        # PySide6's stubs do not type a signal's overload index
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._refresh)
        self.edit.textEdited.connect(self._edited)
        self.edit.returnPressed.connect(self._return_pressed)

    # -- typing and searching
    def _edited(self, _text: str) -> None:
        if self._chosen is not None:
            self._chosen = None
            self.changed.emit()
        self._timer.start()

    def _refresh(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self.popup().hide()
            return
        try:
            self._found = self._finder(text)
        except MadoguchiError:  # e.g. the form was left behind when another user logged in
            return
        self.model.clear()
        for choice in self._found:
            label = self._label(choice)
            item = QStandardItem(label)
            item.setData(choice, CHOICE_ROLE)
            item.setToolTip(label)
            self.model.appendRow(item)
        if self._creator is not None:
            new = QStandardItem(self.tr("New resident “%1”…").replace("%1", text))
            new.setData(True, NEW_ROLE)
            new.setForeground(self.palette().link())
            self.model.appendRow(new)
        if self.model.rowCount() and self.edit.hasFocus():
            self._show_popup()

    def _show_popup(self) -> None:
        popup = self.popup()
        width = max(popup.sizeHintForColumn(0) + 2 * popup.frameWidth()
                    + popup.verticalScrollBar().sizeHint().width() + 8, self.edit.width())
        screen = self.screen().availableGeometry().width() if self.screen() else width
        rect = self.edit.rect()
        rect.setWidth(min(width, screen - 40))
        self.completer.complete(rect)

    def _label(self, choice: ResidentChoice) -> str:
        parts = [choice.name]
        if choice.other_names:
            parts.append(choice.other_names)
        nationality = self.services.codes.label("nationality", choice.nationality,
                                                code_language())
        details = [d for d in (nationality, choice.birth_year, choice.district) if d]
        if details:
            parts.append(" · ".join(details))
        return "  —  ".join(parts)

    def popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a QCompleter always has its list
        return popup

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.data(NEW_ROLE):
            self._create()
            return
        choice = index.data(CHOICE_ROLE)
        if isinstance(choice, ResidentChoice):
            self.choose(choice)

    def _return_pressed(self) -> None:
        if self._chosen is None:
            self._timer.stop()
            text = self.edit.text().strip()
            if text:
                found = self._finder(text)
                if len(found) == 1:
                    self.choose(found[0])
                else:
                    self._refresh()
                    return
        if self._chosen is not None:
            self.returnPressed.emit()

    def _create(self) -> None:
        assert self._creator is not None
        made = self._creator(self.edit.text().strip())
        if made is not None:
            self.choose(made)

    # -- the picked person
    def choose(self, choice: ResidentChoice) -> None:
        self._timer.stop()
        self.popup().hide()
        self._chosen = choice
        self.edit.setText(choice.name)
        self.edit.setCursorPosition(0)
        self.edit.setToolTip(self._label(choice))
        self.changed.emit()
        self.picked.emit(choice)

    def found(self) -> list[ResidentChoice]:
        """The people the last search found (the pop-up's rows, without "New resident…")."""
        return list(self._found)

    def label(self, row: int) -> str:
        return str(self.model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) or "")

    def pick(self, row: int) -> None:
        """As if the pop-up's row were clicked."""
        self._activated(self.model.index(row, 0))

    def chosen(self) -> ResidentChoice | None:
        return self._chosen

    def resident_id(self) -> int | None:
        if self._chosen is not None:
            return self._chosen.id
        text = self.edit.text().strip()
        same = [c for c in self._found if c.name == text]
        return same[0].id if len(same) == 1 else None

    def currentText(self) -> str:  # noqa: N802 (the combo box's name, which callers use)
        return self.edit.text()

    def search_now(self, text: str) -> None:
        """Type `text` and search at once (tests)."""
        self.edit.setText(text)
        self._chosen = None
        self._refresh()

    def set_resident(self, resident_id: int | None, name: str = "") -> None:
        self._timer.stop()
        self._chosen = (ResidentChoice(resident_id, name) if resident_id is not None
                        else None)
        self.edit.setText(name if resident_id is not None else "")
        self.edit.setCursorPosition(0)
        self.changed.emit()
