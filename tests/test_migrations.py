from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from app import db, migrations, search
from app.errors import MigrationError, SchemaTooNewError
from app.store import open_store

LATEST = migrations.latest_version()


def only_first(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "migs"
    folder.mkdir()
    for mig in migrations.available()[:count]:
        shutil.copy(mig.path, folder / mig.path.name)
    return folder


def test_fresh_database_gets_every_migration(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new.db", create=True)
    assert migrations.schema_version(store.conn) == LATEST
    assert store.migration is not None and store.migration.backup is None
    tables = {r[0] for r in store.query("SELECT name FROM sqlite_schema WHERE type='table'")}
    assert {"residents", "consultations", "accompaniments", "sessions", "organisations",
            "bridge_persons", "code_items", "search_people", "search_records"} <= tables
    statuses = store.query("SELECT code FROM code_items WHERE list = 'residence_status'")
    assert len(statuses) == 31  # the 29 statuses, 特別永住者 and 育成就労
    store.close()


def test_upgrade_keeps_data_and_takes_a_verified_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = db.connect(path, create=True)
    migrations.migrate(conn, path, only_first(tmp_path, 1))
    assert migrations.schema_version(conn) == 1
    conn.execute("INSERT INTO settings VALUES ('town_name_ja', 'みさき町')")
    conn.execute(
        "INSERT INTO residents (uuid, family_name, nationality, created_at, updated_at, "
        "created_by, updated_by) VALUES ('u-1', 'Nguyễn', 'VN', 'x', 'x', 'a', 'a')")
    conn.close()

    store = open_store(path)
    assert store.migration is not None
    assert (store.migration.old_version, store.migration.new_version) == (1, LATEST)
    assert store.query("SELECT family_name FROM residents") == [("Nguyễn",)]
    assert store.setting("town_name_ja") == "みさき町"
    backup = store.migration.backup
    assert backup is not None and backup.exists()
    store.close()
    copy = db.connect(backup)
    assert migrations.schema_version(copy) == 1
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT family_name FROM residents").fetchall() == [("Nguyễn",)]
    copy.close()


def test_failing_migration_leaves_old_version_and_data(tmp_path: Path) -> None:
    path = tmp_path / "town.db"
    folder = only_first(tmp_path, LATEST)
    store = open_store(path, create=True, role="admin")
    store.set_setting("town_name_ja", "みさき町")
    store.close()
    (folder / f"{LATEST + 1:04d}_broken.sql").write_text(
        "UPDATE settings SET value = 'changed';\n"
        "CREATE TABLE extra (x INTEGER);\n"
        "INSERT INTO no_such_table VALUES (1);\n", encoding="utf-8")
    conn = db.connect(path)
    with pytest.raises(MigrationError, match=f"unchanged at schema {LATEST}"):
        migrations.migrate(conn, path, folder)
    assert migrations.schema_version(conn) == LATEST
    assert dict(conn.execute("SELECT key, value FROM settings WHERE key NOT IN "
                             "('device_id', 'town_id', 'sync_key')"
                             ).fetchall()) == {
        "town_name_ja": "みさき町", "search_normaliser": search.NORMALISER_VERSION}
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
    assert "extra" not in tables
    assert not conn.in_transaction
    conn.close()
    assert open_store(path).setting("town_name_ja") == "みさき町"  # still opens


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_store(path, create=True).close()
    conn = db.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(SchemaTooNewError, match="newer Madoguchi"):
        open_store(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_gap_in_numbering_is_reported(tmp_path: Path) -> None:
    folder = only_first(tmp_path, 1)
    (folder / "0003_later.sql").write_text("SELECT 1;", encoding="utf-8")
    with pytest.raises(MigrationError, match="0002 is missing"):
        migrations.available(folder)
