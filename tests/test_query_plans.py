"""The queries that the window and the reports run often are served by indexes: EXPLAIN QUERY
PLAN of every statement they run shows no full scan of a table that grows with the years."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from app import audit, listing, today
from app.reports import monthly, stats
from app.services import Services

# Tables that grow with every consultation, visit or action.
GROWING = {"consultations", "consultation_topics", "accompaniments", "audit",
           "consultation_answers", "residents", "search_records"}
TODAY = "2026-12-03"


def statements(services: Services, work: Callable[[], Any]) -> list[str]:
    """The statements `work` runs, with their parameters bound."""
    seen: list[str] = []
    conn = services.store.conn
    conn.set_trace_callback(seen.append)
    try:
        work()
    finally:
        conn.set_trace_callback(None)
    return [s for s in seen if not s.startswith("--")]  # FTS5's own nested statements


def plan(services: Services, sql: str) -> list[str]:
    return [str(r[3]) for r in services.store.conn.execute("EXPLAIN QUERY PLAN " + sql)]


def aliases(sql: str) -> dict[str, str]:
    """alias → table, for `FROM consultations c`, `JOIN residents r`…"""
    found = {t: t for t in GROWING}
    for table, alias in re.findall(r"(?:FROM|JOIN)\s+(\w+)\s+(\w+)", sql):
        if alias.upper() not in {"WHERE", "ON", "LEFT", "JOIN", "ORDER", "GROUP", "LIMIT",
                                 "USING", "AS", "INNER"}:
            found[alias] = table
    return found


def full_scans(services: Services, sql: str) -> list[str]:
    """Plan lines that read a whole growing table: a SCAN without an index, unless the
    statement stops at a LIMIT in the table's own order (no sort of everything first)."""
    lines = plan(services, sql)
    names = aliases(sql)
    stops_early = " LIMIT " in sql.upper() and not any("TEMP B-TREE" in ln for ln in lines)
    bad = []
    for line in lines:
        match = re.match(r"SCAN (\w+)(.*)", line)
        if not match or names.get(match[1]) not in GROWING:
            continue
        rest = match[2]
        if "VIRTUAL TABLE INDEX" in rest and ":M" in rest:  # a full-text MATCH
            continue
        if "USING" in rest and "INDEX" in rest:
            continue  # an index in order (a LIMIT, or count(*) over the narrowest index)
        if not stops_early:
            bad.append(line)
    return bad


def assert_served(services: Services, name: str, work: Callable[[], Any]) -> list[str]:
    run = statements(services, work)
    assert run, name
    for sql in run:
        assert not full_scans(services, sql), (name, sql, plan(services, sql))
    return run


def test_hot_queries_are_served_by_indexes(demo: Services) -> None:
    period = stats.month_period(2026, 10)
    open_cases = assert_served(demo, "monthly open cases",
                               lambda: monthly._open_cases(demo.store, demo.codes, period))
    main = next(s for s in open_cases if "FROM consultations c" in s)
    assert any("consultations_status" in line for line in plan(demo, main))

    follow = assert_served(demo, "Today's follow-ups", lambda: demo.follow_ups(TODAY))
    assert any("consultations_follow_up" in line for s in follow for line in plan(demo, s))
    opened = assert_served(demo, "Today's open consultations",
                           lambda: (demo.open_consultations(), demo.count_open()))
    assert all(any("consultations_status" in line for line in plan(demo, s))
               for s in opened if "FROM consultations" in s)

    whole = assert_served(demo, "Today in one statement",
                          lambda: today.load(demo, date.fromisoformat(TODAY)))
    lines = plan(demo, whole[0])
    for index in ("consultations_follow_up", "consultations_status", "residents_card_expiry"):
        assert any(index in line for line in lines), (index, lines)

    for spec in (listing.RESIDENTS, listing.CONSULTATIONS, listing.ACCOMPANIMENTS,
                 listing.SESSIONS, listing.ORGANISATIONS, listing.BRIDGE_PERSONS):
        filters = [listing.ListFilter()]
        if spec.status_expr:
            filters.append(listing.ListFilter(status="open"))
        if spec.resident_sql:
            filters.append(listing.ListFilter(resident_id=1))
        for flt in filters:
            for offset in (0, 400):
                assert_served(demo, f"list {spec.source}", lambda spec=spec, flt=flt,
                              offset=offset: (
                    listing.count(demo.store, spec, flt),
                    listing.page(demo.store, spec, flt, spec.default_sort,
                                 spec.default_descending, offset, 200)))

    for query in ("Nguyen", "グエン", "Phạm Thị", "hospital"):
        found = assert_served(demo, f"search {query}", lambda query=query: demo.find(query))
        assert any("MATCH" in s for s in found)
    assert_served(demo, "audit page", lambda: audit.search(demo.store, limit=500))


def test_open_cases_are_the_consultations_not_closed(demo: Services) -> None:
    end = stats.month_period(2026, 10).bounds[1]
    not_closed = demo.store.query("SELECT id FROM consultations WHERE occurred_at < ? "
                                  "AND status <> 'closed' ORDER BY id", (end,))
    table = monthly._open_cases(demo.store, demo.codes, stats.month_period(2026, 10))
    assert not_closed and table.note is not None
    assert f"継続中 {len(not_closed)}件" in table.note


def test_the_rule_sees_a_full_scan(demo: Services) -> None:
    # (the text column keeps it off the status index, which now also holds the follow-up date)
    sql = ("SELECT id, asked FROM consultations c WHERE c.status <> 'closed' "
           "ORDER BY c.follow_up_date")
    assert full_scans(demo, sql)
