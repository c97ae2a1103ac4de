"""`madoguchi backup` and `madoguchi restore` (wired into app/cli.py).

    madoguchi backup [--to DIR] [--set-folder DIR]   a verified, encrypted backup now
    madoguchi restore --from FILE                    put a backup in the database's place
"""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import MadoguchiError
from app.marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the domain loads for the command, not for the parser
    from app.services import Services


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                  common: argparse.ArgumentParser) -> None:
    b = sub.add_parser("backup", parents=[common],
                       help="make a verified, encrypted backup of the database now")
    b.add_argument("--to", type=Path, dest="backup_to", metavar="DIR",
                   help="folder for this backup (default: the backup folder)")
    b.add_argument("--set-folder", type=Path, dest="backup_set_folder", metavar="DIR",
                   help="remember DIR as the backup folder (administrator), then back up there")
    r = sub.add_parser("restore", parents=[common],
                       help="replace the database with a backup (the current file is kept "
                            "aside)")
    r.add_argument("--from", type=Path, dest="backup_from", metavar="FILE", required=True,
                   help="the backup file (madoguchi-….db, with its .keys file beside it)")


def run(args: argparse.Namespace, services: Services, *, locked: bool = False) -> int:
    """Run `backup` or `restore`. For restore, `services` is closed first; `locked` says
    the caller already holds the instance lock on the database (else it is taken here)."""
    store = services.store
    if args.command == "backup":
        folder: Path | None = args.backup_to
        if args.backup_set_folder is not None:
            if store.role != "admin":
                raise MadoguchiError(QT_TRANSLATE_NOOP(
                    "errors", "Only an administrator can change the backup folder."))
            folder = services.backups.set_folder(args.backup_set_folder)
        made = services.backups.make("manual", folder)
        print(made)
        if folder is None or folder == services.backups.folder():
            from app import backup

            for old in backup.prune(made.parent):
                print(f"removed old backup {old.name}")
        return 0
    if args.command != "restore":
        raise MadoguchiError(f"Not a backup command: {args.command}.")
    if store.role != "admin":
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "Only an administrator can restore a backup."))
    if store.path is None:
        raise MadoguchiError(QT_TRANSLATE_NOOP("errors", "This database has no file."))
    db_path, key, user = store.path, store.key, store.user
    services.close()
    return run_restore(args.backup_from, db_path, key, user, locked=locked)


def run_restore(source: Path, db_path: Path, key: bytes | None, user: str, *,
                locked: bool = False) -> int:
    """Restore without an open database: for a file that no longer opens, the caller only
    unlocks the key (accounts.unlock or accounts.recover) and calls this."""
    from app import backup, instance

    with contextlib.ExitStack() as stack:
        if not locked:
            stack.enter_context(instance.acquire(db_path))
        aside = backup.restore(db_path, source, key, user)
    print(f"restored {db_path} from {source}")
    if aside is not None:
        print(f"the replaced file is kept as {aside}")
    return 0
