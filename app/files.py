"""Files are written whole or not at all: a temporary file beside the target, then rename."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces `target`."""
    if not target.parent.is_dir():
        from app.errors import MadoguchiError

        raise MadoguchiError(f"The folder {target.parent} does not exist.")
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


def read_json_object(path: Path, error: type[Exception], what: str) -> dict[str, Any]:
    """A JSON object from a UTF-8 file, or `error` with one clear sentence."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise error(f"{path} is a folder, not {what}.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path} cannot be read as UTF-8 text ({exc}).") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(f"{path} is not valid JSON (line {exc.lineno}: {exc.msg}).") from None
    if not isinstance(data, dict):
        raise error(f"{path} is not {what}.")
    return data
