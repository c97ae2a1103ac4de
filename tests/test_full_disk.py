"""Full disk, simulated with PRAGMA max_page_count: the user gets one clear sentence,
nothing is half-written, and saving works again once there is room."""

from __future__ import annotations

import pytest

from app import db
from app.errors import MadoguchiError
from app.records import Consultation, Resident
from app.services import Services
from app.store import DISK_FAILED, DISK_FULL, StorageError, _storage_problem

ROOMY = 1_073_741_823


def counts(services: Services) -> dict[str, int]:
    return {t: services.store.query_one(f"SELECT count(*) FROM {t}")[0]
            for t in ("consultations", "consultation_topics", "search_records", "residents",
                      "search_people")}


def orphans(services: Services) -> int:
    return int(services.store.query_one(
        "SELECT (SELECT count(*) FROM search_records WHERE rowid NOT IN "
        "(SELECT id FROM consultations)) + (SELECT count(*) FROM consultation_topics "
        "WHERE consultation_id NOT IN (SELECT id FROM consultations)) + "
        "(SELECT count(*) FROM search_people WHERE rowid % 4 = 0 AND rowid / 4 NOT IN "
        "(SELECT id FROM residents))")[0])


def consultation(resident_id: int, n: int) -> Consultation:
    return Consultation(occurred_at="2026-05-01T10:00", language="vi", channel="desk",
                        topics=["housing", "labour", "medical"], resident_id=resident_id,
                        asked=f"note {n}: " + "長い相談内容。" * 400, done="対応済み。" * 200)


def test_a_full_disk_says_so_keeps_nothing_half_written_and_recovers(
        services: Services) -> None:
    rid = services.residents.save(Resident(nationality="VN", family_name_latin="Tran",
                                           given_name_latin="An", languages=["vi"]))
    conn = services.store.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 12}")
    saved: list[int] = []
    failure: MadoguchiError | None = None
    for n in range(50):
        before = counts(services)
        attempt = consultation(rid, n)
        try:
            saved.append(services.consultations.save(attempt))
        except MadoguchiError as exc:
            failure = exc
            break
    assert failure is not None and saved, "the capped file never filled up"
    assert isinstance(failure, StorageError)
    assert str(failure) == DISK_FULL
    assert str(failure).count(".") == 2 and "sqlite" not in str(failure).lower()
    assert failure.__cause__ is None and failure.__suppress_context__
    # Nothing of the failed save is there, and the connection is usable.
    assert not conn.in_transaction
    assert attempt.id is None
    assert counts(services) == before and orphans(services) == 0
    assert services.find(f"note {n}") == []
    assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
    # Every earlier save is whole.
    for cid in saved:
        assert services.consultations.get(cid).topics == ["housing", "labour", "medical"]

    # A resident's save fails the same way (search index and all).
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    people = counts(services)["residents"]
    with pytest.raises(StorageError, match="disk is full"):
        services.residents.save(Resident(nationality="VN", family_name_latin="Le",
                                         given_name_latin="Binh", notes="x" * 20_000))
    assert counts(services)["residents"] == people and orphans(services) == 0

    # Room again: the same save goes through.
    conn.execute(f"PRAGMA max_page_count = {ROOMY}")
    cid = services.consultations.save(attempt)
    assert attempt.id == cid and services.consultations.get(cid).asked == attempt.asked
    assert [f.id for f in services.find(f"note {n}") if f.kind == "consultation"] == [cid]
    assert counts(services)["consultations"] == before["consultations"] + 1
    assert orphans(services) == 0


def test_other_database_errors_are_not_disguised(services: Services) -> None:
    with pytest.raises(db.DbError) as info, services.store.write() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('a', '1'), ('a', '2')")
    assert not isinstance(info.value, MadoguchiError)
    assert not services.store.conn.in_transaction
    assert _storage_problem(OSError("disk I/O error")) == DISK_FAILED
    assert _storage_problem(ValueError("something else")) is None
