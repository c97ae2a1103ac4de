"""Write and apply sync packets.

A packet carries, in full, every record and tombstone whose local change number (seq in
sync_clocks) is above what every other device has confirmed, each with its version
vector; the audit rows above what they confirmed; what this device has applied of each
other device (its acknowledgements); and the list of the town's devices. So a packet that
goes missing is made good by the next one, packets may arrive in any order, and the same
packet applied twice changes nothing.

Applying a record: unknown here, or its clock dominates ours → written through the kind's
save method (validation, search index, audit), keeping its version and device; ours
dominates → nothing; neither → a conflict, both versions kept (app/sync/conflicts.py), ours
stays. A record that points at one not here yet waits in sync_pending and is tried again.
All of a packet is applied in one transaction.
"""

from __future__ import annotations

import json
import re
import uuid as uuid_module
from dataclasses import dataclass, field
from typing import Any

from app import audit, exchange_apply, exchange_export, migrations, rows
from app.db import Connection
from app.errors import MadoguchiError, ValidationError
from app.jptime import utc_stamp
from app.marks import QT_TRANSLATE_NOOP
from app.services import Services
from app.store import Store
from app.sync import clocks, code_items, conflicts, devices_table
from app.sync.packet import PacketError, read_header, seal, unseal

KINDS = exchange_export.KINDS
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_AUDIT = ("device_id", "device_seq", "at", "user", "action", "record_kind", "record_uuid",
          "changes", "changes_hash", "detail", "prev_hash", "hash")

NO_KEY = QT_TRANSLATE_NOOP(
    "errors", "Only an encrypted town can be synced between devices.")
OWN_PACKET = QT_TRANSLATE_NOOP(
    "errors", "%1 was written by this device; there is nothing to apply.")
REVOKED = QT_TRANSLATE_NOOP(
    "errors", "%1 comes from a device that was revoked; nothing was changed.")
OLDER_HERE = QT_TRANSLATE_NOOP(
    "errors", "%1 was made by a newer Madoguchi (schema %2; this device has %3): update "
    "Madoguchi on this device first. Nothing was changed, and nothing is lost.")
OLDER_THERE = QT_TRANSLATE_NOOP(
    "errors", "%1 was made by an older Madoguchi (schema %2; this device has %3): update "
    "Madoguchi on the other device first. Nothing was changed, and nothing is lost.")
BAD_CONTENT = QT_TRANSLATE_NOOP(
    "errors", "%1 holds a record this device cannot take (%2); nothing was changed.")


@dataclass
class Outcome:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    waiting: int = 0          # records that wait for another record (sync_pending)
    audit_rows: int = 0
    codes: int = 0            # code items whose label, order or active flag changed
    already: bool = False     # this packet had been applied before: nothing changed
    sender: str = ""

    def text(self) -> str:
        if self.already:
            return "already applied: nothing changed"
        return (f"added {self.added}, updated {self.updated}, deleted {self.deleted}, "
                f"conflicts {self.conflicts}, waiting {self.waiting}, "
                f"audit rows {self.audit_rows}")


@dataclass
class Made:
    data: bytes
    packet_id: str
    upto: int
    records: int = 0
    tombstones: int = 0
    audit_rows: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def _require_key(store: Store) -> bytes:
    """The town's sync key (db/migrations/0013): the packets' key is derived from it."""
    secret = store.setting("sync_key")
    if store.key is None or not secret:
        raise MadoguchiError(NO_KEY)
    return bytes.fromhex(secret)


def _q(conn: Connection) -> exchange_export.Query:
    def query(sql: str, params: Any = ()) -> list[Any]:
        return list(conn.execute(sql, params).fetchall())

    return query


# ---------------------------------------------------------------- writing a packet

