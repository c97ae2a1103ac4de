"""What the program keeps when something goes wrong, for the person who fixes it: the kind
of error and where it happened (file, line, function of each frame), in crash.log in the
user's log folder; and the day-to-day log, madoguchi.log, rotated. Never an error's message
or a source line, which could carry a record's values (names, notes)."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from types import TracebackType

from app import __version__
from app.paths import log_dir

# logging.handlers (socket, pickle, queue) and the time zones load when first used: the
# window's login screen draws before the log file is opened (ui/errors.py).

LOG_NAME = "madoguchi.log"
CRASH_NAME = "crash.log"
LOG_BYTES = 1_000_000
LOG_KEEP = 5

log = logging.getLogger("madoguchi")


def frames(tb: TracebackType | None) -> str:
    return "".join(f"  {Path(f.filename).name}:{f.lineno} in {f.name}\n"
                   for f in traceback.extract_tb(tb, limit=30))


def write_crash(kind: type[BaseException] | None, tb: TracebackType | None,
                where: str = "") -> Path:
    """One crash record: time, version, the error's type (never its message) and frames."""
    from app.jptime import utc_stamp

    ensure_logging()
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / CRASH_NAME
    name = kind.__name__ if kind else "?"
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f"{utc_stamp()} {__version__} {name}{f' ({where})' if where else ''}\n"
                 f"{frames(tb)}\n")
    log.error("unexpected %s%s; frames in %s", name, f" in {where}" if where else "",
              CRASH_NAME)
    return path


def ensure_logging() -> None:
    """Open the log file, unless it is open (a crash or a Qt warning before the window
    opened it)."""
    if not log.handlers:
        configure_logging()


def configure_logging(level: int = logging.INFO) -> Path:
    """The log file, once per process: rotated at 1 MB, five kept. Madoguchi's own messages
    say what happened (a backup made, a job failed), never whose record it was."""
    import logging.handlers

    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    if not any(isinstance(h, logging.handlers.RotatingFileHandler)
               and Path(h.baseFilename) == path for h in log.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_BYTES,
                                                       backupCount=LOG_KEEP, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
    log.setLevel(level)
    log.propagate = False
    return path
