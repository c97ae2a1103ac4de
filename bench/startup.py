"""Start to a usable window, the way a user starts: process start → login screen → password →
main window shown and idle; beside it, in the same run and alternating with it, a bare
PySide6 window that shows a 20-row table. Prints each figure and the ratio to the bare window.

With --first-of-day the backup is due (an empty backup folder): the window figure, when the
background check and backup finished, and the longest the event loop was blocked meanwhile
(what typing would feel). With --typing S the login screen waits S seconds with its event
loop running, as it does while the user types the password, before the password is given;
the figures are then the user's wait (the whole run less S): what the window does during the
typing is not waited for. With --before DIR the same runs also start the code in DIR (e.g. a
`git archive` of an older commit), alternating, for before/after figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

START = time.perf_counter()  # in the child: as near to process start as the script gets

from benchlib import figure, ms, parser  # noqa: E402

HERE = Path(__file__).resolve().parent
RUNS = 5


def pause(seconds: float) -> None:
    """Run the event loop for `seconds` (the user typing), then return."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def idle() -> None:
    """Return once the event queue has been drained (the window is drawn and waiting)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()


def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableWidget(20, 5, window)
    for row in range(20):
        for col in range(5):
            table.setItem(row, col, QTableWidgetItem(f"cell {row}.{col}"))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    idle()
    print(f"READY shown {ms(time.perf_counter() - START)}", flush=True)


def child_real(db: Path, password: str, first_of_day: bool, typing: float = 0.0) -> None:
    """As the Start-menu shortcut starts: `madoguchi --db DB` through its entry point
    (ui.launcher.main: the command line's parser, then the window). The login screen's
    `launch` is replaced to give the password (the typing is not timed), and the event loop
    quits once the window is shown and idle."""
    from ui import launcher

    marks: dict[str, float] = {}
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import login

    def launch(self: login.LoginDialog) -> int:
        self.show()
        QApplication.processEvents()
        idle()
        marks["login screen"] = time.perf_counter()
        if typing:
            pause(typing)
            marks["typed"] = time.perf_counter()
            print(f"TYPING {marks['typed'] - marks['login screen']}", flush=True)
        self.user.setCurrentText("admin")
        self.password.setText(password)  # the user's typing is not timed
        marks["password"] = time.perf_counter()
        ok = self.log_in()
        marks["logged in"] = time.perf_counter()
        self.hide()
        watch_session()  # loaded by now: the window comes next
        return 1 if ok else 0

    login.LoginDialog.launch = launch  # type: ignore[method-assign]

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        marks["checked"] = time.perf_counter()
        built(self, *args, **kwargs)
        marks["window built"] = time.perf_counter()

    def start_checks(self: Any, *args: Any, **kwargs: Any) -> None:
        started(self, *args, **kwargs)
        QTimer.singleShot(0, lambda: report(self))

    def report(session: Any) -> None:
        idle()
        shown = time.perf_counter()
        parts = ", ".join(f"{name} {ms(at - START)}" for name, at in marks.items())
        print(f"READY {parts}, shown {ms(shown - START)}", flush=True)
        if first_of_day:
            wait_for_checks(session, shown)
        QApplication.quit()

    def watch_session() -> None:
        from ui.session import Session

        nonlocal built, started
        if built is None:
            built, started = Session.__init__, Session.start_background_checks
            Session.__init__ = init  # type: ignore[method-assign]
            Session.start_background_checks = start_checks  # type: ignore[method-assign]

    built: Any = None
    started: Any = None
    marks["imports"] = time.perf_counter()
    code = launcher.main(["--db", str(db), "--user", "admin"])
    if code != 0:
        raise SystemExit(f"madoguchi exited with {code}")


def wait_for_checks(session: Any, shown: float) -> None:
    """The first start of the day: until the background check and backup are done, with the
    longest wait of the event loop meanwhile."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    while session.checker.result is None:
        QApplication.processEvents()
        time.sleep(0.002)
    done = time.perf_counter()
    timer.stop()
    result = session.checker.result
    print(f"BACKGROUND {ms(done - shown)} after the window; longest wait of the event "
          f"loop {ms(max(gaps, default=0.0))}; backup {result.backup is not None}, "
          f"damaged {result.damaged}", flush=True)


def one_run(variant: str, code: Path, db: Path, home: Path,
            first_of_day: bool, typing: float = 0.0) -> tuple[float, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(code),
               MADOGUCHI_HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               PYTHONPYCACHEPREFIX=str(home.parent / "pyc" / code.name))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    args = [sys.executable, str(HERE / "startup.py"), "--db", str(db), "--child", variant]
    if first_of_day:
        args.append("--first-of-day")
    if typing and variant == "real":
        args += ["--typing", str(typing)]
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=str(code))
    assert proc.stdout is not None
    elapsed = 0.0
    typed = 0.0  # the pause the child made for the typing, as it measured it
    notes = []
    for line in proc.stdout:
        if line.startswith("TYPING"):
            typed = float(line.split()[1])
        elif line.startswith("READY"):
            elapsed = time.perf_counter() - start - typed
            notes.append(line.removeprefix("READY").strip())
        elif line.startswith("BACKGROUND"):
            notes.append(line.strip().lower())
    _, err = proc.communicate()
    if not elapsed:
        raise SystemExit(f"{variant} exited ({proc.returncode}) without READY:\n{err}")
    return elapsed, "; ".join(notes)


