"""The apsw-sqlite3mc driver (app/db.py, app/dbapi.py): files stay SQLCipher 4 files both
ways, a -wal left by a crash is read across drivers, the session extension works on
encrypted files, and the DB-API face behaves as the sqlite3 module did where app/ relies
on it. The checks against SQLCipher itself need sqlcipher3 (a test dependency on
Python 3.12+ only, see pyproject.toml)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import apsw
import pytest

from app import db
from app.store import open_store

KEY = bytes(range(32))


def sqlcipher3_connect(path: Path, key: bytes) -> Any:
    sqlcipher3 = pytest.importorskip("sqlcipher3")
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def test_sqlcipher_reads_a_town_written_by_the_driver(tmp_path: Path) -> None:
    path = tmp_path / "town.db"
    store = open_store(path, create=True, key=KEY, user="cir", role="admin")
    store.set_setting("town_name", "みさき町")
    store.close()
    assert not db.is_plaintext(path)
    conn = sqlcipher3_connect(path, KEY)
    assert conn.execute("SELECT value FROM settings WHERE key = 'town_name'").fetchone() == (
        "みさき町",)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    with pytest.raises(db.WrongKeyOrDamagedError):  # and the key still matters
        db.connect(path, key=bytes(32))


def test_the_driver_reads_a_file_written_by_sqlcipher_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlcipher3_connect(path, KEY)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (a TEXT)")
    conn.execute("INSERT INTO t VALUES ('Nguyễn'), (NULL)")
    conn.close()
    new = db.connect(path, key=KEY)
    assert sorted(new.execute("SELECT a FROM t").fetchall(), key=repr) == [
        ("Nguyễn",), (None,)]
    new.close()


CRASH = r"""
import os, sys
from pathlib import Path
driver, path, key = sys.argv[1], sys.argv[2], bytes.fromhex(sys.argv[3])
if driver == "apsw":
    sys.path.insert(0, sys.argv[4])
    from app import db
    conn = db.connect(Path(path), create=True, key=key)
else:
    import sqlcipher3
    conn = sqlcipher3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
conn.execute("CREATE TABLE t (a TEXT)")
conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
conn.execute("PRAGMA wal_autocheckpoint = 0")
for i in range(300):
    conn.execute("INSERT INTO t VALUES (?)", (f"row {i} " + "x" * 300,))
