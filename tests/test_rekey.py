"""Disabling a user re-keys the database: a former user's old key, or their slot in a
backup's key file, no longer opens the live file; everyone else (and the recovery code)
still does, without their passwords being needed; an interrupted re-key is finished by the
next login; slots from an older Madoguchi hold it back until they change at their login."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSWORD

from app import accounts, backup, db, keyslots
from app.keyslots import KeyFile
from ui.launcher import main


@pytest.fixture
def town(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "town.db"
    services, code = accounts.create_database(path, "clerk", PASSWORD, kdf=FAST_KDF)
    try:
        users = accounts.Users(services)
        users.add("cir", "cir password", "staff")
        users.add("helper", "helper password", "staff")
    finally:
        services.close()
    return path, code


def logs_in(path: Path, user: str, password: str) -> bool:
    services = accounts.login(path, user, password)
    services.close()
    return True


def test_a_disabled_users_old_key_and_backup_slot_no_longer_open_the_live_file(
        town: tuple[Path, str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path, code = town
    services = accounts.login(path, "clerk", PASSWORD)
    made = backup.make_backup(services.store, "manual")
    services.close()
    old_key = accounts.unlock(path, "cir", "cir password").key  # what cir could keep
    monkeypatch.setenv("MADOGUCHI_PASSWORD", PASSWORD)
    assert main(["users", "disable", "--db", str(path), "--user", "clerk", "cir"]) == 0
    capsys.readouterr()
    assert not db.opens_with(path, old_key)
    from_backup = KeyFile.load(keyslots.key_path(made)).unwrap("cir", "cir password")
    assert from_backup == old_key and not db.opens_with(path, from_backup)
    assert db.opens_with(made, from_backup)  # the backup keeps the old key and slots
    assert logs_in(path, "clerk", PASSWORD) and logs_in(path, "helper", "helper password")
    assert db.opens_with(path, accounts.recover(path, code).key)
    with pytest.raises(accounts.LoginRefused):
        accounts.login(path, "cir", "cir password")
    services = accounts.login(path, "clerk", PASSWORD)
    try:
        details = [r[0] for r in services.store.query(
            "SELECT detail FROM audit WHERE action = 'rekey'")]
        assert details == ["cir disabled; the database has a new key"]
        made = backup.make_backup(services.store, "manual")  # new backups: the new key
        assert db.opens_with(made, services.store.key)
    finally:
        services.close()


def raw_rekey(path: Path, old: bytes, new: bytes) -> None:
    conn = db.connect(path, key=old)
    db.rekey(conn, new)
    conn.close()


@pytest.mark.parametrize("stopped_after", ["the key file", "the database"])
def test_an_interrupted_rekey_is_finished_by_the_next_login(
        town: tuple[Path, str], stopped_after: str) -> None:
    path, code = town
    old = accounts.unlock(path, "helper", "helper password").key
    new = keyslots.new_key()
    key_file = KeyFile.load(keyslots.key_path(path))
    key_file.reseal(new)
    key_file.save()
    if stopped_after == "the database":
        raw_rekey(path, old, new)
    expected = new if stopped_after == "the database" else old
    assert accounts.unlock(path, "helper", "helper password").key == expected
    assert not KeyFile.load(keyslots.key_path(path)).rekeying
    assert logs_in(path, "clerk", PASSWORD) and logs_in(path, "cir", "cir password")
    assert accounts.recover(path, code).key == expected


def legacy_slot(key_file: KeyFile, name: str, secret: str, key: bytes) -> None:
    """A slot as an older Madoguchi wrote it: the key under the password, nothing sealed."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(key_file.kdf.derive(secret, salt)).encrypt(
        nonce, key, f"{key_file.db_id}\x00{name}".encode())
    key_file.remove_slot(name)
    key_file.slots.append(keyslots.Slot(name, *(base64.b64encode(b).decode()
                                                for b in (salt, nonce, wrapped))))


def test_an_older_slot_holds_the_rekey_back_until_it_changes_at_its_login(
        town: tuple[Path, str]) -> None:
    path, _code = town
    key = accounts.unlock(path, "helper", "helper password").key
    key_file = KeyFile.load(keyslots.key_path(path))
    legacy_slot(key_file, "helper", "helper password", key)
    key_file.save()
    services = accounts.login(path, "clerk", PASSWORD)
    try:
        assert accounts.Users(services).rekey("test") == ("helper",)
        assert db.opens_with(path, key)  # not re-keyed
    finally:
        services.close()
    assert logs_in(path, "helper", "helper password")  # the slot changes to the new form
    assert KeyFile.load(keyslots.key_path(path)).slot("helper").is_sealed  # type: ignore
    services = accounts.login(path, "clerk", PASSWORD)
    try:
        assert accounts.Users(services).rekey("test") == ()
        assert not db.opens_with(path, key)
    finally:
        services.close()
    assert logs_in(path, "helper", "helper password")
