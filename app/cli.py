"""The command line: every main job works without the window."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__
from app.errors import MadoguchiError
from app.paths import default_db_path, log_dir

log = logging.getLogger("madoguchi")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="madoguchi",
        description="Madoguchi (窓口): case management for a town's foreign-resident desk.")
    p.add_argument("--version", action="version", version=f"madoguchi {__version__}")
    p.add_argument("--db", type=Path, help="database file (default: the user data folder)")
    p.add_argument("--user", help="record changes under this user name (default: OS login)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    d = sub.add_parser("demo", help="make a demo town in a new database")
    d.add_argument("--db", type=Path, required=True, dest="sub_db")
    d.add_argument("--residents", type=int, default=300)
    d.add_argument("--years", type=int, default=3)
    d.add_argument("--seed", type=int, default=1)

    c = sub.add_parser("check", help="quick_check, foreign_key_check and schema version")
    c.add_argument("--db", type=Path, dest="sub_db")

    s = sub.add_parser("search", help="print one matching record per line")
    s.add_argument("--db", type=Path, dest="sub_db")
    s.add_argument("--limit", type=int, default=50)
    s.add_argument("query")

    e = sub.add_parser("export", help="write every record to a JSON file")
    e.add_argument("--db", type=Path, dest="sub_db")
    e.add_argument("--out", type=Path, required=True)

    i = sub.add_parser("import", help="add the records of a JSON export (all or nothing)")
    i.add_argument("--db", type=Path, dest="sub_db")
    i.add_argument("file", type=Path)

    rep = sub.add_parser("report", help="make the monthly or annual report")
    kinds = rep.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    monthly = kinds.add_parser("monthly", help="the monthly report (月報)")
    monthly.add_argument("--db", type=Path, dest="sub_db")
    monthly.add_argument("--month", required=True, help="YYYY-MM")
    monthly.add_argument("--out", type=Path, required=True)
    monthly.add_argument("--format", default="pdf,xlsx,csv", help="pdf,xlsx,csv")
    annual = kinds.add_parser("annual", help="the fiscal-year report for the prefecture")
    annual.add_argument("--db", type=Path, dest="sub_db")
    annual.add_argument("--fiscal-year", type=int, required=True, help="e.g. 2026 (April–March)")
    annual.add_argument("--out", type=Path, required=True)
    annual.add_argument("--format", default="pdf,xlsx", help="pdf,xlsx,csv")
    annual.add_argument("--eml", action="store_true",
                        help="also write the email draft to the prefecture into --out")

    shots = sub.add_parser("screenshots", help="render every page of the window to PNG files")
    shots.add_argument("--db", type=Path, required=True, dest="sub_db")
    shots.add_argument("--out", type=Path, required=True)
    return p


# The window's commands, supplied by ui/launcher.py (app/ never imports the Qt layer):
# "window" (db path, user, whether --db was given) and "screenshots" (db path, out folder).
WindowCommands = dict[str, Callable[..., int]]


def main(argv: Sequence[str] | None = None, window: WindowCommands | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args, window or {})
    except MadoguchiError as exc:
        print(f"madoguchi: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("madoguchi: interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: keep the details in the log, not on screen
        where = _write_crash_log()
        print(f"madoguchi: an unexpected error ({type(exc).__name__}) stopped the command. "
              f"Details: {where}", file=sys.stderr)
        return 70


def _write_crash_log() -> Path:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "crash.log"
    with path.open("a", encoding="utf-8") as fh:
        fh.write(traceback.format_exc(limit=20))
    return path


def _run(args: argparse.Namespace, window: WindowCommands) -> int:
    from app.services import Services

    db_path: Path = getattr(args, "sub_db", None) or args.db or default_db_path()
    if args.command in (None, "screenshots") and not window:
        raise MadoguchiError("The window is not part of this installation.")
    if args.command is None:
        return window["window"](db_path, args.user, args.db is not None)
    if args.command == "demo":
        from app.demo import make_demo

        stats = make_demo(db_path, residents=args.residents, years=args.years, seed=args.seed)
        print(", ".join(f"{k} {v}" for k, v in stats.items()))
        return 0
    if args.command == "check":
        from app.check import check_file

        report = check_file(db_path)
        print("\n".join(report.lines()))
        return 0 if report.ok else 1
    if args.command == "screenshots":
        return window["screenshots"](db_path, args.out)
    services = Services.open(db_path, user=args.user)
    try:
        if args.command == "search":
            for item in services.find(args.query, args.limit):
                parts = [item.kind, str(item.id), item.when, item.title, item.detail]
                print("\t".join(p.replace("\t", " ").replace("\n", " ") for p in parts))
            return 0
        if args.command == "report":
            from app.reports import build

            formats = build.parse_formats(args.format)
            if args.report_kind == "monthly":
                paths = build.make_monthly(services.store, services.codes, args.month,
                                           args.out, formats)
            else:
                paths = build.make_annual(services.store, services.codes, args.fiscal_year,
                                          args.out, formats, eml=args.eml)
            for path in paths:
                print(path)
            return 0
        from app import exchange

        if args.command == "export":
            counts = exchange.export_file(services.store, args.out)
        else:
            counts = exchange.import_data(services.store, exchange.load_file(args.file))
        print(", ".join(f"{k} {v}" for k, v in counts.items()))
        return 0
    finally:
        services.close()
