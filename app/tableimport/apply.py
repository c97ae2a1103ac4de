"""Write a previewed log into the town: all rows or none, through the same save methods as
the window (validation, search index and audit trail included), after a backup."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from app import audit, db
from app.jptime import utc_stamp
from app.progress import NO_PROGRESS, Progress
from app.services import Services
from app.store import Store, new_uuid
from app.tableimport.errors import (
    ALREADY_IMPORTED,
    NOTHING_TO_IMPORT,
    ROWS_WITH_PROBLEMS,
    TableImportError,
)
from app.tableimport.plan import IMPORT, PROBLEM, Preview, RowPlan


@dataclass
class OneTransaction(Store):
    """The open store seen from inside one transaction that is already under way: the save
    methods' own `write()` joins it instead of beginning and committing their own, so a
    whole import commits once, or rolls back whole."""

    @contextlib.contextmanager
    def write(self) -> Iterator[db.Connection]:
        if not self.conn.in_transaction:
            raise RuntimeError("OneTransaction.write outside its transaction")
        yield self.conn


def in_one_transaction(store: Store) -> Services:
    return Services(OneTransaction(conn=store.conn, path=store.path, user=store.user,
                                   key=store.key, role=store.role, _lock=store._lock))


@dataclass
class Imported:
    import_uuid: str
    consultations: int = 0
    residents_new: int = 0
    residents_matched: int = 0
    skipped: int = 0
    # (sheet, row) → (record uuid, resident uuid or "") of every imported row
    records: dict[tuple[str, int], tuple[str, str]] = field(default_factory=dict)


def previous_import(store: Store, sha256: str, kind: str = "log") -> tuple[str, str] | None:
    row = store.query_one("SELECT imported_at, imported_by FROM table_imports "
                          "WHERE file_sha256 = ? AND kind = ? ORDER BY id LIMIT 1",
                          (sha256, kind))
    return (str(row[0]), str(row[1])) if row else None


def check_importable(store: Store, preview: Preview) -> None:
    """Raise TableImportError with one sentence if the preview cannot be imported as it is."""
    store.require_admin("import records")
    before = previous_import(store, preview.book.sha256)
    if before is not None:
        raise TableImportError(ALREADY_IMPORTED, before[0][:10], before[1])
    problems = preview.count(PROBLEM)
    if problems:
        raise TableImportError(ROWS_WITH_PROBLEMS, problems)
    if not preview.count(IMPORT):
        raise TableImportError(NOTHING_TO_IMPORT)


def import_log(services: Services, preview: Preview, *, progress: Progress = NO_PROGRESS,
               backup: Callable[[], object] | None = None) -> Imported:
    """Import every row the preview marks for import, in one transaction. `backup` runs
    once the checks have passed and before anything is written (callers pass
    `lambda: app.backup.make_backup(store, "before-import")`); if it raises, nothing is
    imported. Cancelling through `progress` rolls everything back."""
    store = services.store
    check_importable(store, preview)
    if backup is not None:
        backup()
    rows = [r for r in preview.rows if r.outcome == IMPORT]
    result = Imported(new_uuid(), skipped=sum(1 for r in preview.rows if r.outcome != IMPORT))
    total = len(rows) + len(preview.people.new)
    with store.write() as conn:
        batch = in_one_transaction(store)
        import_id = int(conn.execute(
            "INSERT INTO table_imports (uuid, kind, file_name, file_sha256, imported_at, "
            "imported_by, rows_total) VALUES (?, 'log', ?, ?, ?, ?, ?)",
            (result.import_uuid, preview.book.path.name, preview.book.sha256, utc_stamp(),
             store.user, sum(1 for r in preview.rows if r.row))).lastrowid)

        def source(kind: str, uuid: str, where: tuple[str, int]) -> None:
            conn.execute("INSERT INTO record_sources VALUES (?, ?, ?, ?, ?)",
                         (import_id, kind, uuid, where[0], where[1]))

        ids: dict[int, tuple[int, str]] = {}   # new person number → (id, uuid)
        done = 0
        for person in preview.people.new:
            if not person.rows:
                continue
            resident = person.resident()
            resident.uuid = new_uuid()
            rid = batch.residents.save(resident)
            ids[person.number] = (rid, resident.uuid)
            source("resident", ids[person.number][1], person.first_row)
            done += 1
            progress.tick(done, total)
        for row in rows:
            _save_row(batch, conn, row, ids, result, source)
            done += 1
            progress.tick(done, total)
        result.residents_new = len(ids)
        result.residents_matched = len(preview.people.matched)
        conn.execute("UPDATE table_imports SET records = ?, residents_new = ?, "
                     "residents_matched = ?, skipped = ? WHERE id = ?",
                     (result.consultations, result.residents_new, result.residents_matched,
                      result.skipped, import_id))
        audit.record(conn, store.user, "import", detail=(
            f"{preview.book.path.name}: consultations {result.consultations}, residents new "
            f"{result.residents_new}, matched {result.residents_matched}, rows skipped "
            f"{result.skipped}"))
        progress.step(total, total)
    return result


def _save_row(batch: Services, conn: Any, row: RowPlan, ids: dict[int, tuple[int, str]],
              result: Imported, source: Callable[[str, str, tuple[str, int]], None]) -> None:
    c = row.consultation
    assert c is not None
    resident_uuid = ""
    if row.match is None:
        c.resident_id = None
    elif row.match.existing is not None:
        c.resident_id = row.match.existing
        resident_uuid = _uuid_of(conn, "residents", row.match.existing)
    else:
        assert row.match.new is not None
        c.resident_id, resident_uuid = ids[row.match.new.number]
    c.id, c.uuid = None, new_uuid()
    batch.consultations.save(c)
    source("consultation", c.uuid, (row.sheet, row.row))
    result.consultations += 1
    result.records[(row.sheet, row.row)] = (c.uuid, resident_uuid)


def _uuid_of(conn: Any, table: str, row_id: int) -> str:
    return str(conn.execute(f"SELECT uuid FROM {table} WHERE id = ?",  # noqa: S608
                            (row_id,)).fetchone()[0])
