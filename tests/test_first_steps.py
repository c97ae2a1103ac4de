"""A new town shows its first steps on Today, each one click away; a knowledge pack comes in
from the window after a preview, as with `madoguchi kb import`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app import kbpack
from app.services import Services


def test_a_new_town_shows_its_first_steps_until_it_has_records(
        qtbot: QtBot, services: Services) -> None:
    from app.records import Resident
    from ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    today: Any = window.show_page("today")
    assert today.first_steps.isVisible()
    window.first_step("settings")
    assert window.stack.currentWidget() is window.pages["settings"]
    services.residents.save(Resident(nationality="VN", family_name_latin="Tran"))
    today = window.show_page("today")
    today.refresh()
    assert not today.first_steps.isVisible()


def test_a_knowledge_pack_is_imported_from_the_window_after_a_preview(
        qtbot: QtBot, services: Services, demo: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import kb_pack
    from ui.pages.knowledge import KnowledgePage

    pack = tmp_path / "pack.json"
    exported = kbpack.export_pack(demo.store, demo.knowledge, pack)
    assert exported > 0
    seen: list[kbpack.PackPreview] = []
    monkeypatch.setattr(kb_pack, "choose_pack", lambda _p: str(pack))
    monkeypatch.setattr(kb_pack, "confirm", lambda _p, preview: seen.append(preview) or False)
    page = KnowledgePage(services)
    qtbot.addWidget(page)
    assert not page.import_pack()  # cancelled at the preview: nothing written
    assert seen and seen[0].counts()["new"] == exported
    assert services.knowledge.entries() == []
    monkeypatch.setattr(kb_pack, "confirm", lambda _p, _preview: True)
    assert page.import_pack()
    assert len(services.knowledge.entries()) == exported
