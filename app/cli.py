"""The command line: every main job works without the window.

Commands on an encrypted database take `--user NAME`; the password comes from the
MADOGUCHI_PASSWORD environment variable, or from a prompt without echo."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.errors import MadoguchiError, fill
from app.languages import LANGUAGES, check_language
from app.marks import QT_TRANSLATE_NOOP
from app.paths import default_db_path

if TYPE_CHECKING:
    from app import instance

PASSWORD_ENV = "MADOGUCHI_PASSWORD"
NEW_PASSWORD_ENV = "MADOGUCHI_NEW_PASSWORD"
SMTP_PASSWORD_ENV = "MADOGUCHI_SMTP_PASSWORD"
NO_WINDOW = QT_TRANSLATE_NOOP("errors", "The window is not part of this installation.")
EMPTY_BACKUP = QT_TRANSLATE_NOOP(
    "errors", "%1 is empty (0 bytes) and was kept as it is; the newest backup that opens is "
    "%2 (madoguchi restore --from %2).")
EMPTY_NO_BACKUP = QT_TRANSLATE_NOOP(
    "errors", "%1 is empty (0 bytes) and was kept as it is; no backup that opens was found, "
    "so please call your IT staff.")
DAMAGED_BACKUP = QT_TRANSLATE_NOOP(
    "errors", "%1 is damaged and was not changed; the newest backup that opens is %2 "
    "(madoguchi restore --from %2).")
WINDOW_HOLDS = QT_TRANSLATE_NOOP(
    "errors", "%1 is open in a Madoguchi window, and this command changes records: close the "
    "window (or quit Madoguchi) first, then run the command again. Nothing was changed.")
DAMAGED_NO_BACKUP = QT_TRANSLATE_NOOP(
    "errors", "%1 is damaged and was not changed; no backup that opens was found, so please "
    "call your IT staff.")


def _top_parser(**kwargs: Any) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="madoguchi",
        description="Madoguchi (窓口): case management for a town's foreign-resident desk.",
        **kwargs)
    p.add_argument("--version", action="version", version=f"madoguchi {__version__}")
    p.add_argument("--db", type=Path, help="database file (default: the user data folder)")
    p.add_argument("--user", help="log in as this user")
    p.add_argument("--lang", help="UI language for this run: " + ", ".join(LANGUAGES))
    p.add_argument("--selftest", action="store_true",
                   help="check this installation offscreen on a temporary demo town; "
                        "exit 0, or name the step that failed")
    return p


def _window_args(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments of a start of the window (no command: what the Start-menu shortcut
    runs), read without building the parser of every command (≈ 15 ms, and the login screen
    waits for it); None for anything else, which the full parser reads."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if any(a in ("-h", "--help") or a.startswith("--version") for a in argv):
        return None
    top = _top_parser(add_help=False, exit_on_error=False)
    try:
        args, rest = top.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, dest="sub_db", help="database file")
    common.add_argument("--user", dest="sub_user", help="log in as this user")
    p = _top_parser()
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    d = sub.add_parser("demo", parents=[common], help="make a demo town in a new database")
    d.add_argument("--residents", type=int, default=300)
    d.add_argument("--years", type=int, default=3)
    d.add_argument("--seed", type=int, default=1)
    d.add_argument("--password", default="demo",
                   help="password of the demo users admin and staff (default: demo)")

    sub.add_parser("check", parents=[common],
                   help="quick_check, foreign_key_check and schema version")
    s = sub.add_parser("search", parents=[common], help="print one matching record per line")
    s.add_argument("--limit", type=int, default=50)
    s.add_argument("query")
    e = sub.add_parser("export", parents=[common], help="write every record to a JSON file")
    e.add_argument("--out", type=Path, required=True)
    i = sub.add_parser("import", parents=[common],
                       help="add the records of a JSON export (all or nothing)")
    i.add_argument("file", type=Path)

    rep = sub.add_parser("report", help="make the monthly or annual report")
    kinds = rep.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    monthly = kinds.add_parser("monthly", parents=[common], help="the monthly report (月報)")
    monthly.add_argument("--month", required=True, help="YYYY-MM")
    monthly.add_argument("--out", type=Path, required=True)
    monthly.add_argument("--format", default="pdf,xlsx,csv", help="pdf,xlsx,csv")
    annual = kinds.add_parser("annual", parents=[common],
                              help="the fiscal-year report for the prefecture")
    annual.add_argument("--fiscal-year", type=int, required=True, help="e.g. 2026 (April–March)")
    annual.add_argument("--out", type=Path, required=True)
    annual.add_argument("--format", default="pdf,xlsx",
                        help="pdf,xlsx,csv,data (data: the annual data file for the "
                             "prefecture's roll-up)")
    annual.add_argument("--eml", action="store_true",
                        help="also write the email draft to the prefecture into --out")
    annual.add_argument("--cut-off", help="YYYY-MM-DD: a provisional report of the data "
                                          "up to that day (default: today, or the year's end)")
    send = kinds.add_parser("send", parents=[common],
                            help="make the annual report and send it to the prefecture by "
                                 "mail (the settings' SMTP server; password from "
                                 f"{SMTP_PASSWORD_ENV}, the keyring or a prompt)")
    send.add_argument("--fiscal-year", type=int, required=True, help="e.g. 2026")
    send.add_argument("--attach", type=Path, action="append", default=[], metavar="FILE",
                      help="another file to attach (e.g. the annual data file); repeatable")
    send.add_argument("--cut-off", help="YYYY-MM-DD (as for the annual report)")
    send.add_argument("--data", action="store_true",
                      help="attach the annual data file (JSON) too, with its note in the mail")
    check = kinds.add_parser("audit", parents=[common],
                             help="the disclosure audit of the annual report: each hidden "
                                  "figure's range, with the reports issued before")
    check.add_argument("--fiscal-year", type=int, required=True, help="e.g. 2026")
    check.add_argument("--cut-off", help="YYYY-MM-DD (as for the annual report)")
    check.add_argument("--issued-only", action="store_true",
                       help="audit only the reports issued already, not a new one")

    users = sub.add_parser("users", help="list, add, disable or unlock users (administrator)")
    actions = users.add_subparsers(dest="users_action", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[common], help="every user, role and state")
    add = actions.add_parser("add", parents=[common],
                             help=f"add a user (password from {NEW_PASSWORD_ENV} or a prompt)")
    add.add_argument("name")
    add.add_argument("--role", choices=("admin", "staff"), default="staff")
    for action in ("disable", "unlock"):
        actions.add_parser(action, parents=[common], help=f"{action} a user").add_argument("name")
    grant = actions.add_parser("grant", parents=[common],
                               help="give a user a role, signed (also lets in again a user "
                                    "whose role was changed outside Madoguchi)")
    grant.add_argument("name")
    grant.add_argument("--role", choices=("admin", "staff"), required=True)

    from app import audit_cli, backup_cli, handover_cli, kb_cli, retention_cli, sync_cli
    from app.reports import categories_cli
    from app.rollup import command as rollup_cli
    from app.tableimport import command as table_cli

    for module in (backup_cli, retention_cli, audit_cli, kb_cli, handover_cli, table_cli,
                   rollup_cli, categories_cli, sync_cli):
        module.add_arguments(sub, common)

    shots = sub.add_parser("screenshots", parents=[common],
                           help="render every page of the window to PNG files")
    shots.add_argument("--out", type=Path, required=True)
    return p


# The window's commands, supplied by ui/launcher.py (app/ never imports the Qt layer):
# "window" (db path, user, whether --db was given), "screenshots" (services, out folder),
# "lang" (a UI language code for this run), "selftest" (no arguments; the exit code) and
# "prefecture" (the roll-up window, no database).
WindowCommands = dict[str, Callable[..., int]]


def main(argv: Sequence[str] | None = None, window: WindowCommands | None = None) -> int:
    args = _window_args(argv) or _parser().parse_args(argv)
    try:
        code = _run(args, window or {})
        sys.stdout.flush()  # a closed pipe shows here, not at the interpreter's exit
        return code
    except MadoguchiError as exc:
        print(f"madoguchi: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("madoguchi: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the output went to `head`, which has read enough
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: keep the details in the log, not on screen
        where = _write_crash_log()
        print(f"madoguchi: an unexpected error ({type(exc).__name__}) stopped the command. "
              f"Details: {where}", file=sys.stderr)
        return 70


def _write_crash_log() -> Path:
    from app import crash

    kind, _value, tb = sys.exc_info()
    return crash.write_crash(kind, tb, "command line")


def read_password(variable: str = PASSWORD_ENV, prompt: str = "Password: ") -> str:
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "No password: set %1, or run the command in a terminal to be asked for "
            "it."), variable)
    return getpass.getpass(prompt)


def _new_password(user: str | None) -> str:
    """A new password: from MADOGUCHI_NEW_PASSWORD, or typed twice at a prompt."""
    password = read_password(NEW_PASSWORD_ENV, f"Password for the administrator {user}: ")
    if not os.environ.get(NEW_PASSWORD_ENV) and getpass.getpass("The same again: ") != password:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "The two passwords are not the same; nothing was made."))
    return password


def writes_records(args: argparse.Namespace) -> bool:
    """The commands that change records take the window's instance lock (app/instance.py)
    instead of meeting its writes as a busy database halfway through."""
    command = args.command
    if command in ("import", "import-table", "restore", "purge"):
        return True
    if command == "users":
        return bool(args.users_action != "list")
    if command == "kb":
        return bool(args.kb_action == "import" and not args.kb_dry_run)
    return False


def take_instance_lock(db_path: Path) -> instance.InstanceLock:
    from app import instance

    try:
        return instance.acquire(db_path)
    except instance.AlreadyOpenError:
        raise MadoguchiError(WINDOW_HOLDS, db_path.name) from None


def open_services(db_path: Path, user: str | None, *, check_only: bool = False,
                  restore_from: Path | None = None,
                  lock: contextlib.ExitStack | None = None) -> object:
    """Log in to an encrypted database (the only kind Madoguchi keeps records in), after a
    read-only check (refuse_damaged): a damaged or empty file is refused before anything is
    written to it, with the newest backup that opens. With `check_only`, return the unlocked
    key and open nothing (`madoguchi check` writes no audit row and migrates nothing). With
    `lock`, the window's instance lock is taken into it once the file is found sound."""
    from app import accounts, db, keyslots

    if not db_path.exists():
        raise MadoguchiError(QT_TRANSLATE_NOOP("errors", "There is no database at %1."), db_path)
    if db_path.is_dir():
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "%1 is a folder, not a database file."), db_path)
    if not keyslots.key_path(db_path).exists():
        if db.is_plaintext(db_path) and db_path.stat().st_size > 0:
            raise MadoguchiError(QT_TRANSLATE_NOOP(
                "errors", "%1 is not encrypted; Madoguchi keeps records only in encrypted "
                "databases. It was not changed."), db_path)
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "The key file %1 is missing beside the database, so it cannot be "
            "opened."), keyslots.key_path(db_path).name)
    if not user:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "This database is encrypted: give --user NAME (the password comes from "
            "%1 or a prompt)."), PASSWORD_ENV)
    password = read_password()
    unlocked = accounts.unlock(db_path, user, password)
    if check_only:
        return unlocked.key
    refuse_damaged(db_path, unlocked.key, unlocked.user, restore_from=restore_from)
    from app.storage import read_only

    if lock is not None and not read_only(db_path):  # on read-only media nothing is written
        lock.enter_context(take_instance_lock(db_path))
    services = accounts.open_as(db_path, unlocked.key, unlocked.user, unlocked.admin_key,
                                unlocked.sign_key)
    try:
        accounts.make_signing_key(services, password)
        accounts.record_login(services)
    except BaseException:
        services.close()
        raise
    if services.store.readonly:
        from app.store import READ_ONLY

        print(f"madoguchi: {fill(READ_ONLY, [db_path])}", file=sys.stderr)
    for note in services.store.notes:
        print(f"madoguchi: warning: {note}.", file=sys.stderr)
    return services


