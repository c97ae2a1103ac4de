"""Writing records that come from a file (an import) or another device (a sync packet)
through the same save methods as the window: validation, search index and audit rows
included. The record keeps the stamps, version and device it brings (rows.save takes them
from the store's stamp), and refers to other records by UUID, resolved here to local ids.
All of it runs inside one transaction that the caller holds."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from app import db
from app.errors import MadoguchiError
from app.knowledge import KbEntry, KbText
from app.marks import QT_TRANSLATE_NOOP
from app.records import (
    Accompaniment,
    BridgePerson,
    Consultation,
    HouseholdLink,
    Organisation,
    Resident,
    Session,
    SnsContact,
)
from app.residents import INVERSE_RELATION
from app.services import Services
from app.store import Store

MISSING = QT_TRANSLATE_NOOP(
    "errors", "A record refers to another record that is not here; nothing was changed.")


class MissingReference(MadoguchiError):
    """A record refers to a record (by UUID) that this database does not hold."""

    def __init__(self, uuid: str) -> None:
        super().__init__(MISSING)
        self.uuid = uuid


@dataclass
class BroughtStore(Store):
    """The open store seen from inside a transaction already under way: the save methods'
    own write() joins it, and their stamp() is the stamps the record brings."""

    brought: dict[str, Any] = field(default_factory=dict)

    @contextlib.contextmanager
    def write(self) -> Iterator[db.Connection]:
        if not self.conn.in_transaction:
            raise RuntimeError("BroughtStore.write outside its transaction")
        yield self.conn

    def stamp(self) -> dict[str, Any]:
        return dict(self.brought)


def writer(store: Store) -> Services:
    """Services whose saves join the caller's transaction and keep what records bring."""
    return Services(BroughtStore(conn=store.conn, path=store.path, user=store.user,
                                 key=store.key, role=store.role, _lock=store._lock))


def local_id(conn: db.Connection, table: str, uuid: str | None) -> int | None:
    if uuid is None:
        return None
    row = conn.execute(f"SELECT id FROM {table} WHERE uuid = ?",  # noqa: S608
                       (uuid,)).fetchone()
    if row is None:
        raise MissingReference(uuid)
    return int(row[0])


def optional_id(conn: db.Connection, table: str, uuid: str | None) -> int | None:
    """A reference the database lets go when its record is deleted (ON DELETE SET NULL or
    CASCADE): None when the record was deleted here (it has a tombstone), as the delete
    would have done had the record been here already."""
    try:
        return local_id(conn, table, uuid)
    except MissingReference:
        if conn.execute("SELECT 1 FROM tombstones WHERE uuid = ?", (uuid,)).fetchone():
            return None
        raise


def _sns(values: list[Any]) -> list[SnsContact]:
    return [SnsContact(str(v["app"]), str(v["handle"])) for v in values]


