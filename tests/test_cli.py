from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FAST_KDF

from app import __version__, accounts, cli
from ui.launcher import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_check_search_export_import(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    db = tmp_path / "town.db"
    code, out, _ = run(capsys, "demo", "--db", str(db), "--residents", "60", "--years", "1",
                       "--seed", "3")
    assert code == 0 and "residents 60" in out
    monkeypatch.setenv("MADOGUCHI_PASSWORD", "demo")
    code, out, _ = run(capsys, "check", "--db", str(db), "--user", "admin")
    assert code == 0
    assert "quick_check: ok" in out and "foreign_key_check: ok" in out
    assert "result: ok" in out and "residents: 60" in out

    code, out, _ = run(capsys, "search", "--db", str(db), "--user", "staff", "nguyen")
    lines = out.splitlines()
    assert code == 0 and lines
    assert all(line.split("\t")[0] in {"resident", "consultation", "organisation",
                                       "bridge_person"} for line in lines)
    assert any("Nguy" in line for line in lines)

    dump = tmp_path / "town.json"
    code, out, _ = run(capsys, "export", "--db", str(db), "--user", "admin", "--out", str(dump))
    assert code == 0 and "residents 60" in out
    empty = tmp_path / "empty.db"
    accounts.create_database(empty, "clerk", "demo-password-2", kdf=FAST_KDF)[0].close()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", "demo-password-2")
    code, out, _ = run(capsys, "import", "--db", str(empty), "--user", "clerk", str(dump))
    assert code == 0 and "residents 60" in out
    assert json.loads(dump.read_text(encoding="utf-8"))["format_version"] == 2


@pytest.mark.parametrize("argv,needle", [
    (["check", "--db", "{tmp}/missing.db"], "There is no database"),
    (["search", "--db", "{tmp}/missing.db", "x"], "There is no database"),
    (["import", "--db", "{tmp}/t.db", "--user", "clerk", "{tmp}/nothing.json"],
     "There is no file"),
    (["export", "--db", "{tmp}/t.db", "--user", "clerk", "--out", "{tmp}/no/such/dir/x.json"],
     "does not exist"),
    (["demo", "--db", "{tmp}/t.db"], "already exists"),
    (["search", "--db", "{tmp}/t.db", "x"], "give --user NAME"),
    (["search", "--db", "{tmp}/t.db", "--user", "nobody", "x"],
     "user name or password is not right"),
    (["search", "--db", "{tmp}/plain.db", "--user", "clerk", "x"], "is not encrypted"),
])
def test_user_mistakes_get_one_clear_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          argv: list[str], needle: str) -> None:
    from app.store import open_store

    accounts.create_database(tmp_path / "t.db", "clerk", "password-123", kdf=FAST_KDF)[0].close()
    open_store(tmp_path / "plain.db", create=True).close()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", "password-123")
    code, out, err = run(capsys, *[a.replace("{tmp}", str(tmp_path)) for a in argv])
    assert code != 0
    assert needle in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_bad_import_file_names_record_and_field(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "t.db"
    accounts.create_database(db, "clerk", "password-123", kdf=FAST_KDF)[0].close()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", "password-123")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "madoguchi-export", "format_version": 1,
                               "residents": [{"uuid": "5f0c1a9e-2b3d-4e5f-8a7b-9c0d1e2f3a4b",
                                              "nationality": "VN",
                                              "given_name": "Lan", "arrival_date": "2026-2-30"}]}),
                   encoding="utf-8")
    code, _, err = run(capsys, "import", "--db", str(db), "--user", "clerk", str(bad))
    assert code == 2
    assert "residents[0]" in err and "'arrival_date'" in err and "Nothing was imported" in err


def test_app_cli_alone_has_no_window(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert cli.main(["--db", str(tmp_path / "x.db")]) == 2
    assert "window is not part" in capsys.readouterr().err


def test_installed_command_runs() -> None:
    result = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0 and __version__ in result.stdout
