"""What one- and two-character terms find in consultations: the records in which the term
starts three characters of text (the trigrams of the index that start with it), found
through the index when few trigrams start with it and by a scan from the newest record
when it is common; the same either way. People are found by any part of their names."""

from __future__ import annotations

import pytest

from app import search
from app.records import Consultation, Resident
from app.services import Services


def consultation(services: Services, asked: str, resident_id: int | None = None) -> int:
    return services.consultations.save(Consultation(
        occurred_at="2026-11-02T10:00", language="ja", channel="desk", topics=["other"],
        resident_id=resident_id, nationality=None if resident_id else "PH", asked=asked))


def found(services: Services, query: str) -> set[tuple[str, int]]:
    return {(f.kind, f.id) for f in services.find(query, limit=1000)}


def test_a_short_term_inside_the_text_is_found(services: Services) -> None:
    pension = consultation(services, "年金の手続き")
    tax = consultation(services, "税金について")
    lin = services.residents.save(Resident(nationality="CN", family_name="林",
                                           given_name="秀英", family_name_latin="Lin"))
    theirs = consultation(services, "国民健康保険", lin)
    assert ("consultation", pension) in found(services, "年金")
    assert ("consultation", tax) not in found(services, "年金")
    assert ("consultation", tax) in found(services, "金")  # 金に… starts a trigram
    assert {("resident", lin), ("consultation", theirs)} <= found(services, "林")
    assert ("consultation", theirs) in found(services, "li")
    assert ("consultation", pension) in found(services, "年金 手続き")  # with a long term
    assert found(services, "🙂") == set() and found(services, "%") == set()


def test_a_short_term_that_ends_the_text_is_found_by_three_characters(
        services: Services) -> None:
    """Three characters of text are what the index holds: a short term found only as the
    last one or two characters of a record's text starts none."""
    ending = consultation(services, "住所変更は役場")
    assert ("consultation", ending) not in found(services, "役場")
    assert ("consultation", ending) in found(services, "は役場")
    assert ("consultation", ending) in found(services, "更は")


def test_common_and_rare_terms_find_the_same_records(services: Services,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [consultation(services, f"第{n}回の日本語教室について") for n in range(12)]
    ids.append(consultation(services, "日本で働く"))
    for query in ("日本", "日", "室に", "つ"):
        through_index = found(services, query)
        monkeypatch.setattr(search, "SHORT_TRIGRAMS", 0)  # every short term is common
        by_scan = found(services, query)
        monkeypatch.undo()
        assert through_index == by_scan and through_index, query
    assert {("consultation", i) for i in ids} <= found(services, "日本")


def test_a_rare_short_term_is_served_by_the_index(services: Services) -> None:
    consultation(services, "年金の手続き")
    seen: list[str] = []
    services.store.conn.set_trace_callback(seen.append)
    services.find("年金")
    services.store.conn.set_trace_callback(None)
    records = [s for s in seen if "FROM search_records WHERE" in s]
    # a look among the newest records only (too few hits there), then the index
    assert [("MATCH" in s, "LIKE" in s and "rowid >" in s) for s in records] == [
        (False, True), (True, False)], records


def test_the_newest_records_answer_a_common_term_with_the_same_page(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [consultation(services, f"第{n}回の日本語教室について") for n in range(12)]
    conn = services.store.conn
    for query in ("日本", "日", "室に", "回の"):
        monkeypatch.setattr(search, "RECENT", 3)  # the newest 3 hold too few: the index
        through_index = search.search(conn, query, limit=5)
        monkeypatch.setattr(search, "RECENT", 2000)  # the newest hold a whole page
        newest = search.search(conn, query, limit=5)
        assert newest == through_index, query
        assert [h.id for h in newest] == sorted(ids, reverse=True)[:5], query
