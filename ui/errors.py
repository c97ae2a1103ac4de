"""Errors the window did not expect: an exception in a slot, in a thread, or a critical Qt
message. Each is written to crash.log (type and frames, never values: app/crash.py), logged,
and shown as one sentence; the window goes on. The windowed Windows build has no console, so
without this a traceback would be lost."""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from app import crash

_state = {"showing": False}


def tell_user(where: str) -> None:
    """One sentence; a second error while the first is shown is only written down."""
    if _state["showing"] or QApplication.instance() is None:
        return
    _state["showing"] = True
    try:
        QMessageBox.critical(None, "Madoguchi", QCoreApplication.translate(
            "Errors", "Something unexpected went wrong (%1). Your saved records are safe; "
            "what happened was written to %2 for your IT staff.")
            .replace("%1", where).replace("%2", crash.CRASH_NAME))
    finally:
        _state["showing"] = False


def excepthook(kind: type[BaseException], value: BaseException,
               tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    crash.write_crash(kind, tb, "window")
    tell_user(kind.__name__)


def thread_excepthook(args: threading.ExceptHookArgs) -> None:
    crash.write_crash(args.exc_type, args.exc_traceback, "thread")


def qt_messages(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings go to the log; a fatal one also to crash.log. Qt's messages name
    widgets and files, never a record's values."""
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        level = logging.ERROR
    elif kind == QtMsgType.QtWarningMsg:
        level = logging.WARNING
    else:
        return
    if crash.log.handlers:
        crash.log.log(level, "Qt: %s", message)
    elif len(_early) < EARLY_KEPT:
        _early.append((level, message))


# The log file is opened once the login screen is drawn (logging.handlers costs ≈ 6 ms);
# Qt's messages before that are kept and written then, and a crash opens it at once.
LOG_AFTER_MS = 200
EARLY_KEPT = 50
_early: list[tuple[int, str]] = []


def open_log() -> None:
    try:
        crash.ensure_logging()
    except OSError:  # a log folder that cannot be written must not stop the window
        return
    for level, message in _early:
        crash.log.log(level, "Qt: %s", message)
    _early.clear()


def install() -> None:
    QTimer.singleShot(LOG_AFTER_MS, open_log)
    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    qInstallMessageHandler(qt_messages)
