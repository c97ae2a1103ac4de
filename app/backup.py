"""Backups: made with SQLite's backup API (never a file copy), encrypted with the database's
own key, verified after writing, kept 7 daily / 4 weekly / 12 monthly; restore and
quarantine never delete a file.

A backup is `madoguchi-YYYYMMDD-HHMMSS-<kind>.db` (Japan time) with a copy of the key file
beside it (`….db.keys`: wrapped keys only), so the same passwords and the recovery code
open it. Kinds: `daily`, `manual`, `before-import`, `before-purge`, `before-restore`, ….
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import IO

from app import audit, db, keyslots, migrations, paths, user_keys
from app.errors import DatabaseOpenError, MadoguchiError
from app.files import atomic_path, write_atomically
from app.jptime import JST, now_local, to_local
from app.marks import QT_TRANSLATE_NOOP
from app.storage import read_only
from app.store import Store, open_store

SETTING = "backup_dir"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
PROTECT_DAYS = 30   # backups taken before a risky step are kept at least this long
SIDE_FILES = ("-wal", "-shm")
_KIND = re.compile(r"[a-z]+(?:-[a-z]+)*")
_NAME = re.compile(r"madoguchi-(\d{8})-(\d{6})-([a-z]+(?:-[a-z]+)*?)(?:-(\d+))?\.db")
_POINTER = "backup-folder.txt"


NO_DATABASE = QT_TRANSLATE_NOOP("errors", "There is no database at %1.")


class BackupError(MadoguchiError):
    """A backup could not be made, verified or restored; nothing was lost."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: datetime     # Japan time, from the file name
    kind: str
    n: int = 1          # -2, -3 … when several were taken in the same second

    @property
    def protected(self) -> bool:
        return self.kind.startswith("before-") or self.kind == "restore"


def _audit(store: Store, action: str, detail: str) -> None:
    """THE audit call site of this module (backup and restore rows; file names only)."""
    audit.log(store, action, detail=detail)


def _write_bytes(target: Path, data: bytes) -> None:
    def write(fh: IO[bytes]) -> None:
        fh.write(data)

    write_atomically(target, write)


def _stamp(moment: datetime) -> str:
    return f"{moment:%Y%m%d-%H%M%S}"


# ---------------------------------------------------------------- where backups go

def default_folder(db_path: Path | None) -> Path:
    return paths.data_dir() / "backups" / (db_path.stem if db_path else "madoguchi")


def backup_folder(store: Store) -> Path:
    chosen = store.setting(SETTING)
    return Path(chosen) if chosen else default_folder(store.path)


def _check_writable(folder: Path) -> None:
    if not folder.is_dir():
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors", "The backup folder %1 is not there (is the drive plugged in?)."), folder)
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError:
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors", "Madoguchi cannot write to the backup folder %1."), folder) from None


def set_backup_folder(store: Store, folder: Path | str) -> Path:
    """Remember `folder` (an existing, writable folder, e.g. on an encrypted USB drive)."""
    folder = Path(folder).expanduser()
    if not folder.is_absolute():
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors", "Give the backup folder as a full path, not %1."), folder)
    _check_writable(folder)
    store.set_setting(SETTING, str(folder))
    # Also remembered outside the database, so that a damaged file's backups can be found.
    pointer = default_folder(store.path)
    with contextlib.suppress(OSError):
        pointer.mkdir(parents=True, exist_ok=True)
        _write_bytes(pointer / _POINTER, str(folder).encode("utf-8"))
    return folder


def candidate_folders(db_path: Path) -> list[Path]:
    """Where this database's backups may be, without opening it (for a damaged file): the
    folder last chosen with set_backup_folder, then the default one."""
    default = default_folder(db_path)
    found: list[Path] = []
    with contextlib.suppress(OSError, UnicodeDecodeError):
        found.append(Path((default / _POINTER).read_text(encoding="utf-8").strip()))
    found.append(default)
    return [f for i, f in enumerate(found) if f.is_dir() and f not in found[:i]]


# ---------------------------------------------------------------- making and checking

