"""Checkpoints of the audit trail's head, kept outside the database as well as inside it.

The hash chain finds a row altered or removed in the middle, but not rows removed from the
end, nor a trail wiped and begun again, by someone who holds the database key. So at every
login and logout the head of the chain (how many rows, the last id and its hash) is written
into the database's settings and into the key file; every backup carries the key file of
its day, and with it the checkpoint of that day. Before a new checkpoint is taken, the
chain is checked against the ones kept: rows removed or rewritten since are recorded in an
"audit_truncated" row, and `madoguchi audit verify` names the range.

A checkpoint is not signed: someone who rewrites the database, the key file and every
backup's key file alike is not caught (docs/security.md).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app import keyslots
from app.db import Connection
from app.errors import MadoguchiError
from app.jptime import utc_stamp
from app.store import Store

SETTING = "audit_checkpoint"
TRUNCATED = "audit_truncated"


@dataclass(frozen=True)
class Checkpoint:
    count: int      # rows in the trail
    last_id: int    # id of the newest row (0: none)
    head: str       # its hash
    at: str         # UTC, when the checkpoint was taken
    by: str         # the user logged in
    # the head of every device's chain: {device id: [device_seq, hash]} (none before 0012)
    chains: dict[str, list[Any]] = field(default_factory=dict)

    @classmethod
    def parse(cls, raw: Any) -> Checkpoint | None:
        """None for anything that is not a checkpoint as take() writes it."""
        base = {"count", "last_id", "head", "at", "by"}
        if not isinstance(raw, dict) or set(raw) not in (base, base | {"chains"}):
            return None
        chains = raw.get("chains", {})
        if not isinstance(chains, dict) or not all(
                isinstance(k, str) and isinstance(v, list) and len(v) == 2
                and isinstance(v[0], int) and isinstance(v[1], str)
                for k, v in chains.items()):
            return None
        if not all(isinstance(raw[k], int) and not isinstance(raw[k], bool) and raw[k] >= 0
                   for k in ("count", "last_id")):
            return None
        if not all(isinstance(raw[k], str) and len(raw[k]) <= 200 for k in ("head", "at", "by")):
            return None
        return cls(**raw)


def head(conn: Connection, user: str) -> Checkpoint:
    count, last = conn.execute("SELECT count(*), max(id) FROM audit").fetchone()
    row = conn.execute("SELECT hash FROM audit WHERE id = ?", (last,)).fetchone() \
        if last is not None else None
    chains = {str(r[0]): [int(r[1]), str(r[2])] for r in conn.execute(
        "SELECT h.device_id, h.seq, a.hash FROM (SELECT device_id, max(device_seq) AS seq "
        "FROM audit WHERE device_id IS NOT NULL GROUP BY device_id) h "
        "JOIN audit a ON a.device_id = h.device_id AND a.device_seq = h.seq")}
    return Checkpoint(int(count), int(last or 0), str(row[0]) if row else "", utc_stamp(),
                      user, chains)


def problem(conn: Connection, checkpoint: Checkpoint) -> str | None:
    """What happened to the rows the checkpoint saw, in one line; None when they are all
    still there as they were."""
    if checkpoint.last_id == 0:
        return None
    row = conn.execute("SELECT hash FROM audit WHERE id = ?", (checkpoint.last_id,)).fetchone()
    kept = int(conn.execute("SELECT count(*) FROM audit WHERE id <= ?",
                            (checkpoint.last_id,)).fetchone()[0])
    if row is not None and str(row[0]) == checkpoint.head and kept == checkpoint.count:
        for device, (seq, digest) in checkpoint.chains.items():
            found = conn.execute("SELECT hash FROM audit WHERE device_id = ? AND device_seq = ?",
                                 (device, seq)).fetchone()
            if found is None or str(found[0]) != digest:
                return (f"the chain of device {device[:8]} no longer holds its row {seq} as it "
                        f"was at the checkpoint of {checkpoint.at}")
        return None
    newest = conn.execute("SELECT max(id) FROM audit WHERE id <= ?",
                          (checkpoint.last_id,)).fetchone()[0]
    if row is None:
        start = int(newest or 0) + 1
        what = (f"rows {start}-{checkpoint.last_id} were removed" if start < checkpoint.last_id
                else f"row {checkpoint.last_id} was removed")
    elif str(row[0]) != checkpoint.head:
        what = f"rows up to {checkpoint.last_id} were rewritten"
    else:
        what = (f"{checkpoint.count - kept} of rows 1-{checkpoint.last_id} were removed"
                if kept < checkpoint.count else
                f"{kept - checkpoint.count} rows were slipped in before row "
                f"{checkpoint.last_id}")
    return f"{what} since the checkpoint of {checkpoint.at} ({checkpoint.count} rows)"


def _from_settings(conn: Connection) -> Checkpoint | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (SETTING,)).fetchone()
    if row is None:
        return None
    try:
        return Checkpoint.parse(json.loads(str(row[0])))
    except ValueError:
        return None


def _from_key_file(path: Path) -> Checkpoint | None:
    try:
        return Checkpoint.parse(keyslots.KeyFile.load(path).checkpoint)
    except MadoguchiError:
        return None


def kept(store: Store, *, backups: bool = False) -> list[tuple[str, Checkpoint]]:
    """The checkpoints kept (where, checkpoint): in the database, in the key file and, with
    `backups`, in the key files beside the backups made since the last restore (older ones
    belong to the trail as it was before it)."""
    found: list[tuple[str, Checkpoint]] = []
    inside = _from_settings(store.conn)
    if inside is not None:
        found.append(("the database", inside))
    if store.path is not None:
        outside = _from_key_file(keyslots.key_path(store.path))
        if outside is not None:
            found.append(("the key file", outside))
    if backups and store.path is not None:
        from app import backup

        restored = store.query_one("SELECT max(at) FROM audit WHERE action = 'restore'")[0]
        for folder in backup.candidate_folders(store.path):
            for made in backup.list_backups(folder):
                copy = _from_key_file(keyslots.key_path(made.path))
                if copy is not None and (restored is None or copy.at > str(restored)):
                    found.append((f"the backup {made.path.name}", copy))
    return found


def problems(store: Store, *, backups: bool = False) -> list[str]:
    """One line per kept checkpoint that the trail no longer matches."""
    out = []
    for where, checkpoint in kept(store, backups=backups):
        found = problem(store.conn, checkpoint)
        if found is not None:
            out.append(f"{found}, kept in {where}")
    return out


def take(store: Store, conn: Connection) -> Checkpoint:
    """Check the trail against the kept checkpoints (an "audit_truncated" row for each that
    no longer matches), then keep the new head in the database. Call inside a write
    transaction; then save_outside() once it is committed."""
    from app import audit

    for line in dict.fromkeys(problems(store)):
        audit.record(conn, store.user, TRUNCATED, detail=line)
    checkpoint = head(conn, store.user)
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 (SETTING, json.dumps(asdict(checkpoint))))
    return checkpoint


def save_outside(store: Store, checkpoint: Checkpoint) -> None:
    """The same checkpoint into the key file (the backups copy it from there)."""
    if store.path is None:
        return
    path = keyslots.key_path(store.path)
    if not path.exists():
        return
    key_file = keyslots.KeyFile.load(path)
    key_file.checkpoint = asdict(checkpoint)
    key_file.save()
