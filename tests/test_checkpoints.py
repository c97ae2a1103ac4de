"""Checkpoints of the audit trail's head (app/checkpoints.py): rows removed from the end,
or a trail wiped and begun again, by someone holding the database key, which the hash chain
alone cannot show, are found and named, from the database, the key file and the backups'
key files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSWORD

from app import accounts, audit, backup, checkpoints, db, keyslots, signing
from app.records import Resident
from ui.launcher import main


@pytest.fixture
def town(tmp_path: Path) -> Path:
    path = tmp_path / "town.db"
    services, _code = accounts.create_database(path, "tester", PASSWORD, kdf=FAST_KDF)
    for i in range(5):
        services.residents.save(Resident(nationality="VN", family_name_latin=f"Tran{i}",
                                         languages=["vi"]))
    accounts.logout(services)
    services.close()
    return path


def raw_delete(path: Path, key: bytes, where: str) -> None:
    """What someone holding the key can do: drop the guard, delete rows, hide the gap."""
    conn = db.connect(path, key=key)  # the same SQLCipher file any SQLite tool opens
    conn.execute("DROP TRIGGER IF EXISTS audit_no_delete")
    conn.execute(f"DELETE FROM audit WHERE {where}")
    conn.execute("UPDATE sqlite_sequence SET seq = (SELECT coalesce(max(id), 0) FROM audit) "
                 "WHERE name = 'audit'")
    conn.close()


def verify(capsys: pytest.CaptureFixture[str], path: Path,
           monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    monkeypatch.setenv("MADOGUCHI_PASSWORD", PASSWORD)
    code = main(["audit", "verify", "--db", str(path), "--user", "tester"])
    return code, capsys.readouterr().out


def test_every_login_and_logout_keeps_the_head_inside_and_outside(town: Path) -> None:
    services = accounts.login(town, "tester", PASSWORD)
    try:
        last = services.store.query_one("SELECT max(id), hash FROM audit WHERE id = "
                                        "(SELECT max(id) FROM audit)")
        kept = checkpoints.kept(services.store)
        assert {where for where, _ in kept} == {"the database", "the key file"}
        # an administrator's login: the latest checkpoint is signed, in both places
        assert [c.signed for _, c in kept] == [True, True]
        for _where, checkpoint in kept:
            assert [(c.last_id, c.head) for c in checkpoint.chains] == [(last[0], last[1])]
        assert checkpoints.problems(services.store) == []
    finally:
        services.close()


@pytest.mark.parametrize("where,expected", [
    ("id > (SELECT max(id) - 3 FROM audit)", "were removed"),
    ("1 = 1", "were removed"),
])
def test_rows_removed_from_the_end_or_a_wiped_trail_are_found(
        town: Path, where: str, expected: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    key = accounts.unlock(town, "tester", PASSWORD).key
    raw_delete(town, key, where)
    services = accounts.open_as(town, key, "tester")
    try:
        assert audit.verify(services.store) is None  # the chain alone cannot see it
        found = checkpoints.problems(services.store)
        assert len(found) == 2 and all(expected in line for line in found), found
    finally:
        services.close()
    code, out = verify(capsys, town, monkeypatch)
    assert code == 1 and expected in out and "kept in the key file" in out, out
    services = accounts.login(town, "tester", PASSWORD)  # the next login records it
    try:
        rows = services.store.query("SELECT detail FROM audit WHERE action = ?",
                                    (checkpoints.TRUNCATED,))
        assert rows and expected in rows[0][0]
    finally:
        services.close()


def test_a_backup_keeps_the_checkpoint_when_both_live_copies_are_rewritten(
        town: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    services = accounts.login(town, "tester", PASSWORD)
    made = backup.make_backup(services.store, "manual")
    key = services.store.key
    assert key is not None
    accounts.logout(services)
    services.close()
    raw_delete(town, key, "id > (SELECT max(id) - 4 FROM audit)")
    # the live copies are made to agree with the shortened trail, signed by the
    # administrator (who holds their own key): only the backups are left to tell
    own = accounts.unlock(town, "tester", PASSWORD).sign_key
    assert own is not None
    conn = db.connect(town, key=key)
    fresh = checkpoints.sign(conn, checkpoints.head(conn, "tester"),
                             signing.Signer("tester", own))
    for setting in (checkpoints.SETTING, checkpoints.SIGNED_SETTING):
        conn.execute("UPDATE settings SET value = ? WHERE key = ?",
                     (json.dumps(fresh.to_json()), setting))
    conn.close()
    key_file = keyslots.KeyFile.load(keyslots.key_path(town))
    checkpoints.into_key_file(key_file, fresh)
    key_file.save()
    services = accounts.open_as(town, key, "tester")
    assert checkpoints.problems(services.store) == []
    lines = checkpoints.problems(services.store, backups=True)
    services.close()
    assert lines and made.name in lines[0]
    code, out = verify(capsys, town, monkeypatch)
    assert code == 1 and made.name in out


def test_a_restore_is_not_taken_for_tampering(town: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    services = accounts.login(town, "tester", PASSWORD)
    older = backup.make_backup(services.store, "manual")
    for i in range(3):
        services.residents.save(Resident(nationality="VN", family_name_latin=f"Le{i}",
                                         languages=["vi"]))
    accounts.logout(services)
    services = accounts.login(town, "tester", PASSWORD)
    backup.make_backup(services.store, "manual")  # a newer backup, of the longer trail
    key = services.store.key
    services.close()
    assert key is not None
    backup.restore(town, older, key, "tester")
    assert keyslots.key_path(town).exists()
    code, out = verify(capsys, town, monkeypatch)
    assert code == 0 and "agree" in out, out


STAFF = "staff password"


def staff_rewrites_the_latest(path: Path, signed_as_staff: bool = False) -> None:
    """cir, holding the key and their own password, removes the newest rows, resets
    sqlite_sequence and makes the latest checkpoints (database and key file) agree; with
    `signed_as_staff` also puts a checkpoint signed with their own key in the signed
    places."""
    unlocked = accounts.unlock(path, "cir", STAFF)
    raw_delete(path, unlocked.key, "id > (SELECT max(id) - 6 FROM audit)")
    conn = db.connect(path, key=unlocked.key)
    try:
        fresh = checkpoints.head(conn, "cir")
        if signed_as_staff:
            assert unlocked.sign_key is not None
            fresh = checkpoints.sign(conn, fresh, signing.Signer("cir", unlocked.sign_key))
        keys = [checkpoints.SETTING] + ([checkpoints.SIGNED_SETTING] if signed_as_staff else [])
        for setting in keys:
            conn.execute("UPDATE settings SET value = ? WHERE key = ?",
                         (json.dumps(fresh.to_json()), setting))
    finally:
        conn.close()
    key_file = keyslots.KeyFile.load(keyslots.key_path(path))
    key_file.checkpoint = fresh.to_json()
    if signed_as_staff:
        key_file.signed_checkpoint = fresh.to_json()
    key_file.save()


@pytest.fixture
def staffed(town: Path) -> tuple[Path, int]:
    """The administrator adds cir and logs out (a signed checkpoint of `last` rows); cir
    logs in, saves, logs out (unsigned checkpoints after it)."""
    services = accounts.login(town, "tester", PASSWORD)
    accounts.Users(services).add("cir", STAFF, "staff")
    accounts.logout(services)
    last = int(services.store.query_one("SELECT max(id) FROM audit")[0])
    services.close()
    services = accounts.login(town, "cir", STAFF)
    services.residents.save(Resident(nationality="VN", family_name_latin="Pham",
                                     languages=["vi"]))
    accounts.logout(services)
    services.close()
    return town, last


def test_the_administrators_signed_checkpoint_finds_what_staff_removed_and_hid(
        staffed: tuple[Path, int], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    town, last = staffed
    total = last + 3  # cir's login, create, logout
    staff_rewrites_the_latest(town)
    code, out = verify(capsys, town, monkeypatch)
    assert code == 1
    assert f"rows {total - 5}-{last} were removed since the signed checkpoint of" in out, out
    assert "kept in the database" in out and "kept in the key file" in out


def test_a_checkpoint_signed_by_staff_or_edited_is_reported(
        staffed: tuple[Path, int], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    town, _last = staffed
    key_file = keyslots.KeyFile.load(keyslots.key_path(town))
    genuine = key_file.signed_checkpoint
    staff_rewrites_the_latest(town, signed_as_staff=True)
    code, out = verify(capsys, town, monkeypatch)
    assert code == 1
    assert "signed by a key that is not a certified administrator's (cir)" in out, out
    assert genuine is not None
    edited = {**genuine, "chains": [{**genuine["chains"][0], "count": 3, "last_id": 3}]}
    key_file = keyslots.KeyFile.load(keyslots.key_path(town))
    key_file.signed_checkpoint = edited
    key_file.save()
    code, out = verify(capsys, town, monkeypatch)
    assert code == 1 and "signature does not verify (it was edited)" in out, out


def test_a_removed_signed_checkpoint_and_a_wiped_trail_are_reported(
        staffed: tuple[Path, int], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    town, _last = staffed
    key = accounts.unlock(town, "cir", STAFF).key
    conn = db.connect(town, key=key)
    conn.execute("DELETE FROM settings WHERE key = ?", (checkpoints.SIGNED_SETTING,))
    conn.close()
    code, out = verify(capsys, town, monkeypatch)
    assert code == 1
    assert "the administrators' signed checkpoint is missing from the database" in out, out
    raw_delete(town, key, "1 = 1")  # the whole trail
    code, out = verify(capsys, town, monkeypatch)
    assert code == 1 and re.search(r"rows 1-\d+ were removed since the signed checkpoint",
                                   out), out


def test_a_checkpoint_keeps_every_devices_chain_once_the_trail_has_devices(town: Path) -> None:
    """One chain per device (issue 12): the checkpoint has one head per device, and rows
    removed from one device's chain are named with that device. The town's rows so far are
    made another device's ('laptop', as if they came in a sync packet)."""
    key = accounts.unlock(town, "tester", PASSWORD).key
    conn = db.connect(town, key=key)
    try:
        here = conn.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()[0]
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit SET device_id = 'laptop'")
        with db.transaction(conn):
            for _ in range(3):
                row = audit.record(conn, "tester", "view", kind="accompaniment")
        taken = checkpoints.head(conn, "tester")
        assert {c.device: c.count for c in taken.chains} == {here: 3, "laptop": 7}
        assert checkpoints.Checkpoint.parse(taken.to_json()) == taken
        assert checkpoints.problem(conn, taken) is None
        conn.execute("DROP TRIGGER audit_no_delete")
        conn.execute("DELETE FROM audit WHERE device_id = ? AND id > ?", (here, row - 2))
        found = checkpoints.problem(conn, taken)
    finally:
        conn.close()
    assert found is not None and found.startswith(f"device {here}: rows {row - 1}-{row} "
                                                  "were removed"), found
    assert "laptop" not in found


def test_staff_who_wipe_the_trail_and_every_signed_checkpoint_are_still_found(
        staffed: tuple[Path, int], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The trail, the signed checkpoints in the database and the key file all gone, the
    latest checkpoints made to agree: the administrators' certified keys are still there,
    and an administrator's key certified before means a signed checkpoint was taken."""
    town, _last = staffed
    key = accounts.unlock(town, "cir", STAFF).key
    raw_delete(town, key, "1 = 1")
    conn = db.connect(town, key=key)
    try:
        conn.execute("DELETE FROM settings WHERE key = ?", (checkpoints.SIGNED_SETTING,))
        fresh = checkpoints.head(conn, "cir")
        conn.execute("UPDATE settings SET value = ? WHERE key = ?",
                     (json.dumps(fresh.to_json()), checkpoints.SETTING))
    finally:
        conn.close()
    key_file = keyslots.KeyFile.load(keyslots.key_path(town))
    key_file.checkpoint, key_file.signed_checkpoint = fresh.to_json(), None
    key_file.save()
    code, out = verify(capsys, town, monkeypatch)
    assert code == 1
    assert "the administrators' signed checkpoint is missing from the database" in out, out
    assert "missing from the key file" in out
