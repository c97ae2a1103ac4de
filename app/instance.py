"""One Madoguchi at a time on a database: an OS file lock on `<db>.lock`.

The lock is taken without waiting; a second window (in this process or another, of this
user or another) is refused with a clear message. The operating system drops the lock when
the process ends, even after a crash, so a stale lock file never blocks anyone; the file
itself is left in place (removing it could let two processes lock different files).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from app.errors import MadoguchiError
from app.marks import QT_TRANSLATE_NOOP

ALREADY_OPEN = QT_TRANSLATE_NOOP(
    "errors", "This database is already open in another Madoguchi window (perhaps of another "
    "user of this computer); close it there first.")


class AlreadyOpenError(MadoguchiError):
    """Another Madoguchi holds the database."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    """Held from acquire() until release() (or the end of a `with` block, or the process)."""

    def __init__(self, db_path: Path, fd: int, more: tuple[int, ...] = ()) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self._fds: list[int] | None = [fd, *more]

    @property
    def held(self) -> bool:
        return self._fds is not None

    def release(self) -> None:
        if self._fds is None:
            return
        fds, self._fds = self._fds, None
        for fd in fds:
            try:
                _unlock(fd)
            except OSError:
                pass  # closing the descriptor drops the lock anyway
            finally:
                os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()

    def __del__(self) -> None:
        self.release()


def identity_lock_path(db_path: Path) -> Path | None:
    """A lock file named by the database file's identity (device and file number), for a
    second name of the same file (a hard link, another path to it); None when it does not
    exist yet."""
    try:
        st = os.stat(db_path)
    except OSError:
        return None
    from app import paths

    return paths.data_dir() / "locks" / f"{st.st_dev:x}-{st.st_ino:x}.lock"


def _take(path: Path) -> int:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "Madoguchi cannot create the lock file %1 beside the database (%2)."),
            path.name, exc.strerror or exc) from None
    if not _try_lock(fd):
        os.close(fd)
        raise AlreadyOpenError(ALREADY_OPEN)
    return fd


def acquire(db_path: Path | str) -> InstanceLock:
    """Lock `db_path` for this window, or raise AlreadyOpenError. The lock goes by the file
    itself, not by the name it was given: a symbolic link to it is resolved, and a hard link
    meets the same identity lock."""
    db_path = Path(db_path).resolve()
    fd = _take(lock_path(db_path))
    more: list[int] = []
    ident = identity_lock_path(db_path)
    if ident is not None:
        try:
            ident.parent.mkdir(parents=True, exist_ok=True)
            more.append(_take(ident))
        except AlreadyOpenError:
            _unlock(fd)
            os.close(fd)
            raise
        except (MadoguchiError, OSError):
            pass  # no data folder to lock in: the lock beside the resolved file still holds
    if sys.platform != "win32":  # who holds it, for a person looking; decides nothing
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"pid {os.getpid()}\n".encode())
        except OSError:
            pass
    return InstanceLock(db_path, fd, tuple(more))
