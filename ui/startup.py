"""What happens around logging in: one window per database, a warning for unsafe places,
a check at login that costs the same on any size of file (a damaged file is quarantined,
never deleted, and the newest verified backup is offered), and, once the window shows, the
full check and the first backup of the day in the background."""

from __future__ import annotations

import contextlib
import functools
import importlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import instance, storage
from app.errors import MadoguchiError
from ui.labels import error_text, message_text

if TYPE_CHECKING:
    from app import integrity
    from app.services import Services


def before_login(db_path: Path, parent: QWidget | None = None) -> instance.InstanceLock:
    """Refuse a second window on the same database; warn about network and cloud folders."""
    lock = instance.acquire(db_path)
    warning = storage.storage_problem(db_path)
    if warning:
        QMessageBox.warning(parent, "Madoguchi", message_text(*warning))
    return lock


def ask_restore(parent: QWidget | None, moved: Path, found: Path | None) -> bool:
    """Seam for tests."""
    if found is None:
        QMessageBox.critical(parent, "Madoguchi", QCoreApplication.translate(
                "Startup",
            "The database was damaged and has been moved aside to %1. No verified backup was "
            "found; please call your IT staff.").replace("%1", str(moved)))
        return False
    return QMessageBox.question(parent, "Madoguchi", QCoreApplication.translate(
                "Startup",
        "The database was damaged and has been moved aside to %1. Restore the newest "
        "verified backup, %2?").replace("%1", str(moved)).replace("%2", found.name)
    ) == QMessageBox.StandardButton.Yes


def recover_damaged(db_path: Path, key: bytes, user: str,
                    parent: QWidget | None = None) -> bool:
    """Quarantine the damaged file and offer the newest verified backup. True when a backup
    was restored (the user then logs in again)."""
    from app import backup

    moved = backup.quarantine(db_path)
    found = backup.newest_verified_backup(backup.candidate_folders(db_path), key)
    if not ask_restore(parent, moved, found):
        return False
    assert found is not None
    backup.restore(db_path, found, key, user)
    return True


def after_login(services: Services, parent: QWidget | None = None) -> Services | None:
    """The check at login: page 1, the schema and each table's first pages (the full check
    and the day's first backup run after the window shows: BackgroundChecker). A file the
    background check found damaged is checked in full here. Returns the services to use, or
    None when the file was damaged (it has been quarantined, and perhaps restored)."""
    from app import integrity

    store = services.store
    if store.readonly:  # read and report only: say so once
        from app.store import READ_ONLY, ReadOnlyError

        QMessageBox.information(parent, "Madoguchi", error_text(ReadOnlyError(READ_ONLY,
                                                                              store.path)))
    if store.notes:  # what the login found changed outside Madoguchi (app/roles.py)
        from app.roles import FOUND

        QMessageBox.warning(parent, "Madoguchi", error_text(MadoguchiError(
            FOUND, "; ".join(store.notes))))
    assert store.path is not None
    marked = integrity.damage_marked(store.path)
    healthy = integrity.full_check(store) if marked else integrity.cheap_check(store)
    if not healthy:
        assert store.key is not None
        path, key, user = store.path, store.key, store.user
        services.close()
        recover_damaged(path, key, user, parent)
        integrity.clear_damage_mark(path)
        return None
    if marked:  # checked in full now, and sound
        integrity.clear_damage_mark(store.path)
    return services


