"""Checkpoints of the audit trail's heads, kept outside the database as well as inside it,
and signed by an administrator.

The hash chain finds a row altered or removed in the middle, but not rows removed from the
end, nor a trail wiped and begun again, by someone who holds the database key. So at every
login and logout the head of every chain (one per device: how many rows, the last id and
its hash) is written into the database's settings and into the key file; every backup
carries the key file of its day, and with it the checkpoints of that day. At an
administrator's login and logout the checkpoint is also signed with that administrator's
own key (app/signing.py) and kept apart, so that a staff user who rewrites the latest
checkpoints everywhere cannot rewrite the signed one. Before a new checkpoint is taken the
chains are checked against the ones kept: rows removed or rewritten since are recorded in
an "audit_truncated" row, and `madoguchi audit verify` names the range.

Someone who rewrites the database, the key file and every backup's key file alike, and
holds an administrator's password, is not caught (docs/security.md).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from app import keyslots, roles, signing
from app.db import Connection
from app.errors import MadoguchiError
from app.jptime import utc_stamp
from app.store import Store

SETTING = "audit_checkpoint"
SIGNED_SETTING = "audit_checkpoint_signed"
TRUNCATED = "audit_truncated"


@dataclass(frozen=True)
class Chain:
    """The head of one device's chain ("" while there is one chain)."""

    device: str
    count: int      # rows in the chain
    last_id: int    # id of the newest row (0: none)
    head: str       # its hash


@dataclass(frozen=True)
class Checkpoint:
    chains: tuple[Chain, ...]
    at: str                 # UTC, when the checkpoint was taken
    by: str                 # the user logged in
    key_id: str = ""        # signed: the administrator's key id, public key and signature
    public: str = ""
    signature: str = ""

    # the single-chain view (before per-device chains)
    @property
    def count(self) -> int:
        return sum(c.count for c in self.chains)

    @property
    def last_id(self) -> int:
        return max((c.last_id for c in self.chains), default=0)

    @property
    def signed(self) -> bool:
        return bool(self.signature)

    def text(self, db_id: str) -> str:
        """What the signature covers."""
        return json.dumps({"db_id": db_id, "chains": [asdict(c) for c in self.chains],
                           "at": self.at, "by": self.by, "key_id": self.key_id},
                          sort_keys=True, ensure_ascii=False)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"chains": [asdict(c) for c in self.chains], "at": self.at,
                                "by": self.by}
        if self.signed:
            data.update(key_id=self.key_id, public=self.public, signature=self.signature)
        return data

    @classmethod
    def parse(cls, raw: Any) -> Checkpoint | None:
        """None for anything that is not a checkpoint as take() writes it (or as the
        version before per-device chains wrote it)."""
        if not isinstance(raw, dict):
            return None
        if set(raw) == {"count", "last_id", "head", "at", "by"}:  # one chain, unsigned
            raw = {"chains": [{"device": "", "count": raw["count"], "last_id": raw["last_id"],
                               "head": raw["head"]}], "at": raw["at"], "by": raw["by"]}
        if set(raw) not in ({"chains", "at", "by"},
                            {"chains", "at", "by", "key_id", "public", "signature"}):
            return None
        if not isinstance(raw["chains"], list) or len(raw["chains"]) > 10_000:
            return None
        chains = []
        for item in raw["chains"]:
            if not isinstance(item, dict) or set(item) != {"device", "count", "last_id", "head"}:
                return None
            if not all(isinstance(item[k], int) and not isinstance(item[k], bool)
                       and item[k] >= 0 for k in ("count", "last_id")):
                return None
            if not all(isinstance(item[k], str) and len(item[k]) <= 200
                       for k in ("device", "head")):
                return None
            chains.append(Chain(**item))
        texts = {k: v for k, v in raw.items() if k != "chains"}
        if not all(isinstance(v, str) and len(v) <= 200 for v in texts.values()):
            return None
        return cls(tuple(chains), **texts)


def _has_devices(conn: Connection) -> bool:
    return any(row[1] == "device_id" for row in conn.execute("PRAGMA table_info(audit)"))


