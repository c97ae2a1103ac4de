"""The login screen, the first-run wizard, users, roles in the window, and locking.

No dialog is exec'd: the tests fill the widgets and call the slots, and replace launch()."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import DEMO_PASSWORD, FAST_KDF
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app import accounts, keyslots
from app.errors import MadoguchiError
from app.services import Services
from ui import main as ui_main
from ui.first_run import FirstRunWizard
from ui.forms.consultation import ConsultationForm
from ui.login import LoginDialog, RecoveryDialog, recent_users
from ui.main_window import MainWindow
from ui.pages.users import PasswordDialog, UsersPage
from ui.session import Session


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    """Remembered user names go to a file of the test's own, not the user's settings."""
    return QSettings(str(tmp_path / "madoguchi.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def opened() -> Iterator[list[Services]]:
    """Services a test logs in with; closed at the end."""
    held: list[Services] = []
    yield held
    for services in held:
        services.close()


def login_dialog(qtbot: QtBot, path: Path, qsettings: QSettings, **kw: Any) -> LoginDialog:
    dialog = LoginDialog(path, settings=qsettings, **kw)
    qtbot.addWidget(dialog)
    return dialog


def fill(dialog: LoginDialog, user: str, password: str) -> None:
    dialog.user.setCurrentText(user)
    dialog.password.setText(password)


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_admin_logs_in_and_sees_users_and_every_setting(
        qtbot: QtBot, demo_path: Path, qsettings: QSettings, opened: list[Services]) -> None:
    dialog = login_dialog(qtbot, demo_path, qsettings)
    fill(dialog, "admin", DEMO_PASSWORD)
    assert dialog.log_in() and dialog.result()
    assert dialog.services is not None
    opened.append(dialog.services)
    assert dialog.services.store.user == "admin" and dialog.services.store.role == "admin"
    assert recent_users(qsettings) == ["admin"]
    assert DEMO_PASSWORD not in Path(qsettings.fileName()).read_text(encoding="utf-8")

    window = MainWindow(dialog.services)
    qtbot.addWidget(window)
    window.show()
    assert "Users" in nav_texts(window)
    users = window.show_page("users")
    assert isinstance(users, UsersPage) and users.isVisible()
    settings: Any = window.show_page("settings")
    assert settings.transfer.isVisible()
    assert all(settings.tabs.isTabEnabled(i) for i in range(settings.tabs.count()))
    assert settings.auto_lock.isEnabled() and settings.auto_lock.value() == 10


def test_staff_has_no_user_management_and_no_personal_data_export(
        qtbot: QtBot, demo_path: Path, qsettings: QSettings, opened: list[Services]) -> None:
    dialog = login_dialog(qtbot, demo_path, qsettings)
    fill(dialog, "staff", DEMO_PASSWORD)
    assert dialog.log_in() and dialog.services is not None
    opened.append(dialog.services)
    assert dialog.services.store.role == "staff"
    window = MainWindow(dialog.services)
    qtbot.addWidget(window)
    window.show()
    assert "users" not in window.page_keys() and "Users" not in nav_texts(window)
    assert "reports" in window.page_keys()  # aggregated reports stay
    settings: Any = window.show_page("settings")
    assert not settings.transfer.isVisible()
    assert settings.role_note.isVisible()
    assert not settings.tabs.isTabEnabled(settings.tabs.indexOf(
        settings.reports.parentWidget().parentWidget()))
    assert not settings.auto_lock.isEnabled() and not settings.town_ja.isEnabled()
    settings.tabs.setCurrentIndex(2)
    assert settings.table.isVisible()  # the code lists can be read, not changed
    assert not any(b.isEnabled() for b in settings.tabs.widget(2).findChildren(QPushButton))


def test_a_wrong_password_and_a_wrong_name_get_the_same_message(
        qtbot: QtBot, demo_path: Path, qsettings: QSettings) -> None:
    dialog = login_dialog(qtbot, demo_path, qsettings)
    fill(dialog, "admin", "not the password")
    assert not dialog.log_in()
    wrong_password = dialog.error.text()
    assert wrong_password == accounts.LOGIN_FAILED and dialog.password.text() == ""
    fill(dialog, "nobody", "not the password")
    assert not dialog.log_in()
    assert dialog.error.text() == wrong_password
    assert dialog.services is None and recent_users(qsettings) == []
    fill(dialog, "", "")
    assert not dialog.log_in() and dialog.error.text()


def test_enter_in_the_password_field_tries_once_and_keeps_the_reason(
        qtbot: QtBot, demo_path: Path, qsettings: QSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Enter used to log in twice: the field's returnPressed, then the dialog's default
    button with the password already cleared, so a wrong password (or a lockout, or a failed
    update) read "Enter your user name and password"."""
    from PySide6.QtTest import QTest

    dialog = login_dialog(qtbot, demo_path, qsettings)
    dialog.show()
    tries: list[str] = []
    real = LoginDialog.log_in

    def log_in(self: LoginDialog) -> bool:
        tries.append(self.password.text())
        return real(self)

    monkeypatch.setattr(LoginDialog, "log_in", log_in)
    dialog.login_button.clicked.disconnect()
    dialog.login_button.clicked.connect(dialog.log_in)
    fill(dialog, "admin", "not the password")
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert tries == ["not the password"]
    assert dialog.error.text() == accounts.LOGIN_FAILED
    fill(dialog, "admin", DEMO_PASSWORD)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.services is not None
    dialog.services.close()


