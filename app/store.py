"""An open Madoguchi database: its connection, its user, and the single write path."""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import db, migrations, winacl
from app.changes import Changes, Listener, RowLog
from app.errors import DatabaseOpenError, MadoguchiError, SchemaTooNewError
from app.jptime import utc_stamp
from app.marks import QT_TRANSLATE_NOOP
from app.storage import read_only

DISK_FULL = QT_TRANSLATE_NOOP(
    "errors", "The disk is full: this record was not saved. Free some space and save again.")
DISK_FAILED = QT_TRANSLATE_NOOP(
    "errors", "The disk could not be written: this record was not saved. Check the drive "
    "and save again.")
# Store.require_admin(what): each `what` a caller gives, as one whole sentence to translate.
ADMIN_ONLY = {
    "change the settings": QT_TRANSLATE_NOOP(
        "errors", "Only an administrator can change the settings."),
    "change the code lists": QT_TRANSLATE_NOOP(
        "errors", "Only an administrator can change the code lists."),
    "change the report settings": QT_TRANSLATE_NOOP(
        "errors", "Only an administrator can change the report settings."),
    "export every record": QT_TRANSLATE_NOOP(
        "errors", "Only an administrator can export every record."),
    "import records": QT_TRANSLATE_NOOP(
        "errors", "Only an administrator can import records."),
    "import a knowledge pack": QT_TRANSLATE_NOOP(
        "errors", "Only an administrator can import a knowledge pack."),
    "put residents' names in a handover pack": QT_TRANSLATE_NOOP(
        "errors", "Only an administrator can put residents' names in a handover pack."),
}
_SQLITE_IOERR, _SQLITE_FULL = 10, 13


def current_os_user() -> str:
    try:
        return getpass.getuser() or "unknown"
    except Exception:  # getuser raises when no name can be found at all
        return "unknown"


def new_uuid() -> str:
    return str(uuid.uuid4())


class StorageError(MadoguchiError):
    """The disk is full or cannot be written; the transaction was rolled back."""


class BusyError(MadoguchiError):
    """Another program held the database for longer than the busy timeout; nothing was
    written, and the same save can simply be tried again."""


BUSY = QT_TRANSLATE_NOOP(
    "errors", "The database is busy: another Madoguchi (perhaps a command-line import) is "
    "writing to it. Nothing was saved yet; try again in a moment.")
_SQLITE_BUSY = 5


