"""Conflicts: records changed on two devices since they last exchanged (or deleted on one
and changed on the other). Each is resolved field by field: mine, theirs, or a value typed
in; a deletion against a change, by keeping the record or the deletion (docs/sync.md)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.audit import local_time
from app.errors import MadoguchiError
from app.services import Services
from app.sync import conflicts
from ui.audit_text import field_label
from ui.labels import error_text

MINE, THEIRS, EDIT = 0, 1, 2


def _shown(value: Any) -> str:
    if value in (None, "", [], {}):
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictsPage(QWidget):
    resolved = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.found: list[conflicts.Conflict] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        split = QSplitter(self)
        self.list = QTableWidget(0, 3, split)
        self.list.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Found"),
                                             self.tr("What differs")])
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.currentCellChanged.connect(lambda *_: self.show_conflict())
        detail = QWidget(split)
        inner = QVBoxLayout(detail)
        self.heading = QLabel(detail)
        self.heading.setWordWrap(True)
        inner.addWidget(self.heading)
        self.fields = QTableWidget(0, 4, detail)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("This device"),
                                               self.tr("Other device"), self.tr("Keep")])
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.horizontalHeader().setStretchLastSection(True)
        inner.addWidget(self.fields)
        buttons = QHBoxLayout()
        self.all_mine = QPushButton(self.tr("All mine"), detail)
        self.all_mine.clicked.connect(lambda: self._choose_all(MINE))
        self.all_theirs = QPushButton(self.tr("All theirs"), detail)
        self.all_theirs.clicked.connect(lambda: self._choose_all(THEIRS))
        self.resolve_button = QPushButton(self.tr("Resolve"), detail)
        self.resolve_button.clicked.connect(self.resolve)
        for button in (self.all_mine, self.all_theirs):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.resolve_button)
        inner.addLayout(buttons)
        split.addWidget(self.list)
        split.addWidget(detail)
        split.setStretchFactor(1, 2)
        split.setSizes([420, 580])
        layout.addWidget(split, 1)
        self.choices: list[tuple[str, QComboBox, QLineEdit]] = []
        self.refresh()

    def refresh(self) -> None:
        self.found = self.services.sync.conflicts()
        self.summary.setText(self.tr(
            "%1 open conflicts. A record changed on two devices since they last synced is "
            "kept as it is on each until you choose, field by field, which value to keep."
        ).replace("%1", str(len(self.found))))
        self.list.setRowCount(len(self.found))
        for row, c in enumerate(self.found):
            kind = conflicts.SINGULAR.get(c.kind, c.kind)
            what = (self.tr("deleted on this device") if c.deleted_here else
                    self.tr("deleted on the other device") if c.deleted_there else
                    ", ".join(field_label(kind, n) for n in c.fields()))
            for col, text in enumerate((f"{self.kind_name(kind)} {c.uuid[:8]}",
                                        local_time(c.found_at)[:16], what)):
                item = QTableWidgetItem(text)
                item.setToolTip(c.uuid)
                self.list.setItem(row, col, item)
        self.list.resizeColumnsToContents()
        if self.found:
            self.list.selectRow(0)
        self.show_conflict()

    def kind_name(self, kind: str) -> str:
        names = {"resident": self.tr("Resident"), "consultation": self.tr("Consultation"),
                 "accompaniment": self.tr("Accompaniment"), "session": self.tr("Session"),
                 "organisation": self.tr("Organisation"),
                 "bridge_person": self.tr("Bridge person"),
                 "kb_entry": self.tr("Knowledge entry")}
        return names.get(kind, kind)

    def current(self) -> conflicts.Conflict | None:
        row = self.list.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def show_conflict(self) -> None:
        c = self.current()
        self.choices = []
        self.fields.setRowCount(0)
        for button in (self.all_mine, self.all_theirs, self.resolve_button):
            button.setEnabled(c is not None)
        if c is None:
            self.heading.setText(self.tr("No conflict chosen."))
            return
        kind = conflicts.SINGULAR.get(c.kind, c.kind)
        if c.deleted_here or c.deleted_there:
            self.heading.setText(self.tr(
                "Deleted on one device and changed on the other. Keep the record, or its "
                "deletion?"))
            names = ["*"]
        else:
            self.heading.setText(self.tr("Choose the value to keep for each field."))
            names = c.fields()
        mine, theirs = c.mine or {}, c.theirs or {}
        self.fields.setRowCount(len(names))
        for row, name in enumerate(names):
            if name == "*":
                label = self.tr("The record")
                left = self.tr("deleted") if c.deleted_here else self.tr("kept")
                right = self.tr("deleted") if c.deleted_there else self.tr("kept")
            else:
                label, left, right = field_label(kind, name), _shown(mine.get(name)), \
                    _shown(theirs.get(name))
            for col, text in enumerate((label, left, right)):
                self.fields.setItem(row, col, QTableWidgetItem(text))
            cell = QWidget(self.fields)
            line = QHBoxLayout(cell)
            line.setContentsMargins(0, 0, 0, 0)
            combo = QComboBox(cell)
            combo.addItems([self.tr("Mine"), self.tr("Theirs")] +
                           ([self.tr("Edit")] if name != "*" else []))
            edit = QLineEdit(cell)
            edit.setVisible(False)
            edit.setText(_shown(mine.get(name)) if name != "*" else "")
            combo.currentIndexChanged.connect(
                lambda index, e=edit: e.setVisible(index == EDIT))
            line.addWidget(combo)
            line.addWidget(edit, 1)
            self.fields.setCellWidget(row, 3, cell)
            self.choices.append((name, combo, edit))
        self.fields.resizeColumnsToContents()

    def _choose_all(self, index: int) -> None:
        for _name, combo, _edit in self.choices:
            combo.setCurrentIndex(index)

    def resolve(self) -> None:
        c = self.current()
        if c is None:
            return
        picked: dict[str, Any] = {}
        keep = None
        for name, combo, edit in self.choices:
            index = combo.currentIndex()
            if name == "*":
                keep = conflicts.MINE if index == MINE else conflicts.THEIRS
            elif index == EDIT:
                old = (c.mine or {}).get(name)
                text = edit.text()
                value: Any = text if isinstance(old, str) or old is None else json.loads(text)
                picked[name] = ("edit", value)
            else:
                picked[name] = conflicts.MINE if index == MINE else conflicts.THEIRS
        try:
            self.services.sync.resolve(c.id, picked, keep=keep)
        except (MadoguchiError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Resolve"), error_text(exc)
                                if isinstance(exc, MadoguchiError) else str(exc))
            return
        self.refresh()
        self.resolved.emit()
