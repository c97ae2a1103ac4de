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
from app.store import BusyError
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
        screen = self.screen().availableGeometry() if self.screen() else None
        # A form fits the screen it opens on (a 1366×768 laptop), and scrolls inside.
        self.resize(860, min(820, screen.height() - 60) if screen else 820)
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
            self.print_button = self.buttons.addButton(
                self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.print_button.clicked.connect(self.print_record)
        outer.addWidget(self.buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.build()
        if record_id is not None:
            self.load(record_id)
            self._conflict_badge(outer, record_id)
        self._snapshot = self.collect()

    def _conflict_badge(self, outer: QVBoxLayout, record_id: int) -> None:
        """Changed on another device at the same time: say so above the form."""
        if self.services.sync.has_conflict(self.record_kind, record_id):
            self.conflict_badge = QLabel(self.tr(
                "This record was also changed on another device: it has an open conflict "
                "(Settings › Conflicts)."), self)
            self.conflict_badge.setWordWrap(True)
            self.conflict_badge.setStyleSheet("background: #fff3cd; padding: 6px;")
            outer.insertWidget(0, self.conflict_badge)

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

    # -- printing
    def printable_rows(self) -> list[tuple[str, str]]:
        """(label, value) of every field as the form shows it now."""
        rows: list[tuple[str, str]] = []
        for i in range(self.form.rowCount()):
            caption = self.form.itemAt(i, QFormLayout.ItemRole.LabelRole)
            field = self.form.itemAt(i, QFormLayout.ItemRole.FieldRole)
            if caption is None or field is None:
                continue
            label, box = caption.widget(), field.widget()
            if isinstance(label, QLabel) and box is not None:
                rows.append((label.text().replace("&", ""), widget_text(box)))
        return rows

    def print_record(self) -> bool:
        from ui.printing import fields_html, page, print_html

        markup = page(self.windowTitle(), fields_html(self.printable_rows()))
        return print_html(self, self.services, markup, "record", kind=self.record_kind,
                          uuid=getattr(self, "_uuid", None) or None)

    # -- behaviour
    def launch(self) -> int:
        return self.exec()

    def is_dirty(self) -> bool:
        return bool(self.collect() != self._snapshot)

    def mark_clean(self) -> None:
        """What the form holds now is what closing it without saving may throw away
        silently (a form prefilled from a picker has nothing of the user's yet)."""
        self._snapshot = self.collect()

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.show_error(validation_message(errors[name]) if name in errors else "")
        if errors:
            self.banner.show_error(self.tr("Please correct the fields marked in red."))
            # The first field in error in the form's own order, scrolled into view.
            first = next((n for n in self.errors if n in errors), None)
            if first:
                box = self.errors[first].parentWidget()
                assert box is not None  # an error label sits in its field's box
                self.scroll_area.ensureWidgetVisible(box)
                box.setFocus()
                field = box.focusProxy() or next(iter(box.findChildren(QWidget)), None)
                if field is not None:
                    field.setFocus()
        else:
            self.banner.show_error("")

    def ask_retry(self, message: str) -> bool:
        """Retry or Cancel, when another program holds the database. Tests replace this."""
        return QMessageBox.warning(
            self, "Madoguchi", message,
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Retry) == QMessageBox.StandardButton.Retry

    def save(self) -> bool:
        record = self.collect()
        while True:
            try:
                new_id = self.store(record)
                break
            except BusyError as exc:
                if self.ask_retry(error_text(exc)):
                    continue
                self.banner.show_error(error_text(exc))
                return False
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


def widget_text(widget: QWidget) -> str:
    """What a field shows, as text for a printout."""
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QTableWidget,
    )

    from ui.resident_picker import ResidentPicker
    from ui.widgets import CodeChecklist, DateField

    if isinstance(widget, ErrorLabel):
        return ""
    if isinstance(widget, ResidentPicker):
        return widget.currentText()
    if isinstance(widget, DateField):
        return widget.edit.text()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.currentData() is not None or \
            widget.isEditable() else ""
    if isinstance(widget, QCheckBox):
        return "✓" if widget.isChecked() else ""
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, CodeChecklist):
        return "、".join(widget.item(i).text() for i in range(widget.count())
                        if widget.item(i).checkState() == Qt.CheckState.Checked)
    if isinstance(widget, QListWidget):
        return "、".join(widget.item(i).text() for i in range(widget.count())
                        if not widget.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable
                        or widget.item(i).checkState() == Qt.CheckState.Checked)
    if isinstance(widget, QTableWidget):
        lines = []
        for r in range(widget.rowCount()):
            cells = [widget_text(w) if (w := widget.cellWidget(r, c)) is not None
                     else (widget.item(r, c).text() if widget.item(r, c) else "")
                     for c in range(widget.columnCount())]
            lines.append(" × ".join(c for c in cells if c))
        return "\n".join(lines)
    parts = [widget_text(child) for child in widget.findChildren(
        QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if not child.isHidden() or isinstance(child, QTableWidget)]
    return "  ".join(p for p in parts if p)
