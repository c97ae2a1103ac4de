"""A town made by release 0.1.0 (sqlcipher3; tests/fixtures/make_town_0_1_0.py) opens with
today's driver, migrates behind a verified backup, and keeps every row and field that 0.1.0
wrote (tests/fixtures/town-0.1.0.json.gz, dumped by 0.1.0 itself)."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from app import accounts, audit, backup, db, migrations
from app.keyslots import KeyFile, key_path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TOWN = FIXTURES / "town-0.1.0.db"
PASSWORD = "demo"


def release_rows() -> dict[str, Any]:
    with gzip.open(FIXTURES / "town-0.1.0.json.gz", "rt", encoding="utf-8") as fh:
        dump: dict[str, Any] = json.load(fh)
    return dump


def rows_now(conn: db.Connection, table: str, columns: list[str]) -> list[tuple[Any, ...]]:
    names = ", ".join(f'"{c}"' for c in columns)
    return sorted((tuple(r) for r in conn.execute(f'SELECT {names} FROM "{table}"')),
                  key=repr)


def assert_every_release_row(conn: db.Connection, dump: dict[str, Any]) -> None:
    """Every table, column and row 0.1.0 wrote is there, unchanged. The audit trail may have
    grown (a login is recorded), settings may have gained keys (the search index's
    normaliser version), and the code lists items and labels (やさしい日本語, the Portuguese
    and Spanish labels): there every 0.1.0 row must still be there as it was."""
    assert dump["tables"], "the fixture dump is empty"
    for table, saved in dump["tables"].items():
        then = sorted((tuple(r) for r in saved["rows"]), key=repr)
        now = rows_now(conn, table, saved["columns"])
        if table in ("audit", "settings", "code_items", "code_labels"):
            assert set(then) <= set(now), f"{table} rows of 0.1.0 changed"
        else:
            assert now == then, f"{table} changed"


@pytest.fixture
def town(tmp_path: Path) -> Path:
    path = tmp_path / "town.db"
    shutil.copyfile(TOWN, path)
    shutil.copyfile(key_path(TOWN), key_path(path))
    return path


def test_the_fixture_is_a_small_0_1_0_sqlcipher_file() -> None:
    assert TOWN.stat().st_size < 1024 * 1024
    assert not db.is_plaintext(TOWN)  # encrypted from the first byte
    assert release_rows()["user_version"] == 6
    assert {"residents", "consultations", "accompaniments", "sessions", "organisations",
            "bridge_persons", "kb_entries", "code_items", "resident_links",
            "session_attendees", "audit", "users"} <= set(release_rows()["tables"])
    counts = {t: len(v["rows"]) for t, v in release_rows()["tables"].items()}
    assert min(counts[t] for t in ("residents", "consultations", "accompaniments", "sessions",
                                   "resident_links", "kb_entries", "bridge_persons")) >= 1


def test_a_0_1_0_town_logs_in_and_keeps_every_row(town: Path) -> None:
    dump = release_rows()
    services = accounts.login(town, "admin", PASSWORD)
    try:
        store = services.store
        assert store.migration is not None
        assert store.migration.old_version == dump["user_version"]
        assert migrations.schema_version(store.conn) == migrations.latest_version()
        if store.migration.backup is not None:  # a newer schema: the copy came first
            backup.verify_backup(store.migration.backup, store.key)
        assert_every_release_row(store.conn, dump)
        assert audit.verify(store) is None  # the hash chain of 0.1.0 still holds
        # and the records read back through the services, sensitive field included
        (ids,) = zip(*store.query("SELECT id FROM accompaniments ORDER BY id"), strict=True)
        hospital = [services.accompaniments.get(i) for i in ids]
        assert [a.health_details for a in hospital] == ["", "高血圧の治療中"]
        assert services.residents.get(1).links[0].related_id == 2
    finally:
        services.close()


def test_a_0_1_0_town_migrates_behind_a_verified_backup(town: Path, tmp_path: Path) -> None:
    """With one migration more than this version has (a test-only one), the 0.1.0 file is
    copied and the copy verified before anything changes; both keep every row."""
    folder = tmp_path / "migrations"
    folder.mkdir()
    for mig in migrations.available():
        (folder / mig.path.name).write_text(mig.path.read_text(encoding="utf-8"),
                                            encoding="utf-8")
    nxt = migrations.latest_version() + 1
    (folder / f"{nxt:04d}_test_only.sql").write_text(
        "CREATE TABLE test_only (id INTEGER PRIMARY KEY, note TEXT NOT NULL DEFAULT '');",
        encoding="utf-8")
    dump = release_rows()
    key = KeyFile.load(key_path(town)).unwrap("admin", PASSWORD)
    conn = db.connect(town, key=key)
    try:
        result = migrations.migrate(conn, town, folder, key=key)
        assert (result.old_version, result.new_version) == (dump["user_version"], nxt)
        assert migrations.schema_version(conn) == nxt
        assert conn.execute("SELECT count(*) FROM test_only").fetchone()[0] == 0
        assert_every_release_row(conn, dump)
    finally:
        conn.close()
    assert result.backup is not None and result.backup.exists()
    backup.verify_backup(result.backup, key)
    copy = db.connect(result.backup, key=key, readonly=True)
    try:
        assert migrations.schema_version(copy) == dump["user_version"]
        assert_every_release_row(copy, dump)
    finally:
        copy.close()
