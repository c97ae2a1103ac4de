"""Versioned schema migrations: db/migrations/NNNN_name.sql, tracked by PRAGMA user_version.

The .sql files are read as the package data of `db.migrations` (importlib.resources), so
they are found the same way in a source checkout, an installed wheel and the bundle.

Each migration runs in one transaction together with its user_version bump, so a failure
leaves the file at the old version with its data intact. An existing file is backed up with
the SQLite backup API, and the backup verified, before the first migration touches it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from app import db, winacl
from app.errors import MigrationError, SchemaTooNewError
from app.jptime import now_local
from app.marks import QT_TRANSLATE_NOOP

MIGRATIONS_DIR: Traversable = resources.files("db.migrations")
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    path: Traversable  # a file in db/migrations (a Path in a checkout or a test's folder)


@dataclass(frozen=True)
class MigrationResult:
    old_version: int
    new_version: int
    backup: Path | None


def available(directory: Traversable = MIGRATIONS_DIR) -> list[Migration]:
    found: list[Migration] = []
    sql = (p for p in directory.iterdir() if p.name.endswith(".sql") and p.is_file())
    for path in sorted(sql, key=lambda p: p.name):
        match = _NAME.match(path.name)
        if not match:
            raise MigrationError(QT_TRANSLATE_NOOP(
                "errors", "Unexpected file in the migrations folder: %1."), path.name)
        found.append(Migration(int(match.group(1)), path))
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise MigrationError(QT_TRANSLATE_NOOP("errors", "Migration %1 is missing."),
                                 f"{expected:04d}")
    return found


def latest_version(directory: Traversable = MIGRATIONS_DIR) -> int:
    return len(available(directory))


def schema_version(conn: db.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    conn: db.Connection, db_path: Path | None, directory: Traversable = MIGRATIONS_DIR,
    key: bytes | None = None,
) -> MigrationResult:
    """Bring the database up to the newest schema this version knows."""
    migrations = available(directory)
    latest = len(migrations)
    current = schema_version(conn)
    if current > latest:
        raise SchemaTooNewError(QT_TRANSLATE_NOOP(
            "errors", "This database was made by a newer Madoguchi (schema %1; this version "
            "knows up to %2). It was not changed: please update Madoguchi."), current, latest)
    if current == latest:
        return MigrationResult(current, current, None)
    backup = None
    if current > 0 and db_path is not None:
        stamp = now_local().strftime("%Y%m%d-%H%M%S")
        backup = db_path.with_name(f"{db_path.name}.before-v{latest}-{stamp}.bak")
        if not backup.exists():  # owner-only, like the database itself
            os.close(os.open(backup, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            winacl.restrict(backup)
        db.backup_to(conn, backup, key)
    for migration in migrations[current:]:
        _apply(conn, migration)
    return MigrationResult(current, latest, backup)


def _apply(conn: db.Connection, migration: Migration) -> None:
    sql = migration.path.read_text(encoding="utf-8")
    before = schema_version(conn)
    try:
        conn.executescript(
            f"BEGIN IMMEDIATE;\n{sql}\n;PRAGMA user_version = {migration.version};\nCOMMIT;"
        )
    except db.DbError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise MigrationError(QT_TRANSLATE_NOOP(
            "errors", "Updating the database to schema %1 (%2) failed: %3. The database is "
            "unchanged at schema %4."), migration.version, migration.path.name, exc, before
        ) from None
