"""The login screen, and the recovery code for when every administrator password is lost.

The user name box remembers the last few names that logged in on this computer (names only,
in QSettings; never a password). Messages from a refused login are shown as they come from
app.accounts: they never say whether the name or the password was wrong."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import keyslots
from app.errors import MadoguchiError, ValidationError
from app.keyslots import KeyFile
from app.languages import LANGUAGES
from ui import i18n
from ui.error_label import ErrorLabel
from ui.labels import error_text, validation_message

if TYPE_CHECKING:
    from app.services import Services

# The login screen draws before the domain is loaded (app.accounts, app.services, the store:
# ≈ 0.1–0.2 s); ui.startup.LoginPreloader loads it while the password is typed.

RECENT_USERS_KEY = "login/recent_users"
RECENT_USERS_MAX = 5
DEMO_USERS = ("admin", "staff")
AFTER_DRAWN_MS = 50  # the screen is on the screen by then; nobody has pressed Tab yet


def recent_users(settings: QSettings | None = None) -> list[str]:
    value = (settings or QSettings()).value(RECENT_USERS_KEY, [])
    if isinstance(value, str):  # QSettings gives a lone string for a one-item list
        value = [value]
    names = [str(v) for v in value] if isinstance(value, list | tuple) else []
    return [n for n in names if n.strip()][:RECENT_USERS_MAX]


def remember_user(name: str, settings: QSettings | None = None) -> None:
    """Put `name` first in the list of recent user names (names only, never passwords)."""
    settings = settings or QSettings()
    names = [name] + [n for n in recent_users(settings) if n != name]
    settings.setValue(RECENT_USERS_KEY, names[:RECENT_USERS_MAX])
    settings.sync()


def is_demo(db_path: Path) -> bool:
    try:
        return KeyFile.load(keyslots.key_path(db_path)).demo
    except MadoguchiError:
        return False


def language_box(parent: QWidget) -> QComboBox:
    """The UI languages, each in its own name, set to the current one."""
    box = QComboBox(parent)
    for code, (name, _locale) in LANGUAGES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(0, box.findData(i18n.current())))
    return box


class LanguageChooser(QWidget):
    """The language box at the top right of the login screen and the first-start wizard,
    with its caption also in English, for someone who cannot read the current language."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        self.caption = QLabel(self)
        self.box = language_box(self)
        row.addWidget(self.caption)
        row.addWidget(self.box)
        self.retranslate()

    def retranslate(self) -> None:
        language = self.tr("Language")
        self.caption.setText(language if language == "Language" else f"{language} / Language")


def save_language_choice(services: Services, code: str, *, chosen: bool) -> None:
    """A language chosen on the login screen becomes the user's own; a user who has none
    yet gets the one they logged in with."""
    users = services.users
    name = services.store.user
    try:
        if chosen or not users.language(name):
            users.set_language(name, code)
    except MadoguchiError:
        pass  # a read-only or full disk must not stop the login; the choice is only a default