def test_lockout_after_five_failures_says_to_wait(
        qtbot: QtBot, demo_path: Path, qsettings: QSettings, opened: list[Services]) -> None:
    now = [1_000_000.0]
    dialog = login_dialog(qtbot, demo_path, qsettings, clock=lambda: now[0])
    for _ in range(accounts.DELAY_AFTER):
        fill(dialog, "staff", "wrong-password")
        assert not dialog.log_in()
        assert dialog.error.text() == accounts.LOGIN_FAILED
    fill(dialog, "staff", DEMO_PASSWORD)  # even the right password waits
    assert not dialog.log_in()
    message = dialog.error.text()
    assert re.fullmatch(r"Too many failed logins: try again in \d+ seconds\.", message)
    assert "password" not in message and "name" not in message
    now[0] += accounts.FIRST_DELAY_S + 1
    fill(dialog, "staff", DEMO_PASSWORD)
    assert dialog.log_in() and dialog.services is not None
    opened.append(dialog.services)


def test_demo_credentials_only_for_a_demo_database(
        qtbot: QtBot, demo_path: Path, services: Services, qsettings: QSettings) -> None:
    demo = login_dialog(qtbot, demo_path, qsettings)
    demo.show()
    assert demo.demo_note.isVisible()
    assert demo.demo_note.text() == "Demo town: user admin or staff, password demo"
    assert services.store.path is not None
    real = login_dialog(qtbot, services.store.path, qsettings, user="tester")
    real.show()
    assert not real.demo_note.isVisible() and "demo" not in real.demo_note.text()
    assert real.user.currentText() == "tester"


def test_the_locked_screen_does_not_close_on_esc(
        qtbot: QtBot, demo_path: Path, qsettings: QSettings) -> None:
    dialog = login_dialog(qtbot, demo_path, qsettings, user="admin", locked=True)
    dialog.show()
    dialog.reject()
    assert dialog.isVisible()
    assert dialog.quit_button.text() == "Quit Madoguchi"
    dialog.quit_button.click()
    assert not dialog.isVisible() and not dialog.result()


