from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.records import Consultation, Organisation
from app.services import Services
from ui.forms.consultation import ConsultationForm
from ui.forms.knowledge import KnowledgeForm
from ui.pages.knowledge import KnowledgePage


def save_button(form: Any) -> Any:
    return form.buttons.button(QDialogButtonBox.StandardButton.Save)


def check(checklist: Any, value: Any) -> None:
    for i in range(checklist.count()):
        if checklist.item(i).data(Qt.ItemDataRole.UserRole) == value:
            checklist.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(value)


def test_page_lists_searches_and_copies_for_sns(qtbot: QtBot, services: Services,
                                                kb: dict[str, int]) -> None:
    page = KnowledgePage(services)
    qtbot.addWidget(page)
    assert [r.id for r in page.rows] == [kb["garbage"], kb["draft"], kb["clinic"]]
    assert page.table.rowCount() == 3
    clinic_row = [r.id for r in page.rows].index(kb["clinic"])
    assert page.table.item(clinic_row, 6).text() == "Due"  # reviewed in 2024
    assert page.table.item(clinic_row, 2).text() == "夜間に子どもが熱を出した"

    page.search.setText("phan loai rac")  # Vietnamese without diacritics
    page.refresh()
    assert [r.id for r in page.rows] == [kb["garbage"]]
    page.search.clear()
    page.show_drafts.setChecked(False)
    assert kb["draft"] not in [r.id for r in page.rows]
    page.topic.setCurrentIndex(page.topic.findData("medical"))
    assert [r.id for r in page.rows] == [kb["clinic"]]
    page.topic.setCurrentIndex(0)

    page.table.selectRow([r.id for r in page.rows].index(kb["garbage"]))
    assert page.entry is not None and page.entry.id == kb["garbage"]
    assert [page.language.itemData(i) for i in range(page.language.count())] == ["ja", "vi"]
    page.language.setCurrentIndex(page.language.findData("vi"))
    assert "Đưa lịch thu gom rác." in page.text.toPlainText()
    page.copy_for_sns()
    assert QApplication.clipboard().text() == \
        "Q. Cách phân loại rác?\n\nĐưa lịch thu gom rác.\n"
    assert page.note.text() == "Copied"

    page.table.selectRow([r.id for r in page.rows].index(kb["clinic"]))
    page.mark_reviewed()
    assert services.knowledge.get(kb["clinic"]).reviewed_on is not None
    assert page.selected_id() == kb["clinic"]
    assert page.table.item(page.table.currentRow(), 6).text() == ""


