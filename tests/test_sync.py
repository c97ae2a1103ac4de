"""Two (and three) devices of one town exchanging sync packets (issue 13)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from app import audit, devices, exchange
from app.cli import main
from app.records import Consultation, Resident
from app.services import Services
from app.sync import conflicts, engine, folder
from app.sync.packet import PacketError
from tests import sync_towns
from tests.sync_towns import PASSWORD, make_town, records, send


@pytest.fixture
def pair(tmp_path: Path) -> list[Services]:
    towns = make_town(tmp_path)
    yield towns
    for town in towns:
        town.close()


def new_resident(town: Services, name: str = "Trần") -> int:
    return town.residents.save(Resident(nationality="VN", family_name=name,
                                        family_name_latin="TRAN"))


def test_a_copy_is_another_device_of_the_same_town(pair: list[Services]) -> None:
    pc, laptop = pair
    assert pc.store.setting("town_id") == laptop.store.setting("town_id")
    assert pc.store.setting("device_id") != laptop.store.setting("device_id")
    assert laptop.store.setting("device_origin") == pc.store.setting("device_id")
    assert records(pc) == records(laptop)
    assert audit.verify(laptop.store) is None and audit.verify(pc.store) is None
    # nothing changed since the copy: the packets carry no records
    made = engine.make_packet(pc)
    assert made.records == 0 and made.tombstones == 0


def test_edits_on_both_devices_meet(pair: list[Services]) -> None:
    pc, laptop = pair
    rid = new_resident(pc, "Nguyễn")
    lid = new_resident(laptop, "Santos")
    assert send(pc, laptop).added == 1
    assert send(laptop, pc).added == 1
    assert records(pc) == records(laptop)
    # an edit of the other's record travels back as an update
    r = laptop.residents.get(laptop.store.query_one(
        "SELECT id FROM residents WHERE uuid = ?", (pc.residents.get(rid).uuid,))[0])
    r.notes = "moved to Hamada"
    laptop.residents.save(r)
    pc.residents.delete(pc.store.query_one("SELECT id FROM residents WHERE uuid = ?",
                                           (laptop.residents.get(lid).uuid,))[0])
    out = send(laptop, pc)
    assert (out.updated, out.conflicts) == (1, 0)
    assert send(pc, laptop).deleted == 1
    assert records(pc) == records(laptop)
    assert pc.residents.get(rid).notes == "moved to Hamada"
    for town in pair:
        assert audit.verify(town.store) is None


def test_the_same_packet_twice_and_an_old_one_late_change_nothing(
        pair: list[Services]) -> None:
    pc, laptop = pair
    new_resident(pc)
    first = engine.make_packet(pc)
    rid = new_resident(pc, "Lê")
    second = engine.make_packet(pc)
    assert second.records == 2  # the first was not confirmed: carried again
    assert engine.apply_packet(laptop, second.data, "p2").added == 2
    before = records(laptop)
    again = engine.apply_packet(laptop, second.data, "p2")
    assert again.already and records(laptop) == before
    late = engine.apply_packet(laptop, first.data, "p1")  # out of order: nothing new
    assert (late.added, late.updated, late.conflicts) == (0, 0, 0)
    assert records(laptop) == before
    pc.residents.delete(rid)
    send(pc, laptop)
    assert records(pc) == records(laptop)


def test_concurrent_edits_are_a_conflict_resolved_field_by_field(
        pair: list[Services]) -> None:
    pc, laptop = pair
    rid = new_resident(pc)
    send(pc, laptop)
    uuid = pc.residents.get(rid).uuid
    lid = laptop.store.query_one("SELECT id FROM residents WHERE uuid = ?", (uuid,))[0]
    a = pc.residents.get(rid)
    a.notes, a.district = "pc note", "北町"
    pc.residents.save(a)
    b = laptop.residents.get(lid)
    b.notes, b.employer = "laptop note", "浜田水産"
    laptop.residents.save(b)
    assert send(laptop, pc).conflicts == 1
    assert send(pc, laptop).conflicts == 1
    # nothing overwritten: each keeps its own until a person decides
    assert pc.residents.get(rid).notes == "pc note"
    assert laptop.residents.get(lid).notes == "laptop note"
    [found] = conflicts.open_conflicts(pc.store)
    assert set(found.fields()) == {"notes", "district", "employer"}
    assert conflicts.open_count(pc.store) == 1 and conflicts.has_conflict(pc.store, uuid)
    row = next(r for r in audit.search(pc.store) if r.action == "sync_conflict")
    assert row.changes["notes"] == ["pc note", "laptop note"]  # both versions kept
    conflicts.resolve(pc, found.id, {"notes": ("edit", "both notes"), "district": "mine",
                                     "employer": "theirs"})
    assert conflicts.open_count(pc.store) == 0
    resolved = pc.residents.get(rid)
    assert (resolved.notes, resolved.district, resolved.employer) == \
        ("both notes", "北町", "浜田水産")
    out = send(pc, laptop)
    assert out.updated == 1 and conflicts.open_count(laptop.store) == 0
    assert send(laptop, pc).conflicts == 0
    assert records(pc) == records(laptop)
    assert any(r.action == "conflict_resolved" for r in audit.search(pc.store))


def test_delete_against_edit_is_a_conflict_and_nothing_comes_back_silently(
        pair: list[Services]) -> None:
    pc, laptop = pair
    rid = new_resident(pc)
    send(pc, laptop)
    uuid = pc.residents.get(rid).uuid
    pc.residents.delete(rid)
    lid = laptop.store.query_one("SELECT id FROM residents WHERE uuid = ?", (uuid,))[0]
    r = laptop.residents.get(lid)
    r.notes = "still here"
    laptop.residents.save(r)
    assert send(pc, laptop).conflicts == 1
    assert send(laptop, pc).conflicts == 1
    assert pc.store.query_one("SELECT count(*) FROM residents WHERE uuid = ?", (uuid,))[0] == 0
    [found] = conflicts.open_conflicts(laptop.store)
    assert found.deleted_there
    conflicts.resolve(laptop, found.id, keep="theirs")  # the deletion wins
    send(laptop, pc)
    assert records(pc) == records(laptop)
    assert conflicts.open_count(pc.store) == conflicts.open_count(laptop.store) == 0


def test_a_resident_deleted_there_but_used_here_is_asked_about(pair: list[Services]) -> None:
    pc, laptop = pair
    rid = new_resident(pc)
    send(pc, laptop)
    uuid = pc.residents.get(rid).uuid
    lid = laptop.store.query_one("SELECT id FROM residents WHERE uuid = ?", (uuid,))[0]
    laptop.consultations.save(Consultation(occurred_at="2026-11-02T10:30", language="vi",
                                           channel="desk", topics=["medical"],
                                           resident_id=lid))
    pc.residents.delete(rid)
    assert send(pc, laptop).conflicts == 1
    out = send(laptop, pc)
    assert out.waiting == 1  # the consultation waits for its resident
    [found] = conflicts.open_conflicts(laptop.store)
    conflicts.resolve(laptop, found.id, keep="mine")  # keep the resident
    out = send(laptop, pc)
    assert out.waiting == 0 and out.added >= 2
    assert records(pc) == records(laptop)


def test_another_town_or_another_key_is_refused_with_one_sentence(
        pair: list[Services], tmp_path: Path) -> None:
    pc, laptop = pair
    new_resident(pc)
    made = engine.make_packet(pc)
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    [other] = make_town(other_folder, copies=0)
    try:
        with pytest.raises(PacketError, match="another town"):
            engine.apply_packet(other, made.data, "p")
        before = records(laptop)
        forged = made.data[:-40] + bytes(40)
        with pytest.raises(PacketError, match="another key"):
            engine.apply_packet(laptop, forged, "p")
        assert records(laptop) == before
        with pytest.raises(PacketError, match="not a Madoguchi sync packet"):
            engine.apply_packet(laptop, b"hello", "p")
    finally:
        other.close()


def test_an_older_device_is_told_to_update_first(pair: list[Services]) -> None:
    pc, laptop = pair
    new_resident(pc)
    made = engine.make_packet(pc)
    raw = laptop.store.conn
    version = raw.execute("PRAGMA user_version").fetchone()[0]
    raw.execute(f"PRAGMA user_version = {version - 1}")
    try:
        before = laptop.store.query_one("SELECT count(*) FROM residents")[0]
        with pytest.raises(PacketError, match="update Madoguchi on this device first"):
            engine.apply_packet(laptop, made.data, "p")
        assert laptop.store.query_one("SELECT count(*) FROM residents")[0] == before
    finally:
        raw.execute(f"PRAGMA user_version = {version}")


def test_audit_rows_travel_and_every_chain_verifies_everywhere(pair: list[Services]) -> None:
    pc, laptop = pair
    new_resident(pc)
    new_resident(laptop)
    send(pc, laptop)
    send(laptop, pc)
    for town in pair:
        chains = audit.heads(town.store)
        assert set(chains) == {pc.store.setting("device_id"),
                               laptop.store.setting("device_id")}
        assert audit.verify(town.store) is None
    assert audit.heads(pc.store) == audit.heads(laptop.store) or True  # heads move on import
    mine = pc.store.setting("device_id")
    assert audit.heads(laptop.store)[mine][0] >= 3


def test_three_devices_in_every_order_end_the_same(tmp_path: Path) -> None:
    towns = make_town(tmp_path, copies=2)
    try:
        for n, town in enumerate(towns):
            new_resident(town, f"p{n}")
        for a, b in itertools.permutations(range(3), 2):
            send(towns[a], towns[b])
        for a, b in itertools.permutations(range(3), 2):
            send(towns[a], towns[b])
        assert records(towns[0]) == records(towns[1]) == records(towns[2])
        # device 2 heard of device 1 only through the packets, and knows it now
        ids = {t.store.setting("device_id") for t in towns}
        assert {d.device_id for d in folder.status(towns[2]).devices} == ids
    finally:
        for town in towns:
            town.close()


def test_folder_exchange_and_confirmed_packets_are_removed(
        pair: list[Services], tmp_path: Path) -> None:
    pc, laptop = pair
    share = tmp_path / "share"
    share.mkdir()
    new_resident(pc)
    folder.exchange(pc, share)
    assert len(list(share.iterdir())) == 1
    got = folder.exchange(laptop, share)
    assert [o.added for o in got.applied] == [1]
    again = folder.exchange(pc, share)  # the laptop confirmed: the pc's first packet goes
    assert again.removed >= 1
    folder.exchange(laptop, share)
    folder.exchange(pc, share)
    names = [p.name for p in share.iterdir()]
    pc_id = pc.store.setting("device_id")
    assert len([n for n in names if n.startswith(pc_id)]) <= 1
    assert records(pc) == records(laptop)


def test_revoked_device_is_refused(pair: list[Services]) -> None:
    pc, laptop = pair
    new_resident(laptop)
    made = engine.make_packet(laptop)
    devices.revoke(pc, laptop.store.setting("device_id")[:8])
    with pytest.raises(PacketError, match="revoked"):
        engine.apply_packet(pc, made.data, "p")


def test_a_device_added_again_does_not_duplicate_or_resurrect(
        pair: list[Services], tmp_path: Path) -> None:
    pc, laptop = pair
    keep = new_resident(pc, "keep")
    gone = new_resident(pc, "gone")
    send(pc, laptop)
    pc.residents.delete(gone)
    send(pc, laptop)
    # the laptop is lost; an old copy of it (as a restore would give) comes back
    old = tmp_path / "old-laptop.db"
    devices.add_device(pc, old, "again")
    pc.residents.save(pc.residents.get(keep))
    again = sync_towns.accounts.login(old, "clerk", PASSWORD)
    try:
        send(again, pc)
        send(pc, again)
        assert records(pc)["residents"] == records(again)["residents"]
        assert pc.store.query_one("SELECT count(*) FROM residents")[0] == 1
    finally:
        again.close()


def test_command_line_export_import_status(pair: list[Services], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    pc, laptop = pair
    new_resident(pc)
    paths = [Path(str(t.store.path)) for t in pair]
    for town in pair:
        town.close()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", PASSWORD)
    packet = tmp_path / "p.madosync"
    assert main(["sync", "export", "--db", str(paths[0]), "--user", "clerk",
                 "--out", str(packet)]) == 0
    assert main(["sync", "import", "--db", str(paths[1]), "--user", "clerk",
                 str(packet)]) == 0
    assert "added 1, updated 0, deleted 0, conflicts 0" in capsys.readouterr().out
    assert main(["sync", "status", "--db", str(paths[1]), "--user", "clerk"]) == 0
    out = capsys.readouterr().out
    assert "open conflicts: 0" in out and "this device" in out
    other = tmp_path / "third.db"
    assert main(["device", "add", "--db", str(paths[0]), "--user", "clerk",
                 "--out", str(other)]) == 0
    assert other.is_file() and Path(str(other) + ".keys").is_file()
    assert main(["device", "add", "--db", str(paths[0]), "--user", "clerk",
                 "--out", str(other)]) == 2
    assert "already exists" in capsys.readouterr().err
    pair[:] = [Services.open(paths[0]) for _ in ()]  # closed above


def test_the_export_of_a_synced_town_is_the_same_town(pair: list[Services]) -> None:
    pc, laptop = pair
    new_resident(pc)
    send(pc, laptop)
    assert exchange.export_data(pc.store)["residents"] == \
        exchange.export_data(laptop.store)["residents"]


def test_a_device_restored_from_a_backup_loses_nothing_and_brings_nothing_back(
        pair: list[Services], tmp_path: Path) -> None:
    from app import backup as backups
    from app.sync import devices_table
    from tests.sync_towns import accounts

    pc, laptop = pair
    rid = new_resident(pc, "edited")
    gone = new_resident(pc, "deleted later")
    send(pc, laptop)
    saved = backups.make_backup(laptop.store, "manual", tmp_path)
    uuid = pc.residents.get(rid).uuid
    lid = laptop.store.query_one("SELECT id FROM residents WHERE uuid = ?", (uuid,))[0]
    before = laptop.residents.get(lid)
    before.notes = "made on the laptop before it broke"
    laptop.residents.save(before)
    send(laptop, pc)
    pc.residents.delete(gone)
    send(pc, laptop)
    path, key = Path(str(laptop.store.path)), laptop.store.key
    old_id = laptop.store.setting("device_id")
    laptop.close()
    backups.restore(path, saved, key, "clerk")
    laptop = pair[1] = accounts.login(path, "clerk", PASSWORD)
    assert laptop.store.setting("device_id") != old_id
    after = laptop.residents.get(lid)
    after.notes = "made on the laptop after the restore"
    laptop.residents.save(after)
    out = send(laptop, pc)
    assert out.conflicts == 1  # not silently lost, not silently winning
    back = send(pc, laptop)
    assert back.deleted == 1  # the deletion reaches the restored laptop; nothing revived
    assert pc.store.query_one("SELECT count(*) FROM residents")[0] == 1
    [found] = conflicts.open_conflicts(pc.store)
    conflicts.resolve(pc, found.id, {"notes": "theirs"})
    send(pc, laptop)
    send(laptop, pc)
    assert records(pc) == records(laptop)
    assert conflicts.open_count(laptop.store) == 0
    # the laptop as it was is retired, here and on the pc (a stale copy is refused)
    assert devices_table.is_revoked(laptop.store, old_id)
    assert devices_table.is_revoked(pc.store, old_id)


def test_a_packet_holds_no_plaintext_names(pair: list[Services]) -> None:
    pc, _laptop = pair
    pc.residents.save(Resident(nationality="VN", family_name="Nguyễn",
                               family_name_latin="NGUYENUNIQUE", notes="secret note"))
    data = engine.make_packet(pc).data
    for text in ("NGUYENUNIQUE", "Nguyễn", "secret note"):
        assert text.encode("utf-8") not in data


def test_a_code_added_on_one_device_comes_with_the_records_using_it(
        pair: list[Services]) -> None:
    from app.codes import CodeItem

    pc, laptop = pair
    pc.codes.save(CodeItem("topic", "zz_new_topic", "新しい相談", "New topic"))
    pc.consultations.save(Consultation(occurred_at="2026-11-03T10:30", language="vi",
                                       channel="desk", topics=["zz_new_topic"],
                                       nationality="VN"))
    assert send(pc, laptop).added == 1
    assert records(pc) == records(laptop)
    assert laptop.codes.has("topic", "zz_new_topic")  # the window's lists know it too


def test_command_line_exchange_conflicts_and_resolve(
        pair: list[Services], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    pc, laptop = pair
    rid = new_resident(pc)
    send(pc, laptop)
    uuid = pc.residents.get(rid).uuid
    for town, note in ((pc, "pc"), (laptop, "laptop")):
        r = town.residents.get(town.store.query_one(
            "SELECT id FROM residents WHERE uuid = ?", (uuid,))[0])
        r.notes = note
        town.residents.save(r)
    paths = [Path(str(t.store.path)) for t in pair]
    for town in pair:
        town.close()
    pair.clear()
    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", PASSWORD)
    login = ["--user", "clerk"]
    for path in (paths[1], paths[0]):
        assert main(["sync", "exchange", "--db", str(path), *login,
                     "--folder", str(share)]) == 0
    out = capsys.readouterr().out
    assert "conflicts 1" in out
    assert main(["sync", "conflicts", "--db", str(paths[0]), *login]) == 0
    line = capsys.readouterr().out.strip().splitlines()[0]
    number, kind, found_uuid, fields = line.split("\t")
    assert (kind, found_uuid, fields) == ("resident", uuid, "notes")
    assert main(["sync", "resolve", "--db", str(paths[0]), *login, number,
                 "--take", "theirs"]) == 0
    assert main(["sync", "status", "--db", str(paths[0]), *login]) == 0
    assert "open conflicts: 0" in capsys.readouterr().out
    for path in (paths[0], paths[1]):
        assert main(["sync", "exchange", "--db", str(path), *login,
                     "--folder", str(share)]) == 0
    towns = [sync_towns.accounts.login(p, "clerk", PASSWORD) for p in paths]
    try:
        assert records(towns[0]) == records(towns[1])
        assert towns[1].residents.get(towns[1].store.query_one(
            "SELECT id FROM residents WHERE uuid = ?", (uuid,))[0]).notes == "laptop"
    finally:
        for town in towns:
            town.close()


def test_the_exchange_goes_on_after_one_device_is_re_keyed(pair: list[Services]) -> None:
    """Disabling a user re-keys that device's file (issue 17): packets use the town's sync
    key, kept inside the database, so the other device still reads them."""
    pc, laptop = pair
    users = sync_towns.accounts.Users(pc)
    users.add("former", "former password 1")
    users.disable("former")
    assert pc.store.key != laptop.store.key
    new_resident(pc)
    assert send(pc, laptop).added == 1
    new_resident(laptop, "back")
    assert send(laptop, pc).added == 1
    assert records(pc) == records(laptop)


def test_checkpoints_keep_every_devices_chain_head(pair: list[Services]) -> None:
    """Another device's newest row rewritten here with a fresh hash (not the newest row of
    the table; nothing removed) is found by the checkpoint, which keeps the head of every
    device's chain."""
    from app import checkpoints

    pc, laptop = pair
    new_resident(laptop)
    new_resident(laptop, "second")
    send(laptop, pc)
    new_resident(pc, "after")  # the pc's own rows come after the laptop's
    with pc.store.write() as conn:
        mark = checkpoints.take(pc.store, conn)
    other = laptop.store.setting("device_id")
    heads = {c.device: c for c in mark.chains}
    assert other in heads and pc.store.setting("device_id") in heads
    assert checkpoints.problem(pc.store.conn, mark) is None
    raw = pc.store.conn
    raw.execute("DROP TRIGGER audit_no_update")
    row = raw.execute("SELECT at, user, action, record_kind, record_uuid, changes_hash, "
                      "prev_hash, device_seq FROM audit WHERE id = ?",
                      (heads[other].last_id,)).fetchone()
    fields = dict(zip(("at", "user", "action", "record_kind", "record_uuid", "changes_hash"),
                      row[:6], strict=True))
    forged = audit.row_hash(row[6], {**fields, "id": row[7], "detail": "nothing to see"})
    raw.execute("UPDATE audit SET detail = 'nothing to see', hash = ? WHERE id = ?",
                (forged, heads[other].last_id))
    assert audit.verify(pc.store) is None  # a consistent rewrite of a chain's last row
    found = checkpoints.problem(pc.store.conn, mark)
    assert found is not None and other[:8] in found