os._exit(0)  # a crash: no checkpoint, no close
"""


@pytest.mark.parametrize("writer", ["apsw", "sqlcipher3"])
def test_a_wal_left_by_a_crash_is_read_by_the_other_driver(tmp_path: Path,
                                                          writer: str) -> None:
    """A 0.1.0 town that crashed opens in this version with its last saves, and SQLCipher's
    tools can still recover a town this version left behind in a crash."""
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "crashed.db"
    root = str(Path(__file__).resolve().parent.parent)
    subprocess.run([sys.executable, "-c", CRASH, writer, str(path), KEY.hex(), root],
                   check=True, timeout=120)
    assert Path(f"{path}-wal").stat().st_size > 300 * 300  # the rows are only in the -wal
    conn = sqlcipher3_connect(path, KEY) if writer == "apsw" else db.connect(path, key=KEY)
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 300
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_fts5_trigram_wal_and_backup_on_an_encrypted_file(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "a.db", create=True, key=KEY)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(body, tokenize = 'trigram')")
    conn.execute("INSERT INTO f VALUES ('Trần Thị Hoa 陳氏花'), ('Somchai ソムチャイ')")
    assert conn.execute("SELECT body FROM f WHERE f MATCH 'チャイ'").fetchall() == [
        ("Somchai ソムチャイ",)]
    db.backup_to(conn, tmp_path / "copy.db", KEY)
    conn.close()
    copy = db.connect(tmp_path / "copy.db", key=KEY, readonly=True)
    assert copy.execute("SELECT count(*) FROM f WHERE f MATCH '陳氏花'").fetchone()[0] == 1
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy.close()


def test_rekey_changes_the_key_of_an_encrypted_file(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    conn = db.connect(path, create=True, key=KEY)
    conn.execute("CREATE TABLE t (a)")
    conn.execute("INSERT INTO t VALUES (1)")
    new_key = os.urandom(32)
    conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    conn.close()
    with pytest.raises(db.WrongKeyOrDamagedError):
        db.connect(path, key=KEY)
    again = db.connect(path, key=new_key)
    assert again.execute("SELECT a FROM t").fetchall() == [(1,)]
    again.close()


def test_session_changesets_apply_to_another_encrypted_town(tmp_path: Path) -> None:
    """What the two-devices work needs: a changeset recorded on one device, applied on
    another, with a conflict handler that sees both sides of a conflicting change."""
    a = db.connect(tmp_path / "a.db", create=True, key=KEY)
    b = db.connect(tmp_path / "b.db", create=True, key=os.urandom(32))
    for conn in (a, b):
        conn.executescript("CREATE TABLE r (id INTEGER PRIMARY KEY, name TEXT, v INTEGER);"
                           "INSERT INTO r VALUES (1, 'one', 1), (2, 'two', 1);")
    session = apsw.Session(a.raw, "main")
    session.attach()
    with db.transaction(a):
        a.execute("UPDATE r SET name = 'ONE', v = 2 WHERE id = 1")
        a.execute("INSERT INTO r VALUES (3, 'three', 1)")
        a.execute("DELETE FROM r WHERE id = 2")
    changes = session.changeset()
    b.execute("UPDATE r SET name = 'uno' WHERE id = 1")  # b changed the same row
    seen: list[tuple[int, Any, Any]] = []

    def conflict(reason: int, change: apsw.TableChange) -> int:
        seen.append((reason, change.old, change.conflict))
        return apsw.SQLITE_CHANGESET_OMIT

    apsw.Changeset.apply(changes, b.raw, conflict=conflict)
    assert seen == [(apsw.SQLITE_CHANGESET_DATA, (1, "one", 1), (1, "uno", 1))]
    assert b.execute("SELECT * FROM r ORDER BY id").fetchall() == [(1, "uno", 1),
                                                                   (3, "three", 1)]
    a.close()
    b.close()


def test_the_dbapi_face_behaves_like_sqlite3_where_app_relies_on_it(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "a.db", create=True)
    # a script runs to its end even past statements that return rows
    conn.executescript("BEGIN IMMEDIATE; CREATE TABLE t (id INTEGER PRIMARY KEY, "
                       "a TEXT UNIQUE); PRAGMA user_version = 7; SELECT 1; "
                       "INSERT INTO t (a) VALUES ('x'); COMMIT;")
    assert not conn.in_transaction
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
    cur = conn.execute("INSERT INTO t (a) VALUES (?)", ("y",))
    assert (cur.lastrowid, cur.rowcount) == (2, 1)
    assert conn.execute("UPDATE t SET a = a || '!' WHERE id > 100").rowcount == 0
    assert conn.execute("UPDATE t SET a = a || '!'").rowcount == 2
    conn.executemany("INSERT INTO t (a) VALUES (?)", ((c,) for c in "pqr"))
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 5
    empty = conn.execute("SELECT id, a AS label FROM t WHERE id < 0")
    assert [d[0] for d in empty.description] == ["id", "label"]
    assert empty.fetchone() is None and empty.fetchall() == []
    assert [r[0] for r in conn.execute("SELECT id FROM t ORDER BY id")] == [1, 2, 3, 4, 5]
    assert conn.execute("SELECT :n + 1", {"n": 41}).fetchone() == (42,)
    with pytest.raises(db.IntegrityError):
        conn.execute("INSERT INTO t (a) VALUES ('p')")
    assert issubclass(db.IntegrityError, db.DbError)
    conn.commit()  # nothing open: nothing happens, as in sqlite3's autocommit
    conn.execute("BEGIN")
    conn.execute("DELETE FROM t")
    conn.rollback()
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 5
    conn.close()
