"""An exception in a slot of the window lands in crash.log with its frames (never its
message, which could carry a name), in the log, and as one sentence on screen; the window
goes on. A job's unexpected error keeps its frames too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CANARY = "Nguyễn Thị Canary"

CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from ui.main import application
from ui import errors

shown = []
QMessageBox.critical = staticmethod(lambda *a, **k: shown.append(a[2]))
app = application()
errors.install()

def broken_slot():
    raise ValueError("CANARY")

QTimer.singleShot(0, broken_slot)
QTimer.singleShot(200, app.quit)
app.exec()
print("SHOWN", shown[0] if shown else "", flush=True)
print("ALIVE", flush=True)
""".replace("CANARY", CANARY)


def run_child(code: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MADOGUCHI_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done


def test_an_exception_in_a_slot_reaches_crash_log_with_its_frames(tmp_path: Path) -> None:
    done = run_child(CHILD, tmp_path)
    assert "ALIVE" in done.stdout
    assert "SHOWN Something unexpected went wrong (ValueError)" in done.stdout
    crash_log = (tmp_path / "log" / "crash.log").read_text(encoding="utf-8")
    assert "ValueError (window)" in crash_log
    assert "in broken_slot" in crash_log, "the traceback's frames are kept"
    log = (tmp_path / "log" / "madoguchi.log").read_text(encoding="utf-8")
    assert "unexpected ValueError" in log
    for text in (crash_log, log, done.stderr):
        assert CANARY not in text


def test_a_jobs_unexpected_error_keeps_its_frames(qtbot: object, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from app.paths import log_dir
    from ui.jobs import Job

    def work(_progress: object) -> None:
        raise KeyError(CANARY)

    parent = QWidget()
    job = Job(parent, "x", work)
    failed: list[str] = []
    job.failed.connect(failed.append)
    job.start()
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)  # type: ignore[attr-defined]
    assert failed == ["Unexpected error (KeyError)."]
    text = (log_dir() / "crash.log").read_text(encoding="utf-8")
    assert "KeyError (background job)" in text and "in work" in text
    assert CANARY not in text


def test_a_busy_database_gives_one_sentence_and_the_save_succeeds_on_retry(
        qtbot: object, services: object) -> None:
    """A command-line import holding the database: the form says so and offers Retry;
    nothing is lost, and the retried save goes through."""
    from app import db
    from app.services import Services
    from ui.forms.resident import ResidentForm

    assert isinstance(services, Services)
    store = services.store
    assert store.path is not None and store.key is not None
    store.conn.execute("PRAGMA busy_timeout = 100")
    other = db.connect(store.path, key=store.key)
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    form = ResidentForm(services)
    asked: list[str] = []

    def retry(message: str) -> bool:
        asked.append(message)
        other.execute("COMMIT")  # the other program is done
        return True

    form.ask_retry = retry  # type: ignore[method-assign]
    form.family_name_latin.setText("Tran")
    form.nationality.set_code("VN")
    assert form.save()
    assert len(asked) == 1 and "busy" in asked[0] and "try again" in asked[0]
    assert store.query_one("SELECT count(*) FROM residents")[0] == 1
    other.close()


def test_a_consultation_saved_from_today_shows_in_the_consultations_list(
        qtbot: object, services: object, monkeypatch: object) -> None:
    """Stale lists: a page read before the save is read again when next shown, whichever
    page opened the form."""
    from typing import Any

    import pytest as _pytest

    from app.records import Consultation
    from app.services import Services
    from ui.forms.consultation import ConsultationForm
    from ui.main_window import MainWindow

    assert isinstance(services, Services) and isinstance(monkeypatch, _pytest.MonkeyPatch)
    window = MainWindow(services)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    consultations: Any = window.show_page("consultations")
    assert consultations.model.rowCount() == 0
    today: Any = window.show_page("today")

    def save(form: ConsultationForm) -> int:
        services.consultations.save(Consultation(
            occurred_at="2026-11-20T10:00", nationality="VN", language="vi", channel="desk",
            topics=["housing"], asked="家賃"))
        return 1

    monkeypatch.setattr(ConsultationForm, "launch", save)
    today.new_record()
    consultations = window.show_page("consultations")
    assert consultations.model.rowCount() == 1


EARLY_CHILD = r"""
from PySide6.QtCore import QTimer, qWarning
from ui.main import application
from ui import errors
from app import crash

app = application()
errors.install()
qWarning("an early Qt warning")  # before the log file is opened (errors.LOG_AFTER_MS)
print("OPEN_AT_ONCE", bool(crash.log.handlers), flush=True)
QTimer.singleShot(errors.LOG_AFTER_MS + 200, app.quit)
app.exec()
"""


def test_qt_warnings_before_the_log_is_opened_are_kept(tmp_path: Path) -> None:
    """The log file opens once the login screen is drawn; a Qt warning before that is
    written to it then."""
    done = run_child(EARLY_CHILD, tmp_path)
    assert "OPEN_AT_ONCE False" in done.stdout
    log = (tmp_path / "log" / "madoguchi.log").read_text(encoding="utf-8")
    assert "Qt: an early Qt warning" in log
