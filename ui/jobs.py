"""Long work off the UI thread, in one shape (anki's CollectionOp/QueryOp are the model).

A Job is one operation: its work runs on a thread of its own, on a database connection of its
own when it needs one (`Job.on_connection`: no page opens a second connection itself), with a
progress dialog and Cancel; `done(result)` or `failed(sentence)` arrive on the UI thread. A
bug's traceback goes to crash.log and the log, the screen gets one sentence. Cancel makes the
work's next progress step raise Cancelled and interrupts its connection; the work undoes
itself (an import rolls back, an export leaves no file).

Every job starts through the JobManager of its window (found from the job's parent), which
knows what runs, cancels and waits for it on lock, user switch and quit, and refuses new jobs
once its window is closing. The workers are Python threads, never QThreads, so that a job
still running when its page goes cannot abort the process."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from app import crash
from app.errors import MadoguchiError
from app.progress import Cancelled, Progress
from app.services import Services
from ui.labels import error_text

Work = Callable[[Progress], Any]
ConnectedWork = Callable[[Services, Progress], Any]
log = logging.getLogger("madoguchi.jobs")
PROGRESS_EVERY = 0.05  # seconds between two moves of a progress bar


class Stoppable(Protocol):
    """What a JobManager can stop: a Job, or a background task of the session."""

    def cancel(self) -> None: ...

    def wait(self, timeout: float | None = None) -> bool: ...


class Job(QObject):
    """One operation. `Job(parent, title, work)` runs `work(progress)`;
    `Job.on_connection(parent, title, services, work)` runs `work(own_services, progress)` on a
    connection of its own, closed when the work ends. Start it with `start()`."""

    done = Signal(object)
    failed = Signal(str)
    _progressed = Signal(int, int)  # from the worker thread: queued to the UI thread
    _ended = Signal(bool, object)   # (succeeded, result or sentence)

    def __init__(self, parent: QObject | None, title: str, work: Work, *,
                 dialog: bool = True, on_cancel: Callable[[], None] | None = None) -> None:
        # Owned by its window's manager once started, not by the page that asked: a page
        # deleted while its job runs takes nothing from under the worker.
        super().__init__(None)
        self.owner = parent
        self.title = title
        self.work = work
        self.stop = threading.Event()
        self.ended = threading.Event()  # set on the worker thread when the work is over
        self.finished = threading.Event()  # set on the UI thread once done/failed was sent
        self.refused = False  # its window was closing: nothing ran
        self.traceback_kept = False  # a bug's frames went to crash.log
        self.manager: JobManager | None = None
        self._on_cancel = on_cancel
        self._services: Services | None = None
        self._connected: ConnectedWork | None = None
        self._own: Services | None = None
        self._guard = threading.Lock()
        self._worker: threading.Thread | None = None
        self._reported = 0.0
        self.dialog: QProgressDialog | None = None
        if dialog and isinstance(parent, QWidget):
            self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.canceled.connect(self.cancel)
        self._progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._ended.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    @classmethod
    def on_connection(cls, parent: QObject | None, title: str, services: Services,
                      work: ConnectedWork, *, dialog: bool = True) -> Job:
        job = cls(parent, title, lambda progress: None, dialog=dialog)
        job._services, job._connected = services, work
        return job

    # -- running
    def start(self) -> Job:
        """Hand the job to its window's manager (which may refuse it: `refused`)."""
        manager = jobs_for(self.owner)
        if manager.start(self):
            self.setParent(manager)
        return self

    def begin(self) -> None:
        """Called by the manager: the worker thread starts."""
        self._worker = threading.Thread(target=self._run, name="madoguchi-job", daemon=True)
        self._worker.start()

    def running(self) -> bool:
        return self._worker is not None and not self.ended.is_set()

    def _run(self) -> None:
        progress = Progress(report=self._report, cancelled=self.stop.is_set)
        succeeded, outcome = False, None
        try:
            outcome = self._call(progress)
            succeeded = True
        except MadoguchiError as exc:  # translate() is thread-safe
            outcome = error_text(exc)
        except Exception as exc:
            if self.stop.is_set():  # its query was interrupted: a cancel, not a bug
                outcome = error_text(Cancelled())
            else:  # a bug: its frames to crash.log and the log, one sentence on screen
                crash.write_crash(type(exc), exc.__traceback__, "background job")
                self.traceback_kept = True
                outcome = QCoreApplication.translate(
                    "Job", "Unexpected error (%1).").replace("%1", type(exc).__name__)
        finally:
            self.ended.set()
        with contextlib.suppress(RuntimeError):  # the job's QObject may be gone meanwhile
            self._ended.emit(succeeded, outcome)

    def _call(self, progress: Progress) -> Any:
        if self._services is None or self._connected is None:
            return self.work(progress)
        own = self._services.reopen()
        with self._guard:
            self._own = own
        try:
            if self.stop.is_set():
                raise Cancelled()
            return self._connected(own, progress)
        finally:
            with self._guard:
                self._own = None
            own.close()

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._reported < PROGRESS_EVERY and done < total:
            return  # the bar moves often enough; the UI thread is not flooded
        self._reported = now
        with contextlib.suppress(RuntimeError):
            self._progressed.emit(done, total)

    # -- stopping
    def cancel(self) -> None:
        """Ask the work to stop: its next progress step raises, its query is interrupted."""
        self.stop.set()
        if self._on_cancel is not None:
            self._on_cancel()
        with self._guard:
            if self._own is not None:
                with contextlib.suppress(Exception):
                    self._own.store.conn.raw.interrupt()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the work to end; True when it has (or never started)."""
        if self._worker is None:
            return True
        return self.ended.wait(timeout)

    # -- on the UI thread
    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _finish(self, succeeded: bool, outcome: object) -> None:
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.reset()
            self.dialog.hide()
        manager = self.manager
        if manager is not None:
            manager.forget(self)
        try:
            if manager is not None and manager.closing or \
                    self.owner is not None and not isValid(self.owner):
                return  # its window or page is gone: nobody to tell
            if succeeded:
                self.done.emit(outcome)
            else:
                self.failed.emit(str(outcome))
        finally:
            self.finished.set()


class JobManager(QObject):
    """The jobs of one window (or of the session's background work). `stop()` cancels and
    waits for them (lock); `close()` does the same and refuses new ones (user switch,
    language switch, restore, quit)."""

    NAME = "jobs"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self.closing = False
        self.running: list[Stoppable] = []
        self.refused = 0

    def start(self, job: Job) -> bool:
        if self.closing:
            job.refused = True
            self.refused += 1
            log.info("a job was refused: its window is closing")
            return False
        job.manager = self
        self.running.append(job)
        job.begin()
        return True

    def track(self, task: Stoppable) -> None:
        """A background task started elsewhere (the session's check, its read-ahead)."""
        if task not in self.running:
            self.running.append(task)

    def forget(self, task: Stoppable) -> None:
        with contextlib.suppress(ValueError):
            self.running.remove(task)

    def busy(self) -> bool:
        return any(not task.wait(0) for task in self.running)

    def stop(self, timeout: float = 10.0) -> bool:
        """Cancel every job and wait (at most `timeout` seconds in all) for them to end.
        True when all did."""
        tasks = list(self.running)
        for task in tasks:
            task.cancel()
        deadline = time.monotonic() + timeout
        ended = all([task.wait(max(0.0, deadline - time.monotonic())) for task in tasks])
        if not ended:
            log.warning("%d background job(s) did not end in %.0f s", sum(
                not t.wait(0) for t in tasks), timeout)
        for task in tasks:
            if task.wait(0):
                self.forget(task)
        return ended

    def close(self, timeout: float = 10.0) -> bool:
        self.closing = True
        return self.stop(timeout)


def jobs_for(obj: QObject | None) -> JobManager:
    """The manager of the window `obj` belongs to: the nearest JobManager named "jobs" among
    its ancestors' children (the main window has one), else one made on its top ancestor."""
    top = obj
    while obj is not None:
        found = obj.findChild(JobManager, JobManager.NAME,
                              Qt.FindChildOption.FindDirectChildrenOnly)
        if isinstance(found, JobManager):
            return found
        top = obj
        obj = obj.parent()
    return JobManager(top)
