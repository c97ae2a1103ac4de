from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app import db
from app.errors import DatabaseOpenError
from app.store import open_store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_and_engine(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "a.db", create=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == db.BUSY_TIMEOUT_MS
    major, minor, *_ = (int(x) for x in db.sqlite_version().split("."))
    assert (major, minor) >= (3, 54)
    assert type(conn.raw).__module__ == "apsw"
    assert conn.execute("SELECT sqlite3mc_version()").fetchone()[0].startswith(
        "SQLite3 Multiple Ciphers")


def test_missing_file_is_not_created_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="no database"):
        db.connect(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes("これはデータベースではありません".encode() * 100)
    before = digest(path)
    with pytest.raises(DatabaseOpenError, match="not a Madoguchi database"):
        open_store(path, create=True)
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_damaged_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "town.db"
    store = open_store(path, create=True)
    store.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the first page after the header
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(DatabaseOpenError):
        open_store(path)
    assert digest(path) == before


def test_write_rolls_back_on_error(services) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError), services.store.write() as conn:
        conn.execute("INSERT INTO settings VALUES ('k', 'v')")
        raise RuntimeError("boom")
    assert services.store.setting("k") == ""
