"""`madoguchi kb` (wired into app/cli.py): knowledge packs between towns.

    madoguchi kb export --out PACK.json          the published entries, for another town
    madoguchi kb import PACK.json [--dry-run]    add new entries, update changed ones
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import MadoguchiError

if TYPE_CHECKING:  # the domain loads for the command, not for the parser
    from app.services import Services


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                  common: argparse.ArgumentParser) -> None:
    kb = sub.add_parser("kb", help="export or import a knowledge pack (よくある相談)")
    actions = kb.add_subparsers(dest="kb_action", metavar="ACTION", required=True)
    e = actions.add_parser("export", parents=[common],
                           help="write the published entries and their organisations "
                                "(never residents) to one JSON file")
    e.add_argument("--out", type=Path, dest="kb_out", metavar="FILE", required=True)
    i = actions.add_parser("import", parents=[common],
                           help="add another town's pack: new entries are added, changed "
                                "ones updated, nothing is duplicated")
    i.add_argument("kb_file", type=Path, metavar="FILE")
    i.add_argument("--dry-run", action="store_true", dest="kb_dry_run",
                   help="only show what would be new or changed; write nothing")


def run(args: argparse.Namespace, services: Services) -> int:
    if args.command != "kb":
        raise MadoguchiError(f"Not a knowledge pack command: {args.command}.")
    if args.kb_action == "export":
        n = services.kb_packs.export_pack(args.kb_out)
        print(f"{args.kb_out}: {n} entries")
        return 0
    from app import kbpack

    data = kbpack.load_pack(args.kb_file)
    dry_run: bool = args.kb_dry_run
    result = services.kb_packs.import_pack(
        data, dry_run=dry_run, backup=lambda: services.backups.make("before-import"))
    print(f"from {result.town}: "
          + ", ".join(f"{k} {v}" for k, v in result.counts().items()))
    if result.new_organisations:
        print(f"organisations {'to add' if dry_run else 'added'}: "
              f"{len(result.new_organisations)}")
    if dry_run:
        for label, items in (("new", result.new), ("changed", result.changed)):
            for item in items:
                print(f"{label}\t{item.topic}\t{' '.join(item.question.split())}")
        print("dry run: nothing was written")
    return 0
