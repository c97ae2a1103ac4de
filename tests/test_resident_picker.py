"""The resident picker: typing is never lost (pauses, an IME committing in chunks), the
pop-up shows whole names, a picked person shows as their name, a first-time walk-in is made
from inside the picker, and picking fills what the record knows."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.records import Resident
from app.services import Services
from ui.resident_picker import ResidentPicker


@pytest.fixture
def people(services: Services) -> dict[str, int]:
    return {
        "minh": services.residents.save(Resident(
            nationality="VN", family_name="Nguyễn", given_name="Văn Minh Anh",
            kana="グエン ミンアン", languages=["vi"], district="本町")),
        "huy1": services.residents.save(Resident(
            nationality="VN", family_name_latin="Nguyễn Thị", given_name_latin="Huyền Trang",
            kana="グエン ティ フエン チャン", district="港町一丁目")),
        "huy2": services.residents.save(Resident(
            nationality="VN", family_name_latin="Nguyễn Thị", given_name_latin="Huyền Thương",
            kana="グエン ティ フエン トゥオン", district="港町二丁目")),
    }


HOSTS: list[QWidget] = []


def shown_picker(qtbot: QtBot, services: Services) -> ResidentPicker:
    host = QWidget()
    qtbot.addWidget(host)
    picker = ResidentPicker(services, host)
    QVBoxLayout(host).addWidget(picker)
    host.resize(320, 80)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    picker.edit.setFocus()
    qtbot.waitUntil(picker.edit.hasFocus)
    HOSTS.append(host)  # qtbot holds widgets weakly; the window must outlive this function
    return picker


def receiver() -> QWidget:
    """Where the keyboard goes now, as the window system would send it: an open pop-up
    takes the keys first."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None
    return target


def commit(text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(receiver(), event)


def test_typing_goes_on_after_the_popup_opens(qtbot: QtBot, services: Services,
                                              people: dict[str, int]) -> None:
    picker = shown_picker(qtbot, services)
    qtbot.keyClicks(receiver(), "nguyen")
    qtbot.waitUntil(lambda: picker.completer.popup().isVisible())  # the pause
    qtbot.keyClicks(receiver(), " minh")
    assert picker.currentText() == "nguyen minh"
    qtbot.wait(400)
    assert [c.id for c in picker.found()] == [people["minh"]]


def test_an_ime_that_commits_in_chunks_loses_nothing(qtbot: QtBot, services: Services,
                                                     people: dict[str, int]) -> None:
    picker = shown_picker(qtbot, services)
    commit("グエン")
    qtbot.waitUntil(lambda: picker.completer.popup().isVisible())
    commit(" ミンア")
    assert picker.currentText() == "グエン ミンア"
    commit("ン")
    assert picker.currentText() == "グエン ミンアン"
    qtbot.wait(400)
    assert [c.id for c in picker.found()] == [people["minh"]]


def test_the_popup_shows_whole_names_and_the_field_takes_the_name(
        qtbot: QtBot, services: Services, people: dict[str, int]) -> None:
    picker = shown_picker(qtbot, services)
    qtbot.keyClicks(receiver(), "huyen")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    labels = [picker.label(i) for i in range(len(picker.found()))]
    assert any("Huyền Trang" in label for label in labels)
    assert any("Huyền Thương" in label for label in labels)
    widest = max(popup.fontMetrics().horizontalAdvance(label) for label in labels)
    assert popup.viewport().width() >= widest, "a row of the pop-up is cut off"
    row = next(i for i, label in enumerate(labels) if "Thương" in label)
    picker.pick(row)
    assert picker.currentText() == "Nguyễn Thị Huyền Thương"
    assert picker.resident_id() == people["huy2"]
    assert not popup.isVisible()


def test_enter_on_a_name_that_finds_one_person_picks_them(
        qtbot: QtBot, services: Services, people: dict[str, int]) -> None:
    picker = shown_picker(qtbot, services)
    picker.edit.setText("ミンアン")
    with qtbot.waitSignal(picker.picked):
        picker.edit.returnPressed.emit()
    assert picker.resident_id() == people["minh"]


def test_a_first_time_walk_in_is_made_from_the_picker(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.forms.consultation import ConsultationForm
    from ui.forms.resident import ResidentForm

    def fill(form: ResidentForm) -> int:
        assert form.kana.text() == "チャン ミーリン"  # what was typed, where it belongs
        form.family_name.setText("张")
        form.given_name.setText("美琳")
        form.nationality.set_code("CN")
        form.languages.set_codes(["zh"])
        assert form.save()
        return 1

    monkeypatch.setattr(ResidentForm, "launch", fill)
    form = ConsultationForm(services)
    qtbot.addWidget(form)
    form.resident.search_now("チャン ミーリン")
    assert form.resident.found() == []
    new_row = form.resident.model.rowCount() - 1
    assert "チャン ミーリン" in form.resident.label(new_row)
    form.resident.pick(new_row)
    rid = form.resident.resident_id()
    assert rid is not None
    assert services.residents.get(rid).kana == "チャン ミーリン"
    assert form.resident.currentText() == "张 美琳"
    assert form.language.code() == "zh", "picking fills the language they use"


def test_picking_fills_the_language_used(qtbot: QtBot, services: Services,
                                         people: dict[str, int]) -> None:
    from ui.forms.consultation import ConsultationForm

    form = ConsultationForm(services)
    qtbot.addWidget(form)
    form.resident.search_now("minh")
    form.resident.pick(0)
    assert form.language.code() == "vi"


def test_enter_in_the_attendee_picker_adds_the_attendee(
        qtbot: QtBot, services: Services, people: dict[str, int]) -> None:
    from ui.forms.session import SessionForm

    form: Any = SessionForm(services)
    qtbot.addWidget(form)
    form.attendee_picker.edit.setText("ミンアン")
    form.attendee_picker.edit.returnPressed.emit()
    assert form._attendee_ids() == [people["minh"]]
    assert form.attendee_picker.currentText() == ""
