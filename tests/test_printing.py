"""Printing with a preview: a record, a resident's history, a session's attendance sheet
and a report. The preview seam is replaced; what would be printed is read back as text,
and every printout is in the audit trail."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from app import audit
from app.records import Consultation, Resident, Session
from app.services import Services
from ui import printing


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    pages: list[str] = []

    def preview(_parent: object, doc: QTextDocument, _landscape: bool) -> bool:
        pages.append(doc.toPlainText())
        return True

    monkeypatch.setattr(printing, "show_preview", preview)
    return pages


def test_a_record_prints_with_its_labels_and_values(qtbot: QtBot, services: Services,
                                                    printed: list[str]) -> None:
    from ui.forms.consultation import ConsultationForm

    rid = services.residents.save(Resident(nationality="VN", family_name_latin="Pham",
                                           given_name_latin="Thu"))
    cid = services.consultations.save(Consultation(
        occurred_at="2026-11-20T10:00", resident_id=rid, language="vi", channel="desk",
        topics=["housing"], asked="家賃の支払いが遅れる", status="open"))
    form: Any = ConsultationForm(services, cid)
    qtbot.addWidget(form)
    assert form.print_record()
    text = printed[0]
    assert "What was asked" in text and "家賃の支払いが遅れる" in text
    assert "Pham Thu" in text and "Housing" in text
    rows = audit.search(services.store)
    assert rows[0].action == "print" and rows[0].record_kind == "consultation"


def test_a_residents_history_prints(qtbot: QtBot, services: Services,
                                    printed: list[str]) -> None:
    from ui.opener import RecordOpener
    from ui.resident_view import ResidentView

    rid = services.residents.save(Resident(nationality="VN", family_name_latin="Pham",
                                           given_name_latin="Thu"))
    services.consultations.save(Consultation(
        occurred_at="2026-11-20T10:00", resident_id=rid, language="vi", channel="desk",
        topics=["housing"], asked="家賃の相談", status="open"))
    view = ResidentView(services, rid, RecordOpener(services, None))
    qtbot.addWidget(view)
    assert view.print_history()
    assert "Pham Thu" in printed[0] and "家賃の相談" in printed[0]


def test_the_attendance_sheet_lists_attendees_with_room_to_sign(
        qtbot: QtBot, services: Services, printed: list[str]) -> None:
    from ui.forms.session import SessionForm

    a = services.residents.save(Resident(nationality="VN", family_name_latin="Pham",
                                         given_name_latin="Thu", kana="ファム トゥ"))
    sid = services.sessions.save(Session(date="2026-11-26", kind="japanese_class",
                                         title="にほんご教室", attendee_ids=[a]))
    form: Any = SessionForm(services, sid)
    qtbot.addWidget(form)
    assert form.print_attendance()
    text = printed[0]
    assert "Attendance sheet" in text and "にほんご教室" in text
    assert "Pham Thu" in text and "Signature" in text
    assert "11" in text.split() and "12" not in text.split()  # ten blank lines to fill in


def test_a_report_prints_and_the_file_made_opens(qtbot: QtBot, demo: Services,
                                                 printed: list[str], tmp_path: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.pages.reports import ReportsPage

    page: Any = ReportsPage(demo)
    qtbot.addWidget(page)
    page.show()
    assert page.doc is not None, "the chosen month is previewed when the page opens"
    assert page.print_report()
    assert page.doc.title in printed[0]
    opened: list[Any] = []
    monkeypatch.setattr(page, "open_file", opened.append)
    monkeypatch.setattr(page, "open_folder", lambda _f: None)
    monkeypatch.setattr(page, "choose_folder", lambda: str(tmp_path))
    page.export(["pdf"])
    qtbot.waitUntil(page.open_button.isEnabled, timeout=20_000)
    page.open_button.click()
    assert opened and opened[0].suffix == ".pdf" and opened[0].exists()
