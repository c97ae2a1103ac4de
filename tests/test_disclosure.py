"""The six ways issue 15 recovered hidden counts, each reproduced in a hand-made town and
attacked with tests/attacker.py (an integer programme over the printed tables, written apart
from the code that chooses the x): after the fix, no x can be narrowed to less than the
protection width. Each case also shows that the attacker does catch the leak when the
figure that closes it is printed (so these tests can fail)."""

from __future__ import annotations

import copy
import subprocess
from datetime import date
from pathlib import Path

import pytest
from attacker import Attack, Printed
from conftest import FAST_KDF, PASSWORD
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import accounts
from app.codes import CodeItem
from app.errors import MadoguchiError
from app.records import Accompaniment, Consultation, Resident, Session
from app.reports import build, config, issued, mail
from app.reports.annual import build_annual, plan_annual
from app.reports.model import SUPPRESSED, Paragraph, ReportDocument, Table
from app.reports.monthly import INTERNAL, build_monthly
from app.services import Services

MADE = date(2026, 6, 1)
FY = 2025


def person(services: Services, nationality: str = "VN",
           status: str = "technical_intern_training") -> int:
    return services.residents.save(Resident(nationality=nationality, given_name="A",
                                            residence_status=status))


def consult(services: Services, rid: int | None, day: str, topics: list[str], n: int = 1,
            language: str = "vi", nationality: str | None = None) -> None:
    for _ in range(n):
        services.consultations.save(Consultation(
            occurred_at=f"{day}T10:00", language=language, channel="desk", topics=topics,
            resident_id=rid, nationality=nationality))


def accompany(services: Services, rid: int, day: str, kind: str, n: int = 1) -> None:
    for _ in range(n):
        services.accompaniments.save(Accompaniment(
            date=day, destination_kind=kind, resident_id=rid, time_out="09:00",
            time_back="11:30", transport_cost=820))


def table(doc: ReportDocument, key: str) -> Table:
    return next(t for t in doc.tables() if t.key == key)


def cell(doc: ReportDocument, key: str, row: str, column: str) -> object:
    t = table(doc, key)
    line = next(r for r in [*t.rows, *([t.total_row] if t.total_row else [])] if r[0] == row)
    return line[t.columns.index(column)]


def reveal(doc: ReportDocument, key: str, row: str, column: str, value: int
           ) -> ReportDocument:
    """The same report with one x printed: how the report looked before the fix."""
    out = copy.deepcopy(doc)
    t = table(out, key)
    line = next(r for r in [*t.rows, *([t.total_row] if t.total_row else [])] if r[0] == row)
    assert line[t.columns.index(column)] == SUPPRESSED
    line[t.columns.index(column)] = value
    return out


def attack(services: Services, *docs: tuple[ReportDocument, date]) -> Attack:
    return Attack([Printed(d, c) for d, c in docs], services.codes)


def annual(services: Services, cut_off: date | None = None) -> ReportDocument:
    return build_annual(services.store, services.codes, FY, MADE, cut_off)


END = date(2026, 3, 31)


def test_case1_measure_repeats_a_hidden_topic_total(services: Services) -> None:
    """ゴミ・生活ルール (6) and こころの健康 (2) hidden in the topic table; the measures table
    counted ゴミ alone under 地域のルール and printed 6, so 2 followed from the total."""
    rid = person(services)
    consult(services, rid, "2025-05-10", ["residence_procedures"], 20)
    consult(services, rid, "2025-05-11", ["labour"], 15)
    consult(services, rid, "2025-05-12", ["daily_rules"], 6)
    consult(services, rid, "2025-05-13", ["mental_health"], 2)
    doc = annual(services)
    assert cell(doc, "topic_by_month", "こころの健康", "合計") == SUPPRESSED
    assert attack(services, (doc, END)).narrow(5) == {}
    rules = config.MEASURES["community_rules"]
    # The measure and the topic are one figure: hidden alike in both tables.
    assert cell(doc, "topic_by_month", "ゴミ・生活ルール", "合計") == SUPPRESSED
    assert cell(doc, "measures", rules, "相談件数") == SUPPRESSED
    leaky = reveal(doc, "measures", rules, "相談件数", 6)
    assert attack(services, (leaky, END)).narrow(5)
    # The audit knows what a reader knows: one person at least consulted by name.
    from app.reports.disclosure import audit_annual

    result = audit_annual(services.store, services.codes, FY, END)
    assert result.intervals["persons|2026-03-31"].low == 1 and not result.narrow


