"""Report polish from issue 15: the town's kind in the overview, a profile per fiscal year,
the mail's sender and signature, the monthly title and chart labels, one decimal."""

from __future__ import annotations

import email
import email.policy
from datetime import date
from email.message import EmailMessage
from pathlib import Path

from app.records import Accompaniment, Consultation, Resident
from app.reports import build, config, mail
from app.reports.annual import build_annual
from app.reports.model import Chart, Table
from app.reports.monthly import build_monthly
from app.services import Services

MADE = date(2026, 6, 1)


def table(doc: object, key: str) -> Table:
    return next(t for t in doc.tables() if t.key == key)  # type: ignore[attr-defined]


def test_overview_names_the_kind_of_municipality(services: Services) -> None:
    services.store.set_setting("town_name_ja", "しらかわ村")
    doc = build_annual(services.store, services.codes, 2025, MADE)
    assert doc.sections[0].heading == "1. 村の概要"
    assert table(doc, "profile").title == "村の概要"
    settings = config.load(services.store)
    settings.municipality_type = "市"
    config.save(services.store, settings)
    assert build_annual(services.store, services.codes, 2025, MADE).sections[0].heading == \
        "1. 市の概要"


def test_profile_is_the_one_of_its_fiscal_year(services: Services, tmp_path: Path) -> None:
    settings = config.ReportSettings(population=3000, foreign_residents=30)
    config.save(services.store, settings)
    plan, _ = build.annual_document(services.store, services.codes, 2025, made_on=MADE)
    build.record_issued(services.store, plan, ["pdf"])
    config.save(services.store, config.ReportSettings(population=3100, foreign_residents=62))
    # The year already reported keeps the figures it was reported with ...
    past = table(build_annual(services.store, services.codes, 2025, MADE), "profile")
    assert [r[1] for r in past.rows] == [3000, 30, 1.0]
    # ... a year kept in Settings uses those, any other year the current ones.
    config.save(services.store, config.ReportSettings(
        population=3100, foreign_residents=62,
        profiles={"2024": {"population": 2900, "foreign_residents": 29}}))
    assert [r[1] for r in table(build_annual(services.store, services.codes, 2024, MADE),
                                "profile").rows] == [2900, 29, 1.0]
    assert [r[1] for r in table(build_annual(services.store, services.codes, 2026, MADE),
                                "profile").rows] == [3100, 62, 2.0]


def test_mail_has_a_sender_name_and_a_signature(services: Services) -> None:
    services.store.set_setting("town_name_ja", "みさき町")
    config.save(services.store, config.ReportSettings(
        department="総務課 国際交流係", contact="TEL 0123-45-6789"))
    settings = mail.MailSettings(from_address="kokusai@town.example",
                                 to_address="pref@pref.example")
    message = mail.build_message(settings, build.annual_values_for(services.store, 2025), [])
    parsed = email.message_from_bytes(message.as_bytes(), policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    sender = parsed["From"].addresses[0]
    assert sender.display_name == "みさき町 総務課 国際交流係"
    assert sender.addr_spec == "kokusai@town.example"
    body = parsed.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content().replace("\r\n", "\n")
    assert text.rstrip().endswith("ご連絡ください。\n\n-- \nみさき町 総務課 国際交流係\n"
                                  "TEL 0123-45-6789")


def test_monthly_title_labels_and_decimals(services: Services) -> None:
    rid = services.residents.save(Resident(nationality="VN", given_name="A"))
    services.consultations.save(Consultation(occurred_at="2026-01-05T10:00", language="vi",
                                             channel="desk", topics=["labour"],
                                             resident_id=rid, follow_up_date="2026-01-20"))
    services.accompaniments.save(Accompaniment(date="2026-01-06", destination_kind="hospital",
                                               resident_id=rid, time_out="09:00",
                                               time_back="12:00"))
    doc = build_monthly(services.store, services.codes, 2026, 1, made_on=MADE)
    assert doc.title == "外国人住民相談 月報" and doc.period == "令和8年1月（2026年1月）"
    line = next(b for s in doc.sections for b in s.blocks
                if isinstance(b, Chart) and b.kind == "line")
    assert line.labels[0] == "2025年2月" and line.labels[-1] == "2026年1月"
    assert line.labels[1] == "3月"
    hours = next(r for r in table(doc, "summary").rows if r[0] == "同行支援時間（時間）")
    assert hours[1:] == [3.0, 0.0, 0.0] and all(isinstance(v, float) for v in hours[1:])
    from app.reports.pdf import _cell_text

    assert _cell_text(3.0) == "3.0" and _cell_text(0.0) == "0.0"
    cases = table(doc, "open_cases").rows
    assert cases[0][1] == "令和8年1月5日" and cases[0][4] == "令和8年1月20日"


def test_excel_page_setup_and_monthly_stamp_boxes(demo: Services, tmp_path: Path) -> None:
    import openpyxl

    from app.reports.excel import SUMMARY_TITLE, render_xlsx
    from app.reports.model import SUPPRESSED

    doc = build_annual(demo.store, demo.codes, 2025, MADE)
    render_xlsx(doc, tmp_path / "annual.xlsx")
    book = openpyxl.load_workbook(tmp_path / "annual.xlsx")
    index = book[SUMMARY_TITLE]
    assert index.page_setup.fitToHeight == 1 and index.sheet_properties.pageSetUpPr.fitToPage
    seen_x = False
    for ws in book.worksheets:
        assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 == "9"
        assert ws.oddFooter.right.text == "&P / &N"
        if ws.title == SUMMARY_TITLE:
            continue
        assert ws.print_title_rows and ws.page_setup.fitToWidth == 1
        for row in ws.iter_rows():
            for cell in row:
                if cell.value == SUPPRESSED:
                    seen_x = True
                    assert cell.alignment.horizontal == "right"
    assert seen_x
    wide = book[next(n for n in book.sheetnames if "月別" in n)]
    assert wide.page_setup.orientation == "landscape"
    month = demo.store.query_one("SELECT max(month) FROM consultations")[0]
    monthly = build_monthly(demo.store, demo.codes, int(month[:4]), int(month[5:]), MADE)
    render_xlsx(monthly, tmp_path / "monthly.xlsx")
    index = openpyxl.load_workbook(tmp_path / "monthly.xlsx")[SUMMARY_TITLE]
    values = [c.value for row in index.iter_rows() for c in row]
    assert [v for v in values if v in ("担当", "係長", "課長")] == ["担当", "係長", "課長"]
