"""A database on read-only media (a CD, a write-protected USB stick, a read-only mount):
opened immutable, said so, readable and reportable; never called damaged, never
quarantined, and every change refused with one sentence. A real read-only tmpfs is mounted
for it, which needs root."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import DEMO_PASSWORD
from test_output_files import _can_mount

from app import accounts, backup, keyslots, paths, storage
from app.store import ReadOnlyError
from ui.launcher import main
from ui.startup import after_login


@pytest.fixture
def read_only_copy(demo_path: Path, tmp_path: Path) -> Iterator[Path]:
    reason = _can_mount()
    if reason:
        pytest.skip(reason)
    point = tmp_path / "cd"
    point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {done.stderr.strip()}")
    try:
        target = point / "town.db"
        shutil.copy(demo_path, target)
        shutil.copy(keyslots.key_path(demo_path), keyslots.key_path(target))
        subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
        yield target
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_read_only_media_can_be_read_and_reported_on(
        read_only_copy: Path, tmp_path: Path, cli_login: list[str],
        capsys: pytest.CaptureFixture[str]) -> None:
    db = str(read_only_copy)
    before = digest(read_only_copy.parent)
    assert storage.read_only(read_only_copy)
    code, out, err = run(capsys, "check", "--db", db, *cli_login)
    assert code == 0 and "result: ok" in out, err
    code, out, err = run(capsys, "search", "--db", db, *cli_login, "a")
    assert code == 0 and out and "read-only media" in err, err
    out_dir = tmp_path / "reports"
    out_dir.mkdir()
    code, out, err = run(capsys, "report", "monthly", "--db", db, *cli_login,
                         "--month", "2026-04", "--out", str(out_dir), "--format", "csv")
    assert code == 0 and list(out_dir.iterdir()), err
    code, out, err = run(capsys, "audit", "verify", "--db", db, *cli_login)
    assert code == 0, err
    source = tmp_path / "in.json"
    source.write_text(json.dumps({"format": "madoguchi-export", "format_version": 1}))
    code, out, err = run(capsys, "import", "--db", db, *cli_login, str(source))
    assert code == 2 and "nothing can be changed" in err.splitlines()[-1], err
    assert digest(read_only_copy.parent) == before


def test_a_healthy_read_only_file_is_not_called_damaged(
        read_only_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = accounts.unlock(read_only_copy, "admin", DEMO_PASSWORD).key
    assert backup.quick_check(read_only_copy, key)
    services = accounts.login(read_only_copy, "admin", DEMO_PASSWORD)
    seen: list[str] = []
    monkeypatch.setattr("ui.startup.QMessageBox.information",
                        lambda *a, **k: seen.append(a[2]))
    monkeypatch.setattr("ui.startup.QMessageBox.warning", lambda *a, **k: None)
    kept = after_login(services)
    assert kept is services and services.store.readonly
    assert seen and "read-only media" in seen[0]
    try:
        assert services.store.query_one("SELECT count(*) FROM residents")[0] > 0
        with pytest.raises(ReadOnlyError):
            services.store.set_setting("town_name_en", "x")
    finally:
        services.close()
    assert read_only_copy.exists()
    assert not (paths.data_dir() / "quarantine").exists()