def test_case2_a_destination_outside_the_measure(services: Services) -> None:
    """A new destination (職場) is not in the accompaniment measure's list: table total
    minus measure gave 職場 = 2 and then 役場窓口 = 5."""
    services.codes.save(CodeItem("destination_kind", "workplace", "職場", "Workplace", 75))
    rid = person(services)
    consult(services, rid, "2025-05-10", ["labour"], 30)
    accompany(services, rid, "2025-06-01", "hospital", 12)
    accompany(services, rid, "2025-06-02", "town_hall", 5)
    accompany(services, rid, "2025-06-03", "workplace", 2)
    doc = annual(services)
    assert cell(doc, "accompaniments", "職場", "件数") == SUPPRESSED
    assert attack(services, (doc, END)).narrow(5) == {}
    title = config.MEASURES["accompaniment"]
    assert cell(doc, "measures", title, "同行支援件数") == SUPPRESSED
    assert attack(services, (reveal(doc, "measures", title, "同行支援件数", 17), END)).narrow(5)


def test_case3_interim_and_final_reports_of_one_year(demo: Services) -> None:
    """An interim report (data to December) and the final one: the differences gave away
    hidden cells of the demo town. Issued reports are read together now."""
    plan, interim = build.annual_document(demo.store, demo.codes, FY, date(2025, 12, 31), MADE)
    assert plan.figures.provisional and "暫定" in interim.title
    # Without the first report on record, the final one is protected on its own...
    _, alone = build.annual_document(demo.store, demo.codes, FY, made_on=MADE)
    leaks = attack(demo, (interim, date(2025, 12, 31)), (alone, END)).narrow(5)
    assert leaks, "the demo town should show why reports must be read together"
    # ... once it is issued, the final report keeps what the interim one hid.
    build.record_issued(demo.store, plan, ["pdf"])
    _, final = build.annual_document(demo.store, demo.codes, FY, made_on=MADE)
    assert attack(demo, (interim, date(2025, 12, 31)), (final, END)).narrow(5) == {}
    hidden_before = {k for k in plan.hidden if "@" in k and k.split("|")[1] <= "2025-12-31"}
    assert hidden_before <= set(plan_annual(demo.store, demo.codes, FY, MADE).hidden)


def test_case4_hours_and_cost_hidden_with_their_count(services: Services) -> None:
    rid = person(services)
    consult(services, rid, "2025-05-10", ["labour"], 30)
    accompany(services, rid, "2025-06-01", "hospital", 3)
    doc = annual(services)
    assert cell(doc, "accompaniments", "計", "件数") == SUPPRESSED
    texts = [b.text for s in doc.sections for b in s.blocks if isinstance(b, Paragraph)]
    assert not any("7.5時間" in t or "2,460円" in t for t in texts)
    assert any("時間と交通費も示していません" in t for t in texts)
    assert attack(services, (doc, END)).narrow(5) == {}
    # With enough trips, hours and cost are printed.
    accompany(services, rid, "2025-07-01", "hospital", 3)
    texts = [b.text for s in annual(services).sections for b in s.blocks
             if isinstance(b, Paragraph)]
    assert any("計15.0時間、交通費は計4,920円" in t for t in texts)


def test_case5_monthly_reports_are_internal(demo: Services, tmp_path: Path) -> None:
    month = demo.store.query_one("SELECT max(month) FROM consultations")[0]
    paths = build.make_monthly(demo.store, demo.codes, month, tmp_path, ["pdf", "xlsx"])
    pdf = next(p for p in paths if p.suffix == ".pdf")
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout.split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) > 1 and all(INTERNAL in p for p in pages)
    import openpyxl

    book = openpyxl.load_workbook(next(p for p in paths if p.suffix == ".xlsx"))
    assert all(INTERNAL in ws.oddHeader.right.text for ws in book.worksheets)
    with pytest.raises(MadoguchiError):
        mail.build_message(mail.MailSettings(from_address="a@town.example",
                                             to_address="b@pref.example"),
                           build.annual_values_for(demo.store, FY), [pdf])
    annual_doc = build_annual(demo.store, demo.codes, FY, MADE)
    assert annual_doc.marking == "" and build_monthly(
        demo.store, demo.codes, int(month[:4]), int(month[5:])).marking == INTERNAL


def test_case6_one_nationality_with_a_sensitive_topic(services: Services) -> None:
    """Only one nationality: the topic table would be a table of that nationality by topic,
    medical included. The nationality table is dropped (and its count is no printed
    figure); the rest stays protected."""
    rid = person(services, "NP")
    consult(services, rid, "2025-05-10", ["labour"], 12, language="ne")
    consult(services, rid, "2025-06-10", ["medical"], 3, language="ne")
    doc = annual(services)
    keys = {t.key for t in doc.tables()}
    assert "by_nationality" not in keys and "topic_by_month" in keys
    assert attack(services, (doc, END)).narrow(5) == {}


