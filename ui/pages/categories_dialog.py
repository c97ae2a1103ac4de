"""Other bodies' categories (Settings → Reports): which of the town's topics feed each
category of an external list, such as the one-stop centre categories. A topic that feeds no
category is listed as unmapped: the reports count it as 未分類, never drop it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import MadoguchiError
from app.reports import categories
from app.services import Services
from ui.labels import code_language, error_text
from ui.widgets import CodeChecklist, ErrorLabel


class CategoriesDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.mapping = services.reports.categories()
        self.setWindowTitle(self.tr("Other bodies' categories"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        self.title = QLabel(self.mapping.name, self)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        self.list = QListWidget(self)
        for cat in self.mapping.categories:
            entry = QListWidgetItem(cat.label)
            entry.setData(Qt.ItemDataRole.UserRole, cat.code)
            self.list.addItem(entry)
        self.topics = CodeChecklist(services.codes, "topic", self)
        self.topics.setMaximumHeight(16777215)
        row.addWidget(self.list, 1)
        column = QVBoxLayout()
        column.addWidget(QLabel(self.tr("Topics counted in this category"), self))
        column.addWidget(self.topics, 1)
        row.addLayout(column, 2)
        layout.addLayout(row, 1)
        self.unmapped = QLabel(self)
        self.unmapped.setWordWrap(True)
        layout.addWidget(self.unmapped)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        example = QPushButton(self.tr("Back to the shipped example"), self)
        buttons.addButton(example, QDialogButtonBox.ButtonRole.ResetRole)
        example.clicked.connect(self.reset)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._current: categories.ExternalCategory | None = None
        self.list.currentRowChanged.connect(self._show)
        self.topics.changed.connect(self._keep)
        self.list.setCurrentRow(0)

    def launch(self) -> int:
        return self.exec()

    def _show(self, row: int) -> None:
        self._current = None
        cat = self.mapping.categories[row] if 0 <= row < len(self.mapping.categories) else None
        self.topics.set_codes(cat.topics if cat else [])
        self._current = cat
        self._update_unmapped()

    def _keep(self) -> None:
        if self._current is not None:
            self._current.topics = self.topics.codes()
            self._update_unmapped()

    def _update_unmapped(self) -> None:
        topics = [i.code for i in self.services.codes.items("topic")]
        left = self.mapping.unmapped(topics)
        names = ", ".join(self.services.codes.label("topic", t, code_language())
                          for t in left)
        self.unmapped.setText(self.tr("Topics in no category (counted as unmapped): %1")
                              .replace("%1", names or "—"))

    def reset(self) -> None:
        self.mapping = categories.example()
        self._show(self.list.currentRow())

    def save(self) -> None:
        try:
            self.services.reports.save_categories(self.mapping)
        except MadoguchiError as exc:
            self.error.show_error(error_text(exc))
            return
        self.accept()
