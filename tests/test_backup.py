from __future__ import annotations

import argparse
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import DEMO_PASSWORD, FAST_KDF, PASSWORD

from app import accounts, backup, backup_cli, db, exchange, instance, keyslots, paths, storage
from app.errors import MadoguchiError
from app.jptime import JST
from app.records import Resident
from app.services import Services

PLANTED = "Zyxqvortellan"
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=JST)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "userdata"
    monkeypatch.setattr(paths, "data_dir", lambda: folder)
    return folder


def records(store: Any) -> dict[str, Any]:
    data = exchange.export_data(store)
    data.pop("exported_at")
    data.pop("device_id")  # the file's writer: a restored database is a new device
    return data


def audit_actions(services: Services) -> list[str]:
    return [r[0] for r in services.store.query("SELECT action FROM audit ORDER BY id")]


def test_backup_restore_round_trip_keeps_the_old_file(demo: Services, demo_path: Path) -> None:
    before = records(demo.store)
    made = backup.make_backup(demo.store, "manual", now=NOW)
    assert made.name == "madoguchi-20261127-120000-manual.db"
    assert made.parent == paths.data_dir() / "backups" / "demo"
    assert keyslots.key_path(made).read_bytes() == keyslots.key_path(demo_path).read_bytes()
    assert not [p for p in made.parent.iterdir() if p.name.endswith((".part", "-wal", "-shm"))]
    with demo.store.write() as conn:
        conn.execute("UPDATE residents SET notes = 'changed after the backup'")
    changed = records(demo.store)
    assert changed != before
    key = demo.store.key
    demo.close()

    aside = backup.restore(demo_path, made, key, "admin", now=NOW + timedelta(hours=1))
    assert aside is not None and aside.name == "demo.db.replaced-20261127-130000"
    assert aside.is_file() and keyslots.key_path(aside).is_file()
    assert not Path(f"{demo_path}-wal").exists()
    again = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    try:
        assert records(again.store) == before
        assert "restore" in audit_actions(again)
        assert made.name in again.store.query_one(
            "SELECT detail FROM audit WHERE action = 'restore'")[0]
    finally:
        again.close()
    kept = Services.open(aside, key=key)  # the replaced file, untouched, still opens
    try:
        assert records(kept.store) == changed
    finally:
        kept.close()
    # the file that was replaced was backed up first as well
    assert [b.kind for b in backup.list_backups(made.parent)] == ["before-restore", "manual"]


def test_a_backup_is_encrypted_and_opens_with_the_same_secrets(tmp_path: Path) -> None:
    path = tmp_path / "town.db"
    services, code = accounts.create_database(path, "tester", PASSWORD, kdf=FAST_KDF)
    services.residents.save(Resident(nationality="VN", family_name=PLANTED))
    folder = tmp_path / "usb"
    folder.mkdir()
    made = backup.make_backup(services.store, "manual", folder)
    services.close()
    raw = made.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert PLANTED.encode() not in raw and PLANTED.encode("utf-16-le") not in raw
    assert PLANTED.encode() not in keyslots.key_path(made).read_bytes()
    with pytest.raises(db.EncryptedDatabaseError):
        db.connect(made, readonly=True)

    by_password = accounts.login(made, "tester", PASSWORD)
    try:
        assert by_password.residents.find(PLANTED)
    finally:
        by_password.close()
    unlocked = accounts.recover(made, code)
    backup.verify_backup(made, unlocked.key)


def test_backup_is_verified_and_refuses_a_missing_folder(services: Services,
                                                         tmp_path: Path) -> None:
    with pytest.raises(MadoguchiError, match="not there"):
        backup.make_backup(services.store, "manual", tmp_path / "unplugged")
    with pytest.raises(MadoguchiError, match="not there"):
        backup.set_backup_folder(services.store, tmp_path / "unplugged")
    with pytest.raises(MadoguchiError, match="full path"):
        backup.set_backup_folder(services.store, Path("relative"))
    usb = tmp_path / "usb"
    usb.mkdir()
    assert backup.set_backup_folder(services.store, usb) == usb
    assert backup.backup_folder(services.store) == usb
    assert backup.candidate_folders(tmp_path / "town.db")[0] == usb
    made = backup.make_backup(services.store, "before-import", now=NOW)
    assert made.parent == usb and "backup" in audit_actions(services)
    same_second = backup.make_backup(services.store, "before-import", now=NOW)
    assert same_second.name == "madoguchi-20261127-120000-before-import-2.db"
    assert [b.path for b in backup.list_backups(usb)] == [same_second, made]

    other, _ = accounts.create_database(tmp_path / "other.db", "x", PASSWORD, kdf=FAST_KDF)
    other.close()
    with pytest.raises(backup.BackupError, match="does not open with this database's key"):
        backup.verify_backup(tmp_path / "other.db", services.store.key)
    plain = tmp_path / "plain.db"
    Services.open(plain, create=True).close()
    with pytest.raises(backup.BackupError, match="not encrypted"):
        backup.verify_backup(plain, services.store.key)
    with pytest.raises(ValueError):
        backup.make_backup(services.store, "Daily Backup")


