"""What the desk keeps of a person (phone, date of birth, residence card and the end of the
period of stay) and of an accompaniment (department, who went, interpreter); renewal
reminders on Today; the small things a form does for the typist."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import exchange
from app.errors import ValidationError
from app.jptime import today_local
from app.records import Accompaniment, Resident
from app.services import Services


def resident(**extra: Any) -> Resident:
    fields: dict[str, Any] = {"nationality": "VN", "family_name_latin": "Tran",
                              "given_name_latin": "Thi Mai", **extra}
    return Resident(**fields)


def test_new_resident_fields_are_kept_and_exported(services: Services, tmp_path: Any) -> None:
    expiry = (today_local() + timedelta(days=30)).isoformat()
    rid = services.residents.save(resident(phone="090-1234-5678", birth_date="1998-02-03",
                                           card_number="AB12345678CD", card_expiry=expiry))
    again = services.residents.get(rid)
    assert (again.phone, again.birth_date, again.card_number, again.card_expiry) == (
        "090-1234-5678", "1998-02-03", "AB12345678CD", expiry)
    aid = services.accompaniments.save(Accompaniment(
        date="2026-11-02", destination_kind="hospital", resident_id=rid, department="内科",
        accompanied_by="CIR グエン", interpreter="cir"))
    a = services.accompaniments.get(aid)
    assert (a.department, a.accompanied_by, a.interpreter) == ("内科", "CIR グエン", "cir")
    out = tmp_path / "town.json"
    exchange.export_file(services.store, out)
    text = out.read_text(encoding="utf-8")
    assert '"card_expiry": "' + expiry in text and '"department": "内科"' in text


def test_a_card_number_must_look_like_one(services: Services) -> None:
    with pytest.raises(ValidationError) as bad:
        services.residents.save(resident(card_number="12345"))
    assert "card_number" in bad.value.errors
    with pytest.raises(ValidationError) as bad:
        services.residents.save(resident(birth_date=(today_local() + timedelta(days=1))
                                         .isoformat()))
    assert "birth_date" in bad.value.errors


def test_today_lists_periods_of_stay_ending_within_60_days(
        qtbot: QtBot, services: Services) -> None:
    from ui.main_window import MainWindow

    today = today_local()
    soon = services.residents.save(resident(card_expiry=(today + timedelta(days=20))
                                            .isoformat()))
    services.residents.save(resident(given_name_latin="Later",
                                     card_expiry=(today + timedelta(days=90)).isoformat()))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    page: Any = window.show_page("today")
    page.refresh()
    assert page.cards.ids == [soon]
    assert page.cards.cell_text(0, 2) == "Tran Thi Mai"
    assert "20" in page.cards.cell_text(0, 1)


def test_lists_mask_the_card_number(qtbot: QtBot, services: Services) -> None:
    from ui.main_window import MainWindow

    services.residents.save(resident(card_number="AB12345678CD"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    page: Any = window.show_page("residents")
    column = [key for key, _h in page.headers].index("card_number")
    assert page.model.index(0, column).data() == "AB********CD"


def test_the_resident_form_turns_hiragana_into_katakana_and_tidies_the_card_number(
        qtbot: QtBot, services: Services) -> None:
    from ui.forms.resident import ResidentForm

    form = ResidentForm(services)
    qtbot.addWidget(form)
    form.kana.setText("とらん てぃ まい")
    form.kana.editingFinished.emit()
    assert form.kana.text() == "トラン ティ マイ"
    form.card_number.setText("ａｂ１２３４５６７８ｃｄ")
    form.card_number.editingFinished.emit()
    assert form.card_number.text() == "AB12345678CD"


def test_tab_leaves_a_notes_field_and_ctrl_tab_types_a_tab(qtbot: QtBot,
                                                          services: Services) -> None:
    from ui.forms.resident import ResidentForm

    form = ResidentForm(services)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.notes.setFocus()
    qtbot.waitUntil(form.notes.hasFocus)
    qtbot.keyClick(form.notes, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert form.notes.toPlainText() == "\t"
    qtbot.keyClick(form.notes, Qt.Key.Key_Tab)
    assert form.notes.toPlainText() == "\t" and not form.notes.hasFocus()


def test_the_accompaniment_form_offers_organisations_of_the_destination_kind(
        qtbot: QtBot, services: Services) -> None:
    from app.records import Organisation
    from ui.forms.accompaniment import AccompanimentForm

    clinic = services.directory.save_organisation(Organisation(name="みさき診療所",
                                                               kind="hospital"))
    services.directory.save_organisation(Organisation(name="警察署", kind="police"))
    form: Any = AccompanimentForm(services)
    qtbot.addWidget(form)
    form.destination_kind.set_code("hospital")
    offered = [form.organisation.itemText(i) for i in range(1, form.organisation.count())]
    assert offered == ["みさき診療所"]
    form.organisation.setCurrentIndex(form.organisation.findData(clinic))
    assert form.facility.text() == "みさき診療所"
    form.destination_kind.set_code("police")
    assert [form.organisation.itemText(i) for i in range(form.organisation.count())] == [
        "—", "警察署", "みさき診療所"], "the chosen one stays, so nothing is lost"


def test_a_weekly_class_copies_the_last_one_with_its_attendees(
        qtbot: QtBot, services: Services) -> None:
    from app.records import Session
    from ui.forms.session import SessionForm

    a = services.residents.save(resident())
    b = services.residents.save(resident(given_name_latin="Van Nam"))
    services.sessions.save(Session(date="2026-11-19", kind="japanese_class", title="にほんご教室",
                                   start_time="19:00", venue="公民館", topics=["japanese_language"],
                                   languages=["ja", "vi"], facilitator="山田",
                                   attendee_ids=[a, b], headcounts={"PH": 2}, notes="第10回"))
    form: Any = SessionForm(services)
    qtbot.addWidget(form)
    assert not form.copy_last.isEnabled()
    form.kind.set_code("japanese_class")
    assert form.copy_last.isEnabled()
    form.day.set_value("2026-11-26")
    form.copy_last.click()
    s = form.collect()
    assert (s.date, s.title, s.start_time, s.venue, s.facilitator) == (
        "2026-11-26", "にほんご教室", "19:00", "公民館", "山田")
    assert s.attendee_ids == [a, b] and s.headcounts == {} and s.notes == ""
    assert s.topics == ["japanese_language"] and sorted(s.languages) == ["ja", "vi"]
