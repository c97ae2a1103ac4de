"""The automatic exchange with the town's other devices: after login (in the background,
once the window shows) and at logout (waited for, with a progress dialog), whenever the
sync folder can be reached. Off the UI thread, through ui/jobs.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from app.progress import Progress
from app.services import Services
from app.sync import folder
from ui.jobs import Job


def sync_folder(services: Services) -> Path | None:
    """The sync folder, when one is set and can be reached now."""
    if services.store.closed or services.store.readonly or services.store.key is None:
        return None
    setting = services.store.setting(folder.SETTING)
    where = Path(setting) if setting else None
    return where if folder.reachable(where) else None


def start_exchange(parent: QWidget, services: Services) -> Job | None:
    """Begin an exchange in the background; None when there is no folder to reach."""
    where = sync_folder(services)
    if where is None:
        return None

    def work(progress: Progress) -> folder.Exchanged:
        return services.sync.exchange(where, progress)

    title = QCoreApplication.translate("Sync", "Syncing with the other devices…")
    return Job(parent, title, work).start()


def exchange_and_wait(parent: QWidget, services: Services, timeout_ms: int = 120_000) -> None:
    """At logout: exchange, and return once it is done (or failed, or took too long)."""
    job = start_exchange(parent, services)
    if job is None:
        return
    loop = QEventLoop()
    job.done.connect(loop.quit)
    job.failed.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    if not job.finished.is_set():
        loop.exec()
