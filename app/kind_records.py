"""The records of a kind from its definition alone (app/kinds.py): validate, save, load,
delete and export, through the same paths as the kinds with modules of their own
(`Store.write()`, app/rows.py, an audit row per change, a "view" audit row when a sensitive
field is shown).

A kind whose records have children in tables of their own (topics, attendees, links)
needs a module that saves those; the columns of its own table still come from here.
"""

from __future__ import annotations

from typing import Any

from app import audit, rows, sensitive
from app.errors import NotFoundError, ValidationError
from app.fields import CONTACTS, RECORD_KEYS, REF, ROW_COLUMNS, Kind
from app.jptime import today_local
from app.marks import QT_TRANSLATE_NOOP
from app.store import Store, new_uuid
from app.validation import Codes, check_fields

STAMPS = tuple(c for c in ROW_COLUMNS if c not in RECORD_KEYS)  # created_at … updated_by


class Records:
    def __init__(self, store: Store, codes: Codes, kind: Kind) -> None:
        if any(not f.stored for f in kind.fields):
            raise ValueError(f"{kind.name}: fields in tables of their own need a module")
        self.store = store
        self.codes = codes
        self.kind = kind

    def validate(self, record: Any) -> dict[str, str]:
        return check_fields(self.kind, record, self.codes, today_local())

    def get(self, record_id: int, *, viewer_reason: str | None = "view") -> Any:
        """The record; showing one with sensitive fields filled leaves a "view" audit row
        naming them (pass `viewer_reason=None` for reads nobody sees)."""
        record = self._load(record_id)
        if viewer_reason is not None:
            shown = ", ".join(sensitive.filled(record, sensitive.fields(self.store,
                                                                       self.kind.table)))
            if shown:
                audit.log(self.store, "view", kind=self.kind.name, uuid=record.uuid,
                          detail=shown if viewer_reason == "view"
                          else f"{shown}: {viewer_reason}")
        return record

    def _load(self, record_id: int) -> Any:
        row = self.store.query_one(self.kind.select(), (record_id,))
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "That record no longer exists."))
        return self.kind.record(row)

    def save(self, record: Any) -> int:
        errors = self.validate(record)
        if errors:
            raise ValidationError(errors, self.kind.name)
        values = self.kind.values(record)
        with self.store.write() as conn:
            before = audit.load_or_none(self._load, record.id)
            rid = rows.save(conn, self.kind.table, record.id, values, self.store.stamp(),
                            record.uuid or new_uuid())
            audit.changed(conn, self.store.user, self.kind.name, before, self._load(rid))
        record.id = rid
        return rid

    def delete(self, record_id: int) -> None:
        with self.store.write() as conn:
            before = audit.load_or_none(self._load, record_id)
            conn.execute(f"DELETE FROM {self.kind.table} WHERE id = ?", (record_id,))
            if before is not None:
                audit.changed(conn, self.store.user, self.kind.name, before, None)


def export_rows(store: Store, kind: Kind) -> list[dict[str, Any]]:
    """Every record of the kind as the export file holds it: uuid, each field under its
    export name (another record by its uuid), then the stamps."""
    fields = kind.stored_fields
    uuids = {f.ref: dict(store.query(f"SELECT id, uuid FROM {f.ref}"))  # noqa: S608
             for f in fields if f.type == REF and f.ref}
    out = []
    for uuid, *values in store.query(
            f"SELECT uuid, {', '.join(kind.columns)}, {', '.join(STAMPS)} "  # noqa: S608
            f"FROM {kind.table} ORDER BY id"):
        rec: dict[str, Any] = {"uuid": uuid}
        for f, value in zip(fields, values, strict=False):
            value = f.from_column(value)
            if f.type == REF and f.ref and value is not None:
                value = uuids[f.ref][value]
            elif f.type == CONTACTS:
                value = [{"app": c.app, "handle": c.handle} for c in value]
            rec[f.export_name] = value
        rec.update(zip(STAMPS, values[len(fields):], strict=True))
        out.append(rec)
    return out
