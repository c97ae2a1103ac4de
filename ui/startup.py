"""What happens around logging in: one window per database, a warning for unsafe places,
the start-up quick_check (a damaged file is quarantined, never deleted, and the newest
verified backup is offered), and the first backup of the day."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app import accounts, backup, instance, storage
from app.errors import MadoguchiError
from app.services import Services
from ui.labels import error_text, message_text


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
    moved = backup.quarantine(db_path)
    found = backup.newest_verified_backup(backup.candidate_folders(db_path), key)
    if not ask_restore(parent, moved, found):
        return False
    assert found is not None
    backup.restore(db_path, found, key, user)
    return True


def after_login(services: Services, parent: QWidget | None = None) -> Services | None:
    """Run quick_check and take the day's first backup. Returns the services to use, or
    None when the file was damaged (it has been quarantined, and perhaps restored)."""
    store = services.store
    if store.readonly:  # read and report only: say so once
        from app.store import READ_ONLY, ReadOnlyError

        QMessageBox.information(parent, "Madoguchi", error_text(ReadOnlyError(READ_ONLY,
                                                                              store.path)))
    if store.notes:  # what the login found changed outside Madoguchi (app/roles.py)
        from app.roles import FOUND

        QMessageBox.warning(parent, "Madoguchi", error_text(MadoguchiError(
            FOUND, "; ".join(store.notes))))
    result = store.query_one("PRAGMA quick_check")
    if result is None or result[0] != "ok":
        assert store.path is not None and store.key is not None
        path, key, user = store.path, store.key, store.user
        services.close()
        recover_damaged(path, key, user, parent)
        return None
    try:
        backup.daily_backup_if_needed(store)
    except MadoguchiError as exc:  # e.g. the USB drive for backups is not plugged in
        QMessageBox.warning(parent, "Madoguchi", error_text(exc))
    return services


def unlock_for_recovery(db_path: Path, user: str, password: str) -> bytes | None:
    """The key, when the password is right but the file would not open."""
    try:
        return accounts.unlock(db_path, user, password).key
    except MadoguchiError:
        return None
