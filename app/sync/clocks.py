"""Version vectors: {device id: the record's version when that device last changed it}.

A save here sets this device's entry to the record's new version (one more than the
largest entry), so a record's version is always its clock's largest entry. One clock
dominates another when it has seen every change the other has; two clocks neither of which
dominates the other were changed on two devices without either seeing the other's change:
a conflict."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from app.db import Connection

Clock = dict[str, int]


def dominates(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """a has seen everything b has (equal clocks dominate each other)."""
    return all(a.get(device, 0) >= version for device, version in b.items())


def merged(*clocks: Mapping[str, int]) -> Clock:
    out: Clock = {}
    for clock in clocks:
        for device, version in clock.items():
            out[device] = max(out.get(device, 0), version)
    return out


def parse(raw: Any) -> Clock | None:
    """A clock from a packet, or None when it is not one."""
    if not isinstance(raw, dict) or not raw or len(raw) > 1000:
        return None
    if not all(isinstance(k, str) and len(k) <= 64 and isinstance(v, int)
               and not isinstance(v, bool) and 0 < v < 2 ** 53 for k, v in raw.items()):
        return None
    return dict(raw)


def of(conn: Connection, uuid: str) -> Clock | None:
    row = conn.execute("SELECT clock FROM sync_clocks WHERE uuid = ?", (uuid,)).fetchone()
    return dict(json.loads(str(row[0]))) if row else None
