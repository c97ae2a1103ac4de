"""Records that know who they are (issue 12): versions and devices, tombstones, UUIDs in
everything that leaves the database, format_version 2, and the old format still read."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import audit, exchange, migrations, rows
from app.records import Consultation, Resident
from app.services import Services
from tests import town_edits

FIXTURES = Path(__file__).parent / "fixtures"
HEADER = ("exported_at", "device_id")

edits = st.lists(st.tuples(st.sampled_from(["create", "create", "update", "delete"]),
                           st.sampled_from(town_edits.KINDS), st.integers(0, 50)),
                 min_size=1, max_size=25)


def body(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in HEADER}


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=edits)
def test_export_import_export_is_the_same_tombstones_included(
        steps: list[tuple[str, str, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        town = Services.open(Path(folder) / "a.db", create=True, user="clerk", role="admin")
        empty = Services.open(Path(folder) / "b.db", create=True, user="other",
                              role="admin")
        try:
            for action, kind, n in steps:
                town_edits.edit(town, action, kind, n)
            first = exchange.export_data(town.store)
            exchange.import_data(empty.store, json.loads(json.dumps(first)))
            again = exchange.export_data(empty.store)
            assert body(again) == body(first)
            stones = town.store.query_one("SELECT count(*) FROM tombstones")[0]
            assert len(first["tombstones"]) == stones
        finally:
            town.close()
            empty.close()


def test_a_save_makes_a_new_version_of_this_device_and_a_delete_a_tombstone(
        services: Services) -> None:
    me = services.store.setting("device_id")
    assert len(me) == 36
    rid = services.residents.save(Resident(nationality="VN", family_name="Trần"))
    version = lambda: services.store.query_one(  # noqa: E731
        "SELECT version, device_id FROM residents WHERE id = ?", (rid,))
    assert tuple(version()) == (1, me)
    services.residents.save(services.residents.get(rid))
    services.residents.save(services.residents.get(rid))
    assert tuple(version()) == (3, me)
    uuid = services.residents.get(rid).uuid
    services.residents.delete(rid)
    stone = services.store.query_one("SELECT kind, deleted_by, device_id, version "
                                     "FROM tombstones WHERE uuid = ?", (uuid,))
    assert tuple(stone) == ("residents", services.store.user, me, 4)


def test_a_failed_delete_leaves_no_tombstone(services: Services) -> None:
    rid = services.residents.save(Resident(nationality="VN", family_name="Trần"))
    services.consultations.save(Consultation(occurred_at="2026-11-02T10:30", language="vi",
                                             channel="desk", topics=["medical"],
                                             resident_id=rid))
    with pytest.raises(Exception, match="linked records"):
        services.residents.delete(rid)
    assert services.store.query_one("SELECT count(*) FROM tombstones")[0] == 0
    with services.store.write() as conn:  # a delete that fails half-way is rolled back whole
        rows.delete(conn, "sessions", 999, services.store.stamp())
    assert services.store.query_one("SELECT count(*) FROM tombstones")[0] == 0


def test_audit_diffs_name_other_records_by_uuid(services: Services) -> None:
    rid = services.residents.save(Resident(nationality="VN", family_name="Trần"))
    uuid = services.residents.get(rid).uuid
    services.consultations.save(Consultation(occurred_at="2026-11-02T10:30", language="vi",
                                             channel="desk", topics=["medical"],
                                             resident_id=rid))
    row = audit.search(services.store)[0]
    assert row.record_kind == "consultation"
    assert row.changes["resident_id"] == [None, uuid]


def test_another_devices_audit_rows_keep_their_own_chain(services: Services) -> None:
    services.residents.save(Resident(nationality="VN", family_name="Trần"))
    mine = audit.heads(services.store)
    other = "0000aaaa-0000-4000-a000-000000000000"
    # rows as another device wrote them: its own chain, hashed with its own sequence
    prev = ""
    with services.store.write() as conn:
        for seq in (1, 2):
            fields = {"id": seq, "at": "2026-12-01T00:00:00.000000Z", "user": "cir",
                      "action": "login", "record_kind": None, "record_uuid": None,
                      "changes_hash": None, "detail": None}
            digest = audit.row_hash(prev, fields)
            conn.execute("INSERT INTO audit (at, user, action, prev_hash, hash, device_id, "
                         "device_seq) VALUES (?, 'cir', 'login', ?, ?, ?, ?)",
                         (fields["at"], prev, digest, other, seq))
            prev = digest
    services.residents.save(Resident(nationality="PH", family_name="Santos"))
    assert audit.verify(services.store) is None
    heads = audit.heads(services.store)
    assert heads[other][0] == 2 and heads[services.store.setting("device_id")][0] == \
        mine[services.store.setting("device_id")][0] + 1
    # the other chain with a row changed no longer verifies
    raw_id = services.store.query_one("SELECT id FROM audit WHERE device_id = ? AND "
                                      "device_seq = 1", (other,))[0]
    services.store.conn.execute("DROP TRIGGER audit_no_update")
    services.store.conn.execute("UPDATE audit SET user = 'x' WHERE id = ?", (raw_id,))
    assert audit.verify(services.store) == raw_id


def test_a_format_version_1_file_still_imports(services: Services) -> None:
    """tests/fixtures/export-v1.json.gz was written by the release before format 2."""
    with gzip.open(FIXTURES / "export-v1.json.gz", "rt", encoding="utf-8") as fh:
        old = json.load(fh)
    assert old["format_version"] == 1
    counts = exchange.import_data(services.store, old)
    assert counts == {**{k: len(old[k]) for k in exchange.KINDS if k in old}, "kb_entries": 0}
    now = exchange.export_data(services.store)
    assert now["format_version"] == 2
    by_uuid = {r["uuid"]: r for r in now["consultations"]}
    for rec in old["consultations"]:
        assert by_uuid[rec["uuid"]]["resident_uuid"] == rec["resident"]
        assert by_uuid[rec["uuid"]]["referral_organisation_uuid"] == \
            rec["referral_organisation"]
        assert by_uuid[rec["uuid"]]["asked"] == rec["asked"]
    sessions = {r["uuid"]: r for r in now["sessions"]}
    assert all(sorted(sessions[s["uuid"]]["attendee_uuids"]) == sorted(s["attendees"])
               for s in old["sessions"])
    links = {(r["uuid"], x["related_uuid"], x["relation"]) for r in now["residents"]
             for x in r["links"]}
    assert links == {(r["uuid"], x["related"], x["relation"]) for r in old["residents"]
                     for x in r["links"]}
    assert {r["version"] for r in now["residents"]} == {1}


def test_schema_version_is_the_newest(services: Services) -> None:
    assert migrations.schema_version(services.store.conn) == migrations.latest_version()


def test_a_tombstone_keeps_no_personal_data(services: Services) -> None:
    rid = services.residents.save(Resident(nationality="VN", family_name="Trần",
                                           family_name_latin="TRANUNIQUE", notes="note"))
    services.residents.delete(rid)
    row = services.store.query_one("SELECT * FROM tombstones")
    assert not any(isinstance(v, str) and ("TRAN" in v or "Trần" in v or v == "note")
                   for v in row)
    columns = [r[1] for r in services.store.query("PRAGMA table_info(tombstones)")]
    assert columns == ["uuid", "kind", "deleted_at", "deleted_by", "device_id", "version"]
