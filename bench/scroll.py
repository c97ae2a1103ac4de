"""Scroll the consultations list (offscreen) to the end and about, and sort it: only the pages
the view shows are loaded. No budget was set for these; 100 ms is where a jump stops feeling
immediate."""

from __future__ import annotations

import os
import random
import statistics
import time
from collections.abc import Callable

from benchlib import figure, ms, open_town, parser

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication  # noqa: E402

from ui.main import application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.pages.lists import ConsultationsPage  # noqa: E402
from ui.table_model import PagedTableModel  # noqa: E402

JUMPS = 30
NO_BUDGET = "not set"
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
SORTS = [("person_latin", ASC), ("nationality", ASC), ("minutes", DESC), ("occurred_at", DESC)]


def timed(model: PagedTableModel, action: Callable[[], object]) -> tuple[float, int]:
    """Seconds for `action` and the repaint after it, and how many pages it loaded."""
    pages = model.pages_loaded
    start = time.perf_counter()
    action()
    QApplication.processEvents()  # the view paints, asking the model for the rows it shows
    return time.perf_counter() - start, model.pages_loaded - pages


def main() -> None:
    args = parser("Scrolling and sorting the consultations list.").parse_args()
    application()
    services = open_town(args.db)
    window = MainWindow(services)
    window.show()
    page = window.show_page("consultations")
    assert isinstance(page, ConsultationsPage)
    QApplication.processEvents()
    view, model = page.view, page.model
    keys = [k for k, _ in page.headers]
    figure("rows in the model (rowCount)", f"{model.rowCount():,}")
    took, pages = timed(model, view.scrollToBottom)
    figure(f"scroll to the end [{pages} page(s) loaded]", ms(took), NO_BUDGET)
    rng = random.Random(27)
    jumps: list[float] = []
    for _ in range(JUMPS):
        index = model.index(rng.randrange(model.rowCount()), 0)
        jumps.append(timed(model, lambda i=index: view.scrollTo(
            i, QAbstractItemView.ScrollHint.PositionAtTop))[0])
    figure(f"jump to a random row, median of {JUMPS}", ms(statistics.median(jumps)), NO_BUDGET)
    figure(f"jump to a random row, max of {JUMPS}", ms(max(jumps)), NO_BUDGET)
    view.scrollToTop()
    QApplication.processEvents()
    for key, order in SORTS:
        name = "desc" if order == DESC else "asc"
        took, pages = timed(model, lambda k=key, o=order: view.sortByColumn(keys.index(k), o))
        figure(f"sort by {key} {name}, first page shown [{pages} page(s)]", ms(took), NO_BUDGET)
        took, pages = timed(model, view.scrollToBottom)
        figure(f"  then scroll to the end [{pages} page(s)]", ms(took), NO_BUDGET)
        view.scrollToTop()
        QApplication.processEvents()
    figure("pages loaded from SQL in all", str(model.pages_loaded))
    figure("rows held in memory now (cached_rows)", f"{model.cached_rows():,}")
    residents_by_name(window, services)
    window.close()
    services.close()


def residents_by_name(window: MainWindow, services: object) -> None:
    """The residents list ordered by name with the Vietnamese collator (QCollator, called
    from SQLite's ORDER BY … COLLATE names): every page load sorts the whole table."""
    from app.services import Services
    from ui import i18n

    assert isinstance(services, Services)
    i18n.apply("vi")
    services.store.set_name_order(i18n.name_collation())
    page = window.show_page("residents")
    QApplication.processEvents()
    view, model = page.view, page.model  # type: ignore[attr-defined]
    keys = [k for k, _ in page.headers]  # type: ignore[attr-defined]
    figure("residents in the list", f"{model.rowCount():,}")
    for key in ("name", "latin"):
        took, pages = timed(model, lambda k=key: view.sortByColumn(keys.index(k), ASC))
        figure(f"residents sorted by {key} (vi collator) [{pages} page(s)]", ms(took),
               NO_BUDGET)
        took, pages = timed(model, view.scrollToBottom)
        figure(f"  then scroll to the end [{pages} page(s)]", ms(took), NO_BUDGET)
        view.scrollToTop()
        QApplication.processEvents()


if __name__ == "__main__":
    main()