def make_packet(services: Services) -> Made:
    """The packet of everything the other devices have not confirmed yet."""
    store = services.store
    key = _require_key(store)
    me = store.setting("device_id")
    peers = devices_table.peers(store)
    conn = store.conn
    with store._lock:
        top = int(conn.execute("SELECT coalesce(max(seq), 0) FROM sync_clocks").fetchone()[0])
        top_audit = int(conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0])
        since = min((p.acked_records for p in peers), default=top)
        since_audit = min((p.acked_audit for p in peers), default=top_audit)
        q = _q(conn)
        changed = f"x.uuid IN (SELECT uuid FROM sync_clocks WHERE seq > {int(since)})"
        body: dict[str, Any] = {
            "from": since, "upto": top, "audit_from": since_audit, "audit_upto": top_audit,
            "acks": {p.device_id: {"records": p.applied_records, "audit": p.applied_audit}
                     for p in peers},
            "devices": devices_table.listing(store),
            # the code lists, so a record using a code added there is valid here, and a
            # label edited there is edited here too (app/sync/code_items.py)
            "code_items": code_items.rows(conn),
            "clocks": {str(u): json.loads(str(c)) for u, c in conn.execute(
                "SELECT uuid, clock FROM sync_clocks WHERE seq > ?", (since,))},
            "records": {kind: exchange_export.records(q, kind, changed) for kind in KINDS},
            "tombstones": exchange_export.tombstones(q, changed),
            "audit": [dict(zip(_AUDIT, r, strict=True)) for r in conn.execute(
                f"SELECT {', '.join(_AUDIT)} FROM audit WHERE id > ? AND device_id IS NOT "
                "NULL ORDER BY id", (since_audit,))],
        }
        schema = migrations.schema_version(conn)
    packet_id = str(uuid_module.uuid4())
    header = {"town_id": store.setting("town_id"), "device_id": me, "packet_id": packet_id,
              "schema_version": schema, "made_at": utc_stamp()}
    made = Made(seal(header, body, key), packet_id, top,
                sum(len(v) for v in body["records"].values()), len(body["tombstones"]),
                len(body["audit"]))
    audit.log(store, "sync_export", detail=f"packet {packet_id[:8]}: records {made.records}, "
              f"deleted {made.tombstones}, audit rows {made.audit_rows}")
    return made


# ---------------------------------------------------------------- applying a packet

def apply_packet(services: Services, data: bytes, name: str) -> Outcome:
    """Apply a packet of another device of this town: all of it, or nothing."""
    store = services.store
    store.require_writable()
    key = _require_key(store)
    # A revoked device's packet is named so even when the town's sync key changed since
    # (the header is read unchecked here: the packet is refused either way).
    if devices_table.is_revoked(store, str(read_header(data, name)[0]["device_id"])):
        raise PacketError(REVOKED, name)
    header, body = unseal(data, name, key, store.setting("town_id"))
    me = store.setting("device_id")
    sender = str(header["device_id"])
    if sender == me:
        raise PacketError(OWN_PACKET, name)
    with store.reading() as conn:  # the window reads this connection on other threads
        ours = migrations.schema_version(conn)
    if header["schema_version"] > ours:
        raise PacketError(OLDER_HERE, name, header["schema_version"], ours)
    if header["schema_version"] < ours:
        raise PacketError(OLDER_THERE, name, header["schema_version"], ours)
    if devices_table.is_revoked(store, sender):
        raise PacketError(REVOKED, name)
    outcome = Outcome(sender=sender)
    if store.query_one("SELECT 1 FROM sync_packets WHERE packet_id = ?",
                       (header["packet_id"],)) is not None:
        outcome.already = True
        return outcome
    try:
        with store.write() as conn:
            outcome.codes = code_items.apply(conn, store.user, body.get("code_items", []))
            if restored_here(conn, me, body):
                me = _new_identity(conn, store)
            writer = exchange_apply.writer(store)  # after the codes: it reads them
            devices_table.learn(conn, me, sender, body)
            _apply_records(writer, conn, body, outcome)
            _retry_pending(writer, conn, outcome)
            outcome.audit_rows = _append_audit(conn, me, body.get("audit", []))
            conn.execute("INSERT INTO sync_packets VALUES (?, ?, ?)",
                         (header["packet_id"], sender, utc_stamp()))
            audit.record(conn, store.user, "sync_import",
                         detail=f"packet {header['packet_id'][:8]} of device {sender[:8]}: "
                                f"{outcome.text()}")
    except (ValidationError, KeyError, TypeError, ValueError) as exc:
        what = type(exc).__name__ if not isinstance(exc, ValidationError) else \
            next(iter(exc.errors), "?")
        raise PacketError(BAD_CONTENT, name, what) from None
    services.codes.reload()  # codes the packet brought
    return outcome


