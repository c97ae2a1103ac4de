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
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from app import winacl
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


SQLITE_FULL = 13


def is_disk_full(exc: BaseException) -> bool:
    """Whether `exc` (an OSError, or SQLite's "database or disk is full") is a full disk."""
    if isinstance(exc, OSError) and exc.errno in _FULL:
        return True
    if getattr(exc, "result", None) == SQLITE_FULL:  # the driver's FullError, by its code
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
    winacl.restrict(tmp)  # owner-only on Windows too (0600 from mkstemp elsewhere)
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
        # a SQLite copy that failed half-way (a full disk) can leave its journal beside it
        for suffix in ("-journal", "-wal", "-shm"):
            tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)


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


MAX_JSON_BYTES = 512 * 1024 * 1024
MAX_DEPTH = 32
LARGEST_INT = 2 ** 53
# NUL and other control characters (tab and line breaks aside), and the bidirectional
# overrides and isolates that make text read differently from what it holds
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


_FIELD_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")


class _Refused(ValueError):
    def __init__(self, template: str, where: str) -> None:
        super().__init__(template)
        self.template, self.where = template, where


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _Refused(where="", template=DUPLICATE_KEY)
        found[key] = value
    return found


def _walk(value: Any, where: str, depth: int) -> None:
    """Refuse what no Madoguchi file holds: deep nesting, huge numbers, control and
    bidirectional-override characters. Iterative in breadth, recursive only in depth."""
    if depth > MAX_DEPTH:
        raise _Refused(where=where, template=TOO_DEEP)
    if isinstance(value, str):
        if _BAD_CHARS.search(value):
            raise _Refused(where=where, template=BAD_CHARACTER)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if abs(value) > LARGEST_INT:
            raise _Refused(where=where, template=TOO_LARGE_NUMBER)
    elif isinstance(value, float):
        if value != value or abs(value) > LARGEST_INT:
            raise _Refused(where=where, template=TOO_LARGE_NUMBER)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _walk(item, f"{where}[{i}]", depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            if _BAD_CHARS.search(key):
                raise _Refused(where=where, template=BAD_CHARACTER)
            label = key if _FIELD_NAME.fullmatch(key) else "?"  # never echo a value
            _walk(item, f"{where}.{label}" if where else label, depth + 1)


DUPLICATE_KEY = QT_TRANSLATE_NOOP(
    "errors", "%1 names the same field twice in one record, so it is not clear which value "
    "counts; nothing was read from it.")
TOO_DEEP = QT_TRANSLATE_NOOP(
    "errors", "%1 is nested too deeply to be a Madoguchi file (at %2).")
TOO_LARGE_NUMBER = QT_TRANSLATE_NOOP(
    "errors", "%1 holds a number too large for any field (at %2).")
BAD_CHARACTER = QT_TRANSLATE_NOOP(
    "errors", "%1 holds a control or text-direction character that no record may contain "
    "(at %2).")
TOO_BIG = QT_TRANSLATE_NOOP(
    "errors", "%1 is larger than 512 MB, too large to be a Madoguchi file.")
NOT_A_FILE = QT_TRANSLATE_NOOP("errors", "%1 is not an ordinary file.")


def read_json_object(path: Path, error: type[MadoguchiError], what: str) -> dict[str, Any]:
    """A JSON object from a UTF-8 file, or `error` with one clear sentence. `what` is one of
    NOT_WHAT's keys (another is shown untranslated inside a translated sentence). Both kinds
    of template get (path, what); NOT_WHAT's have no %2, so `what` is left out of them.
    The file is read up to MAX_JSON_BYTES; duplicate keys, nesting deeper than MAX_DEPTH,
    numbers beyond 2**53 and control or bidirectional-override characters are refused."""
    folder, not_what = NOT_WHAT.get(what, (
        QT_TRANSLATE_NOOP("errors", "%1 is a folder, not %2."),
        QT_TRANSLATE_NOOP("errors", "%1 is not %2.")))
    try:
        if path.is_dir():
            raise error(folder, path, what)
        if path.exists() and not path.is_file():
            raise error(NOT_A_FILE, path)  # /dev/zero, a pipe: no end to read to
        with path.open("rb") as fh:
            raw = fh.read(MAX_JSON_BYTES + 1)
        if len(raw) > MAX_JSON_BYTES:
            raise error(TOO_BIG, path)
        text = raw.decode("utf-8")
    except FileNotFoundError:
        raise error(QT_TRANSLATE_NOOP("errors", "There is no file %1."), path) from None
    except IsADirectoryError:
        raise error(folder, path, what) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise error(QT_TRANSLATE_NOOP("errors", "%1 cannot be read as UTF-8 text (%2)."),
                    path, exc.strerror if isinstance(exc, OSError) else exc.reason) from None
    try:
        data = json.loads(text.removeprefix("\ufeff"), object_pairs_hook=_no_duplicates)
        _walk(data, "", 0)
    except _Refused as exc:
        raise error(exc.template, path, exc.where or "?") from None
    except RecursionError:
        raise error(TOO_DEEP, path, "?") from None
    except json.JSONDecodeError as exc:
        raise error(QT_TRANSLATE_NOOP("errors", "%1 is not valid JSON (line %2: %3)."),
                    path, exc.lineno, exc.msg) from None
    except ValueError:  # a number with thousands of digits
        raise error(TOO_LARGE_NUMBER, path, "?") from None
    if not isinstance(data, dict):
        raise error(not_what, path, what)
    return data
