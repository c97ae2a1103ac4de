"""The window's one way to run long work (ui/jobs.py): a job on a connection of its own,
owned by its window's JobManager, cancelled and waited for on lock, user switch and quit,
and refused once its window is closing."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import DEMO_PASSWORD
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app import accounts
from app.progress import Progress
from app.reports.monthly import build_monthly
from app.services import Services
from ui.jobs import Job, JobManager, jobs_for
from ui.login import LoginDialog
from ui.session import Session

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def session(qtbot: QtBot, demo_path: Path, tmp_path: Path) -> Iterator[Session]:
    services = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    session = Session(services, settings=QSettings(str(tmp_path / "m.ini"),
                                                   QSettings.Format.IniFormat))
    session.window.show()
    yield session
    session.end()
    session.window.close()
    session.window.deleteLater()


class ReportLoop:
    """A report job that runs until it is cancelled: the monthly report, again and again,
    on the job's own connection."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.connections: list[Services] = []
        self.rounds = 0

    def __call__(self, own: Services, progress: Progress) -> int:
        self.connections.append(own)
        while True:
            build_monthly(own.store, own.codes, 2025, 11)
            self.rounds += 1
            self.started.set()
            progress.step(self.rounds, self.rounds + 1)


def start_report(page: QWidget, services: Services) -> tuple[Job, ReportLoop, list[str]]:
    loop = ReportLoop()
    job = Job.on_connection(page, "report", services, loop).start()
    failed: list[str] = []
    job.failed.connect(failed.append)
    assert loop.started.wait(30), "the report job started"
    return job, loop, failed


def log_in_as(user: str, check: list[Any]) -> Any:
    def launch(dialog: LoginDialog) -> int:
        check.append(dialog)
        dialog.user.setCurrentText(user)
        dialog.password.setText(DEMO_PASSWORD)
        assert dialog.log_in()
        return dialog.result()

    return launch


def test_a_job_works_on_its_own_connection_and_reports_on_the_ui_thread(
        qtbot: QtBot, services: Services) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[Any] = []

    def work(own: Services, progress: Progress) -> int:
        seen.append((own is not services, threading.current_thread().name))
        progress.step(1, 1)
        return int(own.store.query_one("SELECT count(*) FROM residents")[0])

    job = Job.on_connection(parent, "count", services, work)
    with qtbot.waitSignal(job.done, timeout=10_000) as signal:
        job.start()
    assert signal.args == [0]
    assert seen == [(True, "madoguchi-job")]
    assert job.finished.is_set() and not job.running()
    assert jobs_for(parent) is job.manager and not job.manager.running


