"""Users, for the administrator: add staff accounts, disable them, unlock them after too many
failed logins, set a password. The data is never re-encrypted; only the key is rewrapped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import accounts
from app.errors import MadoguchiError
from app.marks import QT_TRANSLATE_NOOP
from app.services import Services
from ui.labels import error_text
from ui.widgets import ErrorLabel

ROLE_LABELS = {"admin": QT_TRANSLATE_NOOP("Role", "Administrator"),
               "staff": QT_TRANSLATE_NOOP("Role", "Staff")}


def role_label(role: str) -> str:
    return QCoreApplication.translate("Role", str(ROLE_LABELS.get(role, role)))


def _password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PasswordDialog(QDialog):
    """A user's new password, typed twice. With `new_user`, also the name and role."""

    def __init__(self, services: Services, name: str = "", parent: QWidget | None = None,
                 *, new_user: bool = False) -> None:
        super().__init__(parent)
        self.users = services.users
        self.new_user = new_user
        self.setWindowTitle(self.tr("Add user") if new_user else
                            self.tr("Set password for %1").replace("%1", name))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        self.name = QLineEdit(name, self)
        self.name.setReadOnly(not new_user)
        self.role = QComboBox(self)
        for role in accounts.ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(self.role.findData("staff"))
        self.password = _password_field(self)
        self.password.setPlaceholderText(
            self.tr("At least %1 characters").replace("%1", str(accounts.MIN_PASSWORD)))
        self.repeat = _password_field(self)
        form.addRow(self.tr("User name"), self.name)
        if new_user:
            form.addRow(self.tr("Role"), self.role)
        else:
            self.role.hide()
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        if new_user:
            note = QLabel(self.tr("Staff can keep records and make the aggregated reports. "
                                  "Only administrators manage users and settings, export "
                                  "personal data and delete data for good."), self)
            note.setWordWrap(True)
            form.addRow(note)
        self.error = ErrorLabel(self)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def launch(self) -> int:
        return self.exec()

    def save(self) -> bool:
        name = self.name.text().strip()
        password = self.password.text()
        if password != self.repeat.text():
            self.error.show_error(self.tr("The two passwords are not the same."))
            return False
        try:
            if self.new_user:
                self.users.add(name, password, str(self.role.currentData()))
            else:
                self.users.set_password(name, password)
        except MadoguchiError as exc:
            self.error.show_error(error_text(exc))
            return False
        self.password.clear()
        self.repeat.clear()
        self.accept()
        return True


class UsersPage(QWidget):
    COLUMNS = 3

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.users = services.users
        self.rows: list[tuple[str, str, bool, bool]] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Each person logs in with their own name. Disabling a user removes their key: "
            "they can no longer open the database, and their past records keep their name."),
            self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add user…"), self)
        self.add_button.clicked.connect(self.add_user)
        self.disable_button = QPushButton(self.tr("Disable…"), self)
        self.disable_button.clicked.connect(self.disable_user)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.clicked.connect(self.unlock_user)
        self.password_button = QPushButton(self.tr("Set password…"), self)
        self.password_button.clicked.connect(self.set_password)
        for button in (self.add_button, self.disable_button, self.unlock_button,
                       self.password_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = ErrorLabel(self)
        layout.addWidget(self.message)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Role"), self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.refresh()

    def state_label(self, disabled: bool, locked: bool) -> str:
        if disabled:
            return self.tr("Disabled")
        return self.tr("Locked (too many failed logins)") if locked else self.tr("Active")

    def refresh(self) -> None:
        selected = self.selected()
        try:
            self.rows = self.users.list()
        except MadoguchiError as exc:
            self.rows = []
            self.message.show_error(error_text(exc))
        self.table.setRowCount(len(self.rows))
        for row, (name, role, disabled, locked) in enumerate(self.rows):
            for col, text in enumerate((name, role_label(role),
                                        self.state_label(disabled, locked))):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, name)
                if disabled:
                    cell.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, col, cell)
        if selected:
            self.select(selected)
        self._selection_changed()

    def select(self, name: str) -> None:
        for row, entry in enumerate(self.rows):
            if entry[0] == name:
                self.table.selectRow(row)
                return

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() \
            else []
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()][0]

    def _selected_entry(self) -> tuple[str, str, bool, bool] | None:
        name = self.selected()
        return next((r for r in self.rows if r[0] == name), None)

    def _selection_changed(self) -> None:
        entry = self._selected_entry()
        me = self.services.store.user
        self.disable_button.setEnabled(bool(entry and not entry[2] and entry[0] != me))
        self.unlock_button.setEnabled(bool(entry and not entry[2] and entry[3]))
        self.password_button.setEnabled(bool(entry and not entry[2]))

    def _done(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.show_error(text)
        self.refresh()

    def _failed(self, exc: MadoguchiError) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.show_error(error_text(exc))

    # -- seams for tests
    def make_password_dialog(self, name: str = "", *, new_user: bool = False) -> PasswordDialog:
        return PasswordDialog(self.services, name, self, new_user=new_user)

    def confirm_disable(self, name: str) -> bool:
        return QMessageBox.question(
            self, self.tr("Disable user"),
            self.tr("Disable %1? They will no longer be able to log in. This cannot be "
                    "undone; add them again under a new name if needed.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    # -- actions
    def add_user(self) -> bool:
        dialog = self.make_password_dialog(new_user=True)
        if not dialog.launch():
            return False
        name = dialog.name.text().strip()
        self._done(self.tr("Added %1.").replace("%1", name))
        self.select(name)
        return True

    def set_password(self) -> bool:
        name = self.selected()
        if name is None:
            return False
        if not self.make_password_dialog(name).launch():
            return False
        self._done(self.tr("The password of %1 is changed.").replace("%1", name))
        return True

    def disable_user(self) -> bool:
        name = self.selected()
        if name is None or not self.confirm_disable(name):
            return False
        try:
            self.users.disable(name)
        except MadoguchiError as exc:
            self._failed(exc)
            return False
        self._done(self.tr("%1 is disabled.").replace("%1", name))
        return True

    def unlock_user(self) -> bool:
        name = self.selected()
        if name is None:
            return False
        try:
            self.users.unlock(name)
        except MadoguchiError as exc:
            self._failed(exc)
            return False
        self._done(self.tr("%1 can log in again.").replace("%1", name))
        return True