def head(conn: Connection, user: str) -> Checkpoint:
    """The head of every chain now (one per device once the trail has a device_id)."""
    if _has_devices(conn):
        rows = conn.execute("SELECT coalesce(device_id, ''), count(*), max(id) FROM audit "
                            "GROUP BY 1 ORDER BY 1").fetchall()
    else:
        rows = conn.execute("SELECT '', count(*), max(id) FROM audit").fetchall()
    chains = []
    for device, count, last in rows:
        found = conn.execute("SELECT hash FROM audit WHERE id = ?", (last,)).fetchone() \
            if last is not None else None
        chains.append(Chain(str(device), int(count), int(last or 0),
                            str(found[0]) if found else ""))
    return Checkpoint(tuple(chains), utc_stamp(), user)


def sign(conn: Connection, checkpoint: Checkpoint, signer: signing.Signer) -> Checkpoint:
    done = replace(checkpoint, key_id=signer.key_id, public=signer.public)
    return replace(done, signature=signing.sign(signer.private, done.text(roles.db_id(conn))))


def _chain_problem(conn: Connection, chain: Chain, at: str, devices: bool) -> str | None:
    if chain.last_id == 0:
        return None
    where = "coalesce(device_id, '') = ?" if devices else "1 = 1"
    device: tuple[str, ...] = (chain.device,) if devices else ()
    row = conn.execute("SELECT hash, at FROM audit WHERE id = ?", (chain.last_id,)).fetchone()
    kept = int(conn.execute(f"SELECT count(*) FROM audit WHERE id <= ? AND {where}",
                            (chain.last_id, *device)).fetchone()[0])
    if row is not None and str(row[0]) == chain.head and kept == chain.count:
        return None
    # rows written after the checkpoint under ids it saw (sqlite_sequence was reset) are
    # not the rows it saw: the range starts after the newest row older than it
    older = conn.execute(f"SELECT max(id), count(*) FROM audit WHERE id <= ? AND at <= ? "
                         f"AND {where}", (chain.last_id, at, *device)).fetchone()
    if row is None or str(row[1]) > at:
        start = int(older[0] or 0) + 1
        what = (f"rows {start}-{chain.last_id} were removed" if start < chain.last_id
                else f"row {chain.last_id} was removed")
        if row is not None or kept > int(older[1]):
            what += " and others written under their numbers"
    elif str(row[0]) != chain.head:
        what = f"rows up to {chain.last_id} were rewritten"
    else:
        what = (f"{chain.count - kept} of rows 1-{chain.last_id} were removed"
                if kept < chain.count else
                f"{kept - chain.count} rows were slipped in before row {chain.last_id}")
    return f"device {chain.device}: {what}" if chain.device else what


def _signature_problem(conn: Connection, checkpoint: Checkpoint) -> str | None:
    if not checkpoint.signed:
        return None
    if signing.key_id(checkpoint.public) != checkpoint.key_id or not signing.verifies(
            checkpoint.public, checkpoint.text(roles.db_id(conn)), checkpoint.signature):
        return "its signature does not verify (it was edited)"
    admins = roles.stored_public(conn)
    db = roles.db_id(conn)
    if not any(c.key_id == checkpoint.key_id and c.user == checkpoint.by and c.role == "admin"
               and c.covers(checkpoint.at) and c.certified(db, admins)
               for c in signing.certs(conn)):
        return f"it is signed by a key that is not a certified administrator's ({checkpoint.by})"
    return None


def problem(conn: Connection, checkpoint: Checkpoint) -> str | None:
    """What happened to the rows the checkpoint saw, in one line; None when they are all
    still there as they were (and a signed checkpoint is signed by an administrator)."""
    devices = _has_devices(conn)
    found = [p for p in (_chain_problem(conn, c, checkpoint.at, devices)
                         for c in checkpoint.chains) if p]
    bad = _signature_problem(conn, checkpoint)
    if bad is not None:
        found.append(f"the checkpoint's {bad}")
    if not found:
        return None
    kind = "signed checkpoint" if checkpoint.signed else "checkpoint"
    return f"{'; '.join(found)} since the {kind} of {checkpoint.at} ({checkpoint.count} rows)"


def _from_settings(conn: Connection, key: str) -> Checkpoint | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    if row is None:
        return None
    try:
        return Checkpoint.parse(json.loads(str(row[0])))
    except ValueError:
        return None


def _from_key_file(path: Path) -> list[Checkpoint]:
    try:
        key_file = keyslots.KeyFile.load(path)
    except MadoguchiError:
        return []
    found = [Checkpoint.parse(key_file.checkpoint), Checkpoint.parse(key_file.signed_checkpoint)]
    return [c for c in found if c is not None]