def test_case6_only_topic_is_sensitive(services: Services) -> None:
    for nat in ("VN", "NP"):
        rid = person(services, nat)
        consult(services, rid, "2025-05-10", ["medical"], 7)
    doc = annual(services)
    keys = {t.key for t in doc.tables()}
    assert "topic_by_month" not in keys and "by_nationality" in keys
    assert attack(services, (doc, END)).narrow(5) == {}


def test_single_row_table_hides_its_total_too(services: Services) -> None:
    rid = person(services, "NP")
    consult(services, rid, "2025-05-10", ["labour"], 3, language="ne")
    doc = annual(services)
    assert cell(doc, "by_language", "ネパール語", "件数") == SUPPRESSED
    assert cell(doc, "by_language", "計", "件数") == SUPPRESSED
    assert cell(doc, "consultation_summary", "相談件数", "件数") == SUPPRESSED
    assert attack(services, (doc, END)).narrow(5) == {}


def test_a_later_report_keeps_earlier_hidden_months(services: Services) -> None:
    rid = person(services)
    consult(services, rid, "2025-05-10", ["labour"], 3)
    consult(services, rid, "2025-05-11", ["residence_procedures"], 9)
    consult(services, rid, "2025-06-11", ["residence_procedures"], 9)
    plan, first = build.annual_document(services.store, services.codes, FY,
                                        date(2025, 6, 30), MADE)
    build.record_issued(services.store, plan, ["pdf"])
    assert cell(first, "topic_by_month", "在留手続", "5月") == SUPPRESSED
    consult(services, rid, "2026-01-11", ["labour"], 30)
    _, later = build.annual_document(services.store, services.codes, FY, made_on=MADE)
    assert cell(later, "topic_by_month", "在留手続", "5月") == SUPPRESSED
    assert attack(services, (first, date(2025, 6, 30)), (later, END)).narrow(5) == {}
    stored = issued.issued(services.store, FY)
    assert len(stored) == 1 and stored[0].provisional and stored[0].cut_off == "2025-06-30"


# ---- random towns ------------------------------------------------------------------------

TOPICS = ["labour", "residence_procedures", "daily_rules", "medical", "mental_health",
          "translation_request"]
DESTINATIONS = ["hospital", "town_hall", "bank", "workplace"]
consultation = st.tuples(st.integers(0, 11), st.lists(st.sampled_from(TOPICS), min_size=1,
                                                      max_size=2, unique=True),
                         st.sampled_from(["VN", "NP", "ID"]), st.booleans(),
                         st.sampled_from(["desk", "phone"]))
trip = st.tuples(st.integers(0, 11), st.sampled_from(DESTINATIONS))
session = st.tuples(st.integers(0, 11), st.sampled_from(["life_orientation", "japanese_class"]),
                    st.dictionaries(st.sampled_from(["VN", "NP", "ID"]), st.integers(1, 9),
                                    min_size=1))


def month_day(index: int) -> str:
    month = (index + 3) % 12 + 1
    return f"{FY + (month < 4)}-{month:02d}-15"


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(consultation, min_size=1, max_size=45), st.lists(trip, max_size=12),
       st.lists(session, max_size=5), st.booleans(), st.integers(3, 6))
def test_random_towns_disclose_nothing(tmp_path_factory: pytest.TempPathFactory,
                                       consultations: list[tuple[int, list[str], str, bool,
                                                                 str]],
                                       trips: list[tuple[int, str]],
                                       sessions: list[tuple[int, str, dict[str, int]]],
                                       interim: bool, threshold: int) -> None:
    path = tmp_path_factory.mktemp("town") / "town.db"
    services, _ = accounts.create_database(path, "tester", PASSWORD, kdf=FAST_KDF)
    try:
        services.codes.save(CodeItem("destination_kind", "workplace", "職場", "Workplace", 75))
        config.save(services.store, config.ReportSettings(threshold=threshold))
        people = {n: person(services, n) for n in ("VN", "NP", "ID")}
        for month, topics, nationality, anonymous, channel in consultations:
            services.consultations.save(Consultation(
                occurred_at=f"{month_day(month)}T10:00", language="ja", channel=channel,
                topics=topics, resident_id=None if anonymous else people[nationality],
                nationality=nationality if anonymous else None,
                interpreter="cir" if "translation_request" in topics else "none"))
        for month, kind in trips:
            accompany(services, people["VN"], month_day(month), kind)
        for month, kind, heads in sessions:
            services.sessions.save(Session(date=month_day(month), kind=kind, headcounts=heads))
        printed = []
        if interim:
            plan, doc = build.annual_document(services.store, services.codes, FY,
                                              date(FY, 12, 31), MADE)
            build.record_issued(services.store, plan, ["pdf"])
            printed.append((doc, date(FY, 12, 31)))
        printed.append((build.annual_document(services.store, services.codes, FY,
                                              made_on=MADE)[1], END))
        assert attack(services, *printed).narrow(threshold) == {}
    finally:
        services.close()


