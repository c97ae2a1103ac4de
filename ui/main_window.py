"""The main window: navigation on the left, one page at a time, one search box on top."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app.changes import Changes
from app.marks import QT_TRANSLATE_NOOP
from app.services import Services
from ui.changes import ChangeHub, page_affected
from ui.jobs import JobManager
from ui.opener import RecordOpener

PAGES = (
    ("today", QT_TRANSLATE_NOOP("MainWindow", "Today")),
    ("residents", QT_TRANSLATE_NOOP("MainWindow", "Residents")),
    ("consultations", QT_TRANSLATE_NOOP("MainWindow", "Consultations")),
    ("accompaniments", QT_TRANSLATE_NOOP("MainWindow", "Accompaniments")),
    ("sessions", QT_TRANSLATE_NOOP("MainWindow", "Sessions")),
    ("directory", QT_TRANSLATE_NOOP("MainWindow", "Directory")),
    ("knowledge", QT_TRANSLATE_NOOP("MainWindow", "Knowledge")),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports")),
    ("town_notes", QT_TRANSLATE_NOOP("MainWindow", "Handover")),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings")),
)
ADMIN_PAGES = (("users", QT_TRANSLATE_NOOP("MainWindow", "Users")),  # administrators only
               ("audit", QT_TRANSLATE_NOOP("MainWindow", "Audit")))


def build_page(key: str, services: Services, opener: RecordOpener, parent: QWidget) -> QWidget:
    """A page and the modules behind it are loaded when it is first shown: the reports
    (reportlab, fonts, mail, the keyring) cost nothing until then."""
    if key == "today":
        from ui.pages.today import TodayPage

        return TodayPage(services, opener, parent)
    if key in ("residents", "consultations", "accompaniments", "sessions", "directory"):
        from ui.pages import lists

        page_class = {"residents": lists.ResidentsPage,
                      "consultations": lists.ConsultationsPage,
                      "accompaniments": lists.AccompanimentsPage,
                      "sessions": lists.SessionsPage, "directory": lists.DirectoryPage}[key]
        return page_class(services, opener, parent)
    if key == "knowledge":
        from ui.pages.knowledge import KnowledgePage

        return KnowledgePage(services, parent)
    if key == "reports":
        from ui.pages.reports import ReportsPage

        return ReportsPage(services, parent)
    if key == "town_notes":
        from ui.pages.town_notes import TownNotesPage

        return TownNotesPage(services, parent)
    if key == "settings":
        from ui.pages.settings import SettingsPage

        return SettingsPage(services, parent)
    if key == "users":
        from ui.pages.users import UsersPage

        return UsersPage(services, parent)
    if key == "audit":
        from ui.pages.audit import AuditPage

        return AuditPage(services, parent)
    raise KeyError(key)


class Pages(dict[str, QWidget]):
    """The window's pages by key, each built on first use (`pages[key]`); `values()` and
    `in` see only the pages built so far."""

    def __init__(self, keys: list[str], build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self.keys_ = keys
        self.build = build

    def __missing__(self, key: str) -> QWidget:
        if key not in self.keys_:
            raise KeyError(key)
        page = self[key] = self.build(key)
        return page


class MainWindow(QMainWindow):
    lock_requested = Signal()  # Ctrl+L: ui.session.Session locks and shows the login screen

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.jobs = JobManager(self)  # every page's background work (ui/jobs.py)
        self.changes = ChangeHub(services.store, self)  # what any write changed
        self.changes.changed.connect(self.records_changed)
        self.opener = RecordOpener(services, self, self.changes)
        self._stale: set[str] = set()
        town = services.store.setting("town_name_ja") or services.store.setting("town_name_en")
        self.setWindowTitle(self.tr("Madoguchi") + (f" — {town}" if town else ""))
        self.resize(1280, 800)

        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(16, 16))
        self.addToolBar(toolbar)
        self.search_box = QLineEdit(toolbar)
        self.search_box.setPlaceholderText(
            self.tr("Search residents and consultations (Ctrl+F): any script, any name form"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.returnPressed.connect(self.run_search)
        toolbar.addWidget(QLabel(self.tr("Search") + " ", toolbar))
        toolbar.addWidget(self.search_box)
        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        new = QAction(self.tr("New record"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self.new_record)
        self.addAction(new)
        self._add_session_actions(toolbar)

        self.nav = QListWidget(self)
        self.nav.setFixedWidth(180)
        self.stack = QStackedWidget(self)
        self.page_list = list(PAGES) + (list(ADMIN_PAGES) if services.store.role == "admin"
                                        else [])
        self.page_built_hooks: list[Callable[[str, QWidget], None]] = []
        self.pages = Pages(self.page_keys(), self._build_page)
        for _key, title in self.page_list:
            self.nav.addItem(QCoreApplication.translate("MainWindow", title))
        self._search_page: Any = None
        self.nav.currentRowChanged.connect(self._nav_changed)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.setCurrentRow(0)
        path = services.store.path
        self.statusBar().showMessage(str(path.resolve()) if path else "")
        self.check_label = QLabel(self)  # the background check and backup, quietly
        self.statusBar().addPermanentWidget(self.check_label)

    def show_check_status(self, text: str, *, problem: bool = False) -> None:
        self.check_label.setStyleSheet("color: #b00020; font-weight: bold;" if problem
                                       else "color: #666;")
        self.check_label.setText(text)

    def page_keys(self) -> list[str]:
        return [key for key, _ in self.page_list]

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self.page_keys().index(key))
        return self.pages[key]

    def _build_page(self, key: str) -> QWidget:
        page = build_page(key, self.services, self.opener, self.stack)
        self.stack.addWidget(page)
        if key == "today":
            page.first_steps.go.connect(self.first_step)  # type: ignore[attr-defined]
        for hook in self.page_built_hooks:
            hook(key, page)
        return page

    def first_step(self, step: str) -> None:
        """A button of a new town's first steps on Today."""
        if step in ("settings", "users"):
            self.show_page(step)
        elif step == "import_old":
            settings: Any = self.show_page("settings")
            settings.old_records.open_wizard()
        elif step == "knowledge_pack":
            knowledge: Any = self.show_page("knowledge")
            knowledge.import_pack()

    def when_built(self, key: str, hook: Callable[[QWidget], None]) -> None:
        """Call `hook(page)` when the page `key` is built (now, if it is)."""
        if key in self.pages:
            hook(self.pages[key])
        else:
            self.page_built_hooks.append(lambda built, page: hook(page) if built == key
                                         else None)

    @property
    def search_page(self) -> Any:
        if self._search_page is None:
            from ui.pages.search_results import SearchResultsPage

            self._search_page = SearchResultsPage(self.services, self.opener, self.stack)
            self.stack.addWidget(self._search_page)
        return self._search_page

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.page_list[row][0]
        page = self.pages[key]
        if key in self._stale:  # records changed elsewhere since it was last read
            self._refresh(key)
        self.stack.setCurrentWidget(page)

    def records_changed(self, changes: Changes) -> None:
        """A write was committed, by a form, an import, a job or a sync: each built page
        that shows what changed is read again when next shown; the page on screen at once,
        unless a form is open over it (it refreshes itself after its own form)."""
        if changes.affects({"code"}):
            self.services.codes.reload()
        current = self.stack.currentWidget()
        if self._search_page is not None and QApplication.activeModalWidget() is None \
                and self._search_page is current:
            self._search_again()
        for key, page in list(self.pages.items()):
            if page_affected(key, changes):
                self._stale.add(key)
                if page is current and QApplication.activeModalWidget() is None:
                    self._refresh(key)

    def _search_again(self) -> None:
        """The search results on screen, found again."""
        page: Any = self._search_page
        if page.query:
            page.search(page.query)

    def _refresh(self, key: str) -> None:
        self._stale.discard(key)
        refresh = getattr(self.pages[key], "refresh", None)
        if callable(refresh):
            refresh()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> None:
        query = self.search_box.text().strip()
        if not query:
            return
        self.nav.blockSignals(True)
        self.nav.clearSelection()
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        self.search_page.search(query)
        self.stack.setCurrentWidget(self.search_page)

    def new_record(self) -> None:
        """Ctrl+N: a new record of the kind the current page shows."""
        page = self.stack.currentWidget()
        new = getattr(page, "new_record", None)
        if callable(new):
            new()
        else:
            self.opener.new("consultation")

    # -- accounts: Lock / switch user
    def _add_session_actions(self, toolbar: QToolBar) -> None:
        store = self.services.store
        role = self.tr("administrator") if store.role == "admin" else self.tr("staff")
        toolbar.addSeparator()
        self.user_label = QLabel(" " + self.tr("%1 (%2)").replace("%1", store.user)
                                 .replace("%2", role) + " ", toolbar)
        toolbar.addWidget(self.user_label)
        self.lock_action = QAction(self.tr("Lock / switch user"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(self.tr("Lock the window, or let another user log in "
                                            "(Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock_requested)
        toolbar.addAction(self.lock_action)
