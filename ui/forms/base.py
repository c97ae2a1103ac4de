"""The shape every record form shares: labelled fields with inline errors, save with Ctrl+S,
cancel with Esc, and a question before unsaved changes are thrown away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import MadoguchiError, ValidationError
from app.residents import ResidentChoice
from app.services import Services
from ui.labels import error_text, validation_message
from ui.widgets import ErrorLabel


class RecordForm(QDialog):
    """Subclasses build their fields in `build()`, and implement `load`, `collect` and
    `store`. Open with `launch()`, the seam tests replace or drive."""

    saved = Signal(int)
    record_kind = ""

    def __init__(self, services: Services, record_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.record_id = record_id
        self.errors: dict[str, ErrorLabel] = {}
        self.setMinimumWidth(560)
        self.resize(860, 820)
        outer = QVBoxLayout(self)
        self.banner = ErrorLabel(self)
        outer.addWidget(self.banner)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        body = QWidget(self.scroll_area)
        self.form = QFormLayout(body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.deleted = False
        if record_id is not None:
            delete = self.buttons.addButton(self.tr("Delete…"),
                                            QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.clicked.connect(self.delete)
        outer.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.build()
        if record_id is not None:
            self.load(record_id)
        self._snapshot = self.collect()

    # -- for subclasses
    def build(self) -> None:
        raise NotImplementedError

    def load(self, record_id: int) -> None:
        raise NotImplementedError

    def collect(self) -> Any:
        raise NotImplementedError

    def store(self, record: Any) -> int:
        raise NotImplementedError

    def remove(self, record_id: int) -> None:
        raise NotImplementedError

    def _new_resident(self, typed: str) -> ResidentChoice | None:
        """"New resident…" in a resident picker: the resident form, then back here."""
        from ui.forms.resident import new_resident

        return new_resident(self.services, typed, self)

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """A labelled row with its error line beneath."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = ErrorLabel(box)
        column.addWidget(error)
        self.errors[name] = error
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self.form.addRow(caption, box)
        return widget

    # -- behaviour
    def launch(self) -> int:
        return self.exec()

    def is_dirty(self) -> bool:
        return bool(self.collect() != self._snapshot)

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.show_error(validation_message(errors[name]) if name in errors else "")
        if errors:
            self.banner.show_error(self.tr("Please correct the fields marked in red."))
            # The first field in error in the form's own order, scrolled into view.
            first = next((n for n in self.errors if n in errors), None)
            if first:
                box = self.errors[first].parentWidget()
                self.scroll_area.ensureWidgetVisible(box)
                box.setFocus()
                field = box.focusProxy() or next(iter(box.findChildren(QWidget)), None)
                if field is not None:
                    field.setFocus()
        else:
            self.banner.show_error("")

    def save(self) -> bool:
        record = self.collect()
        try:
            new_id = self.store(record)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except MadoguchiError as exc:
            self.banner.show_error(error_text(exc))
            return False
        self.show_errors({})
        self.record_id = new_id
        self._snapshot = self.collect()
        self.saved.emit(new_id)
        self.accept()
        return True

    def confirm_delete(self) -> bool:
        """Tests replace this."""
        return QMessageBox.question(
            self, self.tr("Delete"),
            self.tr("Delete this record? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def delete(self) -> bool:
        if self.record_id is None or not self.confirm_delete():
            return False
        try:
            self.remove(self.record_id)
        except MadoguchiError as exc:
            self.banner.show_error(error_text(exc))
            return False
        self.deleted = True
        self._snapshot = self.collect()
        self.accept()
        return True

    def ask_discard(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel for unsaved changes. Tests replace this."""
        return QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("This record has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def reject(self) -> None:
        if self.is_dirty():
            answer = self.ask_discard()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        if self.isVisible() and self.is_dirty():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier:
            return  # Enter in a field must not save half a record; Ctrl+S does
        super().keyPressEvent(event)
