"""`madoguchi sync …` and `madoguchi device …`: exchange records between the devices of a
town from the command line (docs/sync.md).

app/cli.py adds these arguments with `add_arguments(sub, common)` and, for the commands
"sync" and "device", calls `run(args, services)`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import MadoguchiError
from app.marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the domain loads for the command, not for the parser
    from app.services import Services

COMMANDS = ("sync", "device")
NO_PACKET = QT_TRANSLATE_NOOP("errors", "There is no file %1.")


def add_arguments(sub: Any, common: argparse.ArgumentParser) -> None:
    sync = sub.add_parser("sync", help="exchange records with the town's other devices")
    actions = sync.add_subparsers(dest="sync_action", metavar="ACTION", required=True)
    out = actions.add_parser("export", parents=[common],
                             help="write a packet of what the other devices have not confirmed")
    out.add_argument("--out", type=Path, required=True)
    imp = actions.add_parser("import", parents=[common],
                             help="apply another device's packet (all or nothing)")
    imp.add_argument("packet", type=Path)
    actions.add_parser("status", parents=[common],
                       help="devices, last exchange, open conflicts")
    ex = actions.add_parser("exchange", parents=[common],
                            help="apply the packets in a folder and write this device's")
    ex.add_argument("--folder", type=Path, help="the sync folder (default: the one set)")
    actions.add_parser("conflicts", parents=[common], help="list the open conflicts")
    res = actions.add_parser("resolve", parents=[common], help="resolve one conflict")
    res.add_argument("conflict", type=int)
    res.add_argument("--take", choices=("mine", "theirs"), default="mine",
                     help="the side every field (or the record's deletion) comes from")
    res.add_argument("--field", action="append", default=[], metavar="NAME=mine|theirs",
                     help="the side of one field (repeat for more)")

    device = sub.add_parser("device", help="add, list or revoke the town's devices")
    dev = device.add_subparsers(dest="device_action", metavar="ACTION", required=True)
    add = dev.add_parser("add", parents=[common],
                         help="copy this town for another device (administrator)")
    add.add_argument("--out", type=Path, required=True)
    add.add_argument("--name", default="", help="a name for the device, e.g. CIR laptop")
    dev.add_parser("list", parents=[common], help="the town's devices")
    rev = dev.add_parser("revoke", parents=[common],
                         help="refuse a lost device's packets (administrator)")
    rev.add_argument("device_id")


def run(args: argparse.Namespace, services: Services) -> int:
    from app import backup
    from app.sync import conflicts, engine, folder

    if args.command == "device":
        return _device(args, services)
    action = args.sync_action
    if action == "export":
        made = folder.write_packet(services, args.out)
        print(f"records {made.records}, deleted {made.tombstones}, "
              f"audit rows {made.audit_rows}")
        return 0
    if action == "import":
        if not args.packet.is_file():
            raise MadoguchiError(NO_PACKET, args.packet)
        backup.make_backup(services.store, "before-sync")
        outcome = engine.apply_packet(services, args.packet.read_bytes(), args.packet.name)
        print(outcome.text())
        return 0
    if action == "exchange":
        where = args.folder or Path(services.store.setting(folder.SETTING) or ".")
        done = folder.exchange(services, where)
        for outcome in done.applied:
            print(f"device {outcome.sender[:8]}: {outcome.text()}")
        for line in done.refused:
            print(f"refused: {line}")
        print(f"written: {done.written.name if done.written else '-'}; "
              f"removed {done.removed} confirmed packet(s)")
        return 1 if done.refused else 0
    if action == "status":
        state = folder.status(services)
        for device in state.devices:
            mark = "this device" if device.this_device else (
                "revoked" if device.revoked else f"last heard {device.last_heard or 'never'}, "
                f"{device.waiting_for_it} change(s) not confirmed yet")
            print(f"{device.device_id}\t{device.name or '-'}\t{mark}")
        print(f"open conflicts: {state.open_conflicts}")
        print(f"records waiting for another record: {state.waiting_records}")
        return 0
    if action == "conflicts":
        for c in conflicts.open_conflicts(services.store):
            what = ("deleted here" if c.deleted_here else "deleted there"
                    if c.deleted_there else ", ".join(c.fields()))
            print(f"{c.id}\t{conflicts.SINGULAR.get(c.kind, c.kind)}\t{c.uuid}\t{what}")
        return 0
    if action == "resolve":
        choices: dict[str, Any] = {name: args.take for name in
                                   conflicts.get(services.store, args.conflict).fields()}
        for item in args.field:
            name, _, side = item.partition("=")
            choices[name] = side
        conflicts.resolve(services, args.conflict, choices, keep=args.take)
        print(f"conflict {args.conflict} resolved")
        return 0
    raise ValueError(action)


def _device(args: argparse.Namespace, services: Services) -> int:
    from app import devices
    from app.sync import folder

    if args.device_action == "add":
        new_id = devices.add_device(services, args.out, args.name)
        print(f"device {new_id} added: {args.out}")
        return 0
    if args.device_action == "revoke":
        done = devices.revoke(services, args.device_id)
        print(f"device {args.device_id} revoked")
        if done.held_back:
            print(f"This database was not re-keyed: the accounts {', '.join(done.held_back)} "
                  "were made by an older Madoguchi and change at their next login; revoke the "
                  "device again after that.")
        else:
            print("this database has a new key")
        if done.new_sync_key:
            print("no other device is left: the town has a new sync key")
        return 0
    state = folder.status(services)
    for line in state.devices:
        print(f"{line.device_id}\t{line.name or '-'}\t"
              f"{'this device' if line.this_device else 'revoked' if line.revoked else ''}")
    return 0


__all__ = ["COMMANDS", "add_arguments", "run"]
