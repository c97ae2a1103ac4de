"""`madoguchi import-table` and `madoguchi init` (wired into app/cli.py).

    madoguchi import-table --db PATH --user NAME FILE [--sheet NAME…] [--mapping P.json]
                           [--save-mapping P.json] [--dry-run] [--report R.csv]
                           [--skip-problem-rows] [--roster]
    madoguchi init --db PATH --user ADMIN [--town NAME]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import MadoguchiError
from app.marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the reader (sqlite_utils, numpy) and the domain load for the command
    from app.services import Services
    from app.tableimport.plan import Preview

SHOWN_PROBLEMS = 50


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                  common: argparse.ArgumentParser) -> None:
    t = sub.add_parser(
        "import-table", parents=[common],
        help="bring in an old Excel/CSV consultation log (or, with --roster, the resident "
             "roster): preview, then all or nothing")
    t.add_argument("file", type=Path, metavar="FILE", help=".xlsx, .xls or .csv")
    t.add_argument("--sheet", action="extend", nargs="+", dest="sheets", metavar="NAME",
                   help="only these sheets (default: every sheet with a header row)")
    t.add_argument("--mapping", type=Path, metavar="PROFILE.json",
                   help="a mapping profile saved before (columns and value codes)")
    t.add_argument("--save-mapping", type=Path, metavar="PROFILE.json",
                   help="save the mapping used, with a suggested code (or \"\") for each "
                        "text that has none, to edit and pass to --mapping")
    t.add_argument("--dry-run", action="store_true",
                   help="preview only: print what would happen, write nothing")
    t.add_argument("--report", type=Path, metavar="REPORT.csv",
                   help="write the row-by-row report here (default after an import: "
                        "FILE's name with .import-report.csv, beside it)")
    t.add_argument("--skip-problem-rows", action="store_true",
                   help="import the other rows and list rows with problems as skipped")
    t.add_argument("--roster", action="store_true",
                   help="FILE is a resident roster (住民基本台帳 extract): add, update, flag")
    i = sub.add_parser("init", parents=[common],
                       help="make a new, empty encrypted town (password from "
                            "MADOGUCHI_NEW_PASSWORD or a prompt)")
    i.add_argument("--town", help="the town's name, e.g. みさき町")


def init(db_path: Path, admin: str | None, town: str | None,
         password: Callable[[], str]) -> int:
    """A new encrypted town with its first administrator; the recovery code is printed
    once and stored nowhere."""
    from app import accounts

    if not admin:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "Give --user NAME: the new town's first administrator."))
    services, code = accounts.create_database(db_path, admin, password())
    try:
        if town:
            services.store.set_setting("town_name_ja", town.strip())
    finally:
        services.close()
    print(f"Made {db_path} with the administrator {admin}.")
    print("Recovery code (write it down and keep it locked away; it is shown only this once):")
    print(code)
    return 0


def run(args: argparse.Namespace, services: Services) -> int:
    from app.tableimport.profile import Profile

    if args.roster:
        from app.tableimport import roster

        return roster.run_cli(args, services)
    from app import backup
    from app.tableimport.apply import import_log
    from app.tableimport.report import write_report
    from app.tableimport.steps import preview_file

    profile = Profile.load(args.mapping) if args.mapping else None
    if profile is not None and profile.kind != "log":
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "%1 is a mapping for a resident roster; add --roster."), args.mapping.name)
    if profile is not None and args.skip_problem_rows:
        profile.skip_problem_rows = True
    elif args.skip_problem_rows:
        profile = Profile(skip_problem_rows=True)
    preview = preview_file(services, args.file, profile, args.sheets)
    if args.save_mapping:
        save_mapping(preview, services, args.save_mapping)
    print_preview(preview)
    if args.dry_run:
        print_people(preview, services)
        if args.report:
            write_report(args.report, preview, None)
        print("Dry run: nothing was written.")
        return 0
    store = services.store
    done = import_log(services, preview,
                      backup=lambda: backup.make_backup(store, "before-import"))
    report = args.report or args.file.with_name(args.file.stem + ".import-report.csv")
    try:
        write_report(report, preview, done)
    except (OSError, MadoguchiError):
        print(f"The report could not be written to {report}.", file=sys.stderr)
    else:
        print(f"Report: {report}")
    print(f"Imported: consultations {done.consultations}, residents new "
          f"{done.residents_new}, matched {done.residents_matched}.")
    return 0


def save_mapping(preview: Preview, services: Services, path: Path) -> None:
    from app.tableimport.plan import suggest_values
    from app.tableimport.profile import Profile

    profile = Profile.from_json(preview.profile.to_json())
    for list_name, texts in suggest_values(preview, services).items():
        chosen = profile.values.setdefault(list_name, {})
        for text, code in texts.items():
            chosen.setdefault(text, code)
    profile.save(path)
    print(f"Mapping saved: {path}")


def print_preview(preview: Preview) -> None:
    from app.tableimport.plan import PROBLEM, describe

    """Counts, then each sheet's columns, then the rows with problems (sheet, row, reason:
    no names; a reason quotes at most a date or a code text)."""
    s = preview.summary()
    print(f"Rows {s['rows']}: import {s['import']}, skip {s['skip']}, problems "
          f"{s['problem']}; residents new {s['residents_new']}, matched "
          f"{s['residents_matched']}.")
    for plan in preview.sheets:
        if plan.skipped:
            print(f"  sheet {plan.name}: skipped ({describe([(plan.skipped, ())])})")
        else:
            cols = ", ".join(f"{plan.names[c]}→{f}" for c, f in sorted(plan.columns.items()))
            print(f"  sheet {plan.name}: header row {plan.header_row}; {cols}")
    for list_name, texts in preview.unmapped.items():
        shown = ", ".join(f"{t} ({n})" for t, n in list(texts.items())[:20])
        print(f"  no code for {list_name}: {shown}")
    problems = [r for r in preview.rows if r.outcome == PROBLEM]
    for row in problems[:SHOWN_PROBLEMS]:
        print(f"  {row.sheet}!{row.row}: {describe(row.reasons)}")
    if len(problems) > SHOWN_PROBLEMS:
        print(f"  … and {len(problems) - SHOWN_PROBLEMS} more rows with problems (see --report)")


def print_people(preview: Preview, services: Services) -> None:
    """Who the log is about, for the clerk at the terminal (a dry run only): the residents it
    would create and the ones it matched, with how many rows each."""
    for person in preview.people.new[:SHOWN_PROBLEMS]:
        sheet, row = person.first_row
        print(f"  new resident {person.number}: {person.resident().display_name()} "
              f"({person.rows} rows, first {sheet}!{row})")
    names = services.residents.names(list(preview.people.matched)[:SHOWN_PROBLEMS])
    for rid, name in names.items():
        print(f"  matched resident {rid}: {name} ({preview.people.matched[rid]} rows)")
