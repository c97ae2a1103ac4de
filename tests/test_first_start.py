"""The first start on a fresh PC, as the Start-menu shortcut does it: no --db, an empty home
folder, the data folder found by platformdirs (no MADOGUCHI_HOME), a Japanese system locale.
The first-run wizard must open, in Japanese, with the data folder made for it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import MadoguchiError

ROOT = Path(__file__).resolve().parent.parent

# Runs in a child process so that platformdirs and Qt see only the environment given here.
# The wizard's launch() seam reports what a user would see and closes it, as Cancel would.
CHILD = r"""
import json, sys
from pathlib import Path
from ui import first_run
from app.paths import default_db_path

def launch(self):
    from PySide6.QtWidgets import QApplication
    print("WIZARD " + json.dumps({
        "title": self.windowTitle(),
        "db": str(self.db_path),
        "folder_exists": Path(self.db_path).parent.is_dir(),
        "db_exists": Path(self.db_path).exists(),
    }, ensure_ascii=False), flush=True)
    return 0

first_run.FirstRunWizard.launch = launch
from PySide6.QtWidgets import QMessageBox
QMessageBox.critical = staticmethod(lambda *a, **k: print("CRITICAL", a[2], flush=True))
from ui.launcher import main
code = main([])
print("EXIT", code, default_db_path(), flush=True)
sys.exit(code)
"""


def _shortcut_env(home: Path, lang: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "MADOGUCHI_", "LC_"))}
    env.update(HOME=str(home), LANG=lang, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    return env


def _start(home: Path, lang: str = "ja_JP.UTF-8") -> tuple[dict[str, object], str]:
    done = subprocess.run([sys.executable, "-c", CHILD], env=_shortcut_env(home, lang),
                          capture_output=True, text=True, timeout=60, cwd=home)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("WIZARD ")]
    assert lines, f"the wizard never opened: {done.stdout}\n{done.stderr}"
    return json.loads(lines[0].removeprefix("WIZARD ")), done.stdout


def test_the_shortcut_on_an_empty_home_reaches_the_wizard_in_japanese(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    seen, out = _start(home)
    db = Path(str(seen["db"]))
    assert db.is_relative_to(home), "the data folder is the user's, found by platformdirs"
    assert seen["folder_exists"] is True
    assert seen["db_exists"] is False, "the wizard makes the database, nothing before it"
    assert seen["title"] == "Madoguchi — 初回設定", "the system's language, from the start"
    # Cancelled: nothing but the empty data folder and its lock file is left behind.
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name + ".lock"]


def test_a_missing_folder_named_with_db_is_refused_and_not_made(tmp_path: Path) -> None:
    from ui.main import prepare_folder

    target = tmp_path / "no-such-folder" / "town.db"
    with pytest.raises(MadoguchiError, match="does not exist"):
        prepare_folder(target, explicit=True)
    assert not target.parent.exists()
    prepare_folder(target, explicit=False)
    assert target.parent.is_dir()
