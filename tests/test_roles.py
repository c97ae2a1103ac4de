"""Roles that hold outside the program (app/roles.py): every user holds the database key,
so a staff user can change the users table with any SQLite tool; the signed roles make
that show, and refuse it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSWORD

from app import accounts, db, keyslots, roles
from app.services import Services
from ui.launcher import main
from ui.startup import after_login

STAFF_PASSWORD = "staff password"


@pytest.fixture
def town(tmp_path: Path) -> Path:
    path = tmp_path / "town.db"
    services, _code = accounts.create_database(path, "clerk", PASSWORD, kdf=FAST_KDF)
    try:
        accounts.Users(services).add("cir", STAFF_PASSWORD, "staff")
    finally:
        services.close()
    return path


def raw(path: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    """Someone holding the database key (every user does) changes the file directly."""
    key = accounts.unlock(path, "cir", STAFF_PASSWORD).key
    conn = db.connect(path, key=key)
    for sql, params in statements:
        conn.execute(sql, params)
    conn.close()


def role_of(path: Path, user: str, password: str) -> str:
    services = accounts.login(path, user, password)
    try:
        return services.store.role
    finally:
        services.close()


def audit_actions(services: Services) -> list[str]:
    return [r[0] for r in services.store.query("SELECT action FROM audit ORDER BY id")]


def test_a_raw_update_of_a_role_is_refused_and_an_administrator_can_grant_it_back(
        town: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert role_of(town, "cir", STAFF_PASSWORD) == "staff"
    raw(town, ("UPDATE users SET role = 'admin' WHERE name = 'cir'", ()))
    with pytest.raises(accounts.LoginRefused, match="changed outside Madoguchi"):
        accounts.login(town, "cir", STAFF_PASSWORD)
    monkeypatch.setenv("MADOGUCHI_PASSWORD", STAFF_PASSWORD)
    assert main(["export", "--db", str(town), "--user", "cir", "--out", "x.json"]) == 2
    assert "changed outside Madoguchi" in capsys.readouterr().err
    services = accounts.login(town, "clerk", PASSWORD)
    try:
        assert services.store.role == "admin" and services.store.notes == []
        refused = services.store.query(
            "SELECT user, detail FROM audit WHERE action = 'login_refused'")
        assert refused and refused[0][0] == "cir" and "does not verify" in refused[0][1]
        accounts.Users(services).grant("cir", "staff")
    finally:
        services.close()
    assert role_of(town, "cir", STAFF_PASSWORD) == "staff"


def test_a_user_enabled_again_or_a_row_with_a_copied_signature_does_not_verify(
        town: Path) -> None:
    services = accounts.login(town, "clerk", PASSWORD)
    accounts.Users(services).add("helper", "helper password", "staff")
    accounts.Users(services).add("former", "former password", "staff")
    accounts.Users(services).disable("former")
    services.close()
    raw(town, ("UPDATE users SET disabled = 0 WHERE name = 'former'", ()))
    key_file = keyslots.KeyFile.load(keyslots.key_path(town))
    key_file.set_slot("former", "former password",
                      accounts.unlock(town, "cir", STAFF_PASSWORD).key)
    key_file.save()
    with pytest.raises(accounts.LoginRefused, match="changed outside Madoguchi"):
        accounts.login(town, "former", "former password")
    raw(town, ("INSERT INTO users (name, role, created_at, created_by, grant_sig) "
               "SELECT 'mallory', 'admin', created_at, 'clerk', grant_sig FROM users "
               "WHERE name = 'clerk'", ()))
    key_file = keyslots.KeyFile.load(keyslots.key_path(town))
    key = accounts.unlock(town, "cir", STAFF_PASSWORD).key
    key_file.set_slot("mallory", "mallory password", key)  # a slot of one's own making
    key_file.save()
    with pytest.raises(accounts.LoginRefused, match="changed outside Madoguchi"):
        accounts.login(town, "mallory", "mallory password")
    assert role_of(town, "helper", "helper password") == "staff"


def test_a_replaced_public_key_is_found_by_the_next_administrator(
        town: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The full forgery: the staff user makes a key of their own, puts its public half in
    the database and the key file, and signs every row with it, making themselves admin."""
    forged = roles.new_private()
    public = roles.public_of(forged)
    key = accounts.unlock(town, "cir", STAFF_PASSWORD).key
    services = accounts.open_as(town, key, "cir")
    db_id = services.store.setting("db_id")
    services.close()
    statements: list[tuple[str, tuple[object, ...]]] = [
        ("UPDATE users SET role = 'admin' WHERE name = 'cir'", ()),
        ("UPDATE settings SET value = ? WHERE key = ?", (public, roles.SETTING))]
    for name, role in (("clerk", "admin"), ("cir", "admin")):
        statements.append(("UPDATE users SET grant_sig = ? WHERE name = ?",
                           (roles.sign_grant(forged, db_id, name, role, False), name)))
    raw(town, *statements)
    key_file = keyslots.KeyFile.load(keyslots.key_path(town))
    key_file.admin_public = public
    key_file.set_slot("cir", STAFF_PASSWORD, key, forged)
    key_file.save()
    assert role_of(town, "cir", STAFF_PASSWORD) == "admin"  # not stopped, until …
    services = accounts.login(town, "clerk", PASSWORD)  # … the real administrator comes
    try:
        assert services.store.role == "admin"
        assert any("replaced outside Madoguchi" in n for n in services.store.notes)
        assert any("cir" in n for n in services.store.notes)
        assert roles.TAMPERED in audit_actions(services)
        shown: list[str] = []  # the window says so after the login
        monkeypatch.setattr("ui.startup.QMessageBox.warning",
                            lambda *a, **k: shown.append(a[2]))
        assert after_login(services) is services
        assert shown and "changes made outside" in shown[0] and "replaced" in shown[0]
    finally:
        services.close()
    with pytest.raises(accounts.LoginRefused, match="changed outside Madoguchi"):
        accounts.login(town, "cir", STAFF_PASSWORD)
    services = accounts.login(town, "clerk", PASSWORD)  # and the administrator is still one
    try:
        assert services.store.role == "admin" and services.store.notes == []
        accounts.Users(services).grant("cir", "staff")
    finally:
        services.close()
    assert role_of(town, "cir", STAFF_PASSWORD) == "staff"


