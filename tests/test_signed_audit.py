"""Audit rows signed by the acting user (app/signing.py, app/audit_signatures.py): every
user holds the database key, so anyone can append a well-chained row; only the user's own
key, wrapped under their password, makes it theirs, and only an administrator's key makes
an administrator's action."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import DEMO_PASSWORD, FAST_KDF, PASSWORD

from app import accounts, audit, db, keyslots, signing
from app.keyslots import KeyFile
from app.records import Resident
from app.services import Services
from ui.launcher import main

STAFF = "staff password"
DEPUTY = "deputy password"


@pytest.fixture
def town(tmp_path: Path) -> Path:
    path = tmp_path / "town.db"
    services, _code = accounts.create_database(path, "clerk", PASSWORD, kdf=FAST_KDF)
    users = accounts.Users(services)
    users.add("cir", STAFF, "staff")
    users.add("deputy", DEPUTY, "admin")
    accounts.logout(services)
    services.close()
    return path


def verify(path: Path, monkeypatch: pytest.MonkeyPatch,
           capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    monkeypatch.setenv("MADOGUCHI_PASSWORD", PASSWORD)
    code = main(["audit", "verify", "--db", str(path), "--user", "clerk"])
    return code, capsys.readouterr().out


def forge(path: Path, user: str, password: str, action: str, *, sign: bool = True,
          db_key: bytes | None = None, **row: Any) -> int:
    """What a user holding the files and their own password can do outside Madoguchi:
    append a row that chains correctly, signed with their own key (or not signed)."""
    unlocked = accounts.unlock(path, user, password)
    conn = db.connect(path, key=db_key or unlocked.key)
    try:
        signing.deactivate(path, user)
        if sign:
            assert unlocked.sign_key is not None
            signing.activate(path, signing.Signer(user, unlocked.sign_key))
        with db.transaction(conn):
            return audit.record(conn, user, action, **row)
    finally:
        signing.deactivate(path, user)
        conn.close()


def raw(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[Any]:
    key = accounts.unlock(path, "cir", STAFF).key
    conn = db.connect(path, key=key)
    try:
        conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
        return list(conn.execute(sql, params).fetchall())
    finally:
        conn.close()


def test_every_row_is_signed_by_the_acting_user_and_failed_logins_by_nobody(
        town: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    services = accounts.login(town, "cir", STAFF)
    services.residents.save(Resident(nationality="VN", family_name_latin="Tran",
                                     languages=["vi"]))
    accounts.logout(services)
    services.close()
    with pytest.raises(accounts.LoginRefused):
        accounts.unlock(town, "cir", "not the password")
    code, out = verify(town, monkeypatch, capsys)
    assert code == 0 and "intact" in out, out
    rows = raw(town, "SELECT user, action, signer, signature, hash FROM audit ORDER BY id")
    key = accounts.unlock(town, "cir", STAFF).key
    conn = db.connect(town, key=key)
    certs = {c.key_id: c for c in signing.certs(conn)}
    conn.close()
    assert ("cir", "create") in [(r[0], r[1]) for r in rows]
    for user, action, signer, signature, row_hash in rows:
        if action == "login_failed":
            assert (signer, signature) == (signing.NOBODY, None)
        else:
            assert certs[signer].user == user, (user, action)
            assert signing.verifies(certs[signer].public, row_hash, signature)
    slot = KeyFile.load(keyslots.key_path(town)).slot("cir")
    assert slot is not None and slot.sign_wrapped  # under cir's password only


@pytest.mark.parametrize("action,row", [
    ("export", {"detail": "everything.json: 3 residents"}),
    ("purge", {"kind": "resident", "uuid": "0b6f3c1e-0000-4000-8000-000000000001"}),
    ("update", {"kind": "user", "uuid": "cir", "changes": {"role": ["staff", "admin"]}}),
    ("settings", {"detail": "auto_lock_minutes"}),
    ("code_list", {"detail": "nationality/XX"}),
    ("restore", {"detail": "from madoguchi-2026-01-01.db"}),
])
def test_an_administrators_action_signed_by_a_staff_key_is_reported(
        town: Path, action: str, row: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    row_id = forge(town, "cir", STAFF, action, **row)
    code, out = verify(town, monkeypatch, capsys)
    assert code == 1
    assert f"row {row_id} ({action} by cir) is an administrator's action signed with a key " \
           "that is not an administrator's" in out, out


def test_the_same_rows_by_an_administrator_verify(town: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    forge(town, "deputy", DEPUTY, "export", detail="everything.json: 3 residents")
    forge(town, "cir", STAFF, "export", detail="knowledge pack: 4 entries")  # staff may
    code, out = verify(town, monkeypatch, capsys)
    assert code == 0, out


def test_an_unsigned_row_a_signature_that_does_not_verify_and_a_false_nobody_are_reported(
        town: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    unsigned = forge(town, "cir", STAFF, "view", sign=False, kind="accompaniment")
    nobody = forge(town, "clerk", PASSWORD, "purge", nobody=True, kind="resident")
    moved = forge(town, "cir", STAFF, "view", kind="accompaniment")
    raw(town, "UPDATE audit SET signature = (SELECT signature FROM audit WHERE id = ?) "
              "WHERE id = ?", (unsigned - 1, moved))
    code, out = verify(town, monkeypatch, capsys)
    assert code == 1
    assert f"row {unsigned} (view by cir) is not signed, though every row since" in out, out
    assert f"row {nobody} (purge by clerk) claims that no user was logged in" in out
    assert f"row {moved} (view by cir): its signature does not verify" in out


def test_a_demoted_administrator_no_longer_signs_as_one_and_a_disabled_user_not_at_all(
        town: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    services = accounts.login(town, "deputy", DEPUTY)
    services.store.set_setting("auto_lock_minutes", "5")  # while an administrator: fine
    accounts.logout(services)
    services.close()
    services = accounts.login(town, "clerk", PASSWORD)
    accounts.Users(services).grant("deputy", "staff")
    accounts.logout(services)
    services.close()
    assert verify(town, monkeypatch, capsys)[0] == 0
    late = forge(town, "deputy", DEPUTY, "settings", detail="auto_lock_minutes")
    code, out = verify(town, monkeypatch, capsys)
    assert code == 1 and f"row {late} (settings by deputy) is an administrator's" in out, out
    services = accounts.login(town, "clerk", PASSWORD)
    key_file = KeyFile.load(keyslots.key_path(town))
    cir_slot = key_file.slot("cir")
    accounts.Users(services).disable("cir")
    services.close()
    assert cir_slot is not None
    key_file = KeyFile.load(keyslots.key_path(town))
    key_file.slots.append(cir_slot)  # the slot cir kept from before
    key_file.save()
    # the database was re-keyed: with the new key from someone still in, cir's old key
    # signs a well-chained row
    current = accounts.unlock(town, "clerk", PASSWORD).key
    gone = forge(town, "cir", STAFF, "view", db_key=current, kind="accompaniment")
    code, out = verify(town, monkeypatch, capsys)
    assert f"row {gone} (view by cir) is signed with a key that was not cir's at that time" \
        in out, out


def test_a_raw_change_of_a_signing_key_period_is_reported_and_never_certified(
        town: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    raw(town, "UPDATE signing_keys SET role = 'admin' WHERE user = 'cir'")
    forged = forge(town, "cir", STAFF, "purge", kind="resident")
    code, out = verify(town, monkeypatch, capsys)
    assert code == 1
    assert "the key" in out and "of cir carries a certificate that does not verify" in out
    assert f"row {forged} (purge by cir)" in out
    # a period of cir's own making, waiting for an administrator, is not certified
    raw(town, "UPDATE signing_keys SET role = 'staff' WHERE user = 'cir'")
    raw(town, "INSERT INTO signing_keys (key_id, user, public, role, from_at) "
              "SELECT key_id, user, public, 'admin', from_at FROM signing_keys "
              "WHERE user = 'cir'")
    code, out = verify(town, monkeypatch, capsys)
    assert code == 1 and f"row {forged} (purge by cir) is an administrator's" in out
    rows = raw(town, "SELECT detail FROM audit WHERE action = 'certify'")
    assert rows and "not certified" in rows[-1][0]
    assert raw(town, "SELECT cert FROM signing_keys WHERE role = 'admin' AND user = 'cir'") \
        == [(None,)]


def test_a_user_without_a_key_gets_one_at_login_and_an_administrator_certifies_it(
        town: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # as a database made before user keys: no key in cir's slot, no period in the database
    key = accounts.unlock(town, "cir", STAFF).key
    key_file = KeyFile.load(keyslots.key_path(town))
    key_file.set_slot("cir", STAFF, key)
    key_file.save()
    raw(town, "DELETE FROM signing_keys WHERE user = 'cir'")
    services = accounts.login(town, "cir", STAFF)
    services.residents.save(Resident(nationality="VN", family_name_latin="Le",
                                     languages=["vi"]))
    services.close()
    slot = KeyFile.load(keyslots.key_path(town)).slot("cir")
    assert slot is not None and slot.sign_wrapped
    assert raw(town, "SELECT role, cert FROM signing_keys WHERE user = 'cir'") == \
        [("staff", None)]
    code, out = verify(town, monkeypatch, capsys)  # the clerk's login certifies it
    assert code == 0, out
    assert raw(town, "SELECT count(*) FROM signing_keys WHERE user = 'cir' AND cert IS NULL") \
        == [(0,)]
    rows = raw(town, "SELECT detail FROM audit WHERE action = 'certify'")
    assert rows and "certified" in rows[0][0]


def test_a_raw_update_of_a_role_is_refused_even_for_a_user_with_a_key(
        town: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    raw(town, "UPDATE users SET role = 'admin' WHERE name = 'cir'")
    code, out = verify(town, monkeypatch, capsys)  # before cir even tries
    assert code == 1 and "the users row of cir does not verify" in out, out
    with pytest.raises(accounts.LoginRefused, match="changed outside Madoguchi"):
        accounts.login(town, "cir", STAFF)
    refused = raw(town, "SELECT signer FROM audit WHERE action = 'login_refused'")
    assert refused == [(signing.NOBODY,)]


def test_a_password_reset_with_the_recovery_code_signs_on_and_verifies(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "town.db"
    services, code = accounts.create_database(path, "clerk", PASSWORD, kdf=FAST_KDF)
    services.residents.save(Resident(nationality="VN", family_name_latin="Tran",
                                     languages=["vi"]))
    accounts.logout(services)
    services.close()
    unlocked = accounts.recover(path, code)  # as the window's recovery dialog does
    services = Services.open(path, user=keyslots.RECOVERY, key=unlocked.key, role="admin")
    services.store.user = "clerk"
    users = accounts.Users(services)
    users.set_password("clerk", "a new password")
    users.unlock("clerk")
    accounts.record_login(services, detail="recovery code")
    services.close()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", "a new password")
    assert main(["audit", "verify", "--db", str(path), "--user", "clerk"]) == 0, \
        capsys.readouterr().out
    assert "intact" in capsys.readouterr().out


@pytest.mark.parametrize("staff_first", [False, True])
def test_a_town_from_before_keys_gets_them_at_login_and_verifies(
        tmp_path: Path, staff_first: bool, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    fixtures = Path(__file__).resolve().parent / "fixtures"
    path = tmp_path / "town.db"
    shutil.copy(fixtures / "town-0.1.0.db", path)
    shutil.copy(fixtures / "town-0.1.0.db.keys", keyslots.key_path(path))
    names = sorted(KeyFile.load(keyslots.key_path(path)).names(),
                   key=lambda n: ("admin" in n) == staff_first)
    for name in names:
        services = accounts.login(path, name, "demo")
        services.close()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", "demo")
    admin = next(n for n in names if "admin" in n)
    assert main(["audit", "verify", "--db", str(path), "--user", admin]) == 0, \
        capsys.readouterr().out
    slots = KeyFile.load(keyslots.key_path(path)).slots
    assert all(s.sign_wrapped for s in slots if s.name != keyslots.RECOVERY)


def test_a_day_of_work_through_every_command_verifies(
        demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """No false alarm: the demo town, then exports, a report, handover packs with and
    without names, a knowledge pack out and in, a purge, a backup and a restore, users
    added, granted and disabled, by administrator and staff, all verify."""
    admin = ["--db", str(demo_path), "--user", "admin"]
    staff = ["--db", str(demo_path), "--user", "staff"]
    monkeypatch.setenv("MADOGUCHI_PASSWORD", DEMO_PASSWORD)
    out = tmp_path / "out"
    for folder in (out, out / "pack", out / "named"):
        folder.mkdir()
    for argv in (["export", *admin, "--out", str(out / "all.json")],
                 ["report", "monthly", *staff, "--month", "2026-04", "--out", str(out),
                  "--format", "csv"],
                 ["handover", *staff, "--out", str(out / "pack")],
                 ["handover", *admin, "--out", str(out / "named"), "--personal"],
                 ["kb", "export", *staff, "--out", str(out / "kb.json")],
                 ["kb", "import", *admin, str(out / "kb.json")],
                 ["purge", *admin, "--years", "1", "--apply"],
                 ["backup", *admin],
                 ["users", "add", *admin, "helper", "--role", "staff"],
                 ["users", "grant", *admin, "helper", "--role", "admin"],
                 ["users", "disable", *admin, "helper"]):
        monkeypatch.setenv("MADOGUCHI_NEW_PASSWORD", "helper password")
        assert main(argv) == 0, (argv, capsys.readouterr())
    capsys.readouterr()
    code = main(["audit", "verify", *admin])
    assert code == 0 and "intact" in capsys.readouterr().out
    assert main(["backup", *admin]) == 0
    made = Path(capsys.readouterr().out.strip().splitlines()[0])
    assert made.is_file()
    assert main(["restore", *admin, "--from", str(made)]) == 0
    capsys.readouterr()
    code = main(["audit", "verify", *admin])
    output = capsys.readouterr().out
    assert code == 0 and "intact" in output, output
