"""The command line on damaged, empty and healthy files: `check` changes nothing, every
other command checks the file first (in full when it changed outside Madoguchi or a day
passed, else its first pages) and refuses a damaged or empty file before
writing to it, naming the newest backup that opens."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import DEMO_PASSWORD

from app import accounts, db, keyslots
from app.store import EmptyDatabaseError
from ui.launcher import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file's hash; a read-only open may leave SQLite's -shm index and an empty -wal
    beside the file, which hold no change."""
    for wal in folder.glob("*-wal"):
        assert wal.stat().st_size == 0, wal
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()
            and not p.name.endswith(("-wal", "-shm"))}


def damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size // 2)
        chunk = fh.read(512)
        fh.seek(size // 2)
        fh.write(bytes(b ^ 0xFF for b in chunk))


def test_check_writes_nothing(demo_path: Path, cli_login: list[str],
                              capsys: pytest.CaptureFixture[str]) -> None:
    """No login row, no migration, no WAL: the database and key file stay byte for byte."""
    before = fingerprint(demo_path.parent)
    code, out, err = run(capsys, "check", "--db", str(demo_path), *cli_login)
    assert code == 0 and "result: ok" in out, err
    assert fingerprint(demo_path.parent) == before
    services = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    try:
        logins = services.store.query_one(
            "SELECT count(*) FROM audit WHERE action = 'login'")[0]
    finally:
        services.close()
    code, out, _ = run(capsys, "check", "--db", str(demo_path), *cli_login)
    services = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    try:
        assert services.store.query_one(
            "SELECT count(*) FROM audit WHERE action = 'login'")[0] == logins + 1  # this one
    finally:
        services.close()


@pytest.mark.parametrize("command", [
    ["search", "a"], ["export", "--out", "{tmp}/all.json"], ["users", "list"],
    ["report", "monthly", "--month", "2026-04", "--out", "{tmp}", "--format", "csv"],
    ["handover", "--out", "{tmp}"], ["kb", "export", "--out", "{tmp}/kb.json"],
    ["audit", "verify"], ["purge", "--years", "1"], ["backup"],
    ["import", "{tmp}/all.json"],
], ids=lambda c: c[0] + ("-" + c[1] if c[0] in ("users", "report", "kb") else ""))
def test_every_command_refuses_a_damaged_file_before_writing(
        demo_path: Path, tmp_path: Path, cli_login: list[str],
        capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, made, err = run(capsys, "backup", "--db", str(demo_path), *cli_login)
    assert code == 0, err
    newest = Path(made.strip())
    damage(demo_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "all.json").write_text("{}")
    before = fingerprint(demo_path.parent), fingerprint(out_dir)
    argv = [a.replace("{tmp}", str(out_dir)) for a in command]
    where = 2 if argv[0] in ("report", "users", "kb", "audit") else 1
    code, out, err = run(capsys, *argv[:where], "--db", str(demo_path), *cli_login,
                         *argv[where:])
    assert code == 2, err
    assert "is damaged and was not changed" in err and newest.name in err, err
    assert len(err.strip().splitlines()) == 1 and out == ""
    assert (fingerprint(demo_path.parent), fingerprint(out_dir)) == before


def test_an_empty_file_is_refused_kept_and_the_backup_named(
        demo_path: Path, cli_login: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, made, err = run(capsys, "backup", "--db", str(demo_path), *cli_login)
    assert code == 0, err
    newest = Path(made.strip())
    demo_path.write_bytes(b"")
    keys_before = keyslots.key_path(demo_path).read_bytes()
    code, out, err = run(capsys, "search", "--db", str(demo_path), *cli_login, "a")
    assert code == 2 and "is empty (0 bytes) and was kept" in err and newest.name in err, err
    assert demo_path.stat().st_size == 0
    assert not Path(f"{demo_path}-wal").exists()
    assert keyslots.key_path(demo_path).read_bytes() == keys_before
    # the window's login treats it as a damaged file (quarantine, offer a backup), not as a
    # wrong password and never as a new town
    with pytest.raises(EmptyDatabaseError) as info:
        accounts.login(demo_path, "admin", DEMO_PASSWORD)
    assert isinstance(info.value, db.WrongKeyOrDamagedError)
    assert demo_path.stat().st_size == 0
    # and `restore` puts the backup back without a login to the empty file
    code, out, err = run(capsys, "restore", "--db", str(demo_path), *cli_login,
                         "--from", str(newest))
    assert code == 0, err
    code, out, err = run(capsys, "search", "--db", str(demo_path), *cli_login, "a")
    assert code == 0 and out, err


def test_an_interrupted_demo_leaves_no_half_made_town(tmp_path: Path) -> None:
    """`madoguchi demo` killed at many moments: afterwards there is either no town at all
    (and a new demo can be made there) or a whole one that logs in."""
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    outcomes = {"none": 0, "whole": 0}
    for n, delay in enumerate([0.05 * i for i in range(1, 13)]):
        target = tmp_path / f"t{n}" / "demo.db"
        target.parent.mkdir()
        child = subprocess.Popen([sys.executable, "-m", "app", "demo", "--db", str(target),
                                  "--residents", "400", "--years", "2", "--password",
                                  DEMO_PASSWORD], env=env, cwd=root,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        keys = keyslots.key_path(target)
        if not target.exists():
            outcomes["none"] += 1
            assert not keys.exists()
            assert main(["demo", "--db", str(target), "--residents", "3", "--years", "1"]) == 0
            continue
        outcomes["whole"] += 1
        services = accounts.login(target, "staff", DEMO_PASSWORD)
        try:
            assert services.store.query_one("SELECT count(*) FROM residents")[0] == 400
        finally:
            services.close()
    assert outcomes["none"] > 0, outcomes  # some kills came before the end


def test_the_window_lock_follows_the_file_not_its_name(tmp_path: Path) -> None:
    """A symbolic or hard link to an open database is the same database."""
    from app import instance

    real = tmp_path / "town.db"
    real.write_bytes(b"x")
    (tmp_path / "other").mkdir()
    soft = tmp_path / "other" / "soft.db"
    soft.symlink_to(real)
    hard = tmp_path / "other" / "hard.db"
    os.link(real, hard)
    with instance.acquire(real):
        for alias in (soft, hard):
            with pytest.raises(instance.AlreadyOpenError):
                instance.acquire(alias)
    with instance.acquire(hard), pytest.raises(instance.AlreadyOpenError):
        instance.acquire(real)
    instance.acquire(soft).release()


def full_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The whole-file checks the command line runs (the real check, counted)."""
    from app import backup

    seen: list[Path] = []
    real = backup.quick_check

    def counted(db_path: Path, key: bytes | None) -> bool:
        seen.append(db_path)
        return real(db_path, key)

    monkeypatch.setattr(backup, "quick_check", counted)
    return seen


def test_a_command_checks_the_whole_file_only_when_it_changed_or_a_day_passed(
        demo_path: Path, cli_login: list[str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import UTC, datetime, timedelta

    from app import integrity

    seen = full_checks(monkeypatch)
    for _ in range(3):
        code, out, err = run(capsys, "search", "--db", str(demo_path), *cli_login, "a")
        assert code == 0 and out, err
    assert len(seen) == 1  # the first: no good check recorded yet; then its own writes only
    last = integrity.last_full_check(demo_path)
    assert last is not None
    integrity.record_checked(demo_path, last - timedelta(days=1, seconds=1))
    code, out, err = run(capsys, "users", "list", "--db", str(demo_path), *cli_login)
    assert code == 0 and len(seen) == 2  # the day's full check
    assert integrity.last_full_check(demo_path) > datetime.now(UTC) - timedelta(minutes=1)
    code, out, err = run(capsys, "users", "list", "--db", str(demo_path), *cli_login)
    assert code == 0 and len(seen) == 2
    integrity.mark_damaged(demo_path)  # the window's background check found damage
    code, out, err = run(capsys, "users", "list", "--db", str(demo_path), *cli_login)
    assert code == 0 and len(seen) == 3 and not integrity.damage_marked(demo_path), err


def test_damage_after_a_checked_command_is_still_refused(
        demo_path: Path, cli_login: list[str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    seen = full_checks(monkeypatch)
    code, made, err = run(capsys, "backup", "--db", str(demo_path), *cli_login)
    assert code == 0, err
    code, out, err = run(capsys, "search", "--db", str(demo_path), *cli_login, "a")
    assert code == 0 and len(seen) == 1, err
    damage(demo_path)  # a page no login reads, right after the command
    code, out, err = run(capsys, "search", "--db", str(demo_path), *cli_login, "a")
    assert code == 2 and "is damaged and was not changed" in err, err
    assert len(seen) == 2
