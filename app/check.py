"""`madoguchi check`: is the file healthy, and at which schema version? Changes nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app import db, migrations
from app.errors import DatabaseOpenError
from app.marks import QT_TRANSLATE_NOOP
from app.storage import read_only

COUNTED = ("residents", "consultations", "accompaniments", "sessions", "organisations",
           "bridge_persons")


@dataclass
class CheckReport:
    schema_version: int
    latest_version: int
    quick_check: list[str]
    foreign_key_problems: int
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return (self.quick_check == ["ok"] and self.foreign_key_problems == 0
                and self.schema_version <= self.latest_version)

    def lines(self) -> list[str]:
        version = f"schema version: {self.schema_version} (this Madoguchi knows up to " \
                  f"{self.latest_version})"
        if self.schema_version < self.latest_version:
            version += "; it will be updated, after a backup, when the app opens it"
        elif self.schema_version > self.latest_version:
            version += "; made by a newer Madoguchi"
        out = [version, f"sqlite: {db.sqlite_version()}",
               f"quick_check: {'; '.join(self.quick_check[:5])}",
               "foreign_key_check: " + ("ok" if not self.foreign_key_problems
                                        else f"{self.foreign_key_problems} broken references")]
        out += [f"{name}: {n}" for name, n in self.counts.items()]
        out.append("result: " + ("ok" if self.ok else "PROBLEMS FOUND"))
        return out


def check_file(path: Path, key: bytes | None = None) -> CheckReport:
    conn = db.connect(path, readonly=True, key=key, immutable=read_only(path))
    try:
        version = migrations.schema_version(conn)
        quick = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
        fk = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
        counts = {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                  for t in COUNTED if t in tables}
    except db.DbError as exc:
        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "errors", "%1 is damaged or is not a Madoguchi database (%2)."), path, exc) from None
    finally:
        conn.close()
    return CheckReport(version, migrations.latest_version(), quick, fk, counts)
