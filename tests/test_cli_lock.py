"""A command that changes records takes the window's instance lock: while a window holds
the database, it stops with one sentence and changes nothing; reading commands still run."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DEMO_PASSWORD

from app import exchange, instance
from app.services import Services
from ui.launcher import main


def test_a_writing_command_is_refused_while_the_window_holds_the_database(
        demo: Services, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    dump = tmp_path / "all.json"
    exchange.export_file(demo.store, dump)
    before = demo.store.query_one("SELECT count(*) FROM audit")[0]
    monkeypatch.setenv("MADOGUCHI_PASSWORD", DEMO_PASSWORD)
    window = instance.acquire(demo_path)  # as the window takes it before its login
    try:
        capsys.readouterr()
        code = main(["import", "--db", str(demo_path), "--user", "admin", str(dump)])
        err = capsys.readouterr().err
        assert code != 0
        assert "is open in a Madoguchi window" in err and "Nothing was changed" in err
        assert len(err.strip().splitlines()) == 1
        assert demo.store.query_one("SELECT count(*) FROM audit")[0] == before
        code = main(["users", "add", "--db", str(demo_path), "--user", "admin", "newcomer"])
        assert code != 0 and "is open in a Madoguchi window" in capsys.readouterr().err
        code = main(["search", "--db", str(demo_path), "--user", "admin", "nguyen"])
        assert code == 0 and capsys.readouterr().out  # reading goes on
    finally:
        window.release()
    monkeypatch.setenv("MADOGUCHI_NEW_PASSWORD", "a long new password")
    code = main(["users", "add", "--db", str(demo_path), "--user", "admin", "newcomer"])
    assert code == 0, capsys.readouterr().err
    with instance.acquire(demo_path):
        pass  # the command let the lock go
