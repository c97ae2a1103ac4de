"""The checks around a login: the cheap one at login (page 1, the schema, each table's first
pages), and the full check with the day's first backup, run in the background after the
window shows at a low priority. Damage the background check finds is marked beside the file,
so that the next login checks it in full and offers the newest verified backup."""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO

from app import db
from app.backup import (
    BackupError,
    backup_folder,
    daily_backup_due,
    daily_backup_if_needed,
    open_for_check,
)
from app.errors import DatabaseOpenError, MadoguchiError
from app.files import write_atomically
from app.marks import QT_TRANSLATE_NOOP
from app.store import Store


def cheap_check(store: Store) -> bool:
    """What login can afford on any size of file: page 1, the schema, and the first pages
    of every table (their root pages). The full check runs later, in the background
    (BackgroundCheck); a file it found damaged is checked in full at the next login."""
    try:
        tables = store.query("SELECT name FROM sqlite_schema WHERE type = 'table' "
                             "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")
        store.query_one("PRAGMA user_version")
        for (name,) in tables:
            store.query_one(f'SELECT 1 FROM "{name}" LIMIT 1')
    except db.DbError:
        return False
    return True


def cheap_check_file(db_path: Path, key: bytes | None) -> bool:
    """cheap_check on a read-only connection of its own (the command line, before a login)."""
    conn = open_for_check(db_path, key)
    if conn is None:
        return False
    try:
        return cheap_check(Store(conn=conn, path=db_path, user="", key=key))
    finally:
        conn.close()


# The command line checks the whole file when it changed since the last full check other than
# through Madoguchi's own commands (a copy put back, a disk error that rewrote it), and at
# least once a day; otherwise it checks what a login checks (cheap_check).
FULL_CHECK_EVERY = timedelta(days=1)
# A write within this long after a recorded state could keep the file's time as it was (file
# times move in steps of a few milliseconds): the state is recorded only once that has passed.
TIME_STEP_NS = 20_000_000


def _checked_mark(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".checked")


def _file_state(db_path: Path) -> list[int]:
    """Size and times of the file and its write-ahead log: any write changes one of them."""
    state: list[int] = []
    for path in (Path(db_path), Path(f"{db_path}-wal")):
        try:
            st = path.stat()
        except FileNotFoundError:
            state += [-1, -1, -1]
            continue
        state += [st.st_size, st.st_mtime_ns, st.st_ctime_ns]
    return state


def _settled_state(db_path: Path) -> list[int]:
    """The file's state, once no write could still leave its times unchanged."""
    state = _file_state(db_path)
    newest = max(state[1], state[2], state[4], state[5])
    wait = newest + TIME_STEP_NS - time.time_ns()
    if wait > 0:
        time.sleep(wait / 1e9)
        state = _file_state(db_path)
    return state


def full_check_due(db_path: Path, now: datetime | None = None) -> bool:
    """Whether the command line must check the whole file before a command."""
    if damage_marked(db_path):
        return True
    try:
        mark = json.loads(_checked_mark(db_path).read_text(encoding="utf-8"))
        checked = datetime.fromisoformat(mark["checked"])
        state = [int(v) for v in mark["state"]]
    except (OSError, ValueError, KeyError, TypeError):
        return True
    now = now or datetime.now(UTC)
    if checked.tzinfo is None or not (now - FULL_CHECK_EVERY <= checked <= now):
        return True
    return state != _file_state(db_path)


def record_checked(db_path: Path, checked: datetime | None = None) -> None:
    """Remember, beside the file, that it was sound at `checked` (a full check, or a check
    plus Madoguchi's own writes since) and how it looked then. Best effort: on a read-only
    folder the next command checks in full again."""
    from app.storage import read_only

    if checked is None:
        checked = datetime.now(UTC)
    if read_only(db_path):
        return
    with contextlib.suppress(OSError, MadoguchiError):
        text = json.dumps({"checked": checked.isoformat(), "state": _settled_state(db_path)})
        data = text.encode()

        def write(fh: IO[bytes]) -> None:
            fh.write(data)

        write_atomically(_checked_mark(db_path), write)