def _pick(rec: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    return {k: rec[k] for k in names if k in rec}


def write(services: Services, kind: str, rec: dict[str, Any], *, user: str,
          now: str) -> int:
    """Save one record of `kind` (its uuid may exist already: then it is updated). Returns
    its local id. Raises MissingReference when it points at a record not here."""
    store = services.store
    assert isinstance(store, BroughtStore)
    conn = store.conn
    store.brought = {
        "created_at": rec.get("created_at") or now, "updated_at": rec.get("updated_at") or now,
        "created_by": rec.get("created_by") or user, "updated_by": rec.get("updated_by") or user,
        **{k: rec[k] for k in ("version", "device_id") if rec.get(k) is not None}}
    uuid = str(rec["uuid"])
    found = conn.execute(f"SELECT id FROM {kind} WHERE uuid = ?",  # noqa: S608
                         (uuid,)).fetchone()
    row_id = int(found[0]) if found else None
    if kind == "organisations":
        return services.directory.save_organisation(Organisation(**_pick(rec, (
            "name", "kind", "phone", "email", "address", "languages",
            "interpreter_available", "notes")), id=row_id, uuid=uuid))
    if kind == "bridge_persons":
        return services.directory.save_bridge_person(BridgePerson(
            **_pick(rec, ("name", "languages", "phone", "email", "area", "notes")),
            sns=_sns(rec.get("sns", [])), id=row_id, uuid=uuid))
    if kind == "residents":
        return _write_resident(services, rec, row_id, uuid)
    if kind == "kb_entries":
        return services.knowledge.save(KbEntry(
            **_pick(rec, ("topic", "status", "documents", "reviewed_on", "reviewed_by",
                          "source_town")),
            texts=[KbText(t["language"], t["question"], t["answer"])
                   for t in rec.get("texts", [])],
            organisation_ids=[o for o in (optional_id(conn, "organisations", u)
                                          for u in rec.get("organisation_uuids", []))
                              if o is not None],
            id=row_id, uuid=uuid))
    if kind == "consultations":
        return services.consultations.save(Consultation(
            **_pick(rec, ("occurred_at", "minutes", "nationality", "language", "channel",
                          "sns_app", "interpreter", "asked", "done", "status",
                          "follow_up_date", "topics")),
            resident_id=local_id(conn, "residents", rec.get("resident_uuid")),
            referral_org_id=optional_id(conn, "organisations",
                                        rec.get("referral_organisation_uuid")),
            id=row_id, uuid=uuid))
    if kind == "accompaniments":
        values = _pick(rec, ("date", "time_out", "time_back", "destination_kind", "facility",
                             "purpose", "outcome", "health_details", "distance_km",
                             "transport_cost", "follow_up_date", "department",
                             "accompanied_by", "interpreter"))
        values["distance_km"] = float(values.get("distance_km", 0))
        return services.accompaniments.save(Accompaniment(
            **values, resident_id=local_id(conn, "residents", rec.get("resident_uuid")),
            consultation_id=optional_id(conn, "consultations", rec.get("consultation_uuid")),
            organisation_id=optional_id(conn, "organisations", rec.get("organisation_uuid")),
            id=row_id, uuid=uuid))
    if kind == "sessions":
        return services.sessions.save(Session(
            **_pick(rec, ("date", "start_time", "kind", "title", "topics", "languages",
                          "venue", "online", "facilitator", "notes", "headcounts")),
            attendee_ids=[int(local_id(conn, "residents", u) or 0)
                          for u in rec.get("attendee_uuids", [])],
            id=row_id, uuid=uuid))
    raise ValueError(kind)


def _write_resident(services: Services, rec: dict[str, Any], row_id: int | None,
                    uuid: str) -> int:
    """Household links are kept once per pair, on the side that holds them in the file;
    links held by the other resident stay as they are."""
    conn = services.store.conn
    held = [(related, link["relation"]) for link in rec.get("links", [])
            if (related := optional_id(conn, "residents", link["related_uuid"])) is not None]
    other_side: list[tuple[int, str]] = []
    if row_id is not None:
        other_side = [(int(r[0]), str(r[1])) for r in conn.execute(
            "SELECT resident_id, relation FROM resident_links WHERE related_id = ?",
            (row_id,))]
    links = [HouseholdLink(r, how) for r, how in held]
    links += [HouseholdLink(r, INVERSE_RELATION.get(how, how)) for r, how in other_side
              if r not in {h[0] for h in held}]
    resident = Resident(**_pick(rec, (
        "family_name", "given_name", "family_name_latin", "given_name_latin", "kana",
        "nationality", "languages", "residence_status", "employer", "district",
        "arrival_date", "consent_date", "consent_method", "notes", "phone", "birth_date",
        "card_number", "card_expiry")), sns=_sns(rec.get("sns", [])), links=links,
        id=row_id, uuid=uuid)
    rid = services.residents.save(resident)
    # the save stored every link on this resident's side: put each back on its own side
    conn.execute("DELETE FROM resident_links WHERE ? IN (resident_id, related_id)", (rid,))
    conn.executemany("INSERT OR REPLACE INTO resident_links VALUES (?, ?, ?)",
                     [(rid, r, how) for r, how in held] +
                     [(r, rid, how) for r, how in other_side if r not in {h[0] for h in held}])
    return rid


def delete(services: Services, kind: str, uuid: str, stamp: dict[str, Any]) -> bool:
    """Delete a record another device deleted, with that device's tombstone (through the
    kind's own delete, so search and audit follow). False when it was not here."""
    store = services.store
    assert isinstance(store, BroughtStore)
    row_id = local_id_or_none(store.conn, kind, uuid)
    if row_id is None:
        return False
    store.brought = dict(stamp)
    deleters = {"residents": services.residents.delete,
                "consultations": services.consultations.delete,
                "accompaniments": services.accompaniments.delete,
                "sessions": services.sessions.delete,
                "organisations": services.directory.delete_organisation,
                "bridge_persons": services.directory.delete_bridge_person,
                "kb_entries": services.knowledge.delete}
    deleters[kind](row_id)
    return True


def local_id_or_none(conn: db.Connection, table: str, uuid: str) -> int | None:
    row = conn.execute(f"SELECT id FROM {table} WHERE uuid = ?",  # noqa: S608
                       (uuid,)).fetchone()
    return int(row[0]) if row else None