def test_damaged_file_is_quarantined_and_the_newest_backup_found(
        demo: Services, demo_path: Path, tmp_path: Path) -> None:
    key = demo.store.key
    folder = tmp_path / "backups"
    folder.mkdir()
    older = backup.make_backup(demo.store, "daily", folder, now=NOW - timedelta(days=1))
    newest = backup.make_backup(demo.store, "daily", folder, now=NOW)
    damaged = folder / "madoguchi-20261127-130000-manual.db"  # newer, but not a database
    damaged.write_bytes(b"\x00" * 4096)
    assert backup.quick_check(demo_path, key)
    demo.close()

    size = demo_path.stat().st_size
    with demo_path.open("r+b") as fh:
        fh.seek(size // 2)
        chunk = fh.read(512)
        fh.seek(size // 2)
        fh.write(bytes(b ^ 0xFF for b in chunk))
    try:
        healthy = backup.quick_check(demo_path, key)
    except MadoguchiError:
        healthy = False
    assert not healthy

    moved = backup.quarantine(demo_path, now=NOW)
    assert not demo_path.exists()
    assert moved == paths.data_dir() / "quarantine" / "20261127-120000" / "demo.db"
    assert moved.is_file() and moved.stat().st_size == size
    assert (moved.parent / "demo.db.keys").is_file()
    assert keyslots.key_path(demo_path).is_file()  # still there, to log in with

    found = backup.newest_verified_backup(folder, key)
    assert found == newest and older.exists()
    assert backup.newest_verified_backup([tmp_path / "nowhere", folder], key) == newest
    assert backup.restore(demo_path, found, key, "admin") is None
    assert backup.quick_check(demo_path, key)
    assert moved.is_file()


def _name(day: date, time: str, kind: str) -> str:
    return f"madoguchi-{day:%Y%m%d}-{time}-{kind}.db"


def test_prune_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    today = NOW.date()  # Friday 2026-11-27, ISO week 48
    for n in range(400):
        day = today - timedelta(days=n)
        for name in [_name(day, "020000", "daily")] + (
                [_name(day, "150000", "before-import")] if n in (3, 20, 29, 31, 45) else []):
            (folder / name).write_bytes(b"x")
            (folder / (name + ".keys")).write_bytes(b"{}")
    (folder / "notes.txt").write_text("not a backup")

    removed = backup.prune(folder, now=NOW)

    expected = {_name(date(2026, 11, d), "020000", "daily") for d in (27, 26, 25, 23, 22, 21)}
    expected.add(_name(date(2026, 11, 24), "150000", "before-import"))  # newest of its day
    expected |= {_name(date(2026, 11, d), "020000", "daily") for d in (15, 8)}  # weeks 46, 45
    expected |= {_name(d, "020000", "daily") for d in (
        date(2026, 10, 31), date(2026, 9, 30), date(2026, 8, 31), date(2026, 7, 31),
        date(2026, 6, 30), date(2026, 5, 31), date(2026, 4, 30), date(2026, 3, 31),
        date(2026, 2, 28), date(2026, 1, 31), date(2025, 12, 31))}
    expected |= {_name(date(2026, 11, 7), "150000", "before-import"),   # < 30 days old
                 _name(date(2026, 10, 29), "150000", "before-import")}
    left = {p.name for p in folder.iterdir() if p.name.endswith(".db")}
    assert left == expected
    assert len(removed) == 405 - len(expected)
    assert all(not keyslots.key_path(p).exists() for p in removed)
    assert all((folder / (name + ".keys")).exists() for name in expected)
    assert (folder / "notes.txt").exists()
    assert backup.prune(folder, now=NOW) == []


def test_prune_never_removes_the_only_backup(tmp_path: Path) -> None:
    old = tmp_path / _name(date(2020, 1, 1), "020000", "daily")
    old.write_bytes(b"x")
    assert backup.prune(tmp_path, now=NOW) == [] and old.exists()


def test_daily_backup_once_per_japan_day(services: Services, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    backup.set_backup_folder(services.store, usb)
    first = backup.daily_backup_if_needed(services.store, now=NOW)
    assert first is not None and first.name.endswith("-daily.db")
    assert backup.daily_backup_if_needed(services.store, now=NOW + timedelta(hours=11)) is None
    # 2026-11-27 23:30 UTC is already the 28th in Japan
    late = datetime(2026, 11, 27, 15, 30, tzinfo=UTC)
    second = backup.daily_backup_if_needed(services.store, now=late)
    assert second is not None and second.name == "madoguchi-20261128-003000-daily.db"
    assert backup.daily_backup_if_needed(services.store, now=late) is None
    assert len(backup.list_backups(usb)) == 2


def test_import_takes_a_backup_after_the_check(demo: Services, services: Services) -> None:
    data = exchange.export_data(demo.store)
    calls: list[Path] = []
    with pytest.raises(MadoguchiError):
        exchange.import_data(services.store, {"format": "nonsense"},
                             backup=lambda: calls.append(Path()))
    assert calls == []
    exchange.import_data(services.store, data, backup=lambda: calls.append(
        backup.make_backup(services.store, "before-import")))
    assert len(calls) == 1 and calls[0].name.endswith("-before-import.db")


def test_cli_backup_and_restore(demo: Services, demo_path: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, dest="sub_db")
    common.add_argument("--user", dest="sub_user")
    parser = argparse.ArgumentParser()
    backup_cli.add_arguments(parser.add_subparsers(dest="command"), common)
    usb = tmp_path / "usb"
    usb.mkdir()
    args = parser.parse_args(["backup", "--set-folder", str(usb)])
    assert backup_cli.run(args, demo) == 0
    made = Path(capsys.readouterr().out.splitlines()[0])
    assert made.parent == usb and made.is_file()
    before = records(demo.store)
    with demo.store.write() as conn:
        conn.execute("DELETE FROM session_headcounts")

    holder = instance.acquire(demo_path)  # the window is open: restore is refused
    with pytest.raises(instance.AlreadyOpenError):
        backup_cli.run(parser.parse_args(["restore", "--from", str(made)]), demo.reopen())
    holder.release()
    assert backup_cli.run(parser.parse_args(["restore", "--from", str(made)]), demo) == 0
    assert "kept as" in capsys.readouterr().out
    again = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    try:
        assert records(again.store) == before
    finally:
        again.close()


def test_second_instance_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "town.db"
    child = ("import sys; from app import instance\n"
             "try:\n    instance.acquire(sys.argv[1])\n"
             "except Exception as exc:\n    sys.exit(str(exc))\n")
    with instance.acquire(path) as lock:
        assert lock.held and instance.lock_path(path).exists()
        with pytest.raises(instance.AlreadyOpenError, match="already open in another"):
            instance.acquire(path)
        run = subprocess.run([sys.executable, "-c", child, str(path)], capture_output=True,
                             text=True, timeout=60)
        assert run.returncode != 0
        assert "already open in another Madoguchi window" in run.stderr
    assert not lock.held
    again = instance.acquire(path)  # released with the block
    again.release()
    # a process that dies holding the lock does not leave it held
    run = subprocess.run([sys.executable, "-c", "import os, sys; from app import instance; "
                          "instance.acquire(sys.argv[1]); os._exit(3)", str(path)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 3
    instance.acquire(path).release()


@pytest.mark.parametrize("path", [
    "\\\\townhall-nas\\share\\madoguchi.db", "//townhall-nas/share/madoguchi.db",
    "\\\\?\\UNC\\nas\\share\\madoguchi.db"])
def test_storage_warning_for_network_shares(path: str) -> None:
    message = storage.storage_warning(path)
    assert message is not None and "network" in message and "not safe" in message


@pytest.mark.parametrize("path", [
    "C:\\Users\\clerk\\OneDrive - Misato Town\\madoguchi.db",
    "/home/cir/OneDrive/madoguchi.db", "/Users/cir/Dropbox/town/madoguchi.db",
    "/Users/cir/Library/CloudStorage/GoogleDrive-cir@example.org/My Drive/madoguchi.db"])
def test_storage_warning_for_cloud_folders(path: str) -> None:
    message = storage.storage_warning(Path(path) if path.startswith("/") else path)
    assert message is not None and "synced" in message and "not safe" in message


def test_no_storage_warning_for_a_local_folder(tmp_path: Path) -> None:
    assert storage.storage_warning(tmp_path / "madoguchi.db") is None
    assert storage.storage_warning("C:\\Users\\clerk\\AppData\\madoguchi.db") is None


def test_network_file_systems_from_proc_mounts(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\n"
                      "//nas/share /mnt/town\\040hall cifs rw 0 0\n")
    assert storage._linux_fs_type(Path("/mnt/town hall/madoguchi.db"), mounts) == "cifs"
    assert storage._linux_fs_type(Path("/home/x/madoguchi.db"), mounts) == "ext4"