def refuse_damaged(db_path: Path, key: bytes, user: str, *,
                   restore_from: Path | None = None) -> None:
    """Raise, naming the newest backup that opens, unless the file is healthy: the whole file
    is checked when it changed outside Madoguchi's commands since the last full check, or
    that check is a day old (app/integrity.py), else its first pages as at a login. Writes
    only the record of a good full check beside the file.
    With `restore_from` (`madoguchi restore` on a damaged or empty file), restore it instead
    and raise Restored."""
    from app import backup, backup_cli, integrity

    empty = db_path.stat().st_size == 0
    if not empty:
        if not integrity.full_check_due(db_path):
            if integrity.cheap_check_file(db_path, key):
                return
        elif backup.quick_check(db_path, key):
            integrity.clear_damage_mark(db_path)
            integrity.record_checked(db_path)
            return
    if restore_from is not None:
        backup_cli.run_restore(restore_from, db_path, key, user)
        raise Restored
    found = backup.newest_verified_backup(backup.candidate_folders(db_path), key)
    if found is None:
        raise MadoguchiError(EMPTY_NO_BACKUP if empty else DAMAGED_NO_BACKUP, db_path)
    raise MadoguchiError(EMPTY_BACKUP if empty else DAMAGED_BACKUP, db_path, found)