class BackgroundChecker(QObject):
    """Runs app.integrity.BackgroundCheck on a thread of its own; `finished(CheckResult)`
    arrives on the UI thread. `stop()` cancels and waits (lock, switch of user, quit)."""

    finished = Signal(object)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        from app import integrity

        super().__init__(parent)
        store = services.store
        assert store.path is not None
        self.check = integrity.BackgroundCheck(store.path, store.key, store.user)
        self.worker: threading.Thread | None = None  # not `thread`: QObject.thread() is Qt's
        self.result: integrity.CheckResult | None = None

    def start(self) -> None:
        if self.worker is None:
            # A daemon: quitting does not wait for a copy that cannot be interrupted (its
            # temporary file is left aside, never taken for a backup).
            self.worker = threading.Thread(target=self._run, name="madoguchi-check",
                                           daemon=True)
            self.worker.start()

    def _run(self) -> None:
        from app import integrity

        try:
            result = self.check.run()
        except MadoguchiError as exc:
            result = integrity.CheckResult(problem=exc)
        except Exception:  # noqa: BLE001 (a bug must not end the window; nothing is damaged)
            result = integrity.CheckResult(cancelled=True)
        self.result = result
        # the window may have gone (Madoguchi quit while a copy was being made)
        with contextlib.suppress(RuntimeError):
            self.finished.emit(result)

    def running(self) -> bool:
        return self.worker is not None and self.worker.is_alive()

    # a ui.jobs.Stoppable: the session's JobManager cancels and waits for it
    def cancel(self) -> None:
        self.check.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        if self.worker is not None:
            self.worker.join(timeout)
        return not self.running()

    def stop(self, timeout: float | None = None) -> None:
        """Cancel, and wait (at most `timeout` seconds) for the thread to end."""
        self.cancel()
        self.wait(timeout)


# What the window needs once the password is accepted, loaded while the login screen waits
# for it: the window's modules, and the fonts that draw names in other scripts (Qt loads a
# fallback font the first time it measures text that needs it: 2-8 ms a script in a fresh
# process; Today's first column sizing took 12 ms without this, 5 ms with it).
AFTER_LOGIN_MODULES = (
    # what the login itself needs (app.keyslots imports them when used)
    "argon2.low_level", "cryptography.hazmat.primitives.ciphers.aead",
    "cryptography.hazmat.primitives.asymmetric.x25519",
    "cryptography.hazmat.primitives.kdf.hkdf",
    # the domain, leaves first so that each step stays short (the login screen drew
    # without it: ui/launcher.py)
    "app.progress", "app.areas", "app.rules", "jaconv", "app.records", "app.rows",
    "app.fields", "app.kinds", "app.kanji_variants", "app.search",
    "cryptography.hazmat.primitives.serialization", "app.roles", "app.jptime", "app.signing",
    "app.migrations", "app.changes", "app.store", "app.audit", "app.dates", "app.validation",
    "app.codes", "app.sensitive", "app.consultations", "app.directory", "app.knowledge",
    "app.residents", "app.sessions", "app.services", "app.checkpoints", "app.user_keys",
    "app.admin_keys", "app.accounts", "app.backup", "app.integrity", "app.today",
    # the window
    "cryptography.hazmat.backends.openssl.backend", "app.reindex",
                       "app.listing", "ui.jobs", "ui.changes", "ui.opener", "ui.table_model",
                       "ui.table_view", "ui.session", "ui.main_window", "ui.pages.today")
SCRIPT_SAMPLES = ("Ünïcödé 相談 ソウダン そうだん", "ภาษาไทย", "မြန်မာ", "हिन्दी", "Tiếng Việt",
                  "中文 简体", "한국어", "Português")