def parse_name(path: Path) -> BackupFile | None:
    match = _NAME.fullmatch(path.name)
    if not match:
        return None
    try:
        taken = datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S").replace(tzinfo=JST)
    except ValueError:
        return None
    return BackupFile(path, taken, match[3], int(match[4] or 1))


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in `folder`, newest first (files with other names are ignored)."""
    if not folder.is_dir():
        return []
    found = [b for p in folder.iterdir() if p.is_file() and (b := parse_name(p)) is not None]
    return sorted(found, key=lambda b: (b.taken, b.n), reverse=True)


def _unique(base: Path, suffix: str = "") -> Path:
    """base + suffix, else base-2 + suffix, …: the first name not taken (nor its key file)."""
    n = 1
    while True:
        path = base.with_name(f"{base.name}{f'-{n}' if n > 1 else ''}{suffix}")
        if not path.exists() and not keyslots.key_path(path).exists():
            return path
        n += 1


def make_backup(store: Store, reason: str, folder: Path | None = None,
                now: datetime | None = None, *, record: bool = True) -> Path:
    """Back up the open database into `folder` (default: the backup folder) and verify the
    copy; with `record`, leave an audit row. Returns the backup's path."""
    if not _KIND.fullmatch(reason):
        raise ValueError(f"not a backup kind: {reason!r}")
    if store.path is None:
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors", "This database has no file, so it cannot be backed up."))
    if folder is None:
        folder = backup_folder(store)
        if folder == default_folder(store.path):
            folder.mkdir(parents=True, exist_ok=True)
    _check_writable(folder)
    target = _unique(folder / f"madoguchi-{_stamp(to_local(now or now_local()))}-{reason}",
                     ".db")
    keys, target_keys = keyslots.key_path(store.path), keyslots.key_path(target)
    try:
        if store.key is not None:
            _write_bytes(target_keys, keys.read_bytes())
        with atomic_path(target) as tmp:
            with store._lock:
                db.backup_to(store.conn, tmp, store.key)
            # db.backup_to has just run integrity_check on the copy: the copy is verified
            # once (it takes seconds on a large file), here only that it opens and is ours.
            verify_backup(tmp, store.key, integrity=False)
    except OSError as exc:
        target_keys.unlink(missing_ok=True)
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors", "The backup could not be made in %1 (%2)."), folder,
            exc.strerror or exc) from None
    except BaseException:  # e.g. it did not verify: nothing half-made is left
        target_keys.unlink(missing_ok=True)
        raise
    if record:
        _audit(store, "backup", f"{reason}: {target.name}")
    return target


