"""What a write changed, as a Qt signal on the UI thread (app/changes.py says what is told).

A ChangeHub listens to one store (and so to every connection Services.reopen() made from it:
a job's import, a roster update). A write on the UI thread is delivered at once; a write on a
worker thread is queued to the UI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from shiboken6 import isValid

from app.changes import Changes
from app.store import Store

# What each page shows, by the kinds of record it reads. A page not named here (a page
# added later) is read again after any change.
PAGE_KINDS: dict[str, frozenset[str]] = {
    "today": frozenset({"resident", "consultation", "accompaniment", "session", "setting",
                        "import", "code"}),
    "residents": frozenset({"resident", "import", "code"}),
    "consultations": frozenset({"consultation", "resident", "import", "code"}),
    "accompaniments": frozenset({"accompaniment", "resident", "organisation", "code"}),
    "sessions": frozenset({"session", "resident", "code"}),
    "directory": frozenset({"organisation", "bridge_person", "code"}),
    "knowledge": frozenset({"kb_entry", "organisation", "code"}),
    "town_notes": frozenset({"town_notes", "setting"}),
    "settings": frozenset({"setting", "code", "user"}),
    "users": frozenset({"user"}),
}
# An open resident's page shows these.
RESIDENT_VIEW_KINDS = frozenset({"resident", "consultation", "accompaniment", "session",
                                 "code"})


def page_affected(key: str, changes: Changes) -> bool:
    kinds = PAGE_KINDS.get(key)
    return bool(changes) if kinds is None else changes.affects(kinds)


class ChangeHub(QObject):
    """`changed(Changes)` after each committed write to `store`, on the UI thread."""

    changed = Signal(object)
    _arrived = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # AutoConnection: at once from the UI thread, queued from a worker's
        self._arrived.connect(self._deliver, Qt.ConnectionType.AutoConnection)
        listener = self._heard
        store.listeners.append(listener)
        self.destroyed.connect(lambda *_: _remove(store, listener))

    def _heard(self, changes: Changes) -> None:
        if isValid(self):
            self._arrived.emit(changes)

    def _deliver(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def close(self) -> None:
        _remove(self.store, self._heard)


def _remove(store: Store, listener: Callable[[Changes], None]) -> None:
    if listener in store.listeners:
        store.listeners.remove(listener)