def _password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class LoginDialog(QDialog):
    """Log in to the database at `db_path`. On success, `.services` holds the open services
    of the user who logged in. With `locked`, the session is locked behind this dialog: Esc
    does not close it, and its other button quits Madoguchi."""

    def __init__(self, db_path: Path, user: str | None = None, parent: QWidget | None = None,
                 *, settings: QSettings | None = None,
                 clock: Callable[[], float] | None = None, locked: bool = False) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.settings = settings
        self.clock = clock
        self.locked = locked
        self.services: Services | None = None
        self.language_chosen = False
        self.busy = False  # a login is running (ui.waiting)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.chooser = LanguageChooser(self)
        self.language = self.chooser.box
        self.language.currentIndexChanged.connect(self._language_changed)
        layout.addWidget(self.chooser)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.where = QLabel(self)
        self.where.setToolTip(str(db_path))
        layout.addWidget(self.where)

        self.demo_note = QLabel(self)
        self.demo_note.setWordWrap(True)
        self.demo_note.setStyleSheet(
            "background: #fff6d6; border: 1px solid #e0c060; padding: 6px;")
        self.demo_note.setVisible(is_demo(db_path))
        layout.addWidget(self.demo_note)

        form = QFormLayout()
        self.user = QComboBox(self)
        self.user.setEditable(True)
        self.user.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.user.addItems(recent_users(settings))
        self.user.setCurrentText(user if user is not None else
                                 (self.user.itemText(0) if self.user.count() else ""))
        self.password = _password_field(self)
        self.user_label, self.password_label = QLabel(self), QLabel(self)
        form.addRow(self.user_label, self.user)
        form.addRow(self.password_label, self.password)
        layout.addLayout(form)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)

        self.recovery_link = QLabel(self)
        QTimer.singleShot(AFTER_DRAWN_MS, self, self._link_reachable_by_keys)
        self.recovery_link.linkActivated.connect(lambda _link: self.recover())
        layout.addWidget(self.recovery_link)

        self.buttons = QDialogButtonBox(parent=self)  # (self) would make all of Qt's enums
        self.login_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setDefault(True)  # Enter in a field logs in once, through it
        self.login_button.clicked.connect(self.log_in)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.clicked.connect(self.quit)
        layout.addWidget(self.buttons)
        self.retranslate()
        (self.password if self.user.currentText() else self.user).setFocus()

    def _link_reachable_by_keys(self) -> None:
        """Tab reaches the recovery link, and Enter opens it. Set once the screen has drawn:
        the first use of any enum of Qt's namespace makes all ≈ 95 of them (12-20 ms), and
        nothing before the screen needs one."""
        from PySide6.QtCore import Qt

        self.recovery_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)

    def retranslate(self) -> None:
        """Every text of the dialog, in the current language (again after a change)."""
        self.setWindowTitle(self.tr("Madoguchi — log in"))
        self.heading.setText(self.tr("Locked. Log in to continue, or log in as another user.")
                             if self.locked else self.tr("Log in to Madoguchi"))
        self.where.setText(self.tr("Database: %1").replace("%1", self.db_path.name))
        if is_demo(self.db_path):
            self.demo_note.setText(
                self.tr("Demo town: user %1 or %2, password %3")
                .replace("%1", DEMO_USERS[0]).replace("%2", DEMO_USERS[1])
                .replace("%3", keyslots.DEMO_PASSWORD))
        self.chooser.retranslate()
        self.user_label.setText(self.tr("User name"))
        self.password_label.setText(self.tr("Password"))
        recover = self.tr("Use the recovery code…")
        self.recovery_link.setText(f'<a href="recover">{recover}</a>')
        self.login_button.setText(self.tr("Log in"))
        self.quit_button.setText(self.tr("Quit Madoguchi") if self.locked else self.tr("Cancel"))
        self.error.show_error("")

    def _language_changed(self) -> None:
        code = self.language.currentData()
        if isinstance(code, str) and code != i18n.current():
            i18n.apply(code)
            self.language_chosen = True
            self.retranslate()

    def launch(self) -> int:
        return self.exec()

    def log_in(self) -> bool:
        if self.busy:
            return False
        name = self.user.currentText().strip()
        password = self.password.text()
        if not name or not password:
            self.error.show_error(self.tr("Enter your user name and password."))
            return False
        now = self.clock() if self.clock else None
        from app import accounts, db

        try:
            services = self._wait(lambda: accounts.login(self.db_path, name, password, now=now))
        except db.WrongKeyOrDamagedError as exc:
            # The password was right, but the file would not open: it is damaged.
            from ui.startup import recover_damaged, unlock_for_recovery

            key = unlock_for_recovery(self.db_path, name, password)
            self.password.clear()
            if key is not None and recover_damaged(self.db_path, key, name, self):
                self.error.show_error(self.tr("The backup was restored. Log in again."))
            else:
                self.error.show_error(error_text(exc))
            return False
        except MadoguchiError as exc:
            self.password.clear()
            self.password.setFocus()
            self.error.show_error(error_text(exc))
            return False
        self._succeed(services)
        return True

    def preparing_text(self) -> str:
        """The busy indicator's sentence."""
        return self.tr("Opening the database… The first login after an update prepares the "
                       "file once; on a large town this can take a minute.")

    def _wait(self, work: Callable[[], Services]) -> Services:
        """The login on a thread of its own; the screen is still while it runs (Enter, the
        buttons and Esc do nothing), and keeps drawing."""
        from ui.waiting import wait_for

        self.busy = True
        inputs = (self.user, self.password, self.language, self.buttons, self.recovery_link)
        for widget in inputs:
            widget.setEnabled(False)
        try:
            return wait_for(work, self, self.preparing_text())
        finally:
            self.busy = False
            for widget in inputs:
                widget.setEnabled(True)

    def _succeed(self, services: Services) -> None:
        remember_user(services.store.user, self.settings)
        i18n.remember_login_language(i18n.current(), self.settings)
        save_language_choice(services, i18n.current(), chosen=self.language_chosen)
        self.password.clear()
        self.error.show_error("")
        self.services = services
        self.accept()

    def make_recovery_dialog(self) -> RecoveryDialog:
        return RecoveryDialog(self.db_path, self)

    def recover(self) -> bool:
        dialog = self.make_recovery_dialog()
        if dialog.launch() and dialog.services is not None:
            self._succeed(dialog.services)
            return True
        return False

    def quit(self) -> None:
        super().reject()

    def reject(self) -> None:
        if self.locked or self.busy:
            return  # Esc or the window's close button must not unlock anything
        super().reject()


