"""Peak memory of a child process that opens the window, shows every page, scrolls the
consultations list to the end and runs 50 searches through the search box."""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
from pathlib import Path

from benchlib import figure, open_town, parser

SEARCHES = ["nguyen", "グエン", "ぐえん", "ＮＧＵＹＥＮ", "Nguyễn", "tran", "santos", "wijaya",
            "林", "王", "在留", "在留カード", "ゴミ", "病院", "保険", "ใจ", "မင်း", "कार्की", "xyzzy",
            "n", "ng", "a", "van", "thi", "maria"]
REPEAT = 50


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def child(db: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.main import application
    from ui.main_window import MainWindow
    from ui.pages.lists import ConsultationsPage

    print(f"peak after imports: {peak_mb():.0f} MB")
    application()
    services = open_town(db)
    window = MainWindow(services)
    window.show()
    QApplication.processEvents()
    print(f"peak after the window is shown: {peak_mb():.0f} MB")
    for key in window.page_keys():
        window.show_page(key)
        QApplication.processEvents()
    print(f"peak after every page was shown: {peak_mb():.0f} MB")
    page = window.show_page("consultations")
    assert isinstance(page, ConsultationsPage)
    page.view.scrollToBottom()
    QApplication.processEvents()
    print(f"peak after scrolling consultations to the end: {peak_mb():.0f} MB")
    for n in range(REPEAT):
        window.search_box.setText(SEARCHES[n % len(SEARCHES)])
        window.run_search()
        QApplication.processEvents()
    print(f"peak after {REPEAT} searches: {peak_mb():.0f} MB")
    print(f"PEAK {peak_mb():.1f}", flush=True)
    window.close()
    services.close()


def main() -> int:
    p = parser("Peak memory (ru_maxrss) of the window in use.")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(args.db)
        return 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, __file__, "--db", str(args.db), "--child"],
                          capture_output=True, text=True, env=env, check=False)
    peak = [line for line in done.stdout.splitlines() if line.startswith("PEAK ")]
    if not peak:
        print(done.stdout + done.stderr, file=sys.stderr)
        return 1
    for line in done.stdout.splitlines():
        if not line.startswith("PEAK "):
            print(f"  {line}")
    figure("peak memory (ru_maxrss)", f"{float(peak[0].split()[1]):.0f} MB", "250 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
