"""Filling a table costs widget work in proportion to its rows, at most: counted in calls
(cells measured by the delegate, cells read from the model), not in time.

A header in ResizeToContents mode measured every cell again each time a cell was set, so a
refill of a visible table cost the square of its rows (Today took 24 s on a 10-year town).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate
from pytestqt.qtbot import QtBot

from app import audit
from app.services import Services
from ui import table_model
from ui.main_window import MainWindow
from ui.table_view import DataTable, sample_rows

LISTS = ("residents", "consultations", "accompaniments", "sessions")
SMALL, LARGE = 250, 1000


class CountingDelegate(QStyledItemDelegate):
    """Counts the cells a view measures."""

    def __init__(self, counter: list[int], parent: Any = None) -> None:
        super().__init__(parent)
        self.counter = counter

    def sizeHint(self, option: Any, index: QModelIndex | QPersistentModelIndex) -> Any:  # noqa: N802
        self.counter[0] += 1
        return super().sizeHint(option, index)


@pytest.fixture
def data_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts every cell read from the window's table models."""
    counter = [0]
    for cls in (table_model.PagedTableModel, table_model.RowsModel):
        original = cls.data

        def counted(self: Any, index: Any, role: int = Qt.ItemDataRole.DisplayRole,
                    original: Any = original) -> Any:
            counter[0] += 1
            return original(self, index, role)

        monkeypatch.setattr(cls, "data", counted)
    return counter


def add_rows(services: Services, first: int, n: int) -> None:
    """n more residents, consultations (open, follow-up overdue), accompaniments, sessions,
    organisations and bridge persons, straight into the tables."""
    stamp = "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'tester', 'tester'"
    numbers = (f"WITH RECURSIVE n(i) AS (SELECT {first} UNION ALL SELECT i + 1 FROM n "
               f"WHERE i < {first + n - 1}) ")
    uuid = "lower(hex(randomblob(16)))"
    with services.store.write() as conn:
        conn.execute(numbers + "INSERT INTO residents (uuid, family_name, given_name, "
                     "family_name_latin, given_name_latin, nationality, arrival_date, "
                     f"created_at, updated_at, created_by, updated_by) SELECT {uuid}, "
                     "'グエン', 'ミン' || i, 'Nguyen', 'Minh ' || i, 'VN', "
                     f"date('2020-01-01', '+' || i || ' days'), {stamp} FROM n")
        conn.execute(numbers + "INSERT INTO consultations (uuid, occurred_at, resident_id, "
                     "language, channel, asked, status, follow_up_date, created_at, "
                     f"updated_at, created_by, updated_by) SELECT {uuid}, "
                     "strftime('%Y-%m-%dT10:00', date('2019-01-01', '+' || i || ' days')), "
                     "(SELECT max(id) FROM residents), 'vi', 'window', "
                     "'Question number ' || i || char(10) || 'second line', 'open', "
                     f"date('2020-01-01', '+' || i || ' days'), {stamp} FROM n")
        conn.execute(numbers + "INSERT INTO accompaniments (uuid, date, resident_id, "
                     "destination_kind, facility, created_at, updated_at, created_by, "
                     f"updated_by) SELECT {uuid}, date('2020-01-01', '+' || i || ' days'), "
                     "(SELECT max(id) FROM residents), 'hospital', 'Clinic ' || i, "
                     f"{stamp} FROM n")
        conn.execute(numbers + "INSERT INTO sessions (uuid, date, kind, title, created_at, "
                     f"updated_at, created_by, updated_by) SELECT {uuid}, "
                     "date('2020-01-01', '+' || i || ' days'), 'orientation', "
                     f"'Session ' || i, {stamp} FROM n")
        conn.execute(numbers + "INSERT INTO organisations (uuid, name, kind, created_at, "
                     f"updated_at, created_by, updated_by) SELECT {uuid}, 'Office ' || i, "
                     f"'hospital', {stamp} FROM n")
        conn.execute(numbers + "INSERT INTO bridge_persons (uuid, name, created_at, "
                     f"updated_at, created_by, updated_by) SELECT {uuid}, 'Bridge ' || i, "
                     f"{stamp} FROM n")


def tables(window: MainWindow) -> dict[str, QAbstractItemView]:
    found: dict[str, QAbstractItemView] = {}
    for key in LISTS:
        found[key] = window.show_page(key).view  # type: ignore[attr-defined]
    directory: Any = window.show_page("directory")
    found["organisations"] = directory.organisations.view
    found["bridge_persons"] = directory.bridge_persons.view
    today: Any = window.show_page("today")
    found["today_overdue"] = today.overdue
    found["audit"] = window.show_page("audit").table  # type: ignore[attr-defined]
    return found