def _storage_problem(exc: BaseException | None) -> str | None:
    """The user's message if `exc` (or what it interrupted) is a full or failing disk."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        code = db.result_code(exc)
        text = str(exc).lower()
        if code == _SQLITE_FULL or "is full" in text:
            return DISK_FULL
        if code == _SQLITE_IOERR or "disk i/o error" in text:
            return DISK_FAILED
        exc = exc.__context__
    return None


@dataclass
class Store:
    conn: db.Connection
    path: Path | None
    user: str
    migration: migrations.MigrationResult | None = None
    key: bytes | None = field(default=None, repr=False)
    # least privilege unless the login says otherwise (accounts.open_as reads the user's
    # signed role); an administrator's store is asked for by name
    role: str = "staff"
    closed: bool = False  # a delayed UI update must not query a closed store
    readonly: bool = False  # on read-only media: read and report, never write
    # the administrators' signing key, in an administrator's session (app/roles.py)
    signer: bytes | None = field(default=None, repr=False)
    needs_signing_key: bool = False  # an administrator without one: make it (accounts)
    # what the login found changed outside Madoguchi, for the window and the command line
    notes: list[str] = field(default_factory=list)
    # told what each committed write changed (app/changes.py); shared by Services.reopen()
    listeners: list[Listener] = field(default_factory=list, repr=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    @contextlib.contextmanager
    def write(self) -> Iterator[db.Connection]:
        """All writes go through here: one at a time, one transaction each. A full or
        failing disk becomes a StorageError with one clear sentence; nothing is kept."""
        self.require_writable()
        with self._lock:
            rows = RowLog()
            self.conn.raw.set_update_hook(rows.hook)
            try:
                with db.transaction(self.conn) as conn:
                    yield conn
                    changes = rows.changes(self._query_unlocked)  # before COMMIT
            except db.DbError as exc:
                if self.conn.in_transaction:  # a failed COMMIT leaves the transaction open
                    with contextlib.suppress(db.DbError):
                        self.conn.execute("ROLLBACK")
                if db.result_code(exc) == _SQLITE_BUSY or "database is locked" in str(exc):
                    raise BusyError(BUSY) from None
                message = _storage_problem(exc)
                if message is None:
                    raise
                raise StorageError(message) from None
            finally:
                with contextlib.suppress(db.DbError):  # e.g. a connection closed meanwhile
                    self.conn.raw.set_update_hook(None)
        self.notify(changes)

    def _query_unlocked(self, sql: str, params: Any) -> list[Any]:
        return list(self.conn.execute(sql, params).fetchall())

    def notify(self, changes: Changes) -> None:
        """Tell the listeners what a committed write changed. Store.write() calls it; whoever
        changes records another way (a sync packet) calls it after its COMMIT."""
        if not changes:
            return
        for listener in list(self.listeners):
            try:
                listener(changes)
            except Exception as exc:  # the write is committed; a listener's bug is its own
                logging.getLogger("madoguchi").error(
                    "a change listener failed: %s", type(exc).__name__)

    def require_writable(self) -> None:
        """Raise before a long job that ends in a write (an import, a purge) starts."""
        if self.readonly:
            raise ReadOnlyError(READ_ONLY, self.path)

    def check_open(self) -> None:
        if self.closed:
            raise MadoguchiError(QT_TRANSLATE_NOOP(
                "errors", "This database was closed (after a change of user or a restore)."))

    def query(self, sql: str, params: Any = ()) -> list[Any]:
        self.check_open()
        with self._lock:
            return list(self.conn.execute(sql, params).fetchall())

    @contextlib.contextmanager
    def reading(self) -> Iterator[db.Connection]:
        """The connection, for a read of several statements (the search). Threads of the
        window read it too (the read-ahead, Today's read while the window is built), and
        apsw refuses a connection busy in another thread: every use goes through the lock."""
        self.check_open()
        with self._lock:
            yield self.conn

    def query_one(self, sql: str, params: Any = ()) -> Any:
        self.check_open()
        with self._lock:
            return self.conn.execute(sql, params).fetchone()

    def stamp(self) -> dict[str, str]:
        now = utc_stamp()
        return {"created_at": now, "updated_at": now, "created_by": self.user,
                "updated_by": self.user}

    def require_admin(self, what: str) -> None:
        """Staff may keep records and make aggregated reports; the rest is for an
        administrator."""
        if self.role != "admin":
            if what in ADMIN_ONLY:
                raise MadoguchiError(ADMIN_ONLY[what])
            # A new `what` belongs in ADMIN_ONLY; until then only the frame is translated.
            raise MadoguchiError(QT_TRANSLATE_NOOP("errors", "Only an administrator can %1."),
                                 what)

    def setting(self, key: str, default: str = "") -> str:
        row = self.query_one("SELECT value FROM settings WHERE key = ?", (key,))
        return str(row[0]) if row else default

    def set_setting(self, key: str, value: str) -> None:
        from app import audit  # the trail names the setting, signed by the administrator

        self.require_admin("change the settings")
        with self.write() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))
            audit.record(conn, self.user, "settings", detail=key)

    def set_name_order(self, compare: Callable[[str, str], int] | None) -> None:
        """Order names (COLLATE names) with `compare`, e.g. the UI language's collator."""
        with self._lock:
            self.conn.create_collation(db.NAME_COLLATION, compare or db.compare_names)

    def close(self) -> None:
        with self._lock:
            self.conn.close()
            self.closed = True


class ReadOnlyError(MadoguchiError):
    """The database is on read-only media; nothing was changed."""


READ_ONLY = QT_TRANSLATE_NOOP(
    "errors", "%1 is on read-only media (or in a folder that cannot be written): it can be "
    "read and reported on, but nothing can be changed in it.")
READ_ONLY_OLD = QT_TRANSLATE_NOOP(
    "errors", "%1 is on read-only media and was made by an older Madoguchi, so it cannot be "
    "updated to be read; copy it to this computer's disk first.")


class EmptyDatabaseError(db.WrongKeyOrDamagedError):
    """The file has no bytes at all: never treated as a new database. (The window treats it
    as a damaged file: kept in quarantine, and the newest verified backup offered.)"""


EMPTY_DATABASE = QT_TRANSLATE_NOOP(
    "errors", "%1 is empty (0 bytes), so it holds no records; it was kept as it is. Restore "
    "the newest backup instead.")


def make_private_file(path: Path) -> None:
    """Create `path` empty, readable and writable by its owner only (SQLite gives its -wal
    and -shm files the same mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    winacl.restrict(path)


def open_store(path: Path | str, *, create: bool = False, user: str | None = None,
               key: bytes | None = None, role: str = "staff") -> Store:
    """Open (or, when `create`, make) a database and bring its schema up to date. With
    `key`, the database is a SQLCipher file encrypted with that raw key."""
    path = Path(path)
    if str(path) != ":memory:":
        if create and not path.exists() and path.parent.is_dir():
            make_private_file(path)
        elif not create and path.is_file() and path.stat().st_size == 0:
            raise EmptyDatabaseError(EMPTY_DATABASE, path)
    if not create and str(path) != ":memory:" and path.is_file() and read_only(path):
        return _open_read_only(path, user, key, role)
    conn = db.connect(path, create=create, key=key)
    try:
        result = migrations.migrate(conn, path, key=key)
    except BaseException:
        conn.close()
        raise
    store = Store(conn=conn, path=path, user=user or current_os_user(), migration=result,
                  key=key, role=role)
    from app import reindex  # it imports the record modules, which import this one

    if not reindex.is_current(conn):
        try:
            with store.write() as writing:
                reindex.rebuild(writing)
        except BaseException:
            conn.close()
            raise
    return store


def _open_read_only(path: Path, user: str | None, key: bytes | None, role: str) -> Store:
    conn = db.connect(path, immutable=True, key=key)
    try:
        version = migrations.schema_version(conn)
        if version > migrations.latest_version():
            raise SchemaTooNewError(QT_TRANSLATE_NOOP(
                "errors", "This database was made by a newer Madoguchi (schema %1; this "
                "version knows up to %2). It was not changed: please update Madoguchi."),
                version, migrations.latest_version())
        if version < migrations.latest_version():
            raise DatabaseOpenError(READ_ONLY_OLD, path)
    except BaseException:
        conn.close()
        raise
    return Store(conn=conn, path=path, user=user or current_os_user(), key=key, role=role,
                 readonly=True)
