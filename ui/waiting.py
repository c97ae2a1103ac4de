"""Work a screen has to wait for before it can go on (logging in), run on a thread of its own
while the screen's event loop keeps turning: the screen keeps drawing, the window system does
not call it "not responding", and what loads while the login screen waits (LoginPreloader)
goes on loading meanwhile. Work that takes longer than a moment (the first login after an
update prepares the file once: a verified backup, the migrations, a rebuilt search index)
shows a busy indicator with a sentence saying why.

Not a ui.jobs.Job: there is no window and no JobManager yet, the caller cannot go on without
the result, and the work (opening and migrating a database) cannot be stopped halfway, so it
has no Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

T = TypeVar("T")
SHOW_AFTER_MS = 400  # a normal login (≈ 0.1 s) never shows the indicator


class _Busy(QProgressDialog):
    """Esc and the close button do nothing: the work cannot be stopped halfway, and the
    indicator must stay until it ends."""

    def reject(self) -> None:
        pass

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        event.ignore()


class _Ended(QObject):
    ended = Signal()  # emitted on the worker thread, delivered on the UI thread


def wait_for(work: Callable[[], T], parent: QWidget, text: str,
             show_after_ms: int | None = None) -> T:
    """Run work() on a thread, turning the event loop until it returns; its result, or its
    exception raised here."""
    outcome: list[T] = []
    failure: list[BaseException] = []
    loop = QEventLoop()
    signal = _Ended()
    signal.ended.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:  # noqa: BLE001 (raised again on the UI thread)
            failure.append(exc)
        finally:
            signal.ended.emit()

    busy = _Busy(text, "", 0, 0, parent)
    label = QLabel(text, busy)
    label.setWordWrap(True)
    busy.setLabel(label)
    busy.setMinimumWidth(max(parent.width(), 420))
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(0)
    busy.setAutoClose(False)
    busy.setWindowTitle(parent.windowTitle())
    busy.hide()
    timer = QTimer(busy)
    timer.setSingleShot(True)
    timer.timeout.connect(busy.show)
    worker = threading.Thread(target=run, name="madoguchi-wait", daemon=True)
    worker.start()
    timer.start(SHOW_AFTER_MS if show_after_ms is None else show_after_ms)
    loop.exec()
    timer.stop()
    busy.hide()
    busy.deleteLater()
    worker.join()
    if failure:
        raise failure[0]
    return outcome[0]
