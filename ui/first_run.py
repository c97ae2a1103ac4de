"""The first start: make the encrypted database and its administrator (the clerk), then show
the recovery code once, to print or write down and keep in the office safe.

The recovery code is held only in this dialog's memory. Madoguchi never writes it to disk,
unless printing is not available here and the user explicitly saves it as a text file."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import accounts
from app.errors import MadoguchiError, ValidationError
from app.jptime import now_local
from app.keyslots import Kdf
from app.services import Services
from ui import file_dialogs, i18n
from ui.labels import error_text
from ui.login import LanguageChooser, save_language_choice
from ui.widgets import ErrorLabel


def printing_available() -> bool:
    """QtPrintSupport is not in every PySide6 build (PySide6-Essentials may lack it)."""
    try:
        import PySide6.QtPrintSupport  # noqa: F401
    except ImportError:
        return False
    return True


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class FirstRunWizard(QDialog):
    """Two steps: the town and its administrator, then the recovery code. On success
    `.services` holds the new database's open services, logged in as the administrator."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, *,
                 kdf: Kdf | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.kdf = kdf
        self.services: Services | None = None
        self.admin = ""
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.chooser = LanguageChooser(self)
        self.language = self.chooser.box
        self.language.currentIndexChanged.connect(self._language_changed)
        layout.addWidget(self.chooser)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        self._build()

    def _build(self) -> None:
        """Both steps, in the current language."""
        self.setWindowTitle(self.tr("Madoguchi — first start"))
        self.chooser.retranslate()
        self._build_setup()
        self._build_code()

    def _language_changed(self) -> None:
        """The clerk chose another language before anything was created: the same steps
        again, in that language, with what was typed kept."""
        code = self.language.currentData()
        if not isinstance(code, str) or code == i18n.current() or self.services is not None:
            return
        i18n.apply(code)
        typed = [field.text() for field in (self.town, self.admin_name, self.password,
                                            self.repeat)]
        while self.stack.count():
            page = self.stack.widget(0)
            assert page is not None
            self.stack.removeWidget(page)
            page.deleteLater()
        self._build()
        for field, text in zip((self.town, self.admin_name, self.password, self.repeat),
                               typed, strict=True):
            field.setText(text)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.town.setFocus()  # typing starts in the first field, not in the language box

    def launch(self) -> int:
        return self.exec()

    # -- step 1: the town and its administrator
    def _build_setup(self) -> None:
        page = QWidget(self.stack)
        column = QVBoxLayout(page)
        column.addWidget(_heading(self.tr("Welcome to Madoguchi"), page))
        column.addWidget(_note(self.tr(
            "There is no database here yet. Madoguchi will make a new encrypted database "
            "in:"), page))
        where = QLabel(str(self.db_path), page)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        column.addWidget(where)
        column.addWidget(_note(self.tr(
            "First, the town's name and the administrator: the clerk who looks after "
            "Madoguchi, adds the other users and keeps the recovery code."), page))
        form = QFormLayout()
        self.town = QLineEdit(page)
        self.town.setPlaceholderText("みさき町")
        self.admin_name = QLineEdit(page)
        self.password = QLineEdit(page)
        self.repeat = QLineEdit(page)
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("At least %1 characters").replace("%1", str(accounts.MIN_PASSWORD)))
        form.addRow(self.tr("Town name (Japanese)"), self.town)
        form.addRow(self.tr("Administrator's user name"), self.admin_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        column.addLayout(form)
        self.error = ErrorLabel(page)
        column.addWidget(self.error)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"), page)
        cancel.clicked.connect(self.reject)
        self.create_button = QPushButton(self.tr("Create the database"), page)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_database)
        row.addWidget(cancel)
        row.addWidget(self.create_button)
        column.addLayout(row)
        self.stack.addWidget(page)

    def create_database(self) -> bool:
        town = self.town.text().strip()
        name = self.admin_name.text().strip()
        password = self.password.text()
        if not town:
            return self._fail(self.tr("Please enter the town's name."), self.town)
        if not name:
            return self._fail(self.tr("Please enter a user name for the administrator."),
                              self.admin_name)
        if len(password) < accounts.MIN_PASSWORD:
            return self._fail(self.tr("Use at least %1 characters for the password.")
                              .replace("%1", str(accounts.MIN_PASSWORD)), self.password)
        if password != self.repeat.text():
            return self._fail(self.tr("The two passwords are not the same."), self.repeat)
        if not self.db_path.parent.is_dir():
            return self._fail(self.tr("The folder %1 does not exist.")
                              .replace("%1", str(self.db_path.parent)), self.town)
        try:
            services, code = accounts.create_database(self.db_path, name, password,
                                                      kdf=self.kdf)
        except ValidationError as exc:
            return self._fail(error_text(exc), self.admin_name)
        except MadoguchiError as exc:
            return self._fail(error_text(exc), self.town)
        services.store.set_setting("town_name_ja", town)
        save_language_choice(services, i18n.current(), chosen=True)
        i18n.remember_login_language(i18n.current())
        self.language.setEnabled(False)
        self.services, self.admin = services, name
        self.password.clear()
        self.repeat.clear()
        groups = code.split("-")  # two lines of three groups: easy to copy out by hand
        self.code_label.setText("\n".join("-".join(groups[i:i + 3])
                                          for i in range(0, len(groups), 3)))
        self.code_label.setMinimumWidth(self.code_label.fontMetrics().horizontalAdvance(
            "-".join(groups[:3])) + 60)
        self.town_label.setText(town)
        self.stack.setCurrentIndex(1)
        self.understood.setFocus()
        return True

    def _fail(self, message: str, field: QWidget) -> bool:
        self.error.show_error(message)
        field.setFocus()
        return False

    # -- step 2: the recovery code, shown once
    def _build_code(self) -> None:
        page = QWidget(self.stack)
        column = QVBoxLayout(page)
        column.addWidget(_heading(self.tr("The recovery code"), page))
        column.addWidget(_note(self.tr(
            "If every administrator password is lost, only this code opens the database. "
            "It is shown now and never again, and Madoguchi does not keep it."), page))
        self.town_label = QLabel(page)
        self.code_label = QLabel(page)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(max(mono.pointSizeF(), 10.0) * 2.0)
        mono.setBold(True)
        self.code_label.setFont(mono)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_label.setStyleSheet(
            "background: white; color: black; border: 2px solid #444; padding: 18px;")
        column.addWidget(self.town_label)
        column.addWidget(self.code_label)
        self.can_print = printing_available()
        if self.can_print:
            instruction = self.tr(
                "Print it, or write it down by hand, and keep the paper in the office safe. "
                "Do not keep it on this computer or in email.")
        else:
            instruction = self.tr(
                "Printing is not available here. Write the code down by hand now and keep "
                "the paper in the office safe. Save it as a text file only to print it "
                "elsewhere, then delete the file.")
        column.addWidget(_note(instruction, page))
        row = QHBoxLayout()
        if self.can_print:
            self.output_button = QPushButton(self.tr("Print…"), page)
            self.output_button.clicked.connect(self.print_code)
        else:
            self.output_button = QPushButton(self.tr("Save as text file…"), page)
            self.output_button.clicked.connect(self.save_code)
        row.addWidget(self.output_button)
        self.output_note = QLabel(page)
        row.addWidget(self.output_note, 1)
        column.addLayout(row)
        self.understood = QCheckBox(
            self.tr("I have written down or printed the recovery code"), page)
        column.addWidget(self.understood)
        column.addStretch(1)
        finish_row = QHBoxLayout()
        finish_row.addStretch(1)
        self.finish_button = QPushButton(self.tr("Finish and open Madoguchi"), page)
        self.finish_button.setEnabled(False)
        self.understood.toggled.connect(self.finish_button.setEnabled)
        self.finish_button.clicked.connect(self.finish)
        finish_row.addWidget(self.finish_button)
        column.addLayout(finish_row)
        self.stack.addWidget(page)

    def code_document(self) -> QTextDocument:
        when = now_local().strftime("%Y-%m-%d %H:%M")
        town = html.escape(self.town_label.text())
        title = html.escape(self.tr("Madoguchi recovery code"))
        keep = html.escape(self.tr("Keep this paper in the office safe. Anyone who has it and "
                                   "the database file can read every record."))
        doc = QTextDocument(self)
        doc.setHtml(
            f"<h2>{title}</h2><p>{town}<br>{html.escape(str(self.db_path))}<br>{when}</p>"
            "<p style='font-family: monospace; font-size: 22pt; font-weight: bold'>"
            f"{html.escape(self.code_label.text()).replace(chr(10), '<br>')}</p>"
            f"<p>{keep}</p>")
        return doc

    def print_code(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.code_document().print_(printer)
        self.output_note.setText(self.tr("Sent to the printer."))
        return True

    def choose_save_path(self) -> str:
        """Seam for tests: where the user chose to save the code."""
        return file_dialogs.save_file(self, self.tr("Save the recovery code"),
                                      "madoguchi-recovery-code.txt", self.tr("Text (*.txt)"),
                                      "recovery")

    def save_code(self) -> bool:
        target = self.choose_save_path()
        if not target:
            return False
        text = self.code_document().toPlainText()
        try:
            Path(target).write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            self.output_note.setText(self.tr("Could not save: %1").replace(
                "%1", exc.strerror or type(exc).__name__))
            return False
        self.output_note.setText(self.tr("Saved. Print it, then delete the file."))
        return True

    def finish(self) -> bool:
        if self.services is None or not self.understood.isChecked():
            return False
        self.code_label.clear()  # shown once: gone from the screen and from this dialog
        self.accept()
        return True

    def reject(self) -> None:
        if self.services is not None:
            return  # the database exists: the code must be acknowledged before going on
        super().reject()