def last_full_check(db_path: Path) -> datetime | None:
    try:
        mark = json.loads(_checked_mark(db_path).read_text(encoding="utf-8"))
        return datetime.fromisoformat(mark["checked"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def full_check(store: Store) -> bool:
    """PRAGMA quick_check on the open file (its cost grows with the file)."""
    try:
        rows = store.query("PRAGMA quick_check")
    except db.DbError:
        return False
    return [str(r[0]) for r in rows] == ["ok"]


def _damage_mark(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".damaged")


def mark_damaged(db_path: Path) -> None:
    """Remember, outside the file, that the background check found damage: the next login
    checks the whole file and offers the newest verified backup."""
    with contextlib.suppress(OSError):
        _damage_mark(db_path).write_text("quick_check failed\n", encoding="utf-8")


def damage_marked(db_path: Path) -> bool:
    return _damage_mark(db_path).exists()


def clear_damage_mark(db_path: Path) -> None:
    with contextlib.suppress(OSError):
        _damage_mark(db_path).unlink(missing_ok=True)


def lower_priority() -> None:
    """Lower the calling thread's CPU and I/O priority, so that a background check or backup
    does not slow the window. Best effort: nothing happens where the OS does not allow it."""
    with contextlib.suppress(Exception):
        if os.name == "nt":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetThreadPriority(kernel32.GetCurrentThread(),
                                       0x00010000)  # THREAD_MODE_BACKGROUND_BEGIN (I/O too)
        else:
            # On Linux a thread id may be given; its I/O priority follows its nice value.
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


@dataclass(frozen=True)
class CheckResult:
    damaged: bool = False
    backup: Path | None = None            # the daily backup made, to record
    problem: MadoguchiError | None = None  # the backup could not be made; nothing is damaged
    cancelled: bool = False


class BackgroundCheck:
    """The full check of the file and the day's first backup, on its own read-only
    connection, at a low priority. On a backup day the copy's integrity_check stands for
    the check of the file (the backup API copies its pages as they are); only when the copy
    does not verify is the file itself checked, to tell damage from a failed copy."""

    def __init__(self, db_path: Path, key: bytes | None, user: str) -> None:
        self.db_path, self.key, self.user = Path(db_path), key, user
        self._conn: db.Connection | None = None
        self._cancelled = threading.Event()
        self._guard = threading.Lock()

    def cancel(self) -> None:
        self._cancelled.set()
        with self._guard:
            if self._conn is not None:
                with contextlib.suppress(Exception):
                    self._conn.interrupt()

    def run(self, now: datetime | None = None) -> CheckResult:
        lower_priority()
        try:
            conn = db.connect(self.db_path, readonly=True, key=self.key)
        except DatabaseOpenError:
            return CheckResult(damaged=True)
        with self._guard:
            self._conn = conn
        store = Store(conn=conn, path=self.db_path, user=self.user, key=self.key)
        try:
            return self._run(store, now)
        except db.DbError:
            if self._cancelled.is_set():
                return CheckResult(cancelled=True)
            return CheckResult(damaged=True)
        finally:
            with self._guard:
                self._conn = None
            conn.close()

    def _run(self, store: Store, now: datetime | None) -> CheckResult:
        if self._cancelled.is_set():
            return CheckResult(cancelled=True)
        try:
            due = daily_backup_due(store, now)
        except OSError:
            due = False
        if due:
            try:
                made = daily_backup_if_needed(store, now, record=False)
                return CheckResult(backup=made)
            except (MadoguchiError, db.DbError) as exc:
                if self._cancelled.is_set():
                    return CheckResult(cancelled=True)
                if full_check(store):  # the file is sound: the copy failed
                    if not isinstance(exc, MadoguchiError):
                        exc = BackupError(QT_TRANSLATE_NOOP(
                            "errors", "The backup could not be made in %1 (%2)."),
                            backup_folder(store), exc)
                    return CheckResult(problem=exc)
                return CheckResult(damaged=not self._cancelled.is_set(),
                                   cancelled=self._cancelled.is_set())
        healthy = full_check(store)
        if self._cancelled.is_set():
            return CheckResult(cancelled=True)
        return CheckResult(damaged=not healthy)
