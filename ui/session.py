"""One logged-in user at a time: their window, the idle timer, locking and switching users.

Locking covers every open window (the main window and any form) and shows the login screen.
Nothing is saved or written anywhere: a half-done form stays in memory, behind its cover.
When the same user logs in again, the covers go and everything is as it was. When another
user logs in, the old window and its forms are closed without saving, and the new user gets
a new window with their own role."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget
from shiboken6 import isValid

from app import accounts, integrity
from app.errors import MadoguchiError
from app.services import Services
from ui import i18n
from ui.formats import use_era_dates
from ui.jobs import JobManager
from ui.labels import error_text
from ui.login import LoginDialog

AUTO_LOCK_KEY = "auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 10
GEOMETRY_KEY = "window/geometry"


def _is_lock_key(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_L and \
        event.modifiers() == Qt.KeyboardModifier.ControlModifier


ACTIVITY = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.InputMethod,
})


def auto_lock_minutes(services: Services) -> int:
    """The idle minutes before the window locks; 0 means never."""
    try:
        return max(0, int(services.store.setting(AUTO_LOCK_KEY,
                                                 str(DEFAULT_AUTO_LOCK_MINUTES))))
    except ValueError:
        return DEFAULT_AUTO_LOCK_MINUTES


def log_out(services: Services) -> None:
    """Record the end of a session in the audit trail."""
    with contextlib.suppress(MadoguchiError):  # a lock must never fail
        services.users.logout()


def use_language(services: Services) -> str:
    """Switch to the logged-in user's language (unless --lang says otherwise) and order names
    the way that language does. Returns the language."""
    code = i18n.user_language(services.users.language(services.store.user),
                              i18n.current())
    if code != i18n.current() or not i18n.loaded_files():
        i18n.apply(code)
    services.store.set_name_order(i18n.name_collation())
    use_era_dates(services.users.era_dates(services.store.user))
    return code


class Curtain(QLabel):
    """Covers one window while the session is locked: the window's own widgets are hidden
    (not the window itself, so a form that is waiting in exec() keeps waiting)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_ = window
        self.title = window.windowTitle()
        self.hidden = [child for child in window.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if not child.isWindow() and not child.isHidden()]
        for child in self.hidden:
            child.hide()
        self.setText(self.tr("Locked"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self.setStyleSheet("color: #666;")
        self.setGeometry(window.rect())
        window.setWindowTitle(self.tr("Madoguchi (locked)"))
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window_ and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.window_.rect())
        return False

    def lift(self) -> None:
        self.window_.removeEventFilter(self)
        for child in self.hidden:
            if isValid(child):
                child.show()
        self.window_.setWindowTitle(self.title)
        self.hide()
        self.deleteLater()


class Session(QObject):
    """Holds the logged-in user's services and window. `switched` gives the new window after
    another user logged in."""

    switched = Signal(object)

    def __init__(self, services: Services, *, settings: QSettings | None = None,
                 clock: Callable[[], float] | None = None) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self.clock = clock
        self.locked = False
        self.curtains: list[Curtain] = []
        self.login_dialog: LoginDialog | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        # the session's own background work (the check, the read-ahead); each window has
        # its own manager for its pages' jobs (window.jobs)
        self.jobs = JobManager(self)
        self.window = self._new_window(services)
        self.checker: Any = None  # ui.startup.BackgroundChecker, once started
        self.warmer: Any = None  # ui.startup.CacheWarmer, once started
        self.sync_job: Any = None  # ui.jobs.Job of the exchange after login, if any
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.apply_auto_lock()

    # -- the full check and the day's first backup, after the window shows
    def start_background_checks(self, delay_ms: int = 1500, warm_ms: int = 300) -> None:
        """Once the first screen is drawn and idle: a read-ahead of the lists' first pages,
        then the full check of the file and the day's first backup, on threads of their
        own, at a low priority."""
        from ui.startup import BackgroundChecker

        if self.checker is not None:
            return
        self.checker = BackgroundChecker(self.services, self)
        self.checker.finished.connect(self._checks_finished)
        self.jobs.track(self.checker)
        QTimer.singleShot(warm_ms, self._start_warming)
        QTimer.singleShot(delay_ms, self._start_checks)
        QTimer.singleShot(delay_ms, self._start_sync)

    def _start_sync(self) -> None:
        """The exchange with the town's other devices, after login (docs/sync.md)."""
        from ui.pages.devices import exchange_text
        from ui.sync_jobs import start_exchange

        if self.services.store.closed or self.locked or not isValid(self.window):
            return
        self.sync_job = start_exchange(self.window, self.services)
        if self.sync_job is not None:
            self.sync_job.done.connect(lambda done: isValid(self.window) and
                                       self.window.show_check_status(
                                           exchange_text(done)))

    def _sync_before_logout(self) -> None:
        from ui.sync_jobs import exchange_and_wait

        if not self.services.store.closed and isValid(self.window):
            exchange_and_wait(self.window, self.services)

    def _start_warming(self) -> None:
        from ui.startup import CacheWarmer

        if self.warmer is None and not self.services.store.closed and not self.locked \
                and not self.jobs.closing:
            self.warmer = CacheWarmer(self.services).start()
            self.jobs.track(self.warmer)

    def _start_checks(self) -> None:
        if self.checker is not None and not self.services.store.closed \
                and not self.jobs.closing:
            self.window.show_check_status(self.tr("Checking the database in the background…"))
            self.checker.start()

    def _checks_finished(self, result: Any) -> None:
        from ui.startup import check_message

        store = self.services.store
        if result.backup is not None and not store.closed:
            with contextlib.suppress(MadoguchiError):
                self.services.backups.record("daily", result.backup)
        if result.damaged and store.path is not None:
            integrity.mark_damaged(store.path)
        text = check_message(result)
        if isValid(self.window):
            self.window.show_check_status(text, problem=result.damaged
                                          or result.problem is not None)
        if result.damaged or result.problem is not None:
            QMessageBox.warning(self.window if isValid(self.window) else None,
                                "Madoguchi", text)

    def stop_background_checks(self, timeout: float = 10.0) -> None:
        """Cancel the session's background work (the check, the read-ahead) and wait."""
        self.jobs.stop(timeout)

    def _retire(self, window: QWidget) -> None:
        """The window is going (user or language switch, restore, quit): its jobs are
        cancelled and waited for, and it starts no new one."""
        jobs = getattr(window, "jobs", None)
        if isinstance(jobs, JobManager) and isValid(jobs):
            jobs.close()

    # -- the window
    def _new_window(self, services: Services, previous: QWidget | None = None) -> Any:
        """The main window, where the previous one was (lock, user or language switch), or
        where it was when Madoguchi last closed."""
        from ui.main_window import MainWindow

        self.language = use_language(services)
        window = MainWindow(services)
        geometry = previous.saveGeometry() if previous is not None else \
            (self.settings or QSettings()).value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            window.restoreGeometry(geometry)
        window.lock_requested.connect(self.lock)
        window.when_built("settings", self._settings_built)
        return window

    def _settings_built(self, settings_page: QWidget) -> None:
        changed = getattr(settings_page, "auto_lock_changed", None)
        if changed is not None:
            changed.connect(self.apply_auto_lock)
        language = getattr(settings_page, "language_changed", None)
        if language is not None:
            language.connect(self.renew_window)
        backups = getattr(settings_page, "backups", None)
        if backups is not None:
            backups.restore_requested.connect(self.restore_from)

    def renew_window(self) -> None:
        """A new window for the same user, in the language they just chose. Settings is the
        page they were on; no form can be open meanwhile (forms are modal)."""
        old_window = self.window
        self._retire(old_window)
        self.window = self._new_window(self.services, old_window)
        self.window.show_page("settings")
        self.window.show()
        old_window.hide()
        old_window.deleteLater()
        self.switched.emit(self.window)

    def restore_from(self, source: Path) -> None:
        """Close the window and the database, restore the backup (the current file is kept
        aside), and open a new window on the restored records as the same user."""
        from app import backup

        store = self.services.store
        assert store.path is not None and store.key is not None
        path, key, user = store.path, store.key, store.user
        old_window, old_services = self.window, self.services
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                self._discard(widget)
        old_window.hide()
        self._retire(old_window)
        self.stop_background_checks()  # they read the file that is about to be replaced
        old_services.close()
        problem = ""
        try:
            backup.restore(path, source, key, user)
        except MadoguchiError as exc:  # nothing was changed: reopen the same records
            problem = error_text(exc)
        services = accounts.open_as(path, key, user)
        self.services = services
        self.window = self._new_window(services, old_window)
        self.window.show()
        old_window.deleteLater()
        self.switched.emit(self.window)
        if problem:
            QMessageBox.warning(self.window, "Madoguchi", problem)

    # -- the idle timer
    def apply_auto_lock(self, minutes: int | None = None) -> None:
        minutes = auto_lock_minutes(self.services) if minutes is None else minutes
        if minutes <= 0:
            self.idle_timer.stop()
            return
        self.idle_timer.setInterval(minutes * 60_000)
        if not self.locked:
            self.idle_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() in ACTIVITY and not self.locked and self.idle_timer.isActive():
            self.idle_timer.start()  # restart the countdown
        if event.type() == QEvent.Type.KeyPress and not self.locked \
                and isinstance(event, QKeyEvent) and _is_lock_key(event):
            # A modal form blocks the window's own Ctrl+L; the lock must never wait for a
            # form to close. The form stays, covered, as with the idle lock.
            QTimer.singleShot(0, self.lock)
            return True
        return False

    # -- locking
    def make_login_dialog(self) -> LoginDialog:
        path = self.services.store.path
        assert path is not None
        return LoginDialog(path, self.services.store.user, settings=self.settings,
                           clock=self.clock, locked=True)

    def cover(self) -> None:
        """Hide the content of every open window; forms stay open, in memory only."""
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and not isinstance(widget, (LoginDialog, Curtain)) \
                    and widget.windowType() not in (Qt.WindowType.ToolTip,
                                                    Qt.WindowType.Popup):
                self.curtains.append(Curtain(widget))

    def lock(self) -> None:
        """Cover the windows and ask for a login. Returns after someone logged in (or
        Madoguchi was quit from the login screen)."""
        if self.locked:
            return
        self.locked = True
        self.idle_timer.stop()
        self._sync_before_logout()
        if isValid(self.window):  # nothing of the window's runs behind the login screen
            self.window.jobs.stop()
        log_out(self.services)
        self.cover()
        dialog = self.login_dialog = self.make_login_dialog()
        result = dialog.launch()
        self.login_dialog = None
        if result and dialog.services is not None:
            self.resume(dialog.services)
        else:
            self.quit()

    def resume(self, services: Services) -> None:
        """After a login on the locked screen: the same user gets everything back; another
        user gets a new window, and the old one is closed without saving."""
        if services.store.user == self.services.store.user:
            services.close()  # the window keeps its own connection
            i18n.apply(self.language)  # the window stays as it was, in its language
            for curtain in self.curtains:
                if isValid(curtain):  # a window may have closed itself meanwhile
                    curtain.lift()
            self.curtains = []
            self.locked = False
            self.apply_auto_lock()
            return
        old_window, old_services, covered = self.window, self.services, self.curtains
        self._retire(old_window)
        self.curtains = []
        self.services = services
        self.window = self._new_window(services, old_window)
        self.window.show()  # first, so that Qt never sees the last window close
        for curtain in covered:
            if isValid(curtain):
                self._discard(curtain.window_)
        old_window.destroyed.connect(lambda *_: old_services.close())
        old_window.deleteLater()  # with every form it owns, once no form waits in exec()
        self.locked = False
        self.apply_auto_lock()
        self.switched.emit(self.window)

    @staticmethod
    def _discard(widget: QWidget) -> None:
        """Close without saving and without asking (no form's reject(), which would ask)."""
        if isinstance(widget, QDialog):
            QDialog.done(widget, 0)
        else:
            widget.hide()

    def quit(self) -> None:
        """Quit from the locked screen: nothing half-done is saved."""
        for curtain in self.curtains:
            if isValid(curtain):
                self._discard(curtain.window_)
        self.curtains = []
        QApplication.quit()

    def end(self) -> None:
        """The application is ending: record the logout and close the database."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.idle_timer.stop()
        if isValid(self.window):
            self._retire(self.window)
        self.jobs.closing = True
        self.stop_background_checks(timeout=3.0)  # a check stops at once; a copy may not
        if isValid(self.window):
            settings = self.settings or QSettings()
            settings.setValue(GEOMETRY_KEY, self.window.saveGeometry())
            settings.sync()
        if not self.locked:
            self._sync_before_logout()
            log_out(self.services)
        self.services.close()
