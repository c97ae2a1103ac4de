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


def _due_today(services: Services, day: date) -> None:
    services.consultations.save(Consultation(
        occurred_at=f"{day.isoformat()}T09:00", language="vi", channel="desk",
        topics=["medical"], nationality="PH", asked="?", status="open",
        follow_up_date=day.isoformat(), minutes=5))


def test_today_read_ahead_is_what_the_page_would_read(demo: Services) -> None:
    """The window reads Today on a thread while it is built (ui.main); the page takes it."""
    day = date(2026, 12, 3)
    _due_today(demo, day)
    demo.read_today_ahead(day)
    seen: list[str] = []
    ahead = demo._today_ahead
    assert ahead is not None
    ahead.thread.join()
    demo.store.conn.set_trace_callback(seen.append)
    view = demo.today(day)
    demo.store.conn.set_trace_callback(None)
    assert seen == []  # taken, not read again
    assert view == today.load(demo, day)
    assert demo._today_ahead is None  # once only: the next refresh reads


def test_today_read_ahead_is_not_used_after_a_write_or_for_another_day(demo: Services) -> None:
    day = date(2026, 12, 3)
    before = len(today.load(demo, day).due)
    demo.read_today_ahead(day)
    _due_today(demo, day)  # written after the read ahead began
    assert len(demo.today(day).due) == before + 1
    demo.read_today_ahead(day)
    assert demo.today(date(2026, 12, 4)) == today.load(demo, date(2026, 12, 4))
