"""Revoking a lost device re-keys this device's database and re-wraps the remaining slots
(issue 17): the lost device's copy of the key opens neither the live file nor the backups
made from then on; the old backups keep the old key; the exchange with the remaining
devices goes on (packets use the town's sync key, not the file key)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import accounts, backup, db, devices, keyslots
from app.cli import main
from app.keyslots import KeyFile
from app.records import Resident
from app.services import Services
from app.sync import engine
from app.sync.packet import PacketError
from tests.sync_towns import PASSWORD, make_town, records, send
from tests.test_rekey import legacy_slot


@pytest.fixture
def trio(tmp_path: Path) -> list[Services]:
    """The clerk's PC, the CIR's laptop, and a second laptop that gets lost."""
    towns = make_town(tmp_path, copies=2)
    yield towns
    for town in towns:
        town.close()


def new_resident(town: Services, name: str) -> None:
    town.residents.save(Resident(nationality="VN", family_name=name,
                                 family_name_latin=name.upper()))


def test_revoking_a_lost_device_re_keys_this_database_and_the_exchange_goes_on(
        trio: list[Services]) -> None:
    pc, laptop, lost = trio
    path = Path(str(pc.store.path))
    old_backup = backup.make_backup(pc.store, "manual")
    lost_key = lost.store.key          # what the finder of the lost laptop holds
    assert lost_key == pc.store.key    # a device added is a copy: the same file key
    new_resident(lost, "stolen")
    from_lost = engine.make_packet(lost)

    sync_key = pc.store.setting("sync_key")
    assert devices.revoke(pc, lost.store.setting("device_id")[:8]) == devices.Revoked((), False)
    assert pc.store.setting("sync_key") == sync_key   # the laptop is left: no new sync key
    assert pc.store.key != lost_key
    assert not db.opens_with(path, lost_key)
    made_after = backup.make_backup(pc.store, "manual")
    assert not db.opens_with(made_after, lost_key)
    assert db.opens_with(old_backup, lost_key)   # old backups keep the old key
    # the slots were re-wrapped: the same password opens the file with the new key
    assert accounts.unlock(path, "clerk", PASSWORD).key == pc.store.key
    with pytest.raises(PacketError, match="revoked"):
        engine.apply_packet(pc, from_lost.data, "lost")

    new_resident(pc, "after")
    assert send(pc, laptop).added == 1
    new_resident(laptop, "back")
    assert send(laptop, pc).added == 1
    assert records(pc) == records(laptop)
    # the revocation reached the laptop: it refuses the lost device too
    with pytest.raises(PacketError, match="revoked"):
        engine.apply_packet(laptop, from_lost.data, "lost")
    # and revoking it again there re-keys the laptop's file as well
    assert devices.revoke(laptop, lost.store.setting("device_id")).held_back == ()
    assert not db.opens_with(Path(str(laptop.store.path)), lost_key)
    new_resident(laptop, "again")
    assert send(laptop, pc).added == 1
    assert records(pc) == records(laptop)


def test_an_older_slot_holds_the_re_key_back_and_the_revocation_stands(
        trio: list[Services]) -> None:
    pc, _laptop, lost = trio
    accounts.Users(pc).add("helper", "helper password", "staff")
    path = Path(str(pc.store.path))
    key = pc.store.key
    key_file = KeyFile.load(keyslots.key_path(path))
    legacy_slot(key_file, "helper", "helper password", key)
    key_file.save()
    lost_id = lost.store.setting("device_id")
    assert devices.revoke(pc, lost_id).held_back == ("helper",)
    assert db.opens_with(path, key)      # not re-keyed ...
    new_resident(lost, "stolen")
    with pytest.raises(PacketError, match="revoked"):   # ... but revoked
        engine.apply_packet(pc, engine.make_packet(lost).data, "lost")


def test_device_revoke_on_the_command_line_re_keys(
        trio: list[Services], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    pc, _laptop, lost = trio
    path, lost_id, old_key = Path(str(pc.store.path)), lost.store.setting("device_id"), \
        pc.store.key
    pc.close()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", PASSWORD)
    assert main(["device", "revoke", "--db", str(path), "--user", "clerk", lost_id[:8]]) == 0
    assert "new key" in capsys.readouterr().out
    assert not db.opens_with(path, old_key)
    trio[0] = accounts.login(path, "clerk", PASSWORD)


def test_the_devices_tab_revokes_and_re_keys_off_the_window_thread(
        qtbot: QtBot, trio: list[Services], monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.pages.devices import DevicesBox

    pc, _laptop, lost = trio
    old_key = pc.store.key
    box = DevicesBox(pc)
    qtbot.addWidget(box)
    lost_id = lost.store.setting("device_id")
    row = next(r for r in range(box.table.rowCount())
               if box.table.item(r, 0).toolTip() == lost_id)
    box.table.setCurrentCell(row, 0)
    # the confirmation is a modal question, which cannot be clicked offscreen
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Yes)
    job = box.revoke_device()
    assert job is not None
    qtbot.waitUntil(job.finished.is_set, timeout=20000)
    qtbot.waitUntil(lambda: "new key" in box.status_line.text(), timeout=5000)
    assert not db.opens_with(Path(str(pc.store.path)), old_key)
    assert box.table.item(row, 2).text() == box.tr("revoked")


def test_the_last_device_left_changes_the_sync_key(tmp_path: Path) -> None:
    """With no other device left, the town's sync key changes too: the lost device (with a
    password) can no longer make packets under a new device id or a remaining one's, and a
    device added afterwards exchanges under the new key."""
    (tmp_path / "town").mkdir()
    pc, lost = make_town(tmp_path / "town")
    try:
        old_key = pc.store.setting("sync_key")
        done = devices.revoke(pc, lost.store.setting("device_id"))
        assert done == devices.Revoked((), True)
        assert pc.store.setting("sync_key") != old_key
        # a device the lost one makes is unknown here: under the old key it was welcome
        minted = tmp_path / "minted.db"
        devices.add_device(lost, minted, "minted")
        other = accounts.login(minted, "clerk", PASSWORD)
        try:
            new_resident(other, "forged")
            with pytest.raises(PacketError, match="another key"):
                engine.apply_packet(pc, engine.make_packet(other).data, "minted")
        finally:
            other.close()
        new_resident(lost, "stolen")
        with pytest.raises(PacketError, match="revoked"):
            engine.apply_packet(pc, engine.make_packet(lost).data, "lost")
        # a new laptop, added from here, has the new key
        devices.add_device(pc, tmp_path / "new.db", "new laptop")
        laptop = accounts.login(tmp_path / "new.db", "clerk", PASSWORD)
        try:
            new_resident(laptop, "fresh")
            assert send(laptop, pc).added == 1
            assert records(pc) == records(laptop)
        finally:
            laptop.close()
    finally:
        pc.close()
        lost.close()
