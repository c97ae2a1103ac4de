"""`madoguchi purge --years N [--apply]`: the retention command (app/retention.py).

Without --apply it only shows how many residents would be anonymised, and their UUIDs, never
their names (a terminal's scroll-back and a pasted log are not the place for them)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the domain loads for the command, not for the parser
    from app.services import Services


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                  common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("purge", parents=[common],
                       help="anonymise residents with no activity for N years (administrator)")
    p.add_argument("--years", type=int, required=True,
                   help="no consultation, accompaniment, session or change for this many years")
    p.add_argument("--apply", action="store_true",
                   help="anonymise them (without it, only show how many there are)")


def run(args: argparse.Namespace, services: Services) -> int:
    found = services.retention.preview(args.years)
    if not args.apply:
        print(f"{len(found)} residents have had no activity for {args.years} years or more. "
              "Run again with --apply to anonymise them (a backup is made first).")
        for candidate in found:
            print(candidate.uuid)
        return 0
    done = services.retention.anonymise([c.id for c in found])
    print(f"{done} residents anonymised.")
    return 0
