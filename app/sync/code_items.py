"""The code lists in sync packets (issue 13). Every packet carries every code item with its
version and the device that last changed it (db/migrations/0017); on each device the item
with the higher (version, device id) wins. Every device thus ends with the same labels, in
whatever order the packets arrive, and a label edited on one device reaches the others.
Two devices editing the same label before they exchange: the later version wins (the tie
goes to the larger device id), and the replaced label stays in the audit trail as a code
list change of that device's."""

from __future__ import annotations

from typing import Any

from app import audit
from app.db import Connection

_COLUMNS = ("list", "code", "label_ja", "label_en", "sort_order", "active", "version",
            "device_id")


def rows(conn: Connection) -> list[list[Any]]:
    return [list(r) for r in conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM code_items")]


def _checked(item: Any) -> tuple[str, str, str, str, int, int, int, str]:
    if not isinstance(item, list) or len(item) != len(_COLUMNS):
        raise ValueError("code item")
    list_name, code, ja, en, order, active, version, device = item
    if not all(isinstance(v, str) for v in (list_name, code, ja, en, device)) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in (order, version)) \
            or active not in (0, 1) or not 0 <= version < 2 ** 53 \
            or not -2 ** 53 < order < 2 ** 53:
        raise ValueError("code item")
    return list_name, code, ja, en, order, int(active), version, device


def apply(conn: Connection, user: str, items: Any) -> int:
    """Take the packet's code items that are new here or newer than ours, inside the
    caller's transaction. Returns how many labels (or orders, or active flags) changed."""
    if not isinstance(items, list):
        raise ValueError("code items")
    changed = 0
    for item in items:
        list_name, code, ja, en, order, active, version, device = _checked(item)
        ours = conn.execute("SELECT label_ja, label_en, sort_order, active, version, "
                            "device_id FROM code_items WHERE list = ? AND code = ?",
                            (list_name, code)).fetchone()
        if ours is None:
            conn.execute(f"INSERT INTO code_items ({', '.join(_COLUMNS)}) VALUES "
                         "(?, ?, ?, ?, ?, ?, ?, ?)",
                         (list_name, code, ja, en, order, active, version, device))
            continue
        if (version, device) <= (int(ours[4]), str(ours[5])):
            continue
        conn.execute("UPDATE code_items SET label_ja = ?, label_en = ?, sort_order = ?, "
                     "active = ?, version = ?, device_id = ? WHERE list = ? AND code = ?",
                     (ja, en, order, active, version, device, list_name, code))
        if (ja, en, order, active) != tuple(ours[:4]):
            changed += 1
            audit.record(conn, user, "code_list",
                         detail=f"{list_name}/{code} from device {device[:8]}")
    return changed
