"""Files are written whole or not at all: a temporary file beside the target (created 0600),
fsync, then rename. Several files that belong together (a report in three formats, a
handover pack) are written inside `all_or_nothing()`: if one fails, those already written
are taken back and any file they replaced is put back.

A full or failing disk, or a folder that cannot be written, becomes an OutputError with
one sentence; the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from app.errors import MadoguchiError
from app.marks import QT_TRANSLATE_NOOP

PART_SUFFIX = ".part"
ASIDE_SUFFIX = ".old"
OUTPUT_DISK_FULL = QT_TRANSLATE_NOOP(
    "errors", "The disk is full, so %1 was not written; nothing was left half-written. Free "
    "some space and try again.")
OUTPUT_FAILED = QT_TRANSLATE_NOOP(
    "errors", "%1 could not be written (%2); nothing was left half-written.")
IS_A_FOLDER = QT_TRANSLATE_NOOP(
    "errors", "%1 is a folder: give the name of a file to write.")
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


class OutputError(MadoguchiError):
    """A file could not be written; no partial file was left."""


def is_disk_full(exc: BaseException) -> bool:
    """Whether `exc` (an OSError, or SQLite's "database or disk is full") is a full disk."""
    if isinstance(exc, OSError) and exc.errno in _FULL:
        return True
    return "disk is full" in str(exc).lower() or "no space left" in str(exc).lower()


def output_error(target: Path, exc: BaseException) -> OutputError:
    if is_disk_full(exc):
        return OutputError(OUTPUT_DISK_FULL, target.name)
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
    return OutputError(OUTPUT_FAILED, target.name, reason)


# Files completed inside all_or_nothing(): (target, the file it replaced, moved aside, or None)
_GROUP: contextvars.ContextVar[list[tuple[Path, Path | None]] | None] = \
    contextvars.ContextVar("madoguchi_output_group", default=None)


@contextlib.contextmanager
def all_or_nothing() -> Iterator[None]:
    """Every file written with atomic_path inside the block stays only if the whole block
    succeeds; otherwise each is removed and the file it replaced comes back."""
    outer = _GROUP.get()
    if outer is not None:  # nested: the outermost block decides
        yield
        return
    done: list[tuple[Path, Path | None]] = []
    token = _GROUP.set(done)
    try:
        yield
    except BaseException:
        for target, aside in reversed(done):
            with contextlib.suppress(OSError):
                if aside is not None:
                    os.replace(aside, target)
                else:
                    target.unlink(missing_ok=True)
        raise
    finally:
        _GROUP.reset(token)
    for _target, aside in done:
        if aside is not None:
            with contextlib.suppress(OSError):
                aside.unlink()


def _replace(tmp: Path, target: Path) -> None:
    group = _GROUP.get()
    if group is None:
        os.replace(tmp, target)
        return
    aside = None
    if target.exists():
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=ASIDE_SUFFIX,
                                    dir=target.parent)
        os.close(fd)
        aside = Path(name)
        os.replace(target, aside)
    group.append((target, aside))
    os.replace(tmp, target)


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces `target`."""
    if not target.parent.is_dir():
        raise MadoguchiError(QT_TRANSLATE_NOOP("errors", "The folder %1 does not exist."),
                             target.parent)
    if target.is_dir():
        raise OutputError(IS_A_FOLDER, target)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PART_SUFFIX,
                                    dir=target.parent)
    except OSError as exc:
        raise output_error(target, exc) from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        _replace(tmp, target)
    except OSError as exc:
        raise output_error(target, exc) from None
    except MadoguchiError:
        raise
    except Exception as exc:
        if is_disk_full(exc):  # SQLite's own "database or disk is full", a library's wrap
            raise output_error(target, exc) from None
        raise
    finally:
        tmp.unlink(missing_ok=True)


def write_atomically(target: Path, write: Callable[[IO[bytes]], None]) -> None:
    with atomic_path(target) as tmp, tmp.open("wb") as fh:
        write(fh)


# read_json_object(what=...): (is a folder, is not) as whole sentences to translate.
NOT_WHAT = {
    "a Madoguchi export": (
        QT_TRANSLATE_NOOP("errors", "%1 is a folder, not a Madoguchi export."),
        QT_TRANSLATE_NOOP("errors", "%1 is not a Madoguchi export.")),
    "a Madoguchi knowledge pack": (
        QT_TRANSLATE_NOOP("errors", "%1 is a folder, not a Madoguchi knowledge pack."),
        QT_TRANSLATE_NOOP("errors", "%1 is not a Madoguchi knowledge pack.")),
}


def read_json_object(path: Path, error: type[MadoguchiError], what: str) -> dict[str, Any]:
    """A JSON object from a UTF-8 file, or `error` with one clear sentence. `what` is one of
    NOT_WHAT's keys (another is shown untranslated inside a translated sentence). Both kinds
    of template get (path, what); NOT_WHAT's have no %2, so `what` is left out of them."""
    folder, not_what = NOT_WHAT.get(what, (
        QT_TRANSLATE_NOOP("errors", "%1 is a folder, not %2."),
        QT_TRANSLATE_NOOP("errors", "%1 is not %2.")))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(QT_TRANSLATE_NOOP("errors", "There is no file %1."), path) from None
    except IsADirectoryError:
        raise error(folder, path, what) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise error(QT_TRANSLATE_NOOP("errors", "%1 cannot be read as UTF-8 text (%2)."),
                    path, exc) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(QT_TRANSLATE_NOOP("errors", "%1 is not valid JSON (line %2: %3)."),
                    path, exc.lineno, exc.msg) from None
    if not isinstance(data, dict):
        raise error(not_what, path, what)
    return data
