"""What a staff user with their password and the files can and cannot do (issue 17, High 2;
docs/security.md, "what holds against whom"). Every user holds the database key, so
reading cannot be stopped: this test states that limit so that the docs cannot claim
more. What roles protect is the program's own paths, and the integrity of the trail and
the roles, each tested where it is built (test_signed_audit.py, test_roles.py,
test_checkpoints.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSWORD

from app import accounts, audit, db, exchange, retention
from app.errors import MadoguchiError
from app.records import Accompaniment, Resident
from ui.launcher import main

STAFF = "staff password"


@pytest.fixture
def town(tmp_path: Path) -> Path:
    path = tmp_path / "town.db"
    services, _code = accounts.create_database(path, "clerk", PASSWORD, kdf=FAST_KDF)
    accounts.Users(services).add("cir", STAFF, "staff")
    rid = services.residents.save(Resident(nationality="VN", family_name_latin="Tran",
                                           languages=["vi"]))
    services.accompaniments.save(Accompaniment(
        date="2026-11-05", destination_kind="hospital", resident_id=rid,
        health_details="妊婦健診"))
    accounts.logout(services)
    services.close()
    return path


def test_a_staff_password_reads_health_details_outside_the_program(town: Path) -> None:
    """The limit, stated: the staff password unwraps the same database key."""
    key = accounts.unlock(town, "cir", STAFF).key
    conn = db.connect(town, readonly=True, key=key)  # what any SQLCipher tool can do
    try:
        rows = conn.execute("SELECT health_details FROM accompaniments").fetchall()
    finally:
        conn.close()
    assert rows == [("妊婦健診",)]


def test_inside_the_program_staff_cannot_export_everything_or_purge(
        town: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    services = accounts.login(town, "cir", STAFF)
    try:
        before = audit.count(services.store)
        with pytest.raises(MadoguchiError, match="Only an administrator can export"):
            exchange.export_file(services.store, tmp_path / "all.json")
        rid = int(services.store.query_one("SELECT id FROM residents")[0])
        with pytest.raises(MadoguchiError):
            retention.anonymise(services.store, [rid], user_role="admin")
        assert audit.count(services.store) == before
        assert not (tmp_path / "all.json").exists()
    finally:
        services.close()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", STAFF)
    assert main(["export", "--db", str(town), "--user", "cir", "--out",
                 str(tmp_path / "all.json")]) != 0
    assert "administrator" in capsys.readouterr().err