def restored_here(conn: Connection, me: str, body: dict[str, Any]) -> bool:
    """This file is an older copy of this device (copied back from a backup outside
    Madoguchi): the other device has confirmed changes of ours we no longer have, or holds
    versions of ours newer than ours."""
    top = int(conn.execute("SELECT coalesce(max(seq), 0) FROM sync_clocks").fetchone()[0])
    ack = body.get("acks", {}).get(me, {})
    if isinstance(ack, dict) and int(ack.get("records", 0)) > top:
        return True
    for uuid, raw in body.get("clocks", {}).items():
        theirs = raw.get(me, 0) if isinstance(raw, dict) else 0
        if theirs:
            ours = clocks.of(conn, str(uuid))
            if ours is None or ours.get(me, 0) < theirs:
                return True
    return False


def _new_identity(conn: Connection, store: Store) -> str:
    """Become a new device (app/devices.new_identity), and mark the records changed here
    and not yet confirmed as changes of the new device too: against the versions the other
    device holds they are conflicts for a person, not silently older or newer."""
    from app import devices

    since = min((p.acked_records for p in devices_table.peers(store)), default=0)
    changed = conn.execute("SELECT uuid, kind, clock FROM sync_clocks WHERE seq > ?",
                           (since,)).fetchall()
    old = store.setting("device_id")
    new = devices.new_identity(conn, "restored")
    for uuid, kind, raw in changed:
        ticks = dict(json.loads(str(raw)))
        if old in ticks:
            ticks[new] = ticks[old]
            rows.set_clock(conn, str(uuid), str(kind), ticks)
    return new


def _apply_records(writer: Services, conn: Connection, body: dict[str, Any],
                   outcome: Outcome) -> None:
    raw_clocks = body.get("clocks", {})
    records = body.get("records", {})
    for kind in KINDS:
        for rec in records.get(kind, []):
            ticks = clocks.parse(raw_clocks.get(rec.get("uuid")))
            if ticks is None or not _UUID.fullmatch(str(rec.get("uuid"))):
                raise ValueError("clock")
            apply_record(writer, conn, kind, rec, ticks, outcome)
    for stone in sorted(body.get("tombstones", []),
                        key=lambda s: -KINDS.index(s["kind"]) if s.get("kind") in KINDS
                        else 0):
        ticks = clocks.parse(raw_clocks.get(stone.get("uuid")))
        if ticks is None or stone.get("kind") not in KINDS or \
                not _UUID.fullmatch(str(stone.get("uuid"))):
            raise ValueError("tombstone")
        apply_tombstone(writer, conn, stone, ticks, outcome)


def _local(conn: Connection, kind: str, uuid: str) -> dict[str, Any] | None:
    found = exchange_export.records(_q(conn), kind, f"x.uuid = '{uuid}'")
    return found[0] if found else None


def same_content(a: dict[str, Any], b: dict[str, Any]) -> bool:
    skip = {*exchange_export.STAMPS, *exchange_export.IDENTITY}
    return {k: v for k, v in a.items() if k not in skip} == \
        {k: v for k, v in b.items() if k not in skip}


def apply_record(writer: Services, conn: Connection, kind: str, rec: dict[str, Any],
                 ticks: clocks.Clock, outcome: Outcome) -> None:
    uuid = str(rec["uuid"])
    ours = clocks.of(conn, uuid)
    if ours is not None and clocks.dominates(ours, ticks):
        return
    mine = _local(conn, kind, uuid)
    if ours is None or clocks.dominates(ticks, ours):
        _write(writer, conn, kind, rec, ticks, outcome, new=mine is None)
        conflicts.superseded(conn, uuid, ticks)
        return
    if mine is not None and same_content(mine, rec):
        # the same change made on both devices: one version wins everywhere, silently
        if (rec["version"], rec["device_id"]) > (mine["version"], mine["device_id"]):
            _write(writer, conn, kind, rec, clocks.merged(ours, ticks), outcome, new=False,
                   counted=False)
        else:
            rows.set_clock(conn, uuid, kind, clocks.merged(ours, ticks))
        return
    conflicts.found(conn, writer.store.user, kind, uuid, mine, rec, ticks)
    outcome.conflicts += 1


