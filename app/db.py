"""The one place that opens database connections.

Every connection goes through apsw-sqlite3mc (APSW with SQLite3 Multiple Ciphers), which
bundles its own SQLite (>= 3.54); Python's own sqlite3 module is never used. Encrypted files
use SQLite3MC's SQLCipher 4 scheme, so they stay SQLCipher files: towns and backups made by
Madoguchi 0.1.0 (sqlcipher3) open unchanged, and SQLCipher's own tools can read a file for
recovery. docs/driver.md has the evidence. app/dbapi.py gives the connection the DB-API
shape the rest of app/ uses.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import apsw

from app.dbapi import Connection as Connection
from app.errors import DatabaseOpenError
from app.marks import QT_TRANSLATE_NOOP

DbError = apsw.Error
IntegrityError = apsw.ConstraintError

BUSY_TIMEOUT_MS = 5000
# Lists ordered by a person's or an organisation's name use this collation. Until the window
# supplies the UI language's own order (Store.set_name_order), names compare casefolded.
NAME_COLLATION = "names"


def compare_names(a: str | None, b: str | None) -> int:
    x, y = (a or "").casefold(), (b or "").casefold()
    return (x > y) - (x < y)
KEY_BYTES = 32
CACHE_KIB = 64 * 1024
SQLITE_MAGIC = b"SQLite format 3\x00"



# SQLite3MC's settings for SQLCipher 4 files, set before the key on every connection.
CIPHER_PRAGMAS = ("PRAGMA cipher = 'sqlcipher'", "PRAGMA legacy = 4")
STATEMENT_CACHE = 128  # prepared statements kept per connection (sqlite3's default)


def sqlite_version() -> str:
    return str(apsw.sqlite_lib_version())


def result_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a database error (SQLITE_FULL = 13, …), else None."""
    code = getattr(exc, "extendedresult", None)
    return code & 0xFF if isinstance(code, int) else None


def _use_key(conn: apsw.Connection, key: bytes) -> None:
    """Pragmas one by one: apsw runs a string of statements only up to the first that
    returns a row, and `PRAGMA cipher` returns one."""
    for pragma in CIPHER_PRAGMAS:
        conn.execute(pragma).fetchall()
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"").fetchall()


class EncryptedDatabaseError(DatabaseOpenError):
    """An encrypted database was opened without its key."""


class PlaintextDatabaseError(DatabaseOpenError):
    """A key was given for a database that is not encrypted."""


class WrongKeyOrDamagedError(DatabaseOpenError):
    """The key did not open the file: it is damaged, or belongs to another key file."""


def is_plaintext(path: Path) -> bool:
    """True for an unencrypted SQLite file (or an empty one)."""
    if path.stat().st_size == 0:
        return True
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def connect(path: Path | str, *, create: bool = False, readonly: bool = False,
            key: bytes | None = None, immutable: bool = False) -> Connection:
    """Open `path` with Madoguchi's pragmas; with `key`, as a SQLCipher database.

    A missing file is created only when `create` is true. A file that cannot be opened as
    asked is refused and left as it is, with a message that tells a plaintext file, an
    encrypted one without its key, and a damaged one (or a wrong key) apart.
    """
    path = Path(path)
    memory = str(path) == ":memory:"
    if not memory:
        if not path.exists():
            if not create:
                raise DatabaseOpenError(QT_TRANSLATE_NOOP(
                    "errors", "There is no database at %1."), path)
            if not path.parent.is_dir():
                raise DatabaseOpenError(QT_TRANSLATE_NOOP(
                    "errors", "The folder %1 does not exist."), path.parent)
        elif path.is_dir():
            raise DatabaseOpenError(QT_TRANSLATE_NOOP(
                "errors", "%1 is a folder, not a database file."), path)
        elif key is not None and is_plaintext(path) and path.stat().st_size > 0:
            raise PlaintextDatabaseError(QT_TRANSLATE_NOOP(
                "errors", "%1 is not encrypted, so it cannot be opened as an encrypted "
                "database; it was not changed."), path)
    readonly = readonly or immutable  # immutable: on read-only media, no -wal/-shm at all
    if readonly:
        target = f"{path.resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"
        flags = apsw.SQLITE_OPEN_READONLY | apsw.SQLITE_OPEN_URI
    else:
        target = str(path)
        flags = apsw.SQLITE_OPEN_READWRITE | (apsw.SQLITE_OPEN_CREATE if create or memory else 0)
    try:
        raw = apsw.Connection(target, flags=flags, statementcachesize=STATEMENT_CACHE)
    except apsw.Error as exc:
        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "errors", "The database %1 cannot be opened (%2)."), path, exc) from None
    conn = Connection(raw)
    try:
        if key is not None:
            if len(key) != KEY_BYTES:
                raise DatabaseOpenError(QT_TRANSLATE_NOOP(
                    "errors", "The database key has the wrong length."))
            _use_key(raw, key)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.create_collation(NAME_COLLATION, compare_names)
        # Every page read from an encrypted file is decrypted and its HMAC checked, which
        # SQLite3MC does more slowly than SQLCipher did: keep more pages (64 MB, filled only
        # as pages are read; the 100,000-consultation town's busy tables fit).
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        if readonly:
            return conn
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if not memory and mode != "wal":
            raise DatabaseOpenError(QT_TRANSLATE_NOOP(
                "errors", "The database %1 cannot use write-ahead logging."), path)
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except apsw.Error:
        conn.close()
        if key is None and not memory and not is_plaintext(path):
            raise EncryptedDatabaseError(QT_TRANSLATE_NOOP(
                "errors", "%1 is encrypted or is not a Madoguchi database: log in to open "
                "it. It was not changed."), path) from None
        if key is not None:
            raise WrongKeyOrDamagedError(QT_TRANSLATE_NOOP(
                "errors", "%1 could not be decrypted: the file is damaged, or its key file "
                "belongs to another database. It was not changed."), path) from None
        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "errors", "%1 is damaged or is not a Madoguchi database; it was not changed."),
            path) from None
    except BaseException:
        conn.close()
        raise
    return conn


def rekey(conn: Connection, key: bytes) -> None:
    """Re-encrypt the open database with `key`. The caller has made sure the key file can
    open it with either key meanwhile."""
    if len(key) != KEY_BYTES:
        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "errors", "The database key has the wrong length."))
    conn.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"").fetchall()


def opens_with(path: Path, key: bytes) -> bool:
    """Whether `key` decrypts the file (read-only; nothing is changed)."""
    try:
        conn = connect(path, readonly=True, key=key)
    except DatabaseOpenError:
        return False
    conn.close()
    return True


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception. Not re-entrant."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def backup_to(conn: Connection, target: Path, key: bytes | None = None) -> None:
    """Copy the open database into `target` with SQLite's online backup API and verify it.
    With `key`, the copy is encrypted with the same key."""
    dest = Connection(apsw.Connection(str(target)))
    try:
        if key is not None:
            _use_key(dest.raw, key)
        with dest.raw.backup("main", conn.raw, "main") as copy:
            copy.step(-1)
        # a copy is one self-contained file: no -wal/-shm beside it, even when opened read-only
        dest.execute("PRAGMA journal_mode = DELETE")
        result = dest.execute("PRAGMA integrity_check").fetchone()[0]
        src_version = conn.execute("PRAGMA user_version").fetchone()[0]
        dest_version = dest.execute("PRAGMA user_version").fetchone()[0]
    finally:
        dest.close()
    if result != "ok" or src_version != dest_version:
        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "errors", "The backup %1 did not verify (%2)."), target, result)
