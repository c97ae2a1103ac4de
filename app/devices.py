"""The devices of a town: add one (a copy of this database for the CIR's laptop, with the
same users and passwords and a new device id), revoke a lost one, list them."""

from __future__ import annotations

import secrets
import uuid as uuid_module
from dataclasses import dataclass
from pathlib import Path

from app import audit, db, keyslots, rows
from app.errors import MadoguchiError
from app.jptime import utc_stamp
from app.marks import QT_TRANSLATE_NOOP
from app.services import Services
from app.store import make_private_file
from app.sync import devices_table

EXISTS = QT_TRANSLATE_NOOP(
    "errors", "%1 already exists; choose a new file name for the other device's copy.")
NO_FOLDER = QT_TRANSLATE_NOOP("errors", "The folder %1 does not exist.")
NOT_KNOWN = QT_TRANSLATE_NOOP("errors", "No device %1 is known to this town.")
THIS_ONE = QT_TRANSLATE_NOOP("errors", "This device cannot revoke itself.")
ONLY_ADMIN_ADD = QT_TRANSLATE_NOOP("errors", "Only an administrator can add a device.")
ONLY_ADMIN_REVOKE = QT_TRANSLATE_NOOP("errors", "Only an administrator can revoke a device.")


def _counters(conn: db.Connection) -> tuple[int, int]:
    seq = int(conn.execute("SELECT coalesce(max(seq), 0) FROM sync_clocks").fetchone()[0])
    top = int(conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0])
    return seq, top


def add_device(services: Services, out: Path, name: str = "") -> str:
    """Copy this town into `out` (and its key file beside it) for another device. Returns
    the new device's id. The copy knows it came from this device; this device knows the
    copy, from the point where both hold the same records."""
    store = services.store
    if store.role != "admin":
        raise MadoguchiError(ONLY_ADMIN_ADD)
    store.require_writable()
    if out.exists() or keyslots.key_path(out).exists():
        raise MadoguchiError(EXISTS, out)
    if not out.parent.is_dir():
        raise MadoguchiError(NO_FOLDER, out.parent)
    new_id = str(uuid_module.uuid4())
    me = store.setting("device_id")
    with store.write() as conn:
        counters = _counters(conn)
        devices_table.register(conn, new_id, name=name, origin=me,
                               acked=counters, applied=counters)
        audit.record(conn, store.user, "device_add", detail=f"device {new_id[:8]}")
    part = out.with_name(out.name + ".part")
    try:
        make_private_file(part)
        with store.reading() as conn:  # the window reads this connection on other threads
            db.backup_to(conn, part, store.key)
        copy = db.connect(part, key=store.key)
        try:
            with db.transaction(copy) as conn:
                conn.execute("UPDATE settings SET value = ? WHERE key = 'device_id'", (new_id,))
                for key, value in (("device_origin", me), ("device_name", name)):
                    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT "
                                 "(key) DO UPDATE SET value = excluded.value", (key, value))
                conn.execute("DELETE FROM sync_devices WHERE device_id = ?", (new_id,))
                seq, top = _counters(conn)
                devices_table.register(conn, me, name=store.setting("device_name"),
                                       acked=(seq, top), applied=(seq, top))
                assert rows.device_id(conn) == new_id
                audit.record(conn, store.user, "device_made",
                             detail=f"copied from device {me[:8]}")
        finally:
            copy.close()
        keys = keyslots.key_path(store.path) if store.path is not None else None
        if keys is not None and keys.is_file():
            keyslots.key_path(out).write_bytes(keys.read_bytes())
            keyslots.key_path(out).chmod(0o600)
        part.rename(out)
    except BaseException:
        part.unlink(missing_ok=True)
        keyslots.key_path(out).unlink(missing_ok=True)
        raise
    return new_id


# A restored device numbers its changes from here, above anything the others may have
# confirmed of the device it was before.
_SEQ_JUMP = 1_000_000_000


def new_identity(conn: db.Connection, reason: str) -> str:
    """Give this database a new device id, inside the caller's transaction: after a restore
    from a backup, the changes made since would otherwise carry the versions the old device
    already gave to other changes, which the other devices have. The old id is retired (its
    packets refused: it is this device as it was), and every record is offered again in the
    next packet. Returns the new id."""
    old, new = rows.device_id(conn), str(uuid_module.uuid4())
    conn.execute("UPDATE settings SET value = ? WHERE key = 'device_id'", (new,))
    conn.execute("INSERT INTO settings (key, value) VALUES ('device_origin', ?) ON CONFLICT "
                 "(key) DO UPDATE SET value = excluded.value", (old,))
    conn.execute("UPDATE sync_clocks SET seq = seq + ?", (_SEQ_JUMP,))
    devices_table.register(conn, old, name=f"({reason})")
    conn.execute("UPDATE sync_devices SET revoked_at = coalesce(revoked_at, ?) "
                 "WHERE device_id = ?", (utc_stamp(), old))
    return new


@dataclass(frozen=True)
class Revoked:
    held_back: tuple[str, ...]   # slots of an older Madoguchi: the file was not re-keyed
    new_sync_key: bool           # no other device was left: the town's sync key changed


def revoke(services: Services, device_id: str) -> Revoked:
    """A lost or retired device: its packets are refused from now on, here and (the
    revocation travels in packets) on the other devices. Then this database gets a new key
    and the remaining key slots are re-wrapped (issue 17), so that the lost device's copy of
    the key opens neither this file nor the backups made from now on. Slots from an older
    Madoguchi hold the re-key back (the revocation stands; revoking again after their next
    login re-keys). Revoking a device already revoked re-keys too: how an administrator
    re-keys each remaining device once the revocation reached it.

    When no other device is left, the town's sync key changes as well: whoever holds the
    lost device and a password can no longer read or forge packets (under the old key a
    packet can claim any device id, or a device never heard of). With devices left, it
    does not: they share every secret with the lost one, so no packet they could read
    would be hidden from it (docs/sync.md: how to change it by adding them again)."""
    store = services.store
    if store.role != "admin":
        raise MadoguchiError(ONLY_ADMIN_REVOKE)
    if device_id == store.setting("device_id"):
        raise MadoguchiError(THIS_ONE)
    matches = [d.device_id for d in devices_table.all_devices(store)
               if d.device_id.startswith(device_id)]
    if len(matches) != 1 or not device_id:
        raise MadoguchiError(NOT_KNOWN, device_id)
    if matches[0] == store.setting("device_id"):
        raise MadoguchiError(THIS_ONE)
    alone = all(d.device_id == matches[0] for d in devices_table.peers(store))
    with store.write() as conn:
        conn.execute("UPDATE sync_devices SET revoked_at = coalesce(revoked_at, ?) "
                     "WHERE device_id = ?", (utc_stamp(), matches[0]))
        detail = f"device {matches[0][:8]}"
        if alone:
            conn.execute("UPDATE settings SET value = ? WHERE key = 'sync_key'",
                         (secrets.token_hex(32),))
            detail += "; new sync key"
        audit.record(conn, store.user, "device_revoke", detail=detail)
    return Revoked(services.users.rekey(f"device {matches[0][:8]} revoked"), alone)
