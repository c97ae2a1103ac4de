"""Consultations (生活相談) and accompaniments (同行支援)."""

from __future__ import annotations

from app import audit, kinds, rows, search, sensitive
from app.codes import CodeBook
from app.errors import NotFoundError, ValidationError
from app.marks import QT_TRANSLATE_NOOP
from app.records import Accompaniment, Consultation
from app.store import Store, new_uuid
from app.validation import validate_accompaniment, validate_consultation

C_KIND = kinds.CONSULTATION
A_KIND = kinds.ACCOMPANIMENT


class Consultations:
    def __init__(self, store: Store, codes: CodeBook) -> None:
        self.store = store
        self.codes = codes

    def get(self, consultation_id: int) -> Consultation:
        row = self.store.query_one(C_KIND.select(), (consultation_id,))
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "That consultation no longer exists."))
        c: Consultation = C_KIND.record(row)
        c.topics = [r[0] for r in self.store.query(
            "SELECT topic FROM consultation_topics WHERE consultation_id = ? ORDER BY topic",
            (consultation_id,))]
        return c

    def validate(self, c: Consultation) -> dict[str, str]:
        errors = validate_consultation(c, self.codes)
        if c.resident_id is not None and self.store.query_one(
                "SELECT 1 FROM residents WHERE id = ?", (c.resident_id,)) is None:
            errors["resident_id"] = QT_TRANSLATE_NOOP(
                "validation", "That resident no longer exists.")
        return errors

    def save(self, c: Consultation) -> int:
        errors = self.validate(c)
        if errors:
            raise ValidationError(errors, "consultation")
        values = C_KIND.values(c)
        if c.resident_id is not None:
            values["nationality"] = None  # the resident's own record holds it
        with self.store.write() as conn:
            before = audit.load_or_none(self.get, c.id)
            cid = rows.save(conn, "consultations", c.id, values, self.store.stamp(),
                            c.uuid or new_uuid())
            conn.execute("DELETE FROM consultation_topics WHERE consultation_id = ?", (cid,))
            conn.executemany("INSERT INTO consultation_topics VALUES (?, ?)",
                             [(cid, t) for t in sorted(set(c.topics))])
            search.index_consultation(conn, cid)
            audit.changed(conn, self.store.user, "consultation", before, self.get(cid))
        c.id = cid
        return cid

    def delete(self, consultation_id: int) -> None:
        with self.store.write() as conn:
            before = audit.load_or_none(self.get, consultation_id)
            rows.delete(conn, "consultations", consultation_id, self.store.stamp())
            search.unindex(conn, consultation_id=consultation_id)
            if before is not None:
                audit.changed(conn, self.store.user, "consultation", before, None)


class Accompaniments:
    def __init__(self, store: Store, codes: CodeBook) -> None:
        self.store = store
        self.codes = codes

    def get(self, accompaniment_id: int, *, viewer_reason: str | None = "view"
            ) -> Accompaniment:
        """The record. Its sensitive fields (要配慮個人情報, app/sensitive.py: the health
        details): opening one that has them for display leaves a "view" row in the audit
        trail, naming those fields. Reads that show nothing to anyone (a save's before/after)
        pass `viewer_reason=None`."""
        a = self._load(accompaniment_id)
        if viewer_reason is not None:
            shown = ", ".join(sensitive.filled(a, sensitive.fields(self.store, A_KIND.table)))
            if shown:
                audit.log(self.store, "view", kind="accompaniment", uuid=a.uuid,
                          detail=shown if viewer_reason == "view"
                          else f"{shown}: {viewer_reason}")
        return a

    def _load(self, accompaniment_id: int) -> Accompaniment:
        row = self.store.query_one(A_KIND.select(), (accompaniment_id,))
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "That accompaniment no longer exists."))
        a: Accompaniment = A_KIND.record(row)
        return a

    def save(self, a: Accompaniment) -> int:
        errors = validate_accompaniment(a, self.codes)
        if errors:
            raise ValidationError(errors, "accompaniment")
        values = A_KIND.values(a)
        with self.store.write() as conn:
            before = audit.load_or_none(self._load, a.id)
            aid = rows.save(conn, "accompaniments", a.id, values, self.store.stamp(),
                            a.uuid or new_uuid())
            audit.changed(conn, self.store.user, "accompaniment", before, self._load(aid))
        a.id = aid
        return aid

    def delete(self, accompaniment_id: int) -> None:
        with self.store.write() as conn:
            before = audit.load_or_none(self._load, accompaniment_id)
            rows.delete(conn, "accompaniments", accompaniment_id, self.store.stamp())
            if before is not None:
                audit.changed(conn, self.store.user, "accompaniment", before, None)
