"""Files Madoguchi writes outside the database (exports, backups, reports, handover packs,
knowledge packs) on a real, small file system that fills up: one sentence, exit 2, and no
partial or temporary file left behind. A tmpfs is mounted for it, which needs root; the
all-or-nothing groups are also checked on the ordinary disk."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import files
from app.errors import MadoguchiError
from ui.launcher import main

SMALL = "64k"


def _can_mount() -> str | None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "mounting a small tmpfs needs root"
    if subprocess.run(["which", "mount"], capture_output=True).returncode != 0:
        return "no mount command"
    return None


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    reason = _can_mount()
    if reason:
        pytest.skip(reason)
    point = tmp_path / f"small-{uuid.uuid4().hex[:6]}"
    point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SMALL},mode=0700", "tmpfs",
                           str(point)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {done.stderr.strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", [
    ["export", "--out", "{disk}/all.json"],
    ["backup", "--to", "{disk}"],
    ["report", "monthly", "--month", "2026-04", "--out", "{disk}", "--format", "csv,pdf"],
    ["report", "annual", "--fiscal-year", "2025", "--out", "{disk}", "--format", "pdf,xlsx"],
    ["handover", "--out", "{disk}"],
    ["kb", "export", "--out", "{disk}/kb.json"],
], ids=["export", "backup", "monthly", "annual", "handover", "kb"])
def test_a_full_disk_gives_one_sentence_and_leaves_no_partial_file(
        small_disk: Path, demo_path: Path, cli_login: list[str],
        capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    # a little of the space is taken, so some outputs start and then run out of room
    (small_disk / "other.txt").write_bytes(b"x" * 8192)
    before = listing(small_disk)
    argv = [a.replace("{disk}", str(small_disk)) for a in command]
    where = 2 if argv[0] == "report" or (argv[0] == "kb") else 1
    code, out, err = run(capsys, *argv[:where], "--db", str(demo_path), *cli_login,
                         *argv[where:])
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0], err
    assert "Traceback" not in err and "unexpected" not in err
    assert listing(small_disk) == before


def test_the_import_stops_when_its_backup_does_not_fit(
        small_disk: Path, demo_path: Path, tmp_path: Path, cli_login: list[str],
        capsys: pytest.CaptureFixture[str]) -> None:
    """The backup taken before an import goes to a full drive: nothing is imported."""
    export = tmp_path / "all.json"
    assert run(capsys, "export", "--db", str(demo_path), *cli_login, "--out", str(export))[0] == 0
    assert run(capsys, "backup", "--db", str(demo_path), *cli_login,
               "--set-folder", str(tmp_path))[0] == 0
    other = tmp_path / "other.db"
    code, _out, err = run(capsys, "demo", "--db", str(other), "--residents", "5", "--years",
                          "1", "--password", "demo-pass")
    assert code == 0, err
    code, _out, err = run(capsys, "backup", "--db", str(other), *cli_login,
                          "--set-folder", str(small_disk))
    assert code == 2 and "disk is full" in err  # the folder is remembered all the same
    before = listing(small_disk)
    code, out, err = run(capsys, "search", "--db", str(other), *cli_login, "a")
    found = out
    code, _out, err = run(capsys, "import", "--db", str(other), *cli_login, str(export))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "disk is full" in err
    assert listing(small_disk) == before
    assert run(capsys, "search", "--db", str(other), *cli_login, "a")[1] == found


def test_a_group_of_files_is_all_or_nothing(tmp_path: Path) -> None:
    """A failure after two files were written takes them back and restores what they
    replaced; the group's temporary and set-aside files are gone either way."""
    old = tmp_path / "a.txt"
    old.write_text("old a")
    with pytest.raises(MadoguchiError), files.all_or_nothing():
        files.write_atomically(old, lambda fh: fh.write(b"new a"))
        files.write_atomically(tmp_path / "b.txt", lambda fh: fh.write(b"new b"))
        assert old.read_text() == "new a"
        raise files.OutputError(files.OUTPUT_DISK_FULL, "c.txt")
    assert listing(tmp_path) == ["a.txt"] and old.read_text() == "old a"
    with files.all_or_nothing():
        files.write_atomically(old, lambda fh: fh.write(b"new a"))
        files.write_atomically(tmp_path / "b.txt", lambda fh: fh.write(b"new b"))
    assert listing(tmp_path) == ["a.txt", "b.txt"] and old.read_text() == "new a"


def test_an_output_named_like_a_folder_is_one_sentence(
        demo_path: Path, tmp_path: Path, cli_login: list[str],
        capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "export", "--db", str(demo_path), *cli_login,
                          "--out", str(tmp_path))
    assert code == 2 and "is a folder" in err and len(err.strip().splitlines()) == 1


def test_new_files_are_private(demo_path: Path, tmp_path: Path, cli_login: list[str],
                               capsys: pytest.CaptureFixture[str]) -> None:
    """A new database, its key file and what is written from it are readable by the owner
    only (0600), whatever the umask."""
    old = os.umask(0o022)
    try:
        db = tmp_path / "new.db"
        assert run(capsys, "demo", "--db", str(db), "--residents", "5", "--years", "1")[0] == 0
        assert run(capsys, "export", "--db", str(demo_path), *cli_login,
                   "--out", str(tmp_path / "all.json"))[0] == 0
    finally:
        os.umask(old)
    for path in (db, Path(f"{db}.keys"), tmp_path / "all.json"):
        assert path.stat().st_mode & 0o077 == 0, path
