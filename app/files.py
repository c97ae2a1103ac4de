"""Files are written whole or not at all: a temporary file beside the target, then rename."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from app.errors import MadoguchiError
from app.marks import QT_TRANSLATE_NOOP


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces `target`."""
    if not target.parent.is_dir():
        raise MadoguchiError(QT_TRANSLATE_NOOP("errors", "The folder %1 does not exist."),
                             target.parent)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
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