def prepare_home(base: Path, db: Path, backup_due: bool) -> Path:
    """A data folder of its own; unless the backup is due, today's daily backup is there."""
    home = Path(tempfile.mkdtemp(prefix="home-", dir=base))
    if not backup_due:
        from app import backup
        from app.jptime import now_local

        folder = home / "backups" / db.stem
        folder.mkdir(parents=True)
        (folder / f"madoguchi-{now_local():%Y%m%d}-000000-daily.db").write_bytes(b"")
        assert backup.list_backups(folder)
    return home


def main() -> None:
    p = parser("Start to a usable window, against a bare PySide6 window.")
    p.add_argument("--child", choices=("bare", "real"), help=argparse.SUPPRESS)
    p.add_argument("--first-of-day", action="store_true",
                   help="the daily backup is due at this start")
    p.add_argument("--before", type=Path, help="also start the code in this folder")
    p.add_argument("--before-db", type=Path,
                   help="the town for --before (a copy at its schema version; default --db)")
    p.add_argument("--runs", type=int, default=RUNS)
    p.add_argument("--typing", type=float, default=0.0,
                   help="seconds the login screen waits for the password (not counted)")
    args = p.parse_args()
    if args.child == "bare":
        child_bare()
        return
    if args.child == "real":
        child_real(args.db, os.environ.get("MADOGUCHI_PASSWORD", "demo"), args.first_of_day,
                   args.typing)
        return
    sys.path.insert(0, str(HERE.parent))
    base = Path(tempfile.mkdtemp(prefix="madoguchi-start-"))
    variants = [("bare", "bare", HERE.parent), ("after", "real", HERE.parent)]
    towns = {"bare": args.db, "after": args.db, "before": args.before_db or args.db}
    if args.before:
        variants.append(("before", "real", args.before.resolve()))
    for name, kind, code in variants:  # untimed: writes the bytecode, warms the OS cache
        one_run(kind, code, towns[name], prepare_home(base, towns[name], False), False)
    times: dict[str, list[float]] = {name: [] for name, _, _ in variants}
    for n in range(1, args.runs + 1):
        for name, kind, code in variants:
            home = prepare_home(base, towns[name], args.first_of_day)
            elapsed, notes = one_run(kind, code, towns[name], home, args.first_of_day,
                                     args.typing)
            times[name].append(elapsed)
            print(f"  run {n} {name}: {ms(elapsed)} ({notes})", flush=True)
            shutil.rmtree(home, ignore_errors=True)
    label = "first start of the day" if args.first_of_day else "start"
    if args.typing:
        label += f" (the user's wait: {args.typing:g} s of typing not counted)"
    size = args.db.stat().st_size / 1e6
    for name, _, _ in variants:
        figure(f"{label} to a usable window, {name}, median of {args.runs} ({size:.0f} MB)",
               ms(statistics.median(times[name])))
    for name, _, _ in variants[1:]:
        ratios = [t / b for t, b in zip(times[name], times["bare"], strict=True)]
        figure(f"{label}, {name} / bare window, median of pairs",
               f"{statistics.median(ratios):.2f}×", "2×")
    shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
