from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from app.records import Consultation, Resident
from app.reports import config
from app.reports.annual import build_annual
from app.reports.model import SUPPRESSED, ReportDocument, Table
from app.reports.monthly import build_monthly
from app.services import Services


def table(doc: ReportDocument, key: str) -> Table:
    return next(t for t in doc.tables() if t.key == key)


def column(t: Table, index: int = 1) -> dict[str, object]:
    return {str(r[0]): r[index] for r in t.rows}


def raw_consultations(services: Services) -> list[dict[str, object]]:
    """Every consultation, read row by row: the independent side of the comparison."""
    residents = {r[0]: r[1:] for r in services.store.query(
        "SELECT id, nationality, residence_status FROM residents")}
    topics: dict[int, list[str]] = {}
    for cid, topic in services.store.query("SELECT consultation_id, topic FROM "
                                           "consultation_topics"):
        topics.setdefault(cid, []).append(topic)
    out = []
    for cid, when, rid, nat, lang, channel in services.store.query(
            "SELECT id, occurred_at, resident_id, nationality, language, channel "
            "FROM consultations"):
        person = residents.get(rid, (None, None))
        out.append({"id": cid, "when": when, "resident": rid, "language": lang,
                    "channel": channel, "topics": topics.get(cid, []),
                    "nationality": nat or person[0],
                    "status": "_anonymous" if rid is None else (person[1] or "_unknown")})
    return out


def ja(services: Services, list_name: str, code: str) -> str:
    return {"_anonymous": "匿名（不明）", "_unknown": "未登録"}.get(code) or \
        services.codes.label(list_name, code, "ja")


def test_monthly_figures_match_independent_counts(demo: Services) -> None:
    rows = raw_consultations(demo)
    month = max(str(r["when"])[:7] for r in rows)
    year, number = int(month[:4]), int(month[5:])
    previous = f"{year - (number == 1):04d}-{(number - 2) % 12 + 1:02d}"
    doc = build_monthly(demo.store, demo.codes, year, number)
    this = [r for r in rows if str(r["when"]).startswith(month)]
    before = [r for r in rows if str(r["when"]).startswith(previous)]
    assert this and before

    summary = column(table(doc, "summary"))
    assert summary["相談件数"] == len(this)
    assert summary["相談者数（実人数）"] == len({r["resident"] for r in this if r["resident"]})
    assert summary["匿名の相談件数"] == sum(1 for r in this if r["resident"] is None)
    assert column(table(doc, "summary"), 2)["相談件数"] == len(before)

    topics = Counter(t for r in this for t in r["topics"])  # type: ignore[attr-defined]
    shown = {k: v for k, v in column(table(doc, "by_topic")).items() if v}
    assert shown == {ja(demo, "topic", k): v for k, v in topics.items()}
    assert table(doc, "by_topic").total_row[1] == sum(topics.values())  # type: ignore[index]
    for key, field, list_name in (("by_channel", "channel", "channel"),
                                  ("by_language", "language", "language"),
                                  ("by_nationality", "nationality", "nationality"),
                                  ("by_status", "status", "residence_status")):
        expected = Counter(str(r[field]) for r in this)
        got = {k: v for k, v in column(table(doc, key)).items() if v}
        assert got == {ja(demo, list_name, k): v for k, v in expected.items()}, key
        assert table(doc, key).total_row[1] == len(this)  # type: ignore[index]


def test_fiscal_year_boundary_in_japan_time(services: Services) -> None:
    rid = services.residents.save(Resident(nationality="VN", given_name="Lan",
                                            residence_status="student"))
    for when in ("2027-03-31T23:30", "2027-04-01T08:00", "2026-04-01T00:00"):
        services.consultations.save(Consultation(occurred_at=when, language="vi",
                                                 channel="desk", topics=["other"],
                                                 resident_id=rid))
    config.save(services.store, config.ReportSettings(threshold=1))
    fy2026 = table(build_annual(services.store, services.codes, 2026), "topic_by_month")
    fy2027 = table(build_annual(services.store, services.codes, 2027), "topic_by_month")
    assert {r[0]: r[-1] for r in fy2026.rows} == {"その他": 2}
    assert {r[0]: r[-1] for r in fy2027.rows} == {"その他": 1}
    months = table(build_annual(services.store, services.codes, 2026), "by_month")
    assert months.rows[0][1] == 1 and months.rows[0][12] == 1  # 4月 and 3月


def test_annual_hides_small_counts_and_labels_the_era(demo: Services) -> None:
    doc = build_annual(demo.store, demo.codes, 2025, made_on=date(2026, 5, 1))
    assert doc.title.startswith("令和7年度")
    assert doc.file_stem.startswith("令和7年度_外国人相談実績_")
    seen_x = False
    for t in doc.tables():
        if t.key == "profile":
            continue
        for row in [*t.rows, *([t.total_row] if t.total_row else [])]:
            for head, cell in zip(t.columns[1:], row[1:], strict=True):
                if "回数" in head or "回数" in str(row[0]) or cell is None:
                    continue  # sessions held are the town's activities, not people
                seen_x |= cell == SUPPRESSED
                assert cell == SUPPRESSED or not 0 < float(cell) < 5, (t.key, row)  # type: ignore[arg-type]
    assert seen_x  # the small demo town has small counts to hide


def test_sensitive_topics_are_never_crossed_with_nationality(demo: Services) -> None:
    doc = build_annual(demo.store, demo.codes, 2025)
    topic_labels = {i.label_ja for i in demo.codes.items("topic", active_only=False)}
    nation_labels = {i.label_ja for i in demo.codes.items("nationality", active_only=False)}
    status_labels = {i.label_ja for i in demo.codes.items("residence_status", active_only=False)}
    for t in doc.tables():
        words = {str(c) for c in t.columns} | {str(r[0]) for r in t.rows}
        if words & topic_labels:
            assert not words & (nation_labels | status_labels), t.key


@pytest.mark.parametrize("threshold", [1, 5, 10])
def test_threshold_comes_from_settings(demo: Services, threshold: int) -> None:
    config.save(demo.store, config.ReportSettings(threshold=threshold))
    doc = build_annual(demo.store, demo.codes, 2025)
    values = [c for t in doc.tables() if t.key == "by_nationality"
              for r in t.rows for c in r[1:]]
    if threshold == 1:
        assert SUPPRESSED not in values
    assert all(c == SUPPRESSED or not 0 < int(c) < threshold for c in values)  # type: ignore[call-overload]


def test_report_settings_reject_nonsense(services: Services) -> None:
    from app.errors import ValidationError

    with pytest.raises(ValidationError):
        config.save(services.store, config.ReportSettings(threshold=0))
    with pytest.raises(ValidationError):
        config.save(services.store, config.ReportSettings(population=100,
                                                          foreign_residents=200))
    assert config.load(services.store).threshold == 5


