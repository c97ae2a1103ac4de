"""Suggested answers while a consultation is recorded: knowledge entries for its topics and
words, each with an "answered with" check box, and a copy for SNS in the resident's
language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import MadoguchiError
from app.services import Services
from ui.labels import code_language
from ui.sns_copy import copy_for_sns

SUGGEST_DELAY_MS = 400


class SuggestionsPanel(QWidget):
    """`topics`, `asked` and `language` read the form's fields when suggestions are made."""

    def __init__(self, services: Services, topics: Callable[[], list[str]],
                 asked: Callable[[], str], language: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.topics, self.asked, self.language = topics, asked, language
        self.suggested: list[int] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(125)
        self.list.setToolTip(self.tr("Tick the entries you answered with"))
        column.addWidget(self.list)
        row = QHBoxLayout()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666;")
        row.addWidget(self.hint, 1)
        self.copy_button = QPushButton(self.tr("Copy for SNS"), self)
        self.copy_button.setToolTip(self.tr(
            "Copy the chosen answer in the consultation's language, for Messenger, Zalo or "
            "LINE"))
        self.copy_button.clicked.connect(self.copy_for_sns)
        row.addWidget(self.copy_button)
        column.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SUGGEST_DELAY_MS)
        self.timer.timeout.connect(self.update_now)
        self.list.currentRowChanged.connect(lambda _r: self._enable())
        self.update_now()

    def schedule(self) -> None:
        """A field changed: suggest again once typing pauses."""
        self.timer.start()

    def checked(self) -> list[int]:
        return sorted(int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
                      for i in range(self.list.count())
                      if self.list.item(i).checkState() == Qt.CheckState.Checked)

    def ids(self) -> list[int]:
        return [int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.list.count())]

    def set_checked(self, entry_ids: list[int]) -> None:
        self._fill(self.suggested, set(entry_ids))

    def update_now(self) -> None:
        self.timer.stop()
        if self.services.store.closed:  # the form was discarded when another user logged in
            return
        try:
            self.suggested = self.services.knowledge.suggest(self.topics(), self.asked())
        except MadoguchiError:
            self.suggested = []
        self._fill(self.suggested, set(self.checked()))

    def _fill(self, suggested: list[int], checked: set[int]) -> None:
        """The suggestions in rank order, then entries ticked earlier that are no longer
        suggested (a tick never disappears by itself)."""
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        shown = list(suggested) + sorted(checked - set(suggested))
        self.list.clear()
        language = code_language()
        for entry_id in shown:
            try:
                entry = self.services.knowledge.get(entry_id)
            except MadoguchiError:
                continue
            text = entry.text(language)
            item = QListWidgetItem(text.question if text else f"#{entry_id}")
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry_id in checked
                               else Qt.CheckState.Unchecked)
            item.setToolTip(text.answer if text else "")
            self.list.addItem(item)
            if entry_id == keep:
                self.list.setCurrentItem(item)
        self.hint.setText(self.tr("Tick the answers you used.") if self.list.count()
                          else self.tr("Choose a topic or write what was asked to see "
                                       "suggested answers."))
        self._enable()

    def _enable(self) -> None:
        self.copy_button.setEnabled(self.list.currentItem() is not None)

    def copy_for_sns(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        language = self.language() or "ja"
        if copy_for_sns(self, self.services, int(item.data(Qt.ItemDataRole.UserRole)),
                        language):
            self.hint.setText(self.tr("Copied"))
