"""Small helpers to insert, update and delete one record. They never commit: callers run
them inside Store.write(), so a save is one transaction.

Each record carries a version and the device that made it (db/migrations/0012): the
database's triggers give a new record version 1 of this device and a changed one the next
version of this device. A writer that brings another device's version (an import, a sync
packet) passes it in the stamp ("version", "device_id") and the triggers keep it. A delete
leaves a tombstone (kind, uuid, when, who, device, version) in the same transaction.

(sqlite-utils' write helpers wrap themselves in `with conn:`, which would commit the caller's
transaction half-way; so writes use these few lines instead.)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from app.db import Connection
from app.errors import NotFoundError
from app.marks import QT_TRANSLATE_NOOP

# update(): "the record no longer exists", by table, as whole sentences to translate.
GONE = {
    "residents": QT_TRANSLATE_NOOP(
        "errors", "The resident no longer exists; it may have been deleted."),
    "consultations": QT_TRANSLATE_NOOP(
        "errors", "The consultation no longer exists; it may have been deleted."),
    "accompaniments": QT_TRANSLATE_NOOP(
        "errors", "The accompaniment no longer exists; it may have been deleted."),
    "sessions": QT_TRANSLATE_NOOP(
        "errors", "The session no longer exists; it may have been deleted."),
    "organisations": QT_TRANSLATE_NOOP(
        "errors", "The organisation no longer exists; it may have been deleted."),
    "bridge_persons": QT_TRANSLATE_NOOP(
        "errors", "The bridge person no longer exists; it may have been deleted."),
    "kb_entries": QT_TRANSLATE_NOOP(
        "errors", "The knowledge entry no longer exists; it may have been deleted."),
}


def insert(conn: Connection, table: str, values: dict[str, Any]) -> int:
    cols = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cur = conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(values.values()))
    return int(cur.lastrowid)


def update(conn: Connection, table: str, row_id: int, values: dict[str, Any],
           bump: str | None = None) -> None:
    """With `bump` (a device id), the record becomes the next version of that device (the
    trigger would do the same with a second write of the row)."""
    sets = ", ".join(f"{c} = ?" for c in values)
    params: tuple[Any, ...] = (*values.values(),)
    if bump is not None:
        sets += ", version = version + 1, device_id = ?"
        params += (bump,)
    cur = conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*params, row_id))
    if cur.rowcount != 1:
        if table in GONE:
            raise NotFoundError(GONE[table])
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "errors", "The %1 no longer exists; it may have been deleted."), table[:-1])


def device_id(conn: Connection) -> str:
    """This database's device id (made by migration 0012; a copy for another device gets a
    new one, app/devices.py)."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()
    return str(row[0]) if row else ""


def _provenance(stamp: Mapping[str, Any]) -> dict[str, Any]:
    """The version and device a writer brings from elsewhere (empty for a save here)."""
    return {k: stamp[k] for k in ("version", "device_id") if k in stamp}


def save(conn: Connection, table: str, row_id: int | None, values: dict[str, Any],
         stamp: Mapping[str, Any], new_uuid: str) -> int:
    """Insert (with uuid and both stamps) or update (with updated_* only). The version and
    device come from the triggers, or from the stamp when it brings them."""
    brought = _provenance(stamp)
    here = None if brought else device_id(conn)
    if row_id is None:
        conn.execute("DELETE FROM tombstones WHERE uuid = ?", (new_uuid,))
        return insert(conn, table, {"uuid": new_uuid, **values, **{
            k: stamp[k] for k in ("created_at", "updated_at", "created_by", "updated_by")},
            **(brought or {"device_id": here})})
    update(conn, table, row_id, {**values, "updated_at": stamp["updated_at"],
                                 "updated_by": stamp["updated_by"], **brought}, bump=here)
    return row_id


def delete(conn: Connection, table: str, row_id: int, stamp: Mapping[str, Any]) -> str | None:
    """Delete one record and leave its tombstone (its kind and uuid, when, who, which device,
    the version after the delete), in the caller's transaction. Returns the uuid, or None
    when the record was already gone. The tombstone holds no personal data."""
    row = conn.execute(f"SELECT uuid, version FROM {table} WHERE id = ?",  # noqa: S608
                       (row_id,)).fetchone()
    if row is None:
        return None
    uuid, version = str(row[0]), int(row[1])
    conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))  # noqa: S608
    brought = _provenance(stamp)
    device = str(brought.get("device_id") or device_id(conn))
    version = int(brought.get("version") or version + 1)
    conn.execute("INSERT OR REPLACE INTO tombstones (uuid, kind, deleted_at, deleted_by, "
                 "device_id, version) VALUES (?, ?, ?, ?, ?, ?)",
                 (uuid, table, stamp.get("deleted_at") or stamp["updated_at"],
                  stamp["updated_by"], device, version))
    clock = conn.execute("SELECT clock FROM sync_clocks WHERE uuid = ?", (uuid,)).fetchone()
    ticks = json.loads(str(clock[0])) if clock else {}
    ticks[device] = version
    if "clock" in stamp:
        ticks = dict(stamp["clock"])
    set_clock(conn, uuid, table, ticks)
    return uuid


def set_clock(conn: Connection, uuid: str, kind: str, clock: Mapping[str, int]) -> None:
    """Set a record's version vector and mark it changed now (the next local seq)."""
    conn.execute("INSERT INTO sync_clocks (uuid, kind, clock, seq) VALUES (?, ?, ?, "
                 "(SELECT coalesce(max(seq), 0) + 1 FROM sync_clocks)) ON CONFLICT (uuid) "
                 "DO UPDATE SET clock = excluded.clock, seq = excluded.seq",
                 (uuid, kind, jdump(dict(clock))))


def jdump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
