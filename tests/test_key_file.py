"""The key file as the program reads it: damage is reported as damage (never as a wrong
password, never counted toward a lockout), its KDF parameters are bounded, and user names
cannot be made to look like another's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSWORD

from app import accounts, keyslots
from app.errors import ValidationError
from app.keyslots import KeyFile, KeyFileError


@pytest.fixture
def town(tmp_path: Path) -> Path:
    path = tmp_path / "town.db"
    services, _code = accounts.create_database(path, "tester", PASSWORD, kdf=FAST_KDF)
    services.close()
    return path


def edit(path: Path, change: object) -> None:
    keys = keyslots.key_path(path)
    data = json.loads(keys.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    keys.write_text(json.dumps(data), encoding="utf-8")


def flip(field: str) -> object:
    def change(data: dict[str, object]) -> None:
        slot = data["slots"][0]  # type: ignore[index]
        text = slot[field]
        slot[field] = ("B" if text[0] != "B" else "C") + text[1:]
    return change


@pytest.mark.parametrize("damage", [
    flip("sealed"), flip("x_wrapped"), flip("x_public"), flip("sign_wrapped"),
    lambda d: d["slots"][0].update(salt="!!notbase64"),
    lambda d: d["slots"][0].update(nonce="AAAA"),
    lambda d: d["kdf"].update(memory_kib=64 * 1024 * 1024),  # 64 GiB
    lambda d: d["kdf"].update(time_cost=0),
    lambda d: d["kdf"].update(parallelism=True),
    lambda d: d["kdf"].update(extra=1),
    lambda d: d.update(db_id="another"),
], ids=["sealed key", "wrapped private key", "public key", "signing key", "salt", "nonce",
        "64 GiB", "t=0", "bool", "extra", "db id"])
def test_damage_is_damage_not_a_wrong_password(town: Path, damage: object) -> None:
    edit(town, damage)
    for _ in range(accounts.LOCK_AFTER + 1):
        with pytest.raises(KeyFileError, match="damaged"):
            accounts.unlock(town, "tester", PASSWORD)
    data = json.loads(keyslots.key_path(town).read_text(encoding="utf-8"))
    assert data.get("lockout", {}) == {} and data.get("pending", []) == []


def test_a_whole_file_still_loads_and_a_wrong_password_still_counts(town: Path) -> None:
    with pytest.raises(accounts.LoginRefused):
        accounts.unlock(town, "tester", "not the password")
    assert KeyFile.load(keyslots.key_path(town)).lockout["tester"].failures == 1
    accounts.unlock(town, "tester", PASSWORD)


def test_user_names_are_normalised_and_lookalikes_refused(town: Path) -> None:
    services = accounts.login(town, "ｔｅｓｔｅｒ", PASSWORD)  # typed full-width: the same user
    try:
        assert services.store.user == "tester"
        users = accounts.Users(services)
        for name in ("ＴＥＳＴＥＲ", "Tester", "tеster", "te\u202estr", "tes\u200bter", "a\x00"):
            with pytest.raises(ValidationError):
                users.add(name, "a long password", "admin")
        users.add("Tran", "a long password")
        assert [u[0] for u in users.list()] == ["Tran", "tester"]
    finally:
        services.close()
