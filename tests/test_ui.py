from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app.errors import MadoguchiError
from app.services import Services
from ui import table_model
from ui.formats import datetime_text, when_text
from ui.forms.accompaniment import AccompanimentForm
from ui.forms.consultation import ConsultationForm
from ui.forms.resident import ResidentForm
from ui.main_window import MainWindow
from ui.pages.settings import CodeItemDialog
from ui.resident_view import ResidentView


def window_for(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window


def save_button(form: Any) -> Any:
    return form.buttons.button(QDialogButtonBox.StandardButton.Save)


def check(checklist: Any, code: str) -> None:
    for i in range(checklist.count()):
        if checklist.item(i).data(Qt.ItemDataRole.UserRole) == code:
            checklist.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(code)


def new_action(window: MainWindow) -> Any:
    wanted = QKeySequence(QKeySequence.StandardKey.New)
    return next(a for a in window.actions() if a.shortcut() == wanted)


def test_create_resident_and_consultation_then_find_them(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_for(qtbot, services)

    def fill_resident(form: ResidentForm) -> int:
        form.family_name.insert("Nguyễn")  # Vietnamese and Japanese come through an IME
        form.given_name.insert("Thị Lan")
        qtbot.keyClicks(form.family_name_latin, "NGUYEN")
        qtbot.keyClicks(form.given_name_latin, "THI LAN")
        form.kana.insert("グエン ティラン")
        form.nationality.setCurrentIndex(form.nationality.findData("VN"))
        check(form.languages, "vi")
        qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
        return form.result()

    monkeypatch.setattr(ResidentForm, "launch", fill_resident)
    window.show_page("residents")
    new_action(window).trigger()  # Ctrl+N on the residents page
    assert window.pages["residents"].model.rowCount() == 1

    def fill_consultation(form: ConsultationForm) -> int:
        form.resident.search_now("nguyen")
        form.resident.pick(0)
        form.day.edit.setText("2026/11/20")
        form.time.setText("10:15")
        form.language.setCurrentIndex(form.language.findData("vi"))
        form.channel.setCurrentIndex(form.channel.findData("desk"))
        check(form.topics, "residence_procedures")
        form.asked_edit.insertPlainText("在留カードの更新について相談したい")
        qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
        return form.result()

    monkeypatch.setattr(ConsultationForm, "launch", fill_consultation)
    window.show_page("consultations")
    new_action(window).trigger()
    consultations = window.pages["consultations"]
    assert consultations.model.rowCount() == 1  # type: ignore[attr-defined]

    for query in ("グエン", "nguyen", "Nguyễn", "在留カード"):
        window.search_box.clear()
        window.search_box.insert(query)
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
        assert window.stack.currentWidget() is window.search_page
        kinds = {item.kind for item in window.search_page.items}
        assert "consultation" in kinds
        if query != "在留カード":
            assert "resident" in kinds
    stored = services.consultations.get(1)
    assert stored.occurred_at == "2026-11-20T10:15" and stored.resident_id == 1


def test_inline_errors_and_nothing_saved(qtbot: QtBot, services: Services) -> None:
    form = AccompanimentForm(services)
    qtbot.addWidget(form)
    form.time_out.setText("15:00")
    form.time_back.setText("14:00")
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    assert form.errors["time_back"].text() == "Time back is before time out."
    assert form.errors["resident_id"].text() == "Required."
    assert form.errors["destination_kind"].text() == "Required."
    assert services.store.query_one("SELECT count(*) FROM accompaniments")[0] == 0

    consultation = ConsultationForm(services)
    qtbot.addWidget(consultation)
    consultation.day.edit.setText("2026-02-30")
    qtbot.mouseClick(save_button(consultation), Qt.MouseButton.LeftButton)
    assert "Not a real date" in consultation.errors["occurred_at"].text()
    assert consultation.errors["topics"].text() == "Choose at least one topic."


def test_unsaved_changes_ask_first(qtbot: QtBot, services: Services) -> None:
    form = ConsultationForm(services)
    qtbot.addWidget(form)
    form.show()
    assert not form.is_dirty()
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def ask() -> QMessageBox.StandardButton:
        asked.append("?")
        return answer[0]

    form.ask_discard = ask  # type: ignore[method-assign]
    form.asked_edit.insertPlainText("ゴミの日")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked and form.isVisible()  # Cancel keeps the form open
    answer[0] = QMessageBox.StandardButton.Discard
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert services.store.query_one("SELECT count(*) FROM consultations")[0] == 0


def test_clean_form_closes_without_asking(qtbot: QtBot, demo: Services) -> None:
    form = ConsultationForm(demo, 1)
    qtbot.addWidget(form)
    form.show()
    form.ask_discard = lambda: pytest.fail("asked without changes")  # type: ignore[method-assign]
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_list_scrolls_to_the_end_without_loading_every_row(
        qtbot: QtBot, demo: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_model, "PAGE_SIZE", 25)
    monkeypatch.setattr(table_model, "MAX_PAGES", 3)
    window = window_for(qtbot, demo)
    page = window.show_page("consultations")
    qtbot.wait(10)  # the columns are sized from the first rows, once the list is shown
    model = page.model  # type: ignore[attr-defined]
    total = demo.store.query_one("SELECT count(*) FROM consultations")[0]
    assert model.rowCount() == total > 10 * 25
    loaded_before = model.pages_loaded
    assert loaded_before <= 3  # 60 rows sampled for the column widths
    page.view.scrollToBottom()  # type: ignore[attr-defined]
    qtbot.wait(10)
    last = model.index(total - 1, 0).data()
    first = min(r[0] for r in demo.store.query("SELECT occurred_at FROM consultations"))
    assert last == datetime_text(first)
    assert model.cached_rows() <= 3 * 25
    assert model.pages_loaded - loaded_before <= 3  # the last pages, not everything between


def test_filters_and_sorting_in_the_view(qtbot: QtBot, demo: Services) -> None:
    window = window_for(qtbot, demo)
    page: Any = window.show_page("consultations")
    page.status.setCurrentIndex(page.status.findData("open"))
    expected = demo.store.query_one("SELECT count(*) FROM consultations WHERE status='open'")[0]
    assert page.model.rowCount() == expected
    page.model.sort(0, Qt.SortOrder.AscendingOrder)
    first = page.model.index(0, 0).data()
    assert first == datetime_text(demo.store.query_one(
        "SELECT min(occurred_at) FROM consultations WHERE status='open'")[0])


def test_every_page_and_today_opens_records(qtbot: QtBot, demo: Services,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_for(qtbot, demo)
    for key in window.page_keys():
        assert window.show_page(key).isVisible()
    opened: list[int] = []
    monkeypatch.setattr(ConsultationForm, "launch",
                        lambda form: opened.append(form.record_id) or 0)
    today: Any = window.show_page("today")
    assert today.open.rowCount() > 0
    today.open.cellClicked.emit(0, 0)
    assert opened == [today.open.ids[0]]


def test_resident_view_shows_the_timeline(qtbot: QtBot, demo: Services) -> None:
    rid = demo.store.query_one(
        "SELECT resident_id FROM consultations WHERE resident_id IS NOT NULL LIMIT 1")[0]
    window = window_for(qtbot, demo)
    view = ResidentView(demo, rid, window.opener, window)
    qtbot.addWidget(view)
    entries = demo.residents.timeline(rid)
    assert view.timeline.rowCount() == len(entries) > 0
    assert view.timeline.item(0, 0).text() == when_text(entries[0].when)


def test_settings_adds_a_code(qtbot: QtBot, services: Services) -> None:
    from app.codes import CodeItem

    dialog = CodeItemDialog(services, CodeItem("topic", "", "", "", 500), new=True)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code, "snow_removal")
    dialog.label_ja.insert("除雪")
    dialog.save()
    assert dialog.error.text() == "label_en: Required."
    qtbot.keyClicks(dialog.label_en, "Snow removal")
    dialog.save()
    assert services.codes.label("topic", "snow_removal", "ja") == "除雪"


def test_delete_asks_and_refuses_a_resident_with_records(qtbot: QtBot, demo: Services) -> None:
    cid = demo.store.query_one("SELECT max(id) FROM consultations")[0]
    form = ConsultationForm(demo, cid)
    qtbot.addWidget(form)
    form.confirm_delete = lambda: False  # type: ignore[method-assign]
    assert not form.delete()
    assert demo.consultations.get(cid).id == cid
    form.confirm_delete = lambda: True  # type: ignore[method-assign]
    assert form.delete() and form.deleted
    assert demo.store.query_one("SELECT count(*) FROM consultations WHERE id = ?", (cid,))[0] == 0
    assert all(f.id != cid for f in demo.find("在留") if f.kind == "consultation")

    rid = demo.store.query_one("SELECT resident_id FROM consultations "
                               "WHERE resident_id IS NOT NULL LIMIT 1")[0]
    resident_form = ResidentForm(demo, rid)
    qtbot.addWidget(resident_form)
    resident_form.confirm_delete = lambda: True  # type: ignore[method-assign]
    assert not resident_form.delete()
    assert "linked records" in resident_form.banner.text()
    assert demo.residents.get(rid).id == rid


def test_export_and_import_from_the_window_run_off_the_ui_thread(
        qtbot: QtBot, demo: Services, services: Services, tmp_path: Any) -> None:
    source = window_for(qtbot, demo)
    box = source.pages["settings"].transfer  # type: ignore[attr-defined]
    target = tmp_path / "out.json"
    box.choose_export_path = lambda: str(target)
    box.export()
    qtbot.waitUntil(lambda: box.job.finished.is_set(), timeout=20_000)
    assert target.exists() and "Exported" in box.result.text()

    window = window_for(qtbot, services)
    box2 = window.pages["settings"].transfer  # type: ignore[attr-defined]
    box2.choose_import_path = lambda: str(target)
    with qtbot.waitSignal(box2.imported, timeout=20_000):
        box2.import_()
    residents = demo.store.query_one("SELECT count(*) FROM residents")[0]
    page = window.show_page("residents")  # a list is read when it is first shown
    assert page.model.rowCount() == residents  # type: ignore[attr-defined]



def test_picker_tells_apart_two_residents_with_one_name(qtbot: QtBot, services: Services) -> None:
    from app.records import Resident
    from ui.resident_picker import ResidentPicker

    first = services.residents.save(Resident(nationality="PH", family_name_latin="Aquino",
                                             given_name_latin="Carlo", district="本町"))
    second = services.residents.save(Resident(nationality="PH", family_name_latin="Aquino",
                                              given_name_latin="Carlo", district="港町"))
    picker = ResidentPicker(services)
    qtbot.addWidget(picker)
    picker.search_now("aquino carlo")
    labels = [picker.label(i) for i in range(len(picker.found()))]
    assert len(labels) == 2 and len(set(labels)) == 2
    for index in range(len(labels)):
        picker.pick(index)
        expected = first if "本町" in labels[index] else second
        assert picker.resident_id() == expected
        assert picker.currentText() == "Aquino Carlo"  # the name, not the label


def test_reports_page_previews_and_exports(qtbot: QtBot, demo: Services, tmp_path: Any) -> None:
    window = window_for(qtbot, demo)
    page: Any = window.show_page("reports")
    page.month.setCurrentIndex(page.month.findData("2026-10"))
    page.preview()
    assert page.doc.kind == "monthly" and page.doc.stamp_boxes == ["担当", "係長", "課長"]
    page.annual.setChecked(True)
    page.year.setCurrentIndex(page.year.findData(2025))
    assert page.draft.isEnabled() and not page.month.isEnabled()
    page.preview()
    assert page.doc.title.startswith("令和7年度")
    opened: list[Any] = []
    page.choose_folder = lambda: str(tmp_path)
    page.open_folder = opened.append
    page.export(["xlsx"])
    qtbot.waitUntil(lambda: page.job.finished.is_set(), timeout=20_000)
    assert (tmp_path / "令和7年度_外国人相談実績_みさき町.xlsx").exists()
    page.make_draft()
    qtbot.waitUntil(lambda: page.job.finished.is_set(), timeout=20_000)
    qtbot.waitUntil(lambda: bool(page.status.text()), timeout=5_000)
    assert (tmp_path / "令和7年度_外国人相談実績_みさき町.eml").exists()
    assert opened and opened[-1] == tmp_path


def test_report_settings_are_saved_and_checked(qtbot: QtBot, services: Services) -> None:
    from app.reports import build, config
    from ui.pages.report_settings import MeasuresDialog, ReportSettingsBox

    box = ReportSettingsBox(services)
    qtbot.addWidget(box)
    box.threshold.setValue(3)
    box.population.setValue(100)
    box.foreign.setValue(300)
    assert not box.save()
    assert "foreign_residents" in box.message.text()
    box.foreign.setValue(30)
    box.to_address.setText("kokusai@pref.example.jp")
    box.protection_width.setValue(4)
    box.municipality.setCurrentIndex(box.municipality.findData("村"))
    box.contact.setText("TEL 0123-45-6789")
    assert box.save()
    saved = config.load(services.store)
    assert (saved.threshold, saved.population, saved.foreign_residents) == (3, 100, 30)
    assert (saved.protection_width, saved.municipality_type, saved.contact) == (
        4, "村", "TEL 0123-45-6789")
    assert build.load_mail_settings(services.store).to_address == "kokusai@pref.example.jp"
    dialog = MeasuresDialog(services, saved.measures)
    qtbot.addWidget(dialog)
    dialog.lists["bridge_persons"]["session_kinds"].set_codes(["exchange_event"])
    assert dialog.measures()["bridge_persons"].session_kinds == ["exchange_event"]
    assert dialog.measures()["accompaniment"].destination_kinds == \
        saved.measures["accompaniment"].destination_kinds


def test_backup_box_backs_up_and_moves_the_folder(qtbot: QtBot, demo: Services,
                                                  tmp_path: Any) -> None:
    from ui.pages.backup_box import BackupBox

    box = BackupBox(demo)
    qtbot.addWidget(box)
    target = tmp_path / "usb"
    target.mkdir()
    box.choose_folder = lambda: str(target)
    box.change_folder()
    assert box.folder.text() == str(target)
    box.back_up_now()
    made = list(target.glob("madoguchi-*-manual.db"))
    assert len(made) == 1 and str(made[0]) in box.note.text()
    assert (target / (made[0].name + ".keys")).exists()


def test_retention_box_previews_then_anonymises(qtbot: QtBot, demo: Services) -> None:
    from app.records import Consultation, Resident
    from ui.pages.retention_box import RetentionBox

    rid = demo.residents.save(Resident(nationality="TH", given_name_latin="Oldtimer",
                                       arrival_date="2010-04-01"))
    demo.consultations.save(Consultation(occurred_at="2011-05-01T10:00", language="th",
                                         channel="desk", topics=["other"], resident_id=rid))
    demo.store.conn.execute("UPDATE residents SET updated_at = '2011-05-01T00:00:00Z' "
                            "WHERE id = ?", (rid,))
    box = RetentionBox(demo)
    qtbot.addWidget(box)
    box.years.setValue(10)
    box.preview()
    assert [c.id for c in box.found] == [rid] and box.apply_button.isEnabled()
    box.confirm = lambda _n: False  # type: ignore[method-assign]
    box.apply()
    assert demo.residents.get(rid).given_name_latin == "Oldtimer"
    box.confirm = lambda _n: True  # type: ignore[method-assign]
    box.apply()
    assert demo.residents.get(rid).given_name_latin == ""
    assert "1 residents anonymised" in box.note.text()


def test_restore_from_the_window_reopens_on_the_backup(qtbot: QtBot, demo_path: Any) -> None:
    from conftest import DEMO_PASSWORD

    from app import accounts, backup
    from app.records import Resident
    from ui.session import Session

    services = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    taken = backup.make_backup(services.store, "manual")
    services.residents.save(Resident(nationality="VN", given_name_latin="Afterbackup"))
    session = Session(services)
    qtbot.addWidget(session.window)
    session.restore_from(taken)
    qtbot.addWidget(session.window)
    restored = session.services
    assert restored is not services and restored.store.role == "admin"
    assert not [f for f in restored.find("afterbackup") if f.kind == "resident"]
    assert list(demo_path.parent.glob("demo.db.replaced-*"))  # the old file kept aside
    session.end()


def test_a_form_left_behind_does_not_query_a_closed_database(qtbot: QtBot,
                                                            demo_path: Any) -> None:
    """After a change of user the old window's forms are discarded and its database closed;
    their delayed searches (suggestions, resident picker) must then do nothing."""
    from conftest import DEMO_PASSWORD

    from app import accounts

    services = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    form = ConsultationForm(services)
    qtbot.addWidget(form)
    form.asked_edit.insertPlainText("ゴミの分別")
    services.close()
    form.suggestions.update_now()
    form.resident.search_now("nguyen")
    assert form.resident.found() == []
    with pytest.raises(MadoguchiError, match="closed"):
        services.residents.find("nguyen")


def test_an_anonymous_person_reads_as_anonymous_with_their_nationality(
        qtbot: QtBot, services: Services) -> None:
    """「匿名（フィリピン）」in the list, in search results and on Today; never a blank or
    "(PH)". Search results show labels, not ISO codes."""
    from app.jptime import today_local
    from app.records import Consultation
    from ui import i18n

    i18n.apply("ja")
    services.consultations.save(Consultation(
        occurred_at="2026-11-20T10:00", nationality="PH", language="tl", channel="phone",
        topics=["housing"], asked="家賃の相談", status="open",
        follow_up_date=today_local().isoformat()))
    window = window_for(qtbot, services)
    page: Any = window.show_page("consultations")
    column = [key for key, _h in page.headers].index("person")
    assert page.model.index(0, column).data() == "匿名（フィリピン）"
    window.search_box.setText("家賃")
    window.run_search()
    results: Any = window.search_page
    assert [results.table.cell_text(0, c) for c in (2, 3)] == ["匿名（フィリピン）", "家賃の相談"]
    today: Any = window.show_page("today")
    today.refresh()
    assert today.due.cell_text(0, 2) == "匿名（フィリピン）"
