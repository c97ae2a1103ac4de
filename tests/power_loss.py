"""A power cut, modelled under SQLite: an apsw VFS that remembers each file as it was at its
last fsync and, at the cut, puts every file back to that state. Writes and truncations not
yet synced are lost; a file deleted without a directory sync comes back (as a hot journal
does after a real cut); a file never synced is gone.

SIGKILL cannot show this: the operating system keeps a killed process's writes. A cut is
placed at the k-th write, sync, truncate or delete: that operation and every later one
fail, the connection is abandoned, and the files are put back.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import apsw

VFS_NAME = "powerloss"


class Cut(Exception):  # noqa: N818 (the power went off)
    pass


@dataclass
class Disk:
    cut_at: int | None = None          # None: no cut, just count the operations
    ops: int = 0
    durable: dict[str, bytes | None] = field(default_factory=dict)  # None: not there

    @property
    def dead(self) -> bool:
        return self.cut_at is not None and self.ops >= self.cut_at

    def op(self) -> None:
        if self.dead:
            raise apsw.IOError("the power is off")
        self.ops += 1
        if self.dead:
            raise apsw.IOError("the power went off")

    def sync(self, name: str) -> None:
        self.durable[name] = Path(name).read_bytes() if os.path.exists(name) else None

    def restore(self) -> None:
        """Every file as it was at its last sync (a file never synced is not there)."""
        for name, data in self.durable.items():
            if data is None:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(name)
            else:
                Path(name).write_bytes(data)


class _File(apsw.VFSFile):  # type: ignore[misc]
    def __init__(self, disk: Disk, vfs: str, name: Any, flags: list[int]) -> None:
        self.disk = disk
        self.name = name.filename() if hasattr(name, "filename") else str(name)
        if self.name not in disk.durable:
            existed = os.path.exists(self.name)
            disk.durable[self.name] = Path(self.name).read_bytes() if existed else None
        super().__init__(vfs, name, flags)

    def xWrite(self, data: bytes, offset: int) -> None:  # noqa: N802
        self.disk.op()
        super().xWrite(data, offset)

    def xTruncate(self, size: int) -> None:  # noqa: N802
        self.disk.op()
        super().xTruncate(size)

    def xSync(self, flags: int) -> None:  # noqa: N802
        self.disk.op()
        super().xSync(flags)
        self.disk.sync(self.name)


class PowerLossVFS(apsw.VFS):  # type: ignore[misc]
    def __init__(self, disk: Disk) -> None:
        self.disk = disk
        super().__init__(VFS_NAME, "")

    def xOpen(self, name: Any, flags: list[int]) -> _File:  # noqa: N802
        return _File(self.disk, "", name, flags)

    def xDelete(self, name: str, syncdir: bool) -> None:  # noqa: N802
        self.disk.op()
        super().xDelete(name, syncdir)
        if syncdir:  # only a synced directory makes a deletion last
            self.disk.durable[name] = None


@dataclass(frozen=True)
class Config:
    """How the database is used: the app's way is WAL, synchronous=FULL, one transaction
    per save (tests/test_power_loss.py checks the app's own connection for these)."""

    journal_mode: str = "wal"
    synchronous: str = "full"
    split_save: bool = False


SCHEMA = ("CREATE TABLE consultations (id INTEGER PRIMARY KEY, asked TEXT NOT NULL);"
          "CREATE TABLE consultation_topics (consultation_id INTEGER NOT NULL, topic TEXT);")


def _connect(path: Path, config: Config, vfs: str | None) -> apsw.Connection:
    conn = apsw.Connection(str(path), vfs=vfs) if vfs else apsw.Connection(str(path))
    if config.journal_mode == "wal":
        # a VFS written in Python has no shared memory, so WAL is used with the exclusive
        # lock (one connection, as here); what is synced when is the same
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute(f"PRAGMA journal_mode = {config.journal_mode}")
    conn.execute(f"PRAGMA synchronous = {config.synchronous}")
    return conn


def save(conn: apsw.Connection, n: int, split: bool) -> None:
    """A consultation and its three topics, as Store.write saves them: one transaction (or,
    when `split`, the consultation and its topics in two)."""
    asked = f"note {n} " + "相談内容。" * 200
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO consultations (id, asked) VALUES (?, ?)", (n, asked))
    if split:
        conn.execute("COMMIT")
        conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO consultation_topics VALUES (?, ?)",
                     [(n, t) for t in ("housing", "labour", "medical")])
    conn.execute("COMMIT")


@dataclass
class Outcome:
    reported: int        # saves whose COMMIT returned before the cut
    lost: int            # of those, not in the file after the cut
    half: int            # consultations without their topics (or topics without one)
    integrity: str


def run(folder: Path, config: Config, saves: int, cut_at: int | None,
        after: Callable[[apsw.Connection], None] | None = None) -> tuple[Outcome, int]:
    """Make a database, save `saves` consultations through the VFS, cut the power at
    operation `cut_at` (None: after the last save, before anything else is synced), put the
    files back and look. Returns the outcome and the number of operations seen."""
    path = folder / "power.db"
    for leftover in folder.glob("power.db*"):
        leftover.unlink()
    setup = _connect(path, config, None)
    setup.execute(SCHEMA)
    setup.close()
    disk = Disk(cut_at=cut_at)
    vfs = PowerLossVFS(disk)
    reported = 0
    try:
        conn = _connect(path, config, VFS_NAME)
        try:
            for n in range(1, saves + 1):
                save(conn, n, config.split_save)
                reported = n
            if after is not None:
                after(conn)
        except apsw.Error:
            pass
        if cut_at is None:  # the power goes now: whatever was not synced is lost
            disk.cut_at = disk.ops
        with contextlib.suppress(apsw.Error):
            conn.close()
        ops = disk.ops
    finally:
        vfs.unregister()
    disk.restore()
    for side in folder.glob("power.db-shm"):
        side.unlink()
    check = apsw.Connection(str(path))
    try:
        integrity = check.execute("PRAGMA integrity_check").fetchall()[0][0]
        have = {r[0] for r in check.execute("SELECT id FROM consultations")}
        topics = dict(check.execute(
            "SELECT consultation_id, count(*) FROM consultation_topics GROUP BY 1"))
    finally:
        check.close()
    lost = sum(1 for n in range(1, reported + 1) if n not in have)
    half = sum(1 for n in have if topics.get(n) != 3) + sum(1 for n in topics
                                                           if n not in have)
    return Outcome(reported, lost, half, str(integrity)), ops
