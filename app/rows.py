"""Small helpers to insert and update one row. They never commit: callers run them inside
Store.write(), so a save is one transaction.

(sqlite-utils' write helpers wrap themselves in `with conn:`, which would commit the caller's
transaction half-way; so writes use these few lines instead.)
"""

from __future__ import annotations

import json
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


def update(conn: Connection, table: str, row_id: int, values: dict[str, Any]) -> None:
    sets = ", ".join(f"{c} = ?" for c in values)
    cur = conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values.values(), row_id))
    if cur.rowcount != 1:
        if table in GONE:
            raise NotFoundError(GONE[table])
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "errors", "The %1 no longer exists; it may have been deleted."), table[:-1])


def save(conn: Connection, table: str, row_id: int | None, values: dict[str, Any],
         stamp: dict[str, str], new_uuid: str) -> int:
    """Insert (with uuid and both stamps) or update (with updated_* only)."""
    if row_id is None:
        return insert(conn, table, {"uuid": new_uuid, **values, **stamp})
    update(conn, table, row_id, {**values, "updated_at": stamp["updated_at"],
                                 "updated_by": stamp["updated_by"]})
    return row_id


def jdump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
