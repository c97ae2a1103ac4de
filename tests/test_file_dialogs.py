"""Dialogs start in the user's Documents folder, then where they last saved that kind of
file; never in the program's working folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from ui import file_dialogs


def test_documents_first_then_the_last_folder_used(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(docs))
    monkeypatch.chdir(tmp_path)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert file_dialogs.start_folder("reports", settings) == docs
    chosen = tmp_path / "年報"
    chosen.mkdir()
    file_dialogs.remember("reports", str(chosen / "annual.pdf"), settings)
    assert file_dialogs.start_folder("reports", settings) == chosen
    assert file_dialogs.start_folder("exchange", settings) == docs  # per kind of file
    chosen.rmdir()  # a folder that is gone (a USB stick taken out): Documents again
    assert file_dialogs.start_folder("reports", settings) == docs
