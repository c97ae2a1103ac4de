"""Long work off the UI thread: a worker thread, a progress dialog, and Cancel.

The work gets an app.progress.Progress; Cancel makes its next step raise Cancelled, and the
work undoes itself (an import rolls back, an export leaves no file)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app import crash
from app.errors import MadoguchiError
from app.progress import Progress
from ui.labels import error_text

Work = Callable[[Progress], Any]


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, stop: threading.Event) -> None:
        super().__init__()
        self.work = work
        self.stop = stop

    def run(self) -> None:
        progress = Progress(report=lambda done, total: self.progressed.emit(done, total),
                            cancelled=self.stop.is_set)
        try:
            result = self.work(progress)
        except MadoguchiError as exc:  # translate() is thread-safe
            self.failed.emit(error_text(exc))
        except Exception as exc:  # a bug: its frames to crash.log, one sentence on screen
            crash.write_crash(type(exc), exc.__traceback__, "background job")
            self.failed.emit(QCoreApplication.translate(
                "Job", "Unexpected error (%1).").replace("%1", type(exc).__name__))
        else:
            self.succeeded.emit(result)


class Job(QObject):
    """Run `work` on a thread; `done(result)` or `failed(message)` arrive on the UI thread."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget, title: str, work: Work) -> None:
        super().__init__(parent)
        self.stop = threading.Event()
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.stop.set)
        self.thread = QThread(self)
        self.worker = _Worker(work, self.stop)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.finished = threading.Event()

    def start(self) -> Job:
        self.thread.start()
        return self

    def _progressed(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total))

    def _finish(self) -> None:
        self.thread.quit()
        self.thread.wait()
        self.dialog.reset()
        self.dialog.hide()
        self.finished.set()

    def _succeeded(self, result: object) -> None:
        self._finish()
        self.done.emit(result)

    def _failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)