def _write(writer: Services, conn: Connection, kind: str, rec: dict[str, Any],
           ticks: clocks.Clock, outcome: Outcome, *, new: bool, counted: bool = True) -> None:
    try:
        exchange_apply.write(writer, kind, rec, user=writer.store.user, now=utc_stamp())
    except exchange_apply.MissingReference:
        conn.execute("INSERT OR REPLACE INTO sync_pending VALUES (?, ?, ?)",
                     (rec["uuid"], kind, json.dumps({"record": rec, "clock": ticks})))
        outcome.waiting += 1
        return
    conn.execute("DELETE FROM sync_pending WHERE uuid = ?", (rec["uuid"],))
    rows.set_clock(conn, str(rec["uuid"]), kind, ticks)
    if counted:
        if new:
            outcome.added += 1
        else:
            outcome.updated += 1


def apply_tombstone(writer: Services, conn: Connection, stone: dict[str, Any],
                    ticks: clocks.Clock, outcome: Outcome) -> None:
    kind, uuid = str(stone["kind"]), str(stone["uuid"])
    ours = clocks.of(conn, uuid)
    if ours is not None and clocks.dominates(ours, ticks):
        return
    mine = _local(conn, kind, uuid)
    conn.execute("DELETE FROM sync_pending WHERE uuid = ?", (uuid,))
    if mine is None:  # deleted here too, or never here: keep the newer tombstone
        here = conn.execute("SELECT version, device_id FROM tombstones WHERE uuid = ?",
                            (uuid,)).fetchone()
        if here is None or (stone["version"], stone["device_id"]) > (here[0], here[1]):
            conn.execute("INSERT OR REPLACE INTO tombstones (uuid, kind, deleted_at, "
                         "deleted_by, device_id, version) VALUES (?, ?, ?, ?, ?, ?)",
                         (uuid, kind, stone["deleted_at"], stone["deleted_by"],
                          stone["device_id"], stone["version"]))
        rows.set_clock(conn, uuid, kind, clocks.merged(ours or {}, ticks))
        conflicts.superseded(conn, uuid, ticks)
        return
    if ours is None or clocks.dominates(ticks, ours):
        stamp = {"updated_at": stone["deleted_at"], "deleted_at": stone["deleted_at"],
                 "updated_by": stone["deleted_by"], "version": stone["version"],
                 "device_id": stone["device_id"], "clock": ticks}
        try:  # the kinds' deletes refuse before they change anything
            exchange_apply.delete(writer, kind, uuid, stamp)
        except MadoguchiError:  # still used here (a resident with new records): ask
            conflicts.found(conn, writer.store.user, kind, uuid, mine, None, ticks,
                            tombstone=stone)
            outcome.conflicts += 1
            return
        conflicts.superseded(conn, uuid, ticks)
        outcome.deleted += 1
        return
    conflicts.found(conn, writer.store.user, kind, uuid, mine, None, ticks, tombstone=stone)
    outcome.conflicts += 1


def _retry_pending(writer: Services, conn: Connection, outcome: Outcome) -> None:
    """Records that waited for another record: try again until none moves."""
    while True:
        waiting = conn.execute("SELECT uuid, kind, record FROM sync_pending").fetchall()
        moved = False
        for uuid, kind, raw in waiting:
            item = json.loads(str(raw))
            before = outcome.waiting
            conn.execute("DELETE FROM sync_pending WHERE uuid = ?", (uuid,))
            apply_record(writer, conn, str(kind), item["record"], item["clock"], outcome)
            if outcome.waiting == before:
                moved = True
            else:
                outcome.waiting = before
        if not moved:
            break
    outcome.waiting = int(conn.execute("SELECT count(*) FROM sync_pending").fetchone()[0])


def _append_audit(conn: Connection, me: str, found: list[dict[str, Any]]) -> int:
    """Other devices' audit rows, each kept in its own device's chain as it was written;
    a "redact" row blanks the copies here too, as it did there."""
    added = 0
    for row in found:
        if row["device_id"] == me or conn.execute(
                "SELECT 1 FROM audit WHERE device_id = ? AND device_seq = ?",
                (row["device_id"], row["device_seq"])).fetchone():
            continue
        conn.execute(f"INSERT INTO audit ({', '.join(_AUDIT)}) VALUES "
                     f"({', '.join('?' for _ in _AUDIT)})", tuple(row[k] for k in _AUDIT))
        added += 1
        if row["action"] == "redact" and row["record_uuid"]:
            conn.execute("UPDATE audit SET changes = NULL WHERE record_uuid = ? AND "
                         "changes IS NOT NULL", (row["record_uuid"],))
    return added
