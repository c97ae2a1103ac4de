from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import FAST_KDF

from app import accounts, db, keyslots
from app.errors import DatabaseOpenError, MadoguchiError, ValidationError
from app.keyslots import Kdf, KeyFile
from app.records import Resident


@pytest.fixture
def town(tmp_path: Path) -> Path:
    path = tmp_path / "town.db"
    services, code = accounts.create_database(path, "clerk", "clerk-password", kdf=FAST_KDF)
    services.residents.save(Resident(nationality="VN", family_name="Nguyễn"))
    accounts.Users(services).add("cir", "cir-password", "staff")
    services.close()
    (tmp_path / "recovery.txt").write_text(code, encoding="utf-8")
    return path


def test_production_kdf_meets_the_floor() -> None:
    kdf = Kdf()
    assert kdf.memory_kib >= 19 * 1024 and kdf.time_cost >= 2


def test_staff_unwraps_and_sees_the_data(town: Path) -> None:
    services = accounts.login(town, "cir", "cir-password")
    assert services.store.role == "staff"
    assert services.store.query("SELECT family_name FROM residents") == [("Nguyễn",)]
    services.close()


def test_disabled_user_cannot_unwrap(town: Path) -> None:
    admin = accounts.login(town, "clerk", "clerk-password")
    accounts.Users(admin).disable("cir")
    admin.close()
    with pytest.raises(accounts.LoginRefused, match="not right"):
        accounts.login(town, "cir", "cir-password")
    assert KeyFile.load(keyslots.key_path(town)).slot("cir") is None


def test_recovery_code_opens_when_every_password_is_lost(town: Path) -> None:
    code = (town.parent / "recovery.txt").read_text(encoding="utf-8")
    unlocked = accounts.recover(town, code.lower().replace("-", " "))
    opened = db.connect(town, key=unlocked.key)
    assert opened.execute("SELECT count(*) FROM residents").fetchone()[0] == 1
    opened.close()
    with pytest.raises(accounts.LoginRefused):
        accounts.recover(town, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")


def test_password_change_rewraps_without_reencrypting(town: Path) -> None:
    before = town.read_bytes()
    admin = accounts.login(town, "clerk", "clerk-password")
    accounts.Users(admin).set_password("clerk", "a-new-password")
    admin.close()
    with pytest.raises(accounts.LoginRefused):
        accounts.login(town, "clerk", "clerk-password")
    accounts.login(town, "clerk", "a-new-password").close()
    assert town.read_bytes()[:4096] == before[:4096]  # same key: the first page is unchanged


def test_lockout_doubles_then_locks_and_survives_a_restart(town: Path) -> None:
    now = 1_000_000.0
    messages = []
    for attempt in range(1, 11):
        with pytest.raises(accounts.LoginRefused) as info:
            accounts.unlock(town, "cir", "wrong", now=now)
        messages.append(str(info.value))
        if attempt >= 5 and attempt < 10:
            with pytest.raises(accounts.LoginRefused, match="try again in"):
                accounts.unlock(town, "cir", "cir-password", now=now + 1)
            delay = min(30 * 2 ** (attempt - 5), 900)
            now += delay + 1
    assert all(m == accounts.LOGIN_FAILED for m in messages)
    # The state lives in the key file: a "restart" reads it again.
    assert KeyFile.load(keyslots.key_path(town)).lockout["cir"].locked
    with pytest.raises(accounts.LoginRefused, match="locked"):
        accounts.unlock(town, "cir", "cir-password", now=now + 10_000)
    admin = accounts.login(town, "clerk", "clerk-password")
    accounts.Users(admin).unlock("cir")
    admin.close()
    accounts.login(town, "cir", "cir-password").close()


def test_unknown_user_and_wrong_password_look_the_same(town: Path) -> None:
    for user in ("cir", "nobody"):
        with pytest.raises(accounts.LoginRefused) as info:
            accounts.unlock(town, user, "wrong-password")
        assert str(info.value) == accounts.LOGIN_FAILED


def test_wrong_key_damaged_and_plaintext_give_different_messages(town: Path,
                                                                 tmp_path: Path) -> None:
    with pytest.raises(db.EncryptedDatabaseError, match="log in"):
        db.connect(town)
    with pytest.raises(db.WrongKeyOrDamagedError, match="could not be decrypted"):
        db.connect(town, key=keyslots.new_key())
    plain = tmp_path / "plain.db"
    db.connect(plain, create=True).close()
    db.connect(plain).execute("CREATE TABLE t (x)")
    with pytest.raises(db.PlaintextDatabaseError, match="not encrypted"):
        db.connect(plain, key=keyslots.new_key())
    damaged = tmp_path / "damaged.db"
    shutil.copy(town, damaged)
    shutil.copy(keyslots.key_path(town), keyslots.key_path(damaged))
    data = bytearray(damaged.read_bytes())
    data[0:4096] = bytes(4096)  # wreck the first page
    damaged.write_bytes(bytes(data))
    before = damaged.read_bytes()
    with pytest.raises(DatabaseOpenError) as info:
        accounts.login(damaged, "clerk", "clerk-password")
    assert "damaged" in str(info.value)
    assert damaged.read_bytes() == before  # never recreated or changed


def test_missing_key_file_is_a_clear_error(town: Path) -> None:
    keyslots.key_path(town).unlink()
    with pytest.raises(keyslots.KeyFileError, match="missing"):
        accounts.login(town, "clerk", "clerk-password")


def test_staff_cannot_manage_users_and_weak_passwords_are_refused(town: Path) -> None:
    staff = accounts.login(town, "cir", "cir-password")
    with pytest.raises(MadoguchiError, match="administrator"):
        accounts.Users(staff).add("someone", "long-enough-pw")
    staff.close()
    admin = accounts.login(town, "clerk", "clerk-password")
    with pytest.raises(ValidationError):
        accounts.Users(admin).add("short", "123")
    with pytest.raises(MadoguchiError, match="own account"):
        accounts.Users(admin).disable("clerk")
    admin.close()


def test_no_new_database_in_place_of_an_existing_one(town: Path) -> None:
    with pytest.raises(MadoguchiError, match="already exists"):
        accounts.create_database(town, "x", "password-xyz", kdf=FAST_KDF)