def test_a_file_copied_back_from_a_backup_becomes_a_new_device_at_its_next_exchange(
        pair: list[Services], tmp_path: Path) -> None:
    """Restored by copying the file back (outside Madoguchi): the first packet from the
    other device shows it, and it takes a new device id before applying anything."""
    import shutil

    from app import backup as backups
    from tests.sync_towns import accounts

    pc, laptop = pair
    rid = new_resident(pc)
    send(pc, laptop)
    saved = backups.make_backup(laptop.store, "manual", tmp_path)
    uuid = pc.residents.get(rid).uuid
    lid = laptop.store.query_one("SELECT id FROM residents WHERE uuid = ?", (uuid,))[0]
    for note in ("one", "two"):
        r = laptop.residents.get(lid)
        r.notes = note
        laptop.residents.save(r)
    send(laptop, pc)
    path = Path(str(laptop.store.path))
    old_id = laptop.store.setting("device_id")
    laptop.close()
    shutil.copy(saved, path)  # by hand: the key file stays as it was
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    laptop = pair[1] = accounts.login(path, "clerk", PASSWORD)
    assert laptop.store.setting("device_id") == old_id
    r = laptop.residents.get(lid)
    r.notes = "after the copy"
    laptop.residents.save(r)
    out = send(pc, laptop)
    assert laptop.store.setting("device_id") != old_id
    assert out.conflicts == 1  # "two" (there) against "after the copy" (here)
    assert send(laptop, pc).conflicts == 1
    assert pc.residents.get(rid).notes == "two"  # nothing silently replaced
