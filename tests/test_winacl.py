"""Owner-only files on Windows (app/winacl.py). icacls cannot run here: what is tested is
the command built, that it is run only on Windows, that a failure never stops a write, and
that every way Madoguchi creates a private file asks for it. Untested on a real Windows
machine (docs/security.md says so)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF, PASSWORD

from app import accounts, files, winacl

ENV = {"USERNAME": "Tanaka Hanako", "USERDOMAIN": "TOWNHALL-PC07"}


class Recorder:
    def __init__(self, returncode: int = 0, fail: bool = False) -> None:
        self.calls: list[tuple[list[str], dict[str, Any]]] = []
        self.returncode, self.fail = returncode, fail

    def __call__(self, command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        self.calls.append((command, kwargs))
        if self.fail:
            raise FileNotFoundError("icacls")
        return subprocess.CompletedProcess(command, self.returncode, "", "")


def test_the_command_removes_inheritance_and_grants_the_account_alone(tmp_path: Path) -> None:
    target = tmp_path / "町 data" / "madoguchi.db.keys"
    assert winacl.icacls_command(target, winacl.current_account(ENV)) == [
        "icacls", str(target), "/inheritance:r", "/grant:r",
        "TOWNHALL-PC07\\Tanaka Hanako:(F)", "/Q"]
    assert winacl.current_account({"USERNAME": "cir"}) == "cir"
    with pytest.raises(OSError):
        winacl.current_account({})


def test_it_runs_on_windows_only_without_a_console_window(tmp_path: Path) -> None:
    run = Recorder()
    assert winacl.restrict(tmp_path / "x.db", platform="linux", env=ENV, run=run) is False
    assert run.calls == []
    assert winacl.restrict(tmp_path / "x.db", platform="win32", env=ENV, run=run) is True
    (command, kwargs), = run.calls
    assert command[0] == "icacls" and command[1] == str(tmp_path / "x.db")
    assert kwargs["check"] is False and kwargs["timeout"] == winacl.TIMEOUT_S
    assert "creationflags" in kwargs


@pytest.mark.parametrize("run", [Recorder(returncode=5), Recorder(fail=True)])
def test_a_failure_is_logged_by_file_name_and_never_stops_the_write(
        tmp_path: Path, run: Recorder, caplog: pytest.LogCaptureFixture) -> None:
    target = tmp_path / "Nguyen Thi Lan.json"
    assert winacl.restrict(target, platform="win32", env=ENV, run=run) is False
    assert "Nguyen Thi Lan.json" in caplog.text and str(tmp_path) not in caplog.text


def test_every_private_file_madoguchi_makes_asks_for_it(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[Path] = []
    monkeypatch.setattr(winacl, "restrict", lambda path, **_: asked.append(Path(path)))
    with files.atomic_path(tmp_path / "out.json") as tmp:
        tmp.write_text("{}")
    assert asked == [tmp]
    asked.clear()
    services, _code = accounts.create_database(tmp_path / "town.db", "clerk", PASSWORD,
                                               kdf=FAST_KDF)
    services.close()
    names = {p.name for p in asked}
    assert "town.db" in names  # the database itself
    assert any(n.startswith(".town.db.keys.") for n in names)  # the key file, before rename