# ---- the audit command and the refusal to export ----------------------------------------

def test_audit_command_and_refusal(demo: Services, tmp_path: Path, cli_login: list[str],
                                   capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main
    from app.reports.sdc import primary

    db = ["--db", str(demo.store.path), *cli_login]
    assert main(["report", "audit", *db, "--fiscal-year", str(FY)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1].endswith("every hidden figure spans at least 5.")
    assert len(lines) > 20 and all(line.endswith("\tok") for line in lines[:-1])
    # An old-style report is on record: small counts hidden, nothing else.
    plan = plan_annual(demo.store, demo.codes, FY, MADE, date(FY, 12, 31))
    model = plan.figures.model
    issued.record(demo.store, FY, "2025-12-31", True, 5, 5, ["pdf"], model,
                  primary(model, 5))
    assert main(["report", "audit", *db, "--fiscal-year", str(FY), "--issued-only"]) == 1
    out = capsys.readouterr().out
    assert "\tNARROW" in out and "narrower than 5" in out
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    assert main(["report", "annual", *db, "--fiscal-year", str(FY), "--out",
                 str(out_dir)]) == 2
    assert "Nothing was written" in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []
    assert len(issued.issued(demo.store, FY)) == 1
    assert main(["report", "audit", *db, "--fiscal-year", "1900"]) == 2


def test_exports_are_recorded_once_and_provisional_files_are_named(
        demo: Services, tmp_path: Path, cli_login: list[str]) -> None:
    from app.cli import main

    db = ["--db", str(demo.store.path), *cli_login]
    for _ in range(2):
        assert main(["report", "annual", *db, "--fiscal-year", str(FY), "--out",
                     str(tmp_path), "--format", "csv", "--cut-off", "2025-12-31"]) == 0
    assert main(["report", "annual", *db, "--fiscal-year", str(FY), "--out", str(tmp_path),
                 "--format", "pdf"]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert any("_暫定20251231_" in n and n.endswith("_by_month.csv") for n in names)
    assert [n for n in names if n.endswith(".pdf")] == [
        n for n in names if n.endswith(".pdf") and "暫定" not in n] != []
    reports = issued.issued(demo.store, FY)
    assert [(r.cut_off, r.provisional) for r in reports] == [("2025-12-31", True),
                                                             ("2026-03-31", False)]
    assert main(["report", "annual", *db, "--fiscal-year", str(FY), "--out", str(tmp_path),
                 "--cut-off", "2025-13-01"]) == 2


def test_a_consultation_without_topic_does_not_stop_the_report(services: Services) -> None:
    """Imported records may break a rule the window enforces (at least one topic)."""
    rid = person(services)
    consult(services, rid, "2025-05-10", ["labour"], 12)
    consult(services, rid, "2025-05-11", ["medical"], 2)
    with services.store.write() as conn:
        conn.execute("DELETE FROM consultation_topics WHERE consultation_id IN "
                     "(SELECT id FROM consultations ORDER BY id LIMIT 3)")
    doc = annual(services)
    assert cell(doc, "by_month", "相談件数", "合計") == 14
    assert cell(doc, "topic_by_month", "計（延べ件数）", "合計") == 11
    # A reader sees 14 consultations but 11 mentions: the rule is broken, and not used.
    assert Attack([Printed(doc, END)], services.codes, topic_rule=False).narrow(5) == {}


def test_a_town_of_one_consultation(services: Services) -> None:
    """Found by the random towns: everything is small, most bounds are unlimited, and a
    warm-started solve once ended in an unknown status (now retried from scratch)."""
    config.save(services.store, config.ReportSettings(threshold=3))
    rid = person(services)
    services.consultations.save(Consultation(
        occurred_at="2025-04-15T10:00", language="ja", channel="desk",
        topics=["labour", "translation_request"], resident_id=rid, interpreter="cir"))
    doc = annual(services)
    assert cell(doc, "by_month", "相談件数", "合計") == SUPPRESSED
    assert attack(services, (doc, END)).narrow(3) == {}
