"""The one place that opens database connections.

Every connection goes through sqlcipher3, which bundles its own SQLite (>= 3.51 on Linux and
Windows); Python's own sqlite3 module is never used.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from app.errors import DatabaseOpenError

Connection = Any  # sqlcipher3.dbapi2.Connection; the module ships no type stubs
DbError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError

BUSY_TIMEOUT_MS = 5000
SQLITE_MAGIC = b"SQLite format 3\x00"



def sqlite_version() -> str:
    return str(sqlcipher3.sqlite_version)


def connect(path: Path | str, *, create: bool = False, readonly: bool = False) -> Connection:
    """Open `path` with Madoguchi's pragmas.

    A missing file is created only when `create` is true; a file that is not a SQLite
    database is refused and left as it is. `readonly` opens it without changing anything.
    """
    path = Path(path)
    if str(path) != ":memory:":
        if not path.exists():
            if not create:
                raise DatabaseOpenError(f"There is no database at {path}.")
            if not path.parent.is_dir():
                raise DatabaseOpenError(f"The folder {path.parent} does not exist.")
        elif path.is_dir():
            raise DatabaseOpenError(f"{path} is a folder, not a database file.")
        else:
            _check_header(path)
    target = f"{path.resolve().as_uri()}?mode=ro" if readonly else str(path)
    try:
        conn = sqlcipher3.connect(target, isolation_level=None, check_same_thread=False,
                                  uri=readonly)
    except sqlcipher3.Error as exc:
        raise DatabaseOpenError(f"The database {path} cannot be opened ({exc}).") from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if readonly:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            return conn
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(path) != ":memory:" and mode != "wal":
            raise DatabaseOpenError(f"The database {path} cannot use write-ahead logging.")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise DatabaseOpenError(
            f"{path} is damaged or is not a Madoguchi database ({exc}).") from None
    return conn


def _check_header(path: Path) -> None:
    size = path.stat().st_size
    if size == 0:
        return  # an empty file is a valid, empty SQLite database
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if head != SQLITE_MAGIC:
        raise DatabaseOpenError(
            f"{path} is not a Madoguchi database, or it is encrypted or damaged; "
            "it was not changed."
        )


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


def backup_to(conn: Connection, target: Path) -> None:
    """Copy the open database into `target` with SQLite's online backup API and verify it."""
    dest = sqlcipher3.connect(str(target), isolation_level=None)
    try:
        conn.backup(dest)
        result = dest.execute("PRAGMA integrity_check").fetchone()[0]
        src_version = conn.execute("PRAGMA user_version").fetchone()[0]
        dest_version = dest.execute("PRAGMA user_version").fetchone()[0]
    finally:
        dest.close()
    if result != "ok" or src_version != dest_version:
        raise DatabaseOpenError(f"The backup {target} did not verify ({result}).")