def make_legacy(path: Path) -> None:
    """The state of a database made before roles were signed."""
    raw(path, ("UPDATE users SET grant_sig = NULL", ()),
        ("DELETE FROM settings WHERE key = ?", (roles.SETTING,)))
    data = json.loads(keyslots.key_path(path).read_text(encoding="utf-8"))
    data.pop("admin_public", None)
    data.pop("check", None)
    for slot in data["slots"]:
        slot["admin_nonce"] = slot["admin_wrapped"] = ""
    keyslots.key_path(path).write_text(json.dumps(data), encoding="utf-8")


def test_a_database_from_before_gets_its_key_at_the_first_administrators_login(
        town: Path) -> None:
    make_legacy(town)
    assert role_of(town, "cir", STAFF_PASSWORD) == "staff"  # nothing to check yet
    services = accounts.login(town, "clerk", PASSWORD)
    try:
        assert services.store.signer is not None
        assert "signing_key" in audit_actions(services)
        assert roles.row_holds(services.store.conn, services.store.setting(roles.SETTING),
                               "cir")
    finally:
        services.close()
    assert keyslots.KeyFile.load(keyslots.key_path(town)).admin_public
    raw(town, ("UPDATE users SET role = 'admin' WHERE name = 'cir'", ()))
    with pytest.raises(accounts.LoginRefused):
        accounts.login(town, "cir", STAFF_PASSWORD)


def test_a_new_key_stopped_half_way_is_finished_at_the_next_login(town: Path) -> None:
    """make_signing_key's first step only (the key file announces a new key and the
    administrator's slot holds it), as after a crash: the next login finishes the job."""
    new = roles.new_private()
    key_file = keyslots.KeyFile.load(keyslots.key_path(town))
    key = accounts.unlock(town, "clerk", PASSWORD).key
    key_file.set_slot("clerk", PASSWORD, key, new)
    key_file.admin_public_next = roles.public_of(new)
    key_file.save()
    services = accounts.login(town, "clerk", PASSWORD)
    try:
        assert services.store.signer == new and services.store.notes == []
        assert services.store.setting(roles.SETTING) == roles.public_of(new)
    finally:
        services.close()
    assert role_of(town, "cir", STAFF_PASSWORD) == "staff"
    after = keyslots.KeyFile.load(keyslots.key_path(town))
    assert (after.admin_public, after.admin_public_next) == (roles.public_of(new), "")


def test_a_password_reset_with_the_recovery_code_leads_to_a_new_key(town: Path) -> None:
    """The recovery session has no signing key; the administrator makes one at login."""
    services = Services.open(town, user="clerk", key=accounts.unlock(
        town, "clerk", PASSWORD).key, role="admin")
    try:
        accounts.Users(services).set_password("clerk", "a new password")
    finally:
        services.close()
    services = accounts.login(town, "clerk", "a new password")
    try:
        assert services.store.signer is not None and services.store.notes == []
        accounts.Users(services).add("second", "second password", "admin")
    finally:
        services.close()
    assert role_of(town, "cir", STAFF_PASSWORD) == "staff"
    assert role_of(town, "second", "second password") == "admin"