class RecoveryDialog(QDialog):
    """The recovery code opens the database; then the first administrator sets a new password
    and is logged in."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.services: Services | None = None
        self.admin = ""
        self.setWindowTitle(self.tr("Use the recovery code"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Type the recovery code from the paper kept in the office safe. Then choose a new "
            "password for the administrator."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.check_button = QPushButton(self.tr("Check the code"), self)
        self.check_button.clicked.connect(self.check_code)
        form.addRow(self.tr("Recovery code"), self.code)
        form.addRow("", self.check_button)
        self.admin_label = QLabel(self)
        self.new_password = _password_field(self)
        self.repeat = _password_field(self)
        form.addRow(self.tr("Administrator"), self.admin_label)
        form.addRow(self.tr("New password"), self.new_password)
        form.addRow(self.tr("New password again"), self.repeat)
        layout.addLayout(form)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.finish_button = self.buttons.addButton(self.tr("Set password and log in"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.finish_button.clicked.connect(self.finish)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._set_stage(checked=False)

    def launch(self) -> int:
        return self.exec()

    def _set_stage(self, *, checked: bool) -> None:
        self.code.setEnabled(not checked)
        self.check_button.setEnabled(not checked)
        for widget in (self.new_password, self.repeat, self.finish_button):
            widget.setEnabled(checked)
        if checked:
            self.new_password.setFocus()

    def check_code(self) -> bool:
        from app import accounts
        from app.services import Services

        try:
            unlocked = accounts.recover(self.db_path, self.code.text())
            services = Services.open(self.db_path, user=keyslots.RECOVERY, key=unlocked.key,
                                     role="admin")
        except MadoguchiError as exc:
            self.error.show_error(error_text(exc))
            return False
        try:
            users = services.users.list()
        except MadoguchiError as exc:
            services.close()
            self.error.show_error(error_text(exc))
            return False
        admin = next((name for name, role, disabled, _locked in users
                      if role == "admin" and not disabled), None)
        if admin is None:
            services.close()
            self.error.show_error(self.tr("This database has no active administrator."))
            return False
        services.store.user = admin
        self.services, self.admin = services, admin
        self.admin_label.setText(admin)
        self.code.clear()
        self.error.show_error("")
        self._set_stage(checked=True)
        return True

    def finish(self) -> bool:
        if self.services is None:
            return False
        password = self.new_password.text()
        if password != self.repeat.text():
            self.error.show_error(self.tr("The two passwords are not the same."))
            return False
        users = self.services.users
        try:
            users.set_password(self.admin, password)
            users.unlock(self.admin)
        except ValidationError as exc:
            self.error.show_error(validation_message(next(iter(exc.errors.values()), "")))
            return False
        except MadoguchiError as exc:
            self.error.show_error(error_text(exc))
            return False
        try:
            self.services.users.record_login(detail="recovery code")
        except MadoguchiError as exc:
            self.error.show_error(error_text(exc))
            return False
        self.new_password.clear()
        self.repeat.clear()
        self.accept()
        return True

    def reject(self) -> None:
        if self.services is not None and self.result() != QDialog.DialogCode.Accepted:
            self.services.close()
            self.services = None
        super().reject()