def test_first_run_makes_the_database_and_shows_the_recovery_code_once(
        qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "town.db"
    wizard = FirstRunWizard(path, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.town.setText("みさき町")
    wizard.admin_name.setText("clerk")
    wizard.password.setText("short")
    wizard.repeat.setText("short")
    assert not wizard.create_database() and str(accounts.MIN_PASSWORD) in wizard.error.text()
    wizard.password.setText("clerk-password")
    wizard.repeat.setText("clerk-passwort")
    assert not wizard.create_database() and "not the same" in wizard.error.text()
    assert not path.exists()
    wizard.repeat.setText("clerk-password")
    assert wizard.create_database()
    assert path.exists() and keyslots.key_path(path).exists()
    assert wizard.stack.currentIndex() == 1
    code = keyslots.normalise_recovery_code(wizard.code_label.text())
    assert re.fullmatch(r"([A-Z2-9]{5}-){5}[A-Z2-9]{5}", code)
    assert wizard.code_label.font().fixedPitch() or wizard.code_label.font().pointSizeF() > 14
    wizard.reject()  # Esc does not skip the code
    assert wizard.isVisible()
    assert not wizard.finish_button.isEnabled() and not wizard.finish()
    wizard.understood.setChecked(True)
    assert wizard.finish_button.isEnabled() and wizard.finish() and wizard.result()
    assert wizard.code_label.text() == ""
    assert wizard.services is not None
    try:
        assert wizard.services.store.role == "admin" and wizard.services.store.user == "clerk"
        assert wizard.services.store.setting("town_name_ja") == "みさき町"
    finally:
        wizard.services.close()
    for file in tmp_path.rglob("*"):  # the code was written nowhere
        if file.is_file():
            assert code.encode() not in file.read_bytes()
    assert accounts.recover(path, code).key
    again = accounts.login(path, "clerk", "clerk-password")
    again.close()


def test_recovery_code_sets_the_administrator_password(
        qtbot: QtBot, tmp_path: Path, qsettings: QSettings, opened: list[Services],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "town.db"
    services, code = accounts.create_database(path, "clerk", "clerk-password", kdf=FAST_KDF)
    services.close()
    dialog = login_dialog(qtbot, path, qsettings)

    def recover(recovery: RecoveryDialog) -> int:
        recovery.code.setText("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
        assert not recovery.check_code() and "recovery code" in recovery.error.text()
        recovery.code.setText(code.lower().replace("-", " "))
        assert recovery.check_code() and recovery.admin_label.text() == "clerk"
        recovery.new_password.setText("new-password")
        recovery.repeat.setText("new-password")
        assert recovery.finish()
        return recovery.result()

    monkeypatch.setattr(RecoveryDialog, "launch", recover)
    assert dialog.recover() and dialog.services is not None
    opened.append(dialog.services)
    assert dialog.services.store.user == "clerk" and dialog.services.store.role == "admin"
    with pytest.raises(accounts.LoginRefused):
        accounts.login(path, "clerk", "clerk-password")
    opened.append(accounts.login(path, "clerk", "new-password"))


def test_run_window_never_makes_a_database_in_place_of_one_it_cannot_open(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(LoginDialog, "launch", lambda _d: pytest.fail("login shown"))
    monkeypatch.setattr(FirstRunWizard, "launch", lambda _d: pytest.fail("wizard shown"))
    garbage = tmp_path / "old.db"
    garbage.write_bytes(b"not a database at all" * 100)
    assert ui_main.run_window(garbage, explicit=True) == 2
    assert "key file" in shown[-1] and garbage.read_bytes() == b"not a database at all" * 100
    lost = tmp_path / "lost.db"
    keyslots.key_path(lost).write_text("{}", encoding="utf-8")
    assert ui_main.run_window(lost, explicit=True) == 2
    assert "missing" in shown[-1] and not lost.exists()


@pytest.mark.parametrize("damaged", [b"\x00" * 8192, b""], ids=["zeros", "empty"])
def test_a_damaged_database_is_quarantined_and_a_backup_offered(
        qtbot: QtBot, demo_path: Path, qsettings: QSettings,
        monkeypatch: pytest.MonkeyPatch, damaged: bytes) -> None:
    """A 0-byte file too: never taken for a new town or a wrong password."""
    from app import backup
    from ui import startup

    services = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    taken = backup.make_backup(services.store, "daily")
    services.close()
    demo_path.write_bytes(damaged)
    ui_main.check_openable(demo_path)  # the key file is fine: the login screen may open
    offered: list[tuple[Path, Path | None]] = []
    answer = [False]

    def ask(_parent: object, moved: Path, found: Path | None) -> bool:
        offered.append((moved, found))
        return answer[0]

    monkeypatch.setattr(startup, "ask_restore", ask)
    dialog = login_dialog(qtbot, demo_path, qsettings)
    fill(dialog, "admin", DEMO_PASSWORD)
    assert not dialog.log_in() and dialog.error.text()
    moved, found = offered[0]
    assert found == taken  # the newest verified backup is offered
    assert moved.read_bytes() == damaged and not demo_path.exists()  # moved, never deleted
    # Accepting the offer restores the backup, and the user can log in again.
    demo_path.write_bytes(damaged)
    answer[0] = True
    fill(dialog, "admin", DEMO_PASSWORD)
    assert not dialog.log_in() and "restored" in dialog.error.text()
    fill(dialog, "admin", DEMO_PASSWORD)
    assert dialog.log_in()
    dialog.services.close()


def test_users_page_adds_disables_and_unlocks(
        qtbot: QtBot, demo_path: Path, opened: list[Services],
        monkeypatch: pytest.MonkeyPatch) -> None:
    services = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    opened.append(services)
    page = UsersPage(services)
    qtbot.addWidget(page)
    page.show()
    assert [r[0] for r in page.rows] == ["admin", "staff"]

    def add(dialog: PasswordDialog) -> int:
        dialog.name.setText("cir2")
        dialog.password.setText("cir2-password")
        dialog.repeat.setText("cir2-passw0rd")
        assert not dialog.save() and dialog.error.text()
        dialog.repeat.setText("cir2-password")
        assert dialog.save()
        return dialog.result()

    monkeypatch.setattr(PasswordDialog, "launch", add)
    assert page.add_user()
    assert ("cir2", "staff", False, False) in page.rows
    row = [r[0] for r in page.rows].index("cir2")
    assert page.table.item(row, 2).text() == "Active"

    for _ in range(accounts.LOCK_AFTER):
        with pytest.raises(accounts.LoginRefused):
            accounts.unlock(demo_path, "cir2", "wrong")
    page.refresh()
    page.select("cir2")
    assert page.table.item(row, 2).text().startswith("Locked")
    assert page.unlock_button.isEnabled()
    assert page.unlock_user()
    assert page.table.item(row, 2).text() == "Active"
    opened.append(accounts.login(demo_path, "cir2", "cir2-password"))

    page.select("admin")
    assert not page.disable_button.isEnabled()  # not one's own account
    page.confirm_disable = lambda _name: True  # type: ignore[method-assign]
    assert not page.disable_user() and "own account" in page.message.text()
    page.select("cir2")
    assert page.disable_user()
    assert ("cir2", "staff", True, False) in page.rows
    with pytest.raises(accounts.LoginRefused):
        accounts.login(demo_path, "cir2", "cir2-password")

    def new_password(dialog: PasswordDialog) -> int:
        assert dialog.name.text() == "staff" and dialog.name.isReadOnly()
        dialog.password.setText("staff-password")
        dialog.repeat.setText("staff-password")
        assert dialog.save()
        return dialog.result()

    monkeypatch.setattr(PasswordDialog, "launch", new_password)
    page.select("staff")
    assert page.set_password()
    opened.append(accounts.login(demo_path, "staff", "staff-password"))


def test_staff_cannot_manage_users_in_the_app_either(demo_path: Path,
                                                     opened: list[Services]) -> None:
    staff = accounts.login(demo_path, "staff", DEMO_PASSWORD)
    opened.append(staff)
    with pytest.raises(MadoguchiError, match="administrator"):
        accounts.Users(staff).add("intruder", "intruder-password", "admin")


# -- locking and switching users

LoginScript = Callable[[LoginDialog], int]


@pytest.fixture
def session(qtbot: QtBot, demo_path: Path, qsettings: QSettings) -> Iterator[Session]:
    services = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    session = Session(services, settings=qsettings)
    session.window.show()
    yield session
    session.end()
    session.window.close()
    session.window.deleteLater()


def log_in_as(user: str, password: str, seen: list[dict[str, Any]] | None = None,
              window: MainWindow | None = None, form: Any = None) -> LoginScript:
    def launch(dialog: LoginDialog) -> int:
        if seen is not None and window is not None:
            seen.append({"central": window.centralWidget().isVisible(),
                         "window": window.isVisible(),
                         "form": form.isVisible() if form is not None else None,
                         "text": form.asked_edit.isVisible() if form is not None else None,
                         "title": window.windowTitle(),
                         "user": dialog.user.currentText(), "locked": dialog.locked})
        fill(dialog, user, password)
        assert dialog.log_in()
        return dialog.result()

    return launch


def test_idle_lock_keeps_a_half_done_form_for_the_same_user(
        qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    window = session.window
    assert session.idle_timer.isActive() and session.idle_timer.interval() == 10 * 60_000
    form = window.opener.form("consultation")
    form.show()
    form.asked_edit.insertPlainText("在留カードの更新、書きかけ")
    seen: list[dict[str, Any]] = []
    monkeypatch.setattr(LoginDialog, "launch",
                        log_in_as("admin", DEMO_PASSWORD, seen, window, form))
    session.idle_timer.timeout.emit()  # ten idle minutes later
    assert seen == [{"central": False, "window": True, "form": True, "text": False,
                     "title": "Madoguchi (locked)", "user": "admin", "locked": True}]
    assert session.window is window and not session.locked
    assert window.centralWidget().isVisible() and "(locked)" not in window.windowTitle()
    assert form.isVisible() and form.asked_edit.isVisible()
    assert form.asked_edit.toPlainText() == "在留カードの更新、書きかけ"
    assert form.is_dirty()
    assert session.idle_timer.isActive()
    form.done(0)


def test_another_user_gets_a_fresh_window_without_the_old_forms(
        qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    old_window, old_services = session.window, session.services
    form = old_window.opener.form("consultation")
    form.show()
    form.asked_edit.insertPlainText("半分だけ")
    monkeypatch.setattr(ConsultationForm, "ask_discard",
                        lambda _f: pytest.fail("asked to save a form of the old user"))
    monkeypatch.setattr(LoginDialog, "launch", log_in_as("staff", DEMO_PASSWORD))
    switched: list[Any] = []
    session.switched.connect(switched.append)
    with qtbot.waitSignal(old_window.destroyed, timeout=5_000):
        old_window.lock_action.trigger()  # Ctrl+L
    assert session.window is not old_window and switched == [session.window]
    assert session.services.store.user == "staff"
    new_window: MainWindow = session.window
    assert new_window.isVisible() and "users" not in new_window.page_keys()
    assert not any(isinstance(w, ConsultationForm) and w.isVisible()
                   for w in new_window.findChildren(ConsultationForm))
    with pytest.raises(Exception):  # noqa: B017 (the closed connection's own error)
        old_services.store.query("SELECT 1")
    assert old_services.store.path is not None
    accounts.login(old_services.store.path, "admin", DEMO_PASSWORD).close()  # still fine
    nothing = new_window.services.store.query_one(
        "SELECT count(*) FROM consultations WHERE asked = '半分だけ'")[0]
    assert nothing == 0


def test_auto_lock_minutes_come_from_settings(qtbot: QtBot, session: Session) -> None:
    settings: Any = session.window.pages["settings"]
    settings.auto_lock.setValue(0)
    settings.save_auto_lock()
    assert not session.idle_timer.isActive()
    assert session.services.store.setting("auto_lock_minutes") == "0"
    settings.auto_lock.setValue(3)
    settings.save_auto_lock()
    assert session.idle_timer.isActive() and session.idle_timer.interval() == 3 * 60_000


def test_ctrl_l_locks_while_a_record_form_is_open(
        qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    """Forms are modal, which blocks the window's own shortcut; Ctrl+L must lock anyway,
    and the half-done form comes back to the same user, as with the idle lock."""
    window = session.window
    form = window.opener.form("consultation")
    form.setWindowModality(Qt.WindowModality.ApplicationModal)  # as exec() makes it
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    form.asked_edit.setFocus()
    form.asked_edit.insertPlainText("書きかけの相談")
    seen: list[dict[str, Any]] = []
    monkeypatch.setattr(LoginDialog, "launch",
                        log_in_as("admin", DEMO_PASSWORD, seen, window, form))
    qtbot.keyClick(form.asked_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0]["locked"] and seen[0]["text"] is False, "the form was covered"
    qtbot.waitUntil(lambda: not session.locked)
    assert form.isVisible() and form.asked_edit.toPlainText() == "書きかけの相談"
    assert "l" not in form.asked_edit.toPlainText().lower()
    form.done(0)


def test_the_window_keeps_its_place_and_size_across_a_user_switch(
        qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    old_window = session.window
    old_window.setGeometry(120, 90, 1310, 705)
    qtbot.waitUntil(lambda: old_window.geometry().size().toTuple() == (1310, 705))
    before = old_window.geometry()
    monkeypatch.setattr(LoginDialog, "launch", log_in_as("staff", DEMO_PASSWORD))
    with qtbot.waitSignal(old_window.destroyed, timeout=5_000):
        old_window.lock_action.trigger()
    assert session.window is not old_window
    now = session.window.geometry()
    # The offscreen screen is 800 px wide, narrower than the window: Qt keeps the window on
    # it by moving it left, so only the vertical place and the height are compared exactly.
    assert (now.y(), now.height()) == (before.y(), before.height())
    assert now.width() >= min(before.width(), session.window.minimumSizeHint().width())


def test_the_first_login_after_an_update_keeps_the_screen_drawing(
        qtbot: QtBot, tmp_path: Path, qsettings: QSettings, opened: list[Services],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A 0.1.0 town is migrated behind a verified backup at its first login: that runs on a
    thread of its own, the login screen's event loop turns meanwhile (a timer fires), a busy
    indicator says why, and the screen cannot be closed or used twice until it is done."""
    import shutil
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog
    from test_release_fixture import PASSWORD, TOWN

    from ui import waiting

    town = tmp_path / "town.db"
    shutil.copyfile(TOWN, town)
    shutil.copyfile(keyslots.key_path(TOWN), keyslots.key_path(town))
    monkeypatch.setattr(waiting, "SHOW_AFTER_MS", 0)
    dialog = login_dialog(qtbot, town, qsettings)
    dialog.show()
    fill(dialog, "admin", PASSWORD)
    threads: list[str] = []
    real_login = accounts.login

    def login(*args: Any, **kw: Any) -> Services:
        threads.append(threading.current_thread().name)
        return real_login(*args, **kw)

    monkeypatch.setattr(accounts, "login", login)
    seen: list[tuple[bool, bool, bool]] = []

    def look() -> None:
        busy = [w for w in dialog.findChildren(QProgressDialog) if w.isVisible()]
        if not busy and dialog.busy:
            QTimer.singleShot(1, look)   # the indicator's own timer has not fired yet
            return
        dialog.reject()          # Esc while the file is being prepared
        dialog.log_in()          # Enter again
        seen.append((bool(busy), dialog.password.isEnabled(), dialog.isVisible()))

    QTimer.singleShot(0, look)
    assert dialog.log_in()
    opened.append(dialog.services)  # type: ignore[arg-type]
    assert threads == ["madoguchi-wait"]
    assert seen == [(True, False, True)]
    assert dialog.services is not None
    assert dialog.services.store.migration.backup is not None   # it was the update's login
    assert dialog.password.isEnabled()


def test_the_recovery_link_is_reached_by_the_keyboard(qtbot: QtBot, demo_path: Path) -> None:
    """Set once the screen has drawn (ui/login.py: no enum of Qt's namespace before it)."""
    dialog = LoginDialog(demo_path)
    qtbot.addWidget(dialog)
    dialog.show()
    keys = Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    qtbot.waitUntil(lambda: bool(dialog.recovery_link.textInteractionFlags() & keys))
    mouse = Qt.TextInteractionFlag.LinksAccessibleByMouse
    assert dialog.recovery_link.textInteractionFlags() & mouse