def verify_backup(path: Path, key: bytes | None, *, integrity: bool = True) -> None:
    """Raise BackupError unless `path` opens with `key`, passes integrity_check (unless
    `integrity` is false: the caller has just checked it) and is a Madoguchi database this
    version can open."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("errors", "There is no backup file at %1."), path)
    if key is not None and db.is_plaintext(path):
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors", "%1 is not encrypted, so it is not a Madoguchi backup."), path.name)
    try:
        conn = db.connect(path, readonly=True, key=key)
    except DatabaseOpenError:
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors", "The backup %1 does not open with this database's key: it is damaged, "
            "or it belongs to another database."), path.name) from None
    try:
        result = ([str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
                  if integrity else ["ok"])
        version = migrations.schema_version(conn)
        settings = conn.execute("SELECT 1 FROM sqlite_schema WHERE type = 'table' "
                                "AND name = 'settings'").fetchone()
    except db.DbError as exc:
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors", "The backup %1 is damaged (%2)."), path.name, exc) from None
    finally:
        conn.close()
    if result != ["ok"]:
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors", "The backup %1 is damaged (integrity_check: %2)."), path.name, result[0])
    if version < 1 or settings is None:
        raise BackupError(QT_TRANSLATE_NOOP("errors", "%1 is not a Madoguchi backup."), path.name)
    if version > migrations.latest_version():
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors", "The backup %1 was made by a newer Madoguchi."), path.name)


def newest_verified_backup(folder: Path | Iterable[Path], key: bytes | None
                           ) -> Path | None:
    """The newest backup in `folder` (or in any of several folders) that verifies."""
    folders = [folder] if isinstance(folder, Path) else list(folder)
    found = sorted((b for f in folders for b in list_backups(f)),
                   key=lambda b: (b.taken, b.n), reverse=True)
    for backup in found:
        try:
            verify_backup(backup.path, key)
        except BackupError:
            continue
        return backup.path
    return None


# ---------------------------------------------------------------- daily backups, retention

def daily_backup_due(store: Store, now: datetime | None = None) -> bool:
    moment = to_local(now or now_local())
    return not any(b.kind == "daily" and b.taken.date() == moment.date()
                   for b in list_backups(backup_folder(store)))


def daily_backup_if_needed(store: Store, now: datetime | None = None, *,
                           record: bool = True) -> Path | None:
    """At the first start of each Japan-local day: a daily backup, then prune the folder.
    None when today's daily backup is already there. Without `record` (a read-only
    connection), the caller records it with record_backup."""
    moment = to_local(now or now_local())
    if not daily_backup_due(store, moment):
        return None
    made = make_backup(store, "daily", now=moment, record=record)
    prune(made.parent, now=moment)
    if store.path is not None:
        sweep_side_files(store.path, [made.parent], now=moment)
    return made


def record_backup(store: Store, reason: str, made: Path) -> None:
    """The audit row of a backup made on another connection."""
    _audit(store, "backup", f"{reason}: {made.name}")


def _periods(day: date) -> tuple[tuple[str, object], ...]:
    iso = day.isocalendar()
    return ("day", day), ("week", (iso.year, iso.week)), ("month", (day.year, day.month))


def prune(folder: Path, now: datetime | None = None) -> list[Path]:
    """Keep the newest backup of each of the last 7 days, 4 ISO weeks and 12 months, every
    "before-*"/"restore" backup younger than 30 days, the newest backup of all and any dated
    in the future; delete the rest with their key files. Returns what was removed."""
    moment = to_local(now or now_local())
    today, months = moment.date(), moment.year * 12 + moment.month - 1
    wanted = {_periods(today - timedelta(days=n))[0] for n in range(KEEP_DAILY)}
    wanted |= {_periods(today - timedelta(weeks=n))[1] for n in range(KEEP_WEEKLY)}
    wanted |= {("month", (m // 12, m % 12 + 1)) for m in range(months - KEEP_MONTHLY + 1,
                                                              months + 1)}
    found = list_backups(folder)
    keep = {found[0].path} if found else set()
    for backup in found:  # newest first: the first one met in a period is its newest
        if backup.taken > moment or (
                backup.protected and moment - backup.taken < timedelta(days=PROTECT_DAYS)):
            keep.add(backup.path)
        for period in _periods(backup.taken.date()):
            if period in wanted:
                wanted.discard(period)
                keep.add(backup.path)
    removed = []
    for backup in found:
        if backup.path not in keep:
            try:
                backup.path.unlink()
            except OSError:
                continue
            keyslots.key_path(backup.path).unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


# ---------------------------------------------------------------- side files

_STAMPED_SIDE = (re.compile(r"\.before-v\d+-(\d{8}-\d{6})\.bak(?:-wal|-shm)?"),
                 re.compile(r"\.replaced-(\d{8}-\d{6})(?:-\d+)?(?:\.keys|-wal|-shm)?"))
_LEFTOVER = re.compile(r"\..+\.(?:part|old|demo-part)(?:\.keys|-wal|-shm|-journal)?")
LEFTOVER_AGE = timedelta(hours=1)  # younger ones may still be written by another process


def _stamp_time(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, "%Y%m%d-%H%M%S").replace(tzinfo=JST)
    except ValueError:
        return None


def _remove(path: Path, removed: list[Path]) -> None:
    try:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    except OSError:
        return
    removed.append(path)


def sweep_side_files(db_path: Path, folders: Iterable[Path] = (),
                     quarantine_root: Path | None = None, now: datetime | None = None
                     ) -> list[Path]:
    """Retention for every other file Madoguchi writes beside the database and its backups:
    the copies taken before a migration (`<db>.before-vN-<time>.bak`), files replaced by a
    restore (`<db>.replaced-<time>`) and quarantined files are kept PROTECT_DAYS like a
    "before-*" backup, then deleted; temporary and set-aside files left by an interrupted
    write (`.….part`, `.….old`, `.….demo-part`, full openable copies) are deleted once an
    hour old. Returns what was removed."""
    moment = to_local(now or now_local())
    removed: list[Path] = []
    places = [db_path.parent, *folders]
    for folder in dict.fromkeys(places):
        if not folder.is_dir():
            continue
        # only Madoguchi's own names: beside the database, `.<db name>.…`; in a backup
        # folder, `.madoguchi-…` (another program's hidden files are never touched)
        own = f".{db_path.name}." if folder == db_path.parent else ".madoguchi-"
        for path in folder.iterdir():
            name = path.name
            if name.startswith(own) and _LEFTOVER.fullmatch(name) and path.is_file():
                age = moment - datetime.fromtimestamp(path.stat().st_mtime, JST)
                if age > LEFTOVER_AGE:
                    _remove(path, removed)
                continue
            if folder != db_path.parent or not name.startswith(db_path.name + "."):
                continue
            for pattern in _STAMPED_SIDE:
                match = pattern.fullmatch(name[len(db_path.name):])
                taken = _stamp_time(match[1]) if match else None
                if taken is not None and moment - taken >= timedelta(days=PROTECT_DAYS):
                    _remove(path, removed)
    root = quarantine_root or paths.data_dir() / "quarantine"
    if root.is_dir():
        for entry in root.iterdir():
            taken = _stamp_time(entry.name[:15])
            if entry.is_dir() and taken is not None and \
                    moment - taken >= timedelta(days=PROTECT_DAYS):
                _remove(entry, removed)
    return removed


# ---------------------------------------------------------------- restore

def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in SIDE_FILES]


def _safety_backup(db_path: Path, key: bytes | None, user: str, moment: datetime
                   ) -> Path | None:
    """A backup of the current file before it is replaced, when it still opens. (The file
    itself is kept aside in any case, so a failure here does not stop the restore.)"""
    try:
        conn = db.connect(db_path, readonly=True, key=key)
    except MadoguchiError:
        return None
    try:
        store = Store(conn=conn, path=db_path, user=user, key=key)
        return make_backup(store, "before-restore", now=moment, record=False)
    except (MadoguchiError, db.DbError):
        return None
    finally:
        conn.close()


def _move_aside(db_path: Path, moment: datetime) -> Path:
    """`<db>.replaced-<time>` with its -wal/-shm and a copy of its key file."""
    aside = _unique(db_path.with_name(f"{db_path.name}.replaced-{_stamp(moment)}"))
    keys = keyslots.key_path(db_path)
    if keys.is_file():
        shutil.copy2(keys, keyslots.key_path(aside))
    if db_path.exists():
        os.replace(db_path, aside)
    for side, moved in zip(_side_files(db_path), _side_files(aside), strict=True):
        if side.exists():
            os.replace(side, moved)
    return aside


def restore(db_path: Path, backup: Path, key: bytes | None, user: str,
            now: datetime | None = None) -> Path | None:
    """Put `backup` in the place of `db_path`, which must not be open. The backup is
    verified first; the current file (if any) is backed up when it still opens and is then
    kept aside, never deleted. Returns the path of the file kept aside (None when there was
    no file, e.g. after a quarantine). The restored database gets an audit row."""
    db_path, backup = Path(db_path), Path(backup)
    verify_backup(backup, key)
    if db_path.exists() and db_path.resolve() == backup.resolve():
        raise BackupError(QT_TRANSLATE_NOOP("errors", "A database cannot be restored from itself."))
    moment = to_local(now or now_local())
    if db_path.exists():
        _safety_backup(db_path, key, user, moment)
    aside = None
    source = db.connect(backup, readonly=True, key=key)
    try:
        with atomic_path(db_path) as tmp:
            db.backup_to(source, tmp, key)
            if db_path.exists() or any(p.exists() for p in _side_files(db_path)):
                aside = _move_aside(db_path, moment)
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors", "The backup could not be restored (%1); the current file was not "
            "replaced."), exc.strerror or exc) from None
    finally:
        source.close()
    backup_keys = keyslots.key_path(backup)
    if key is not None and backup_keys.is_file():
        _write_bytes(keyslots.key_path(db_path), backup_keys.read_bytes())
    store = open_store(db_path, key=key, user=user)
    try:
        user_keys.carry_over(store)  # a backup from before the user's key: it waits there
        from app import devices  # it imports the services, which import this module

        with store.write() as conn:  # a restored device is a new device for sync
            devices.new_identity(conn, "restored")
        kept = f"; the replaced file is kept as {aside.name}" if aside else ""
        _audit(store, "restore", f"from {backup.name}{kept}")
    finally:
        store.close()
    return aside


# ---------------------------------------------------------------- start-up check

def open_for_check(db_path: Path, key: bytes | None) -> db.Connection | None:
    """A read-only connection for a check, or None when the file does not open with `key`
    (damage, or the wrong key). A plaintext file raises: that is not damage."""
    try:
        return db.connect(db_path, readonly=True, key=key, immutable=read_only(db_path))
    except db.PlaintextDatabaseError:
        raise
    except DatabaseOpenError:
        return None


def quick_check(db_path: Path, key: bytes | None) -> bool:
    """True when the file opens with `key` and PRAGMA quick_check says ok. A missing or
    plaintext file raises (that is not damage)."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise DatabaseOpenError(NO_DATABASE, db_path)
    conn = open_for_check(db_path, key)
    if conn is None:
        return False
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except db.DbError:
        return False
    finally:
        conn.close()
    return [str(r[0]) for r in rows] == ["ok"]


def quarantine(db_path: Path, root: Path | None = None, now: datetime | None = None) -> Path:
    """Move a damaged database (and its -wal/-shm, with a copy of its key file) into
    `<data dir>/quarantine/<time>/`; nothing is deleted. Returns the quarantined file."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise DatabaseOpenError(NO_DATABASE, db_path)
    root = root or paths.data_dir() / "quarantine"
    dest = _unique(root / _stamp(to_local(now or now_local())))
    try:
        dest.mkdir(parents=True)
        keys = keyslots.key_path(db_path)
        if keys.is_file():
            shutil.copy2(keys, dest / keys.name)
        moved = Path(shutil.move(db_path, dest / db_path.name))
        for side in _side_files(db_path):
            if side.exists():
                shutil.move(side, dest / side.name)
    except OSError as exc:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "The damaged database could not be moved aside (%1); it was not "
            "deleted."), exc.strerror or exc) from None
    return moved
