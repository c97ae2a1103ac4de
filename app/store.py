"""An open Madoguchi database: its connection, its user, and the single write path."""

from __future__ import annotations

import contextlib
import getpass
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import db, migrations
from app.jptime import utc_stamp


def current_os_user() -> str:
    try:
        return getpass.getuser() or "unknown"
    except Exception:  # getuser raises when no name can be found at all
        return "unknown"


def new_uuid() -> str:
    return str(uuid.uuid4())


@dataclass
class Store:
    conn: db.Connection
    path: Path | None
    user: str
    migration: migrations.MigrationResult | None = None
    key: bytes | None = field(default=None, repr=False)
    role: str = "admin"
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    @contextlib.contextmanager
    def write(self) -> Iterator[db.Connection]:
        """All writes go through here: one at a time, one transaction each."""
        with self._lock, db.transaction(self.conn) as conn:
            yield conn

    def query(self, sql: str, params: Any = ()) -> list[Any]:
        with self._lock:
            return list(self.conn.execute(sql, params).fetchall())

    def query_one(self, sql: str, params: Any = ()) -> Any:
        with self._lock:
            return self.conn.execute(sql, params).fetchone()

    def stamp(self) -> dict[str, str]:
        now = utc_stamp()
        return {"created_at": now, "updated_at": now, "created_by": self.user,
                "updated_by": self.user}

    def setting(self, key: str, default: str = "") -> str:
        row = self.query_one("SELECT value FROM settings WHERE key = ?", (key,))
        return str(row[0]) if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.write() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def close(self) -> None:
        with self._lock:
            self.conn.close()


def open_store(path: Path | str, *, create: bool = False, user: str | None = None,
               key: bytes | None = None, role: str = "admin") -> Store:
    """Open (or, when `create`, make) a database and bring its schema up to date. With
    `key`, the database is a SQLCipher file encrypted with that raw key."""
    path = Path(path)
    conn = db.connect(path, create=create, key=key)
    try:
        result = migrations.migrate(conn, path, key=key)
    except BaseException:
        conn.close()
        raise
    return Store(conn=conn, path=path, user=user or current_os_user(), migration=result,
                 key=key, role=role)
