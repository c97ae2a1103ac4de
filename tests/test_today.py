"""Today reads everything it shows in one statement, and shows what the separate queries
it replaced found (follow-ups overdue and due, cards, open consultations and their total,
whether the town is new)."""

from __future__ import annotations

from datetime import date

from app import today
from app.records import Consultation
from app.services import Services


def test_today_is_one_statement_with_what_the_separate_queries_find(demo: Services) -> None:
    rid = demo.store.query_one("SELECT id FROM residents ORDER BY id LIMIT 1")[0]
    day = date(2026, 12, 3)
    for when, follow, status, resident in (
            ("2026-11-02T10:30", "2026-11-20", "open", rid),  # overdue
            ("2026-11-03T10:30", "2026-12-03", "waiting", None),  # due today, anonymous
            ("2026-11-04T10:30", "2026-12-01", "closed", rid)):  # closed: not shown
        demo.consultations.save(Consultation(
            occurred_at=when, language="vi", channel="desk", topics=["medical"],
            resident_id=resident, nationality=None if resident else "PH", asked="?",
            status=status, follow_up_date=follow, minutes=5))
    seen: list[str] = []
    demo.store.conn.set_trace_callback(seen.append)
    view = today.load(demo, day)
    demo.store.conn.set_trace_callback(None)
    assert len([s for s in seen if not s.startswith("--")]) == 1
    overdue, due = demo.follow_ups(day.isoformat())
    assert (view.overdue, view.due) == (overdue, due) and overdue and due
    assert any(i.nationality == "PH" and not i.person for i in view.due)
    assert view.cards == demo.expiring_cards(day) and view.cards
    assert view.open_total == demo.count_open()
    expected = demo.open_consultations()  # newest first; equal times in any order
    assert [i.occurred_at for i in view.open] == [i.occurred_at for i in expected]
    assert set(view.open) == set(expected) or len({i.occurred_at for i in expected}) < len(
        expected)
    assert view.new_town is demo.is_new_town() is False


def test_a_new_town_is_new(services: Services) -> None:
    view = today.load(services, date(2026, 12, 3))
    assert view.new_town and not (view.overdue or view.due or view.cards or view.open)
    assert view.open_total == 0
