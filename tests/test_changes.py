"""Every committed write tells the store's listeners what it changed (app/changes.py): the
kinds, and the records it can name by uuid, whoever made it (a form's save, a delete, an
import on a connection of its own); a write that is rolled back or only reads tells nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import exchange
from app.changes import Change, Changes
from app.errors import MadoguchiError
from app.records import Consultation, Resident
from app.services import Services


def listen(services: Services) -> list[Changes]:
    heard: list[Changes] = []
    services.store.listeners.append(heard.append)
    return heard


def test_a_save_and_a_delete_name_their_record(services: Services) -> None:
    heard = listen(services)
    rid = services.residents.save(Resident(family_name_latin="Tran", nationality="VN"))
    uuid = services.residents.get(rid).uuid
    assert len(heard) == 1
    assert "resident" in heard[0].kinds and heard[0].names("resident", uuid)
    assert Change("resident", uuid, "create") in heard[0].records
    cid = services.consultations.save(Consultation(
        occurred_at="2026-11-20T10:00", resident_id=rid, language="vi", channel="desk",
        topics=["housing"], asked="家賃"))
    cuuid = services.consultations.get(cid).uuid
    assert heard[1].affects({"consultation"}) and heard[1].uuids("consultation") == {cuuid}
    services.consultations.delete(cid)
    assert Change("consultation", cuuid, "delete") in heard[2].records
    assert not heard[2].affects({"resident"})


def test_reading_printing_and_a_rolled_back_write_tell_nothing(services: Services) -> None:
    heard = listen(services)
    services.note_printed("a list")  # an audit row, no record changed
    services.residents.names([1])
    with pytest.raises(MadoguchiError), services.store.write() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
        raise MadoguchiError("stop")
    assert heard == []
    services.store.set_setting("town_name_en", "Misato")
    assert heard == [Changes.of({"setting"})]


def test_an_import_on_a_connection_of_its_own_is_told_to_the_windows_store(
        demo: Services, services: Services, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    exchange.export_file(demo.store, out)
    heard = listen(services)
    own = services.reopen()  # as a job does
    try:
        exchange.import_data(own.store, exchange.load_file(out))
    finally:
        own.close()
    assert len(heard) == 1
    assert heard[0].affects({"resident"}) and heard[0].affects({"consultation"})
    assert heard[0].affects({"session"}) and heard[0].affects({"organisation"})


def test_a_listeners_bug_does_not_undo_the_write(services: Services) -> None:
    def broken(_changes: Changes) -> None:
        raise RuntimeError("listener")

    services.store.listeners.append(broken)
    rid = services.residents.save(Resident(family_name_latin="Tran", nationality="VN"))
    assert services.residents.get(rid).family_name_latin == "Tran"


# -- the window: pages, Today and an open resident's page follow what changed

def test_an_import_job_refreshes_the_list_on_screen_and_marks_only_affected_pages(
        qtbot: object, services: Services, demo: Services, tmp_path: Path) -> None:
    from typing import Any

    from ui.main_window import MainWindow

    out = tmp_path / "all.json"
    exchange.export_file(demo.store, out)
    window = MainWindow(services)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    window.show_page("today")
    window.show_page("directory")
    window.show_page("knowledge")
    box: Any = window.show_page("settings").transfer  # type: ignore[attr-defined]
    consultations: Any = window.show_page("consultations")
    assert consultations.model.rowCount() == 0
    box.choose_import_path = lambda: str(out)
    box.import_()  # as if from Settings, with the list on screen
    qtbot.waitUntil(lambda: consultations.model.rowCount() > 0,  # type: ignore[attr-defined]
                    timeout=30_000)
    assert {"today", "directory", "knowledge"} <= window._stale  # noqa: SLF001
    assert "consultations" not in window._stale  # noqa: SLF001 (read again at once)
    window._stale.clear()  # noqa: SLF001
    services.consultations.save(Consultation(
        occurred_at="2026-11-20T10:00", nationality="VN", language="vi", channel="desk",
        topics=["housing"], asked="家賃"))
    assert "today" in window._stale and "directory" not in window._stale  # noqa: SLF001


def test_an_open_residents_page_shows_a_consultation_saved_elsewhere(
        qtbot: object, services: Services) -> None:
    import threading

    from ui.opener import RecordOpener
    from ui.resident_view import ResidentView

    rid = services.residents.save(Resident(family_name_latin="Tran", nationality="VN"))
    opener = RecordOpener(services)
    view = ResidentView(services, rid, opener)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    assert view.timeline.rowCount() == 0

    def elsewhere() -> None:  # another connection, on another thread (a job, a sync)
        own = services.reopen()
        try:
            own.consultations.save(Consultation(
                occurred_at="2026-11-20T10:00", resident_id=rid, language="vi",
                channel="desk", topics=["housing"], asked="家賃"))
        finally:
            own.close()

    worker = threading.Thread(target=elsewhere)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: view.timeline.rowCount() == 1,  # type: ignore[attr-defined]
                    timeout=5_000)


def test_search_results_on_screen_follow_a_change(qtbot: object, services: Services) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.search_box.setText("Tran")
    window.run_search()
    assert window.search_page.items == []
    own = services.reopen()  # another connection (an import job, a sync)
    try:
        own.residents.save(Resident(family_name_latin="Tran", nationality="VN"))
    finally:
        own.close()
    assert [i.kind for i in window.search_page.items] == ["resident"]
