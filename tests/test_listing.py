from __future__ import annotations

from app import listing
from app.listing import ListFilter
from app.services import Services


def all_rows(services: Services, spec: listing.ListSpec, flt: ListFilter, sort: str,
             descending: bool, page: int = 37) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    while True:
        chunk = listing.page(services.store, spec, flt, sort, descending, len(rows), page)
        rows += chunk
        if len(chunk) < page:
            return rows


def test_filters_match_an_independent_count(demo: Services) -> None:
    q = demo.store.query
    flt = ListFilter(date_from="2025-12-01", date_to="2026-03-31", status="closed",
                     topic="medical", language="vi", nationality="VN")
    expected = {r[0] for r in q(
        "SELECT id, occurred_at, status, language, resident_id, nationality FROM consultations")
        if "2025-12-01" <= r[1][:10] <= "2026-03-31" and r[2] == "closed" and r[3] == "vi"}
    topics = {r[0] for r in q("SELECT consultation_id FROM consultation_topics "
                              "WHERE topic = 'medical'")}
    nat = {r[0]: r[1] for r in q("SELECT id, nationality FROM residents")}
    own = {r[0]: (r[1], r[2]) for r in q("SELECT id, resident_id, nationality FROM consultations")}
    expected = {i for i in expected & topics
                if (own[i][1] or nat.get(own[i][0])) == "VN"}  # type: ignore[arg-type]
    assert expected, "fixture should have some matching consultations"
    assert listing.count(demo.store, listing.CONSULTATIONS, flt) == len(expected)
    got = all_rows(demo, listing.CONSULTATIONS, flt, "occurred_at", True)
    assert {r[0] for r in got} == expected


def test_paging_is_complete_and_sorted(demo: Services) -> None:
    flt = ListFilter()
    rows = all_rows(demo, listing.CONSULTATIONS, flt, "occurred_at", True)
    assert len(rows) == listing.count(demo.store, listing.CONSULTATIONS, flt)
    assert len({r[0] for r in rows}) == len(rows)
    times = [r[1] for r in rows]
    assert times == sorted(times, reverse=True)
    names = [r[2] for r in all_rows(demo, listing.RESIDENTS, flt, "latin", False)]
    assert names == sorted(names)


def test_every_list_and_sortable_column_runs(demo: Services) -> None:
    for spec in (listing.RESIDENTS, listing.CONSULTATIONS, listing.ACCOMPANIMENTS,
                 listing.SESSIONS, listing.ORGANISATIONS, listing.BRIDGE_PERSONS):
        for column in spec.columns:
            if column.sortable:
                rows = listing.page(demo.store, spec, ListFilter(language="vi"), column.key,
                                    False, 0, 5)
                assert all(len(r) == len(spec.columns) + 1 for r in rows)


def test_resident_filter(demo: Services) -> None:
    rid = demo.store.query_one("SELECT resident_id FROM session_attendees LIMIT 1")[0]
    sessions = listing.page(demo.store, listing.SESSIONS, ListFilter(resident_id=rid), "date",
                            True, 0, 100)
    expected = {r[0] for r in demo.store.query(
        "SELECT session_id FROM session_attendees WHERE resident_id = ?", (rid,))}
    assert {r[0] for r in sessions} == expected