def refill_work(qtbot: QtBot, window: MainWindow, audit_rows: list[audit.AuditRow],
                data_calls: list[int], measured_cells: dict[str, list[int]]
                ) -> dict[str, int]:
    """Each table filled, then (visible, already full) filled again: the calls of the
    second fill, per table."""
    views = tables(window)
    work: dict[str, int] = {}
    for name, view in views.items():
        if name not in measured_cells:  # before any fill: Qt keeps the delegate it met
            measured_cells[name] = [0]
            view.setItemDelegate(CountingDelegate(measured_cells[name], view))
    for name, view in views.items():
        page = view.parentWidget()
        while page is not None and not hasattr(page, "refresh"):
            page = page.parentWidget()
        assert page is not None
        if name == "organisations" or name == "bridge_persons":
            directory: Any = window.show_page("directory")
            directory.tabs.setCurrentWidget(page)
        elif name == "today_overdue":
            window.show_page("today")
        else:
            window.show_page(name)

        def fill(page: Any = page, name: str = name) -> None:
            if name == "audit":
                page.fill(audit_rows)
            else:
                page.refresh()

        fill()
        qtbot.wait(1)
        counter = measured_cells[name]
        before = data_calls[0] + counter[0]
        fill()
        qtbot.wait(1)
        work[name] = counter[0] + data_calls[0] - before
        model = view.model()
        assert model is not None and model.rowCount() >= len(audit_rows)
    return work


def test_filling_tables_costs_at_most_linear_widget_work(
        qtbot: QtBot, services: Services, data_calls: list[int]) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    measured: list[dict[str, int]] = []
    cells: dict[str, list[int]] = {}
    for first, n, total in ((1, SMALL, SMALL), (SMALL + 1, LARGE - SMALL, LARGE)):
        add_rows(services, first, n)
        for i in range(n):
            audit.log(services.store, "view", kind="resident", detail=f"look {i}")
        rows = audit.search(services.store, limit=total)
        assert len(rows) == total
        measured.append(refill_work(qtbot, window, rows, data_calls, cells))
    small, large = measured
    for name in small:
        # four times the rows may cost at most four times the calls (plus a little for
        # rounding); what the tables do now costs about the same at both sizes
        assert large[name] <= 4 * small[name] + 50, (name, small[name], large[name])
        assert large[name] <= 5 * LARGE, (name, large[name])
    for view in tables(window).values():
        header = view.horizontalHeader()  # type: ignore[attr-defined]
        assert all(header.sectionResizeMode(c) != QHeaderView.ResizeMode.ResizeToContents
                   for c in range(header.count()))


def test_columns_are_sized_once_per_reset_from_a_sample(qtbot: QtBot,
                                                        data_calls: list[int]) -> None:
    assert sample_rows(10) == list(range(10))
    assert len(sample_rows(100_000)) == 60 and max(sample_rows(100_000)) < 100_000
    assert max(sample_rows(100_000, 200)) < 200  # a paged model: the first fetch only
    view = DataTable()
    qtbot.addWidget(view)
    model = table_model.RowsModel(["Name", "Note"], view)
    view.setModel(model)
    model.set_rows([(f"name {i}", "short") for i in range(5000)]
                   + [("x", "a long note " * 10)])
    assert view.sizings == 1
    assert data_calls[0] <= 2 * 60 + 2  # two columns of the sample, nothing drawn yet
    assert view.columnWidth(0) > view.fontMetrics().horizontalAdvance("name 4999")


def test_widths_the_user_drags_are_remembered_per_user_and_list(
        qtbot: QtBot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    page: Any = window.show_page("residents")
    view: DataTable = page.view
    header = view.horizontalHeader()
    qtbot.wait(10)
    before = header.sectionSize(1)
    edge = header.sectionViewportPosition(1) + before - 1  # the handle between 1 and 2
    y = header.height() // 2
    viewport = header.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(viewport, QPoint(edge + 40, y))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(edge + 40, y))
    qtbot.wait(500)  # the widths are written a moment after the drag
    dragged = header.sectionSize(1)
    assert dragged > before + 20
    key = f"column_widths/{services.store.user}/resident"
    assert [int(v) for v in QSettings().value(key)][1] == dragged  # type: ignore[union-attr]
    page.refresh()  # a reset keeps the user's width, not a measured one
    assert header.sectionSize(1) == dragged

    window2 = MainWindow(services)  # a new window for the same user: the same widths
    qtbot.addWidget(window2)
    window2.show()
    page2: Any = window2.show_page("residents")
    assert page2.view.horizontalHeader().sectionSize(1) == dragged
    consultations: Any = window2.show_page("consultations")  # another list: its own
    assert not consultations.view.remembered_widths()
    QSettings().remove("column_widths")