def test_lock_cancels_and_waits_for_a_running_report_job(
        qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    page = session.window.show_page("reports")
    job, loop, failed = start_report(page, session.services)
    assert job.running() and job in session.window.jobs.running
    at_login: list[Any] = []

    def launch(dialog: LoginDialog) -> int:
        at_login.append((job.ended.is_set(), loop.connections[0].store.closed))
        return log_in_as("admin", [])(dialog)

    monkeypatch.setattr(LoginDialog, "launch", launch)
    session.lock()
    assert at_login == [(True, True)], "ended, its connection closed, before the login screen"
    qtbot.waitUntil(lambda: bool(failed), timeout=5_000)
    assert failed == ["Cancelled; nothing was changed."]
    assert not session.window.jobs.running and not session.locked
    again = Job.on_connection(page, "again", session.services,
                              lambda own, _p: 1).start()  # the same user goes on
    assert not again.refused
    qtbot.waitUntil(again.finished.is_set, timeout=10_000)


def test_a_user_switch_ends_the_old_windows_job_and_refuses_new_ones(
        qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    old_window = session.window
    page = old_window.show_page("reports")
    job, loop, _failed = start_report(page, session.services)
    monkeypatch.setattr(LoginDialog, "launch", log_in_as("staff", []))
    late: list[Job] = []
    ran: list[int] = []
    # the old window is still there (deleted later): a page of it asks for another job
    session.switched.connect(lambda _w: late.append(
        Job(page, "late", lambda _p: ran.append(1)).start()))
    with qtbot.waitSignal(old_window.destroyed, timeout=10_000):
        session.lock()
    assert session.services.store.user == "staff"
    assert job.ended.is_set() and loop.connections[0].store.closed
    assert len(late) == 1 and late[0].refused and ran == []


def test_a_closing_window_refuses_to_start_a_job(qtbot: QtBot, services: Services) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    manager = JobManager(parent)
    assert manager.close()
    ran: list[int] = []
    job = Job(parent, "late", lambda _p: ran.append(1)).start()
    assert job.refused and manager.refused == 1 and not job.running()
    assert job.wait(0) and ran == []


QUIT_CHILD = r"""
import sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app import accounts
from app.reports.monthly import build_monthly
from ui.jobs import Job
from ui.main import application
from ui.session import Session

app = application()
from pathlib import Path
services = accounts.login(Path(sys.argv[1]), "admin", sys.argv[2])
session = Session(services)
session.window.show()
page = session.window.show_page("reports")
started = threading.Event()

def work(own, progress):
    n = 0
    while True:
        build_monthly(own.store, own.codes, 2025, 11)
        n += 1
        started.set()
        progress.step(n, n + 1)

job = Job.on_connection(page, "report", services, work).start()
started.wait(30)
QTimer.singleShot(0, app.quit)  # the user quits while the report runs
code = app.exec()
session.end()
session.window.deleteLater()
print("ENDED", job.ended.is_set(), flush=True)
sys.exit(code)
"""


def test_quitting_with_a_report_job_running_ends_cleanly(demo_path: Path,
                                                         tmp_path: Path) -> None:
    env = {**os.environ, "MADOGUCHI_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", QUIT_CHILD, str(demo_path), DEMO_PASSWORD],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "ENDED True" in done.stdout
    assert "Destroyed while thread" not in done.stderr
    assert "Traceback" not in done.stderr


def test_a_language_switch_ends_the_old_windows_job(qtbot: QtBot, session: Session) -> None:
    old_window = session.window
    page = old_window.show_page("reports")
    job, loop, _failed = start_report(page, session.services)
    with qtbot.waitSignal(old_window.destroyed, timeout=10_000):
        session.renew_window()  # Settings → language: a new window, the same user
    assert job.ended.is_set() and loop.connections[0].store.closed
    assert session.window is not old_window and not session.services.store.closed


PAGE_GONE_CHILD = r"""
import sys, threading, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app import accounts
from app.reports.monthly import build_monthly
from ui.jobs import Job
from ui.main import application
from ui.main_window import MainWindow

app = application()
services = accounts.login(Path(sys.argv[1]), "admin", sys.argv[2])
window = MainWindow(services)
window.show()
page = window.show_page("reports")
started = threading.Event()

def work(own, progress):
    n = 0
    while True:
        build_monthly(own.store, own.codes, 2025, 11)
        n += 1
        started.set()
        progress.step(n, n + 1)

job = Job.on_connection(page, "report", services, work).start()
started.wait(30)
page.deleteLater()  # the page goes while its job runs
end = time.monotonic() + 1.0
while time.monotonic() < end:  # an event loop that waits, as app.exec() does
    app.processEvents()
    time.sleep(0.02)
print("CLOSED", window.jobs.close(), job.ended.is_set(), flush=True)
window.deleteLater()
app.processEvents()
services.close()
"""


def test_a_page_deleted_while_its_job_runs_does_not_end_the_process(
        demo_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "MADOGUCHI_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PAGE_GONE_CHILD, str(demo_path),
                           DEMO_PASSWORD], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "CLOSED True True" in done.stdout
    assert "Destroyed while thread" not in done.stderr
