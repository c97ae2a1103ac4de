"""`madoguchi rollup` (wired into app/cli.py): the prefecture's roll-up, no town database.

    madoguchi rollup --out DIR FILE.json…   [--provisional] [--threshold 5] [--width N]
"""

from __future__ import annotations

import argparse
from pathlib import Path

# the roll-up and the report writers load for the command, not for the parser


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                  common: argparse.ArgumentParser) -> None:
    r = sub.add_parser("rollup", help="the prefecture's report from towns' annual data files "
                                      "(no town database needed)")
    r.add_argument("--out", type=Path, dest="rollup_out", metavar="DIR", required=True)
    r.add_argument("files", type=Path, nargs="+", metavar="FILE.json")
    r.add_argument("--format", dest="rollup_format", default="pdf,xlsx,csv",
                   help="pdf,xlsx,csv")
    r.add_argument("--provisional", action="store_true",
                   help="accept provisional (暫定) files; the roll-up is then provisional")
    r.add_argument("--fiscal-year", type=int, dest="rollup_year",
                   help="the fiscal year every file must be of (default: the first file's)")
    r.add_argument("--threshold", type=int, default=5,
                   help="counts from 1 to one less than this are hidden (default 5)")
    r.add_argument("--width", type=int, default=None,
                   help="the protection width (default: the threshold)")
    sub.add_parser("prefecture", help="the Prefecture window: roll up towns' data files")


def run(args: argparse.Namespace) -> int:
    from app.reports.build import parse_formats
    from app.rollup.report import FORMATS, make_rollup

    formats = parse_formats(args.rollup_format, FORMATS)
    for path in make_rollup(args.files, args.rollup_out, formats,
                            provisional=args.provisional, fiscal_year=args.rollup_year,
                            threshold=args.threshold, width=args.width):
        print(path)
    return 0