def kept(store: Store, *, backups: bool = False) -> list[tuple[str, Checkpoint]]:
    """The checkpoints kept (where, checkpoint): in the database, in the key file and, with
    `backups`, in the key files beside the backups made since the last restore (older ones
    belong to the trail as it was before it)."""
    found: list[tuple[str, Checkpoint]] = []

    def add(where: str, checkpoint: Checkpoint | None) -> None:
        if checkpoint is not None and (where, checkpoint) not in found:
            found.append((where, checkpoint))

    for key in (SETTING, SIGNED_SETTING):
        add("the database", _from_settings(store.conn, key))
    if store.path is not None:
        for copy in _from_key_file(keyslots.key_path(store.path)):
            add("the key file", copy)
    if backups and store.path is not None:
        from app import backup

        restored = store.query_one("SELECT max(at) FROM audit WHERE action = 'restore'")[0]
        for folder in backup.candidate_folders(store.path):
            for made in backup.list_backups(folder):
                for copy in _from_key_file(keyslots.key_path(made.path)):
                    if restored is None or copy.at > str(restored):
                        add(f"the backup {made.path.name}", copy)
    return found


def _missing(store: Store, found: list[tuple[str, Checkpoint]]) -> list[str]:
    """A signed checkpoint that should be there and is not: an administrator's key was
    certified before this session began (every such administrator's session took one: a
    new database, or the login that made the key), and the database or the key file has
    none. Wiping the trail does not hide this: the keys' periods stay."""
    places = {where for where, c in found if c.signed}
    if store.path is None:
        return []
    if not places & {"the database", "the key file"}:
        since = signing.active_since(store.path, store.user) or utc_stamp()
        with store._lock:
            earlier = any(c.role == "admin" and c.cert is not None and c.from_at < since
                          for c in signing.certs(store.conn))
        if not earlier:
            return []
    return [f"the administrators' signed checkpoint is missing from {where}"
            for where in ("the database", "the key file") if where not in places]


def problems(store: Store, *, backups: bool = False) -> list[str]:
    """One line per kept checkpoint that the trail no longer matches."""
    out = []
    found = kept(store, backups=backups)
    for where, checkpoint in found:
        line = problem(store.conn, checkpoint)
        if line is not None:
            out.append(f"{line}, kept in {where}")
    return out + _missing(store, found)


def _put(conn: Connection, key: str, checkpoint: Checkpoint) -> None:
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 (key, json.dumps(checkpoint.to_json())))


def take(store: Store, conn: Connection) -> Checkpoint:
    """Check the trail against the kept checkpoints (an "audit_truncated" row for each that
    no longer matches), then keep the new head in the database; an administrator signs it.
    Call inside a write transaction; then save_outside() once it is committed."""
    from app import audit

    for line in dict.fromkeys(problems(store)):
        audit.record(conn, store.user, TRUNCATED, detail=line)
    checkpoint = head(conn, store.user)
    signer = signing.active(store.path, store.user)
    if store.role == "admin" and signer is not None and _certified_admin(conn, signer):
        checkpoint = sign(conn, checkpoint, signer)
        _put(conn, SIGNED_SETTING, checkpoint)
    _put(conn, SETTING, checkpoint)
    return checkpoint


def _certified_admin(conn: Connection, signer: signing.Signer) -> bool:
    """Only a key certified as an administrator's signs a checkpoint (not one waiting, as
    after a password reset with the recovery code, until an administrator's login)."""
    db, admins, now = roles.db_id(conn), roles.stored_public(conn), utc_stamp()
    return any(c.key_id == signer.key_id and c.user == signer.user and c.role == "admin"
               and c.covers(now) and c.certified(db, admins) for c in signing.certs(conn))


def into_key_file(key_file: keyslots.KeyFile, checkpoint: Checkpoint) -> None:
    key_file.checkpoint = checkpoint.to_json()
    if checkpoint.signed:
        key_file.signed_checkpoint = checkpoint.to_json()


def save_outside(store: Store, checkpoint: Checkpoint) -> None:
    """The same checkpoint into the key file (the backups copy it from there)."""
    if store.path is None:
        return
    path = keyslots.key_path(store.path)
    if not path.exists():
        return
    key_file = keyslots.KeyFile.load(path)
    into_key_file(key_file, checkpoint)
    key_file.save()