class LoginPreloader(QObject):
    """While the login screen waits for the password: one small step per turn of the event
    loop (an import, or the measuring of one script's text), so typing is never held up for
    more than a few milliseconds (≈ 13 ms at most; the first step, 50 ms after the screen
    shows and before anyone types, ≈ 25 ms). Stops when the login screen is hidden (or
    gone); whatever is left is loaded when first needed, as without it."""

    def __init__(self, screen: QWidget) -> None:
        super().__init__(screen)
        self.screen = screen
        self.steps: list[Callable[[], object]] = [
            self._wrap_qt_objects,
            *(functools.partial(importlib.import_module, name) for name in AFTER_LOGIN_MODULES),
            *(functools.partial(self._measure, text) for text in SCRIPT_SAMPLES)]
        self.done = 0

    def start(self, delay_ms: int = 50) -> LoginPreloader:
        QTimer.singleShot(delay_ms, self, self._step)
        return self

    def _wrap_qt_objects(self) -> None:
        """The session's activity filter (ui.session) hands every object the window's first
        drawing touches to Python, Qt's private ones among them (QWidgetWindow,
        QWidgetLineControl). PySide6 finds the Python type of the first such object by
        making the classes of ≈ 140 enums of QtCore, QtGui and QtWidgets at once: 20-30 ms
        after Enter (measured at 10 years: the window shown 65-80 ms after it was built,
        45-47 ms with this step). The login screen has the same objects; handing them to
        Python once, here, pays that while the password is typed (one step of ≈ 25 ms)."""
        self.screen.findChildren(QObject)
        self.screen.windowHandle()

    @staticmethod
    def _measure(text: str) -> None:
        QFontMetrics(QApplication.font()).horizontalAdvance(text)

    def _step(self) -> None:
        if self.done >= len(self.steps) or not self.screen.isVisible():
            return
        self.steps[self.done]()
        self.done += 1
        QTimer.singleShot(0, self, self._step)


READ_AHEAD_ROWS = 200  # ui.table_model.PAGE_SIZE: what a list's first fetch reads


class CacheWarmer:
    """Once the window is shown and idle: what the first page of each main list reads, read
    on the window's own connection at a low priority, so that its cache of decrypted pages
    holds it when the user opens a list (app.listing.read_ahead; the residents list, ordered
    by name, is its whole table: 11.4 → 6.2 ms for its first page at 10 years, plaintext
    5.8 / 5.3 ms). (Today needs no warming: the window reads it as it shows. Read
    in parallel with the window's start, on a connection of its own, it only competed for
    the two cores: 408 against 357 ms to a usable window at 10 years.)"""

    def __init__(self, services: Services) -> None:
        self.store = services.store
        self.thread = threading.Thread(target=self._run, name="madoguchi-warm", daemon=True)
        self.done = threading.Event()
        self.cancelled = threading.Event()

    def start(self) -> CacheWarmer:
        self.thread.start()
        return self

    def _run(self) -> None:
        from app import db, integrity, listing

        integrity.lower_priority()
        try:
            for spec in (listing.CONSULTATIONS, listing.RESIDENTS, listing.ACCOMPANIMENTS,
                         listing.SESSIONS):
                if self.store.closed or self.cancelled.is_set():
                    break
                listing.read_ahead(self.store, spec, READ_AHEAD_ROWS)
        except (MadoguchiError, db.DbError):
            pass  # only a read-ahead: the window reads what it needs itself
        finally:
            self.done.set()

    def cancel(self) -> None:
        self.cancelled.set()

    def wait(self, timeout: float | None = 5.0) -> bool:
        if self.thread.is_alive():
            self.thread.join(timeout)
        return not self.thread.is_alive()


def check_message(result: integrity.CheckResult) -> str:
    """The status line (or the warning) for a background check's result."""
    if result.damaged:
        return QCoreApplication.translate(
            "Startup", "The check found damage in the database file. Stop entering records "
            "and quit Madoguchi: at the next start the damaged file is moved aside and the "
            "newest verified backup is offered.")
    if result.problem is not None:
        return error_text(result.problem)
    if result.backup is not None:
        return QCoreApplication.translate(
            "Startup", "Database checked; today's backup was taken (%1).").replace(
            "%1", result.backup.name)
    if result.cancelled:
        return ""
    return QCoreApplication.translate("Startup", "Database checked.")


def unlock_for_recovery(db_path: Path, user: str, password: str) -> bytes | None:
    """The key, when the password is right but the file would not open."""
    from app import accounts

    try:
        return accounts.unlock(db_path, user, password).key
    except MadoguchiError:
        return None
