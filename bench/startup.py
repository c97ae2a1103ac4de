"""Time from process start to a shown, usable main window (offscreen), 5 runs."""

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

from benchlib import figure, ms, open_town, parser

START = time.perf_counter()  # in the child: as near to process start as the script gets
RUNS = 5


def child(db: Path) -> None:
    """Runs in the child: build and show the window, then say READY."""
    from PySide6.QtWidgets import QApplication

    from ui.main import application
    from ui.main_window import MainWindow

    imported = time.perf_counter()
    application()
    services = open_town(db)
    opened = time.perf_counter()
    window = MainWindow(services)
    window.show()
    QApplication.processEvents()
    shown = time.perf_counter()
    print(f"READY imports+app {ms(imported - START)}, open {ms(opened - imported)}, "
          f"window {ms(shown - opened)}", flush=True)
    services.close()


def one_run(db: Path, env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--db", str(db), "--child"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - start
            proc.communicate()
            return elapsed, line.removeprefix("READY").strip()
    _, err = proc.communicate()
    raise SystemExit(f"the child exited ({proc.returncode}) without READY:\n{err}")


def main() -> None:
    p = parser("Startup time of the main window.")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(args.db)
        return
    # Like an installed copy, the child reads compiled bytecode (kept in a temporary folder,
    # not beside the sources); the first, untimed run writes it.
    cache = tempfile.mkdtemp(prefix="madoguchi-pyc-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    one_run(args.db, env)
    times: list[float] = []
    for n in range(1, RUNS + 1):
        elapsed, parts = one_run(args.db, env)
        times.append(elapsed)
        print(f"  run {n}: {ms(elapsed)} (in the child: {parts})")
    figure(f"startup median of {RUNS}", ms(statistics.median(times)), "1000 ms")
    figure(f"startup max of {RUNS}", ms(max(times)), "1000 ms")
    shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
