"""What a user waits for in the window (offscreen): each of the 240 search-box queries typed
into the search box, timed from the Enter key to the results drawn; then refreshing Today,
every list and the audit page, and going back to Today from another page.

Runs on whichever code is first on PYTHONPATH, so the same script measures an older commit
too (PYTHONPATH=/path/to/old/tree python bench/window.py …)."""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

from benchlib import figure, ms, open_town, parser, percentile, spread
from search import FIXED, SEED, sample_queries

REFRESHES = 10
LISTS = ("residents", "consultations", "accompaniments", "sessions", "directory")


def drawn() -> None:
    """Deliver every pending event (layout, paint) and return when the loop is idle."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()


def type_text(box: object, text: str) -> None:
    """Key presses for ASCII; what an input method commits for everything else (QTest
    cannot press keys that are not on an ASCII keyboard)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest

    for char in text:
        if char.isascii() and char.isprintable():
            QTest.keyClicks(box, char)  # type: ignore[arg-type]
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QCoreApplication.sendEvent(box, event)  # type: ignore[arg-type]


def main() -> None:
    p = parser("Search and refresh timings in the window.")
    p.add_argument("--queries", type=int, default=0, help="only the first N queries")
    args = p.parse_args()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.main import application
    from ui.main_window import MainWindow
    from ui.session import use_language

    print(f"code: {Path(sys.modules['ui'].__file__ or '').parent.parent}", flush=True)
    application()
    services = open_town(args.db)
    use_language(services)
    window = MainWindow(services)
    window.resize(1280, 800)
    window.show()
    drawn()

    rng = random.Random(SEED)
    queries = FIXED + sample_queries(services, rng)
    rng.shuffle(queries)
    if args.queries:
        queries = queries[:args.queries]
    box = window.search_box
    timed: list[tuple[float, str]] = []
    for query in queries:
        box.clear()
        type_text(box, query)  # typing starts no search: Enter does
        drawn()
        start = time.perf_counter()
        QTest.keyClick(box, Qt.Key.Key_Return)
        drawn()
        timed.append((time.perf_counter() - start, query))
    spread("window search", [t for t, _ in timed], "50 ms")
    figure("window search, queries over 1 s", str(sum(1 for t, _ in timed if t > 1)))
    for seconds, query in sorted(timed, reverse=True)[:3]:
        figure(f"  slow: {query!r}", ms(seconds))

    keys = ["today", *LISTS] + (["audit"] if "audit" in window.page_keys() else [])
    worst = 0.0
    for key in keys:
        page = window.show_page(key)
        drawn()
        times = []
        for _ in range(REFRESHES):
            start = time.perf_counter()
            page.refresh()  # type: ignore[attr-defined]
            drawn()
            times.append(time.perf_counter() - start)
        worst = max(worst, percentile(times, 95))
        figure(f"refresh {key}, median / max of {REFRESHES}",
               f"{ms(statistics.median(times))} / {ms(max(times))}", "100 ms")
    back = []
    for _ in range(REFRESHES):
        window.show_page("consultations")
        drawn()
        start = time.perf_counter()
        window.show_page("today")
        drawn()
        back.append(time.perf_counter() - start)
    figure(f"back to Today, median / max of {REFRESHES}",
           f"{ms(statistics.median(back))} / {ms(max(back))}", "100 ms")
    figure("refresh, worst page p95", ms(worst), "100 ms")
    services.close()


if __name__ == "__main__":
    main()
