"""`madoguchi handover` (wired into app/cli.py): the handover pack for the next CIR.

    madoguchi handover --db PATH --user NAME --out DIR [--personal]

writes DIR/引継ぎ_<town>_<YYYYMMDD>/ (the PDF, the directory as CSV, the knowledge base as
JSON, the town notes) and prints each file's path. --personal puts residents' full names in
and is for an administrator only.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the domain loads for the command, not for the parser
    from app.services import Services


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                  common: argparse.ArgumentParser) -> None:
    h = sub.add_parser("handover", parents=[common],
                       help="make the handover pack (引継ぎ資料) for the next CIR")
    h.add_argument("--out", type=Path, dest="handover_out", metavar="DIR", required=True,
                   help="folder in which the pack's own folder is made")
    h.add_argument("--personal", action="store_true", dest="handover_personal",
                   help="put residents' full names in (administrator only; default: "
                        "initials and case numbers)")


def run(args: argparse.Namespace, services: Services) -> int:
    for path in services.handover.make_pack(args.handover_out,
                                            personal=args.handover_personal):
        print(path)
    return 0