class Restored(Exception):  # noqa: N818 (not an error: the command is done)
    """A damaged or empty file was replaced by `madoguchi restore` before any login."""


def _run(args: argparse.Namespace, window: WindowCommands) -> int:
    db_path: Path = getattr(args, "sub_db", None) or args.db or default_db_path()
    user: str | None = getattr(args, "sub_user", None) or args.user
    if args.lang:
        check_language(args.lang)
        if "lang" in window:
            window["lang"](args.lang)
    if args.selftest:
        if "selftest" not in window:
            raise MadoguchiError(NO_WINDOW)
        return window["selftest"]()
    if args.command in (None, "screenshots") and not window:
        raise MadoguchiError(NO_WINDOW)
    if args.command is None:
        return window["window"](db_path, user, args.db is not None)
    from app.services import Services
    if args.command == "demo":
        from app.demo import make_demo

        if not (1 <= args.residents <= 100_000 and 1 <= args.years <= 50):
            raise MadoguchiError(QT_TRANSLATE_NOOP(
                "errors", "A demo town has 1 to 100,000 residents and 1 to 50 years."))

        stats = make_demo(db_path, residents=args.residents, years=args.years, seed=args.seed,
                          password=args.password)
        print(", ".join(f"{k} {v}" for k, v in stats.items()))
        return 0
    if args.command == "rollup":   # the prefecture's: no town database
        from app.rollup import command as rollup_cli

        return rollup_cli.run(args)
    if args.command == "prefecture":
        if "prefecture" not in window:
            raise MadoguchiError(NO_WINDOW)
        return window["prefecture"]()
    if args.command == "init":
        from app.tableimport import command as table_cli

        if not (getattr(args, "sub_db", None) or args.db):  # the user data folder, made once
            db_path.parent.mkdir(parents=True, exist_ok=True)

        return table_cli.init(db_path, user, args.town, lambda: _new_password(user))
    if args.command == "check":
        from app.check import check_file

        key = open_services(db_path, user, check_only=True)
        assert isinstance(key, bytes)
        report = check_file(db_path, key)
        print("\n".join(report.lines()))
        return 0 if report.ok else 1
    with contextlib.ExitStack() as held:
        args.instance_locked = writes_records(args)
        try:
            services = open_services(db_path, user, restore_from=getattr(
                args, "backup_from", None) if args.command == "restore" else None,
                lock=held if args.instance_locked else None)
        except Restored:
            return 0
        assert isinstance(services, Services)
        try:
            code = _command(args, services, window)
        finally:
            services.close()
    _own_writes_checked(db_path)
    return code


