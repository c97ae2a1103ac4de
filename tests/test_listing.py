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


def kept_counts_hold(services: Services) -> None:
    for spec in (listing.RESIDENTS, listing.CONSULTATIONS, listing.ACCOMPANIMENTS,
                 listing.SESSIONS):
        table = spec.source.split()[0]
        real = services.store.query_one(f"SELECT count(*) FROM {table}")[0]
        assert listing.count(services.store, spec, ListFilter()) == real, table


def test_unfiltered_counts_are_kept_and_read_in_one_row(demo: Services) -> None:
    from app.records import Accompaniment, Consultation, Resident, Session

    kept_counts_hold(demo)
    seen: list[str] = []
    demo.store.conn.set_trace_callback(seen.append)
    listing.count(demo.store, listing.CONSULTATIONS, ListFilter())
    demo.store.conn.set_trace_callback(None)
    assert ["row_counts" in s and "count(*)" not in s for s in seen] == [True]
    rid = demo.residents.save(Resident(nationality="VN", family_name="Lê", given_name="Lan"))
    cid = demo.consultations.save(Consultation(occurred_at="2026-11-02T10:30", language="vi",
                                               channel="desk", topics=["medical"],
                                               resident_id=rid, asked="?", minutes=5))
    aid = demo.accompaniments.save(Accompaniment(date="2026-11-05", resident_id=rid,
                                                 destination_kind="hospital"))
    sid = demo.sessions.save(Session(date="2026-10-10", kind="life_orientation"))
    kept_counts_hold(demo)
    demo.consultations.delete(cid)
    demo.accompaniments.delete(aid)
    demo.sessions.delete(sid)
    demo.residents.delete(rid)
    kept_counts_hold(demo)


def test_a_count_with_the_join_left_out_is_the_same(demo: Services) -> None:
    for flt in (ListFilter(status="open"), ListFilter(language="vi"),
                ListFilter(nationality="VN"), ListFilter(date_from="2026-01-01")):
        for spec in (listing.CONSULTATIONS, listing.ACCOMPANIMENTS):
            where, params = listing._where(spec, flt)
            joined = demo.store.query_one(f"SELECT count(*) FROM {spec.source}{where}",
                                          params)[0]
            assert listing.count(demo.store, spec, flt) == joined
