"""The exchange through a shared folder (an LGWAN file share or a USB stick): write this
device's packet there, apply the other devices' packets found there, and remove this
device's packets once every other device has confirmed them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from app import audit
from app.errors import MadoguchiError
from app.files import write_atomically
from app.jptime import utc_stamp
from app.marks import QT_TRANSLATE_NOOP
from app.progress import NO_PROGRESS, Progress
from app.services import Services
from app.sync import conflicts, devices_table, engine
from app.sync.packet import SUFFIX, PacketError, read_header

SETTING = "sync_folder"


def _put(fh: IO[bytes], data: bytes) -> None:
    fh.write(data)
NO_FOLDER = QT_TRANSLATE_NOOP(
    "errors", "The sync folder %1 cannot be reached; nothing was exchanged.")


@dataclass
class Exchanged:
    written: Path | None = None
    applied: list[engine.Outcome] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)   # one sentence per packet refused
    removed: int = 0                                    # our packets every device confirmed


def reachable(folder: Path | None) -> bool:
    return folder is not None and folder.is_dir() and os.access(folder, os.W_OK)


def packet_name(device_id: str, upto: int, packet_id: str) -> str:
    return f"{device_id}-{upto:012d}-{packet_id[:8]}{SUFFIX}"


def write_packet(services: Services, out: Path) -> engine.Made:
    made = engine.make_packet(services)
    write_atomically(out, lambda fh: _put(fh, made.data))
    return made


def exchange(services: Services, folder: Path, progress: Progress = NO_PROGRESS) -> Exchanged:
    """One exchange: apply the others' packets, write ours, tidy ours away once confirmed."""
    if not reachable(folder):
        raise MadoguchiError(NO_FOLDER, folder)
    store = services.store
    me = store.setting("device_id")
    result = Exchanged()
    theirs = sorted(p for p in folder.glob(f"*{SUFFIX}") if not p.name.startswith(me))
    for step, path in enumerate(theirs, start=1):
        progress.tick(step, len(theirs) + 2)
        try:
            outcome = engine.apply_packet(services, path.read_bytes(), path.name)
        except (PacketError, OSError) as exc:
            result.refused.append(str(exc) if isinstance(exc, PacketError) else path.name)
            continue
        if not outcome.already:
            result.applied.append(outcome)
    made = engine.make_packet(services)
    out = folder / packet_name(me, made.upto, made.packet_id)
    write_atomically(out, lambda fh: _put(fh, made.data))
    result.written = out
    result.removed = tidy(services, folder)
    progress.step(len(theirs) + 2, len(theirs) + 2)
    return result


def tidy(services: Services, folder: Path) -> int:
    """Remove this device's packets that every other device has confirmed (each packet
    also carries what the earlier ones did, so the newest one is kept until then)."""
    store = services.store
    me = store.setting("device_id")
    peers = devices_table.peers(store)
    confirmed = min((p.acked_records for p in peers), default=None)
    if confirmed is None:
        return 0
    mine = sorted(folder.glob(f"{me}-*{SUFFIX}"))
    removed = 0
    for path in mine:
        try:
            upto = int(path.name[len(me) + 1:].split("-")[0])
        except ValueError:
            continue
        if upto <= confirmed:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


@dataclass(frozen=True)
class DeviceLine:
    device_id: str
    name: str
    this_device: bool
    last_heard: str | None
    revoked: bool
    waiting_for_it: int      # our changes it has not confirmed yet


@dataclass(frozen=True)
class Status:
    devices: list[DeviceLine]
    open_conflicts: int
    waiting_records: int
    folder: str


def status(services: Services) -> Status:
    store = services.store
    me = store.setting("device_id")
    top = int(store.query_one("SELECT coalesce(max(seq), 0) FROM sync_clocks")[0])
    lines = [DeviceLine(me, store.setting("device_name"), True, utc_stamp(), False, 0)]
    for d in devices_table.all_devices(store):
        if d.device_id == me:
            continue
        waiting = int(store.query_one("SELECT count(*) FROM sync_clocks WHERE seq > ?",
                                      (d.acked_records,))[0]) if top > d.acked_records else 0
        lines.append(DeviceLine(d.device_id, d.name, False, d.last_heard,
                                d.revoked_at is not None, waiting))
    pending = int(store.query_one("SELECT count(*) FROM sync_pending")[0])
    return Status(lines, conflicts.open_count(store), pending, store.setting(SETTING))


def set_folder(services: Services, folder: Path) -> None:
    if not folder.is_dir():
        raise MadoguchiError(NO_FOLDER, folder)
    services.store.set_setting(SETTING, str(folder))
    audit.log(services.store, "settings", detail="sync folder")


def packet_device(path: Path) -> str:
    """The device that wrote a packet (from its clear header)."""
    header, _ = read_header(path.read_bytes()[:8192], path.name)
    return str(header["device_id"])