def _own_writes_checked(db_path: Path) -> None:
    """After a command that ran on a checked file: its own writes keep it checked, so the
    next command need not read the whole file again (the day's full check still comes)."""
    from app import integrity

    checked = integrity.last_full_check(db_path)
    if checked is not None and db_path.is_file():
        integrity.record_checked(db_path, checked)


def _command(args: argparse.Namespace, services: object, window: WindowCommands) -> int:
    from app.services import Services

    assert isinstance(services, Services)
    if args.command == "screenshots":
        return window["screenshots"](services, args.out)
    if args.command == "search":
        for item in services.find(args.query, args.limit):
            parts = [item.kind, str(item.id), item.when, item.title, item.detail]
            print("\t".join(p.replace("\t", " ").replace("\n", " ") for p in parts))
        return 0
    if args.command == "users":
        return _users(args, services)
    if args.command in ("backup", "restore"):
        from app import backup_cli

        return backup_cli.run(args, services, locked=args.instance_locked)
    if args.command == "purge":
        from app import retention_cli

        return retention_cli.run(args, services)
    if args.command == "audit":
        from app import audit_cli

        return audit_cli.run(args, services)
    if args.command in ("sync", "device"):
        from app import sync_cli

        return sync_cli.run(args, services)
    if args.command == "kb":
        from app import kb_cli

        return kb_cli.run(args, services)
    if args.command == "handover":
        from app import handover_cli

        return handover_cli.run(args, services)
    if args.command == "import-table":
        from app.tableimport import command as table_cli

        return table_cli.run(args, services)
    if args.command == "categories":
        from app.reports import categories_cli

        return categories_cli.run(args, services)
    if args.command == "report":
        from app.reports import build

        if args.report_kind == "audit":
            from app.reports import disclosure

            build.check_fiscal_year(args.fiscal_year)
            result = (disclosure.audit_issued(services.store, args.fiscal_year)
                      if args.issued_only else
                      disclosure.audit_annual(services.store, services.codes, args.fiscal_year,
                                              build.parse_day(args.cut_off)))
            print("\n".join(result.lines()))
            return 1 if result.narrow else 0
        if args.report_kind == "send":
            return _send_report(args, services)
        formats = build.parse_formats(args.format, build.ANNUAL_FORMATS
                                      if args.report_kind == "annual" else build.FORMATS)
        if args.report_kind == "monthly":
            paths = services.reports.make_monthly(args.month, args.out, formats)
        else:
            paths = services.reports.make_annual(args.fiscal_year, args.out, formats,
                                                 eml=args.eml,
                                                 cut_off=build.parse_day(args.cut_off))
        for path in paths:
            print(path)
        return 0
    if args.command == "export":
        counts = services.exchange.export_file(args.out)
    else:
        counts = services.exchange.import_file(args.file)
    print(", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


def _send_report(args: argparse.Namespace, services: object) -> int:
    from app.reports import build
    from app.services import Services

    assert isinstance(services, Services)
    plan = services.reports.send_plan(args.fiscal_year)
    password = os.environ.get(SMTP_PASSWORD_ENV)
    if password is None and plan.needs_password and sys.stdin.isatty():
        password = getpass.getpass(f"SMTP password for {plan.smtp_user}: ")
    names = services.reports.send_annual(args.fiscal_year, password, attachments=args.attach,
                                         cut_off=build.parse_day(args.cut_off),
                                         with_data=args.data)
    print(f"sent to {plan.to_address}: {', '.join(names)}")
    return 0


def _users(args: argparse.Namespace, services: object) -> int:
    from app.services import Services

    assert isinstance(services, Services)
    users = services.users
    if args.users_action == "list":
        for name, role, disabled, locked in users.list():
            state = "disabled" if disabled else ("locked" if locked else "active")
            print(f"{name}\t{role}\t{state}")
    elif args.users_action == "add":
        users.add(args.name, read_password(NEW_PASSWORD_ENV, f"Password for {args.name}: "),
                  args.role)
    elif args.users_action == "disable":
        users.disable(args.name)
    elif args.users_action == "grant":
        users.grant(args.name, args.role)
    else:
        users.unlock(args.name)
    return 0
