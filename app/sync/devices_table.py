"""The town's other devices as this device knows them (sync_devices): how far each
confirmed our changes, how far we applied its, when we last heard from it, revoked ones."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.db import Connection
from app.jptime import utc_stamp
from app.store import Store

_COLUMNS = ("device_id", "name", "origin", "added_at", "revoked_at", "last_heard",
            "acked_records", "acked_audit", "applied_records", "applied_audit")


@dataclass(frozen=True)
class Device:
    device_id: str
    name: str
    origin: str
    added_at: str
    revoked_at: str | None
    last_heard: str | None
    acked_records: int
    acked_audit: int
    applied_records: int
    applied_audit: int


def all_devices(store: Store) -> list[Device]:
    return [Device(*r) for r in store.query(
        f"SELECT {', '.join(_COLUMNS)} FROM sync_devices ORDER BY added_at, device_id")]


def peers(store: Store) -> list[Device]:
    """The devices that still take part (not revoked), this one left out."""
    me = store.setting("device_id")
    return [d for d in all_devices(store) if d.revoked_at is None and d.device_id != me]


def is_revoked(store: Store, device_id: str) -> bool:
    row = store.query_one("SELECT revoked_at FROM sync_devices WHERE device_id = ?",
                          (device_id,))
    return row is not None and row[0] is not None


def listing(store: Store) -> list[dict[str, Any]]:
    """The town's devices as a packet carries them (ids and dates, no names of people)."""
    me = store.setting("device_id")
    found = [{"device_id": d.device_id, "name": d.name, "origin": d.origin,
              "added_at": d.added_at, "revoked_at": d.revoked_at}
             for d in all_devices(store) if d.device_id != me]
    found.append({"device_id": me, "name": store.setting("device_name"),
                  "origin": store.setting("device_origin"), "added_at": "",
                  "revoked_at": None})
    return found


def register(conn: Connection, device_id: str, *, name: str = "", origin: str = "",
             acked: tuple[int, int] = (0, 0), applied: tuple[int, int] = (0, 0)) -> None:
    conn.execute(
        "INSERT INTO sync_devices (device_id, name, origin, added_at, acked_records, "
        "acked_audit, applied_records, applied_audit) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (device_id) DO NOTHING",
        (device_id, name, origin, utc_stamp(), *acked, *applied))


def learn(conn: Connection, me: str, sender: str, body: dict[str, Any]) -> None:
    """What a packet tells about the devices: the sender heard from now, its confirmations
    of our changes, how far we have now applied its own, devices we did not know of (from
    the same point as the device they were copied from), and revocations."""
    for device in body.get("devices", []):
        dev = str(device["device_id"])
        if dev == me:
            continue
        known = conn.execute("SELECT 1 FROM sync_devices WHERE device_id = ?",
                             (dev,)).fetchone()
        if known is None:
            base = conn.execute("SELECT acked_records, acked_audit, applied_records, "
                                "applied_audit FROM sync_devices WHERE device_id = ?",
                                (str(device.get("origin") or ""),)).fetchone()
            register(conn, dev, name=str(device.get("name") or ""),
                     origin=str(device.get("origin") or ""),
                     acked=(int(base[0]), int(base[1])) if base else (0, 0),
                     applied=(int(base[2]), int(base[3])) if base else (0, 0))
        if device.get("revoked_at"):
            conn.execute("UPDATE sync_devices SET revoked_at = coalesce(revoked_at, ?) "
                         "WHERE device_id = ?", (str(device["revoked_at"]), dev))
    acks = body.get("acks", {}).get(me, {"records": 0, "audit": 0})
    conn.execute("UPDATE sync_devices SET last_heard = ?, acked_records = ?, acked_audit = ? "
                 "WHERE device_id = ?",
                 (utc_stamp(), int(acks["records"]), int(acks["audit"]), sender))
    # what this packet brings counts as applied only when it joins on to what we had
    conn.execute("UPDATE sync_devices SET applied_records = max(applied_records, ?) "
                 "WHERE device_id = ? AND applied_records >= ?",
                 (int(body["upto"]), sender, int(body["from"])))
    conn.execute("UPDATE sync_devices SET applied_audit = max(applied_audit, ?) "
                 "WHERE device_id = ? AND applied_audit >= ?",
                 (int(body["audit_upto"]), sender, int(body["audit_from"])))