def test_page_new_and_edit_open_the_form(qtbot: QtBot, services: Services,
                                         kb: dict[str, int], monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    page = KnowledgePage(services)
    qtbot.addWidget(page)
    page.show_drafts.setChecked(False)

    def fill(form: KnowledgeForm) -> int:
        form.topic.setCurrentIndex(form.topic.findData("housing"))
        tab = form.text_tabs()[0]
        tab.question.setText("町営住宅に申し込みたい")
        tab.answer.setPlainText("建設課で申込書を受け取る。")
        qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
        return form.result()

    monkeypatch.setattr(KnowledgeForm, "launch", fill)
    page.new_record()
    new_id = max(r[0] for r in services.store.query("SELECT id FROM kb_entries"))
    assert services.knowledge.get(new_id).status == "draft"
    assert page.selected_id() == new_id and page.show_drafts.isChecked()  # shown, not hidden

    opened: list[int | None] = []
    monkeypatch.setattr(KnowledgeForm, "launch",
                        lambda form: opened.append(form.record_id) or 0)
    page.table.selectRow([r.id for r in page.rows].index(kb["clinic"]))
    page.edit()
    assert opened == [kb["clinic"]]


def test_form_creates_and_edits_with_two_languages(qtbot: QtBot, services: Services) -> None:
    from app.directory import Directory

    directory: Directory = services.directory
    hospital = directory.save_organisation(Organisation(name="みさき町立病院", kind="hospital"))
    form = KnowledgeForm(services)
    qtbot.addWidget(form)
    assert not form.is_dirty()
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    assert form.errors["topic"].text() == "Required."
    assert form.errors["texts"].text() == "Each language needs a question and an answer."

    form.topic.setCurrentIndex(form.topic.findData("medical"))
    form.status.setCurrentIndex(form.status.findData("published"))
    ja = form.text_tabs()[0]
    ja.question.setText("夜間に子どもが熱を出した")
    ja.answer.setPlainText("休日夜間急患センターを案内する。\n電話番号を渡す。")
    form.add_language.setCurrentIndex(form.add_language.findData("vi"))
    form.add_language.activated.emit(form.add_language.currentIndex())
    assert form.languages() == ["ja", "vi"] and form.add_language.currentIndex() == 0
    form.add_text("en")
    form.remove_text("en")
    form.remove_text("ja")  # the Japanese version stays
    assert form.languages() == ["ja", "vi"]
    vi = form.text_tabs()[1]
    vi.question.setText("Con bị sốt vào ban đêm")
    vi.answer.setPlainText("Hướng dẫn đến trung tâm cấp cứu.")
    form.documents.setText("保険証、母子手帳, 在留カード")
    check(form.organisations, hospital)
    form.reviewed_on.edit.setText("2026/06/01")
    assert form.is_dirty()
    assert form.save()
    new_id = form.record_id
    assert new_id is not None
    saved = services.knowledge.get(new_id)
    assert [t.language for t in saved.texts] == ["ja", "vi"]
    assert saved.documents == ["保険証", "母子手帳", "在留カード"]
    assert saved.organisation_ids == [hospital] and saved.reviewed_on == "2026-06-01"
    assert saved.reviewed_by == services.store.user

    again = KnowledgeForm(services, new_id)
    qtbot.addWidget(again)
    assert not again.is_dirty()  # loading round-trips
    assert again.languages() == ["ja", "vi"]
    assert again.text_tabs()[0].answer.toPlainText() == \
        "休日夜間急患センターを案内する。\n電話番号を渡す。"
    again.remove_text("vi")
    assert again.is_dirty()
    again.add_text("en")
    en = again.text_tabs()[1]
    en.question.setText("My child has a fever at night")
    en.answer.setPlainText("Go to the holiday and night emergency centre.")
    assert again.save()
    edited = services.knowledge.get(new_id)
    assert [t.language for t in edited.texts] == ["ja", "en"]
    assert edited.uuid == saved.uuid and edited.organisation_ids == [hospital]


def test_consultation_form_suggests_and_records_answered_with(
        qtbot: QtBot, services: Services, kb: dict[str, int]) -> None:
    form = ConsultationForm(services)
    qtbot.addWidget(form)
    assert form.suggestions.list.count() == 0
    check(form.topics, "daily_rules")
    form.asked_edit.insertPlainText("ゴミの分別")
    assert form.suggestions.timer.isActive()  # debounced
    qtbot.waitUntil(lambda: form.suggestions.list.count() > 0, timeout=3_000)
    panel = form.suggestions
    assert panel.ids()[0] == kb["garbage"]
    assert kb["draft"] not in panel.ids()
    assert panel.list.item(0).text() == "ゴミの分別と出し方がわからない"

    form.language.setCurrentIndex(form.language.findData("vi"))
    panel.list.setCurrentRow(0)
    panel.copy_for_sns()
    assert QApplication.clipboard().text() == \
        "Q. Cách phân loại rác?\n\nĐưa lịch thu gom rác.\n"

    assert form.is_dirty()
    panel.list.item(0).setCheckState(Qt.CheckState.Checked)
    form.channel.setCurrentIndex(form.channel.findData("desk"))
    form.anonymous.setChecked(True)
    form.nationality.setCurrentIndex(form.nationality.findData("VN"))
    assert form.save(), form.banner.text()
    cid = form.record_id
    assert cid is not None
    assert services.knowledge.answers_of(cid) == [kb["garbage"]]
    assert services.knowledge.entries()[0].used == 1

    again = ConsultationForm(services, cid)
    qtbot.addWidget(again)
    assert again.suggestions.checked() == [kb["garbage"]]
    assert not again.is_dirty()
    again.suggestions.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert again.is_dirty()
    assert again.save()
    assert services.knowledge.answers_of(cid) == []


def test_an_answer_stays_ticked_when_no_longer_suggested(
        qtbot: QtBot, services: Services, kb: dict[str, int]) -> None:
    cid = services.consultations.save(Consultation(
        occurred_at="2026-11-20T10:00", language="vi", channel="desk", topics=["medical"],
        nationality="VN", asked="熱"))
    services.knowledge.answered_with(cid, [kb["garbage"]])
    form = ConsultationForm(services, cid)
    qtbot.addWidget(form)
    assert kb["garbage"] in form.suggestions.ids()
    assert form.suggestions.checked() == [kb["garbage"]] and not form.is_dirty()


def test_town_notes_page_saves_and_makes_a_pack(qtbot: QtBot, services: Services,
                                                tmp_path: Path) -> None:
    from app import handover
    from ui.pages.town_notes import TownNotesPage

    page = TownNotesPage(services)
    qtbot.addWidget(page)
    assert page.edit.isEnabled()
    page.edit.setPlainText("税務課は2階。  \n\n")
    assert page.is_dirty()
    assert page.save()
    assert handover.town_notes(services.store) == "税務課は2階。"
    assert not page.is_dirty() and page.edit.toPlainText() == "税務課は2階。"
    assert page.personal.isEnabled() == (services.store.role == "admin")

    opened: list[Path] = []
    page.choose_folder = lambda: str(tmp_path)  # type: ignore[method-assign]
    page.open_folder = opened.append  # type: ignore[method-assign]
    page.make_pack()
    assert page.job is not None
    qtbot.waitUntil(lambda: page.job is not None and page.job.finished.is_set(),
                    timeout=20_000)
    qtbot.waitUntil(lambda: bool(page.result.text()), timeout=5_000)
    assert page.result.text().startswith("Saved:"), page.result.text()
    made = [Path(line) for line in page.result.text().splitlines()[1:]]
    assert made and all(p.exists() for p in made)
    assert opened == [made[0].parent]
    assert "税務課は2階。" in next(p for p in made if p.suffix == ".txt").read_text("utf-8-sig")


def test_town_notes_page_opens_with_the_saved_notes(qtbot: QtBot, services: Services) -> None:
    from app import handover
    from ui.pages.town_notes import TownNotesPage

    handover.set_town_notes(services.store, "ゴミカレンダーは3月に届く。")
    page = TownNotesPage(services)
    qtbot.addWidget(page)
    assert page.edit.toPlainText() == "ゴミカレンダーは3月に届く。" and not page.is_dirty()


def test_copy_for_sns_never_falls_back_to_japanese_silently(
        qtbot: QtBot, services: Services, kb: dict[str, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """No Thai text: the user is told so and offered the languages there are; Cancel copies
    nothing, choosing Japanese copies Japanese."""
    from PySide6.QtWidgets import QApplication, QWidget

    from ui import sns_copy

    asked: list[tuple[str, list[str]]] = []
    answer: list[str | None] = [None]

    def choose(_parent: object, wanted: str, available: list[str], _s: object) -> str | None:
        asked.append((wanted, available))
        return answer[0]

    monkeypatch.setattr(sns_copy, "choose_language", choose)
    QApplication.clipboard().setText("before")
    parent = QWidget()
    qtbot.addWidget(parent)
    assert not sns_copy.copy_for_sns(parent, services, kb["clinic"], "th")
    assert asked == [("th", ["ja"])]
    assert QApplication.clipboard().text() == "before"
    answer[0] = "ja"
    assert sns_copy.copy_for_sns(parent, services, kb["clinic"], "th")
    assert QApplication.clipboard().text().startswith("Q. 夜間に子どもが熱を出した")


def test_sns_headings_are_in_the_residents_language_not_the_windows(
        qtbot: QtBot, services: Services) -> None:
    from conftest import kb_entry

    from ui import i18n, sns_copy

    i18n.apply("ja")
    entry = kb_entry("daily_rules", "ゴミの日", "カレンダーを渡す。", ("vi", "Ngày rác?", "Lịch."))
    entry.documents = ["在留カード"]
    eid = services.knowledge.save(entry)
    text = sns_copy.sns_text(services, eid, "vi")
    heading = i18n.translate_in("vi", "SnsCopy", sns_copy.DOCUMENTS)
    assert heading and heading != sns_copy.DOCUMENTS
    assert f"{heading}\n・在留カード" in text


def test_easy_japanese_answers_copy_with_simple_japanese_headings(
        qtbot: QtBot, services: Services) -> None:
    from conftest import kb_entry

    from app.languages import EASY_JAPANESE
    from ui import i18n, sns_copy

    i18n.apply("en")
    assert services.codes.label("language", EASY_JAPANESE, "ja") == "やさしい日本語"
    entry = kb_entry("daily_rules", "ゴミの日", "カレンダーを渡す。",
                     (EASY_JAPANESE, "ゴミの 日は いつですか？", "カレンダーを 見て ください。"))
    entry.documents = ["在留カード"]
    eid = services.knowledge.save(entry)
    text = sns_copy.sns_text(services, eid, EASY_JAPANESE)
    assert text.startswith("Q. ゴミの 日は いつですか？")
    assert "もっていくもの：\n・在留カード" in text
    assert sns_copy.DOCUMENTS not in text  # never the English heading


def test_headings_for_code_list_languages_come_from_the_ui_translations(qapp: Any) -> None:
    from ui import i18n, sns_copy

    # the code list names Portuguese 'pt' and Chinese 'zh'; the window's files are pt_BR, zh_CN
    assert i18n.translate_in("pt", "SnsCopy", sns_copy.DOCUMENTS) == "Documentos a levar:"
    assert i18n.translate_in("es", "SnsCopy", sns_copy.DOCUMENTS) == "Documentos que debe llevar:"
    assert i18n.translate_in("ko", "SnsCopy", sns_copy.DOCUMENTS) == sns_copy.DOCUMENTS


def test_the_portuguese_window_shows_the_portuguese_answer_first(
        qtbot: QtBot, services: Services) -> None:
    from conftest import kb_entry

    from ui import i18n

    i18n.apply("pt_BR")  # the window's 'pt_BR' is the code list's 'pt'
    eid = services.knowledge.save(kb_entry(
        "daily_rules", "ゴミの日", "カレンダーを渡す。",
        ("pt", "Quando é o dia do lixo?", "Veja o calendário.")))
    page = KnowledgePage(services)
    qtbot.addWidget(page)
    assert [r.question for r in page.rows if r.id == eid] == ["Quando é o dia do lixo?"]
    page.table.selectRow([r.id for r in page.rows].index(eid))
    assert page.language.currentData() == "pt"
    assert "Veja o calendário." in page.text.toPlainText()
