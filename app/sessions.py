"""Sessions: orientations, Japanese classes, consultation fairs, trainings, events, drills."""

from __future__ import annotations

from app import audit, kinds, rows
from app.codes import CodeBook
from app.errors import NotFoundError, ValidationError
from app.marks import QT_TRANSLATE_NOOP
from app.records import Session
from app.store import Store, new_uuid
from app.validation import validate_session

KIND = kinds.SESSION


class Sessions:
    def __init__(self, store: Store, codes: CodeBook) -> None:
        self.store = store
        self.codes = codes

    def get(self, session_id: int) -> Session:
        row = self.store.query_one(KIND.select(), (session_id,))
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "That session no longer exists."))
        s: Session = KIND.record(row)
        s.topics = [r[0] for r in self.store.query(
            "SELECT topic FROM session_topics WHERE session_id = ? ORDER BY topic",
            (session_id,))]
        s.attendee_ids = [r[0] for r in self.store.query(
            "SELECT resident_id FROM session_attendees WHERE session_id = ? ORDER BY 1",
            (session_id,))]
        s.headcounts = {r[0]: r[1] for r in self.store.query(
            "SELECT nationality, count FROM session_headcounts WHERE session_id = ? "
            "ORDER BY 1", (session_id,))}
        return s

    def last_of_kind(self, kind: str, before: str | None = None) -> Session | None:
        """The most recent session of a kind (a weekly class copies last week's)."""
        row = self.store.query_one(
            "SELECT id FROM sessions WHERE kind = ? AND date <= coalesce(?, date) "
            "ORDER BY date DESC, id DESC LIMIT 1", (kind, before))
        return self.get(int(row[0])) if row else None

    def save(self, s: Session) -> int:
        errors = validate_session(s, self.codes)
        if errors:
            raise ValidationError(errors, "session")
        values = KIND.values(s)
        with self.store.write() as conn:
            before = audit.load_or_none(self.get, s.id)
            sid = rows.save(conn, "sessions", s.id, values, self.store.stamp(),
                            s.uuid or new_uuid())
            for table in ("session_topics", "session_attendees", "session_headcounts"):
                conn.execute(f"DELETE FROM {table} WHERE session_id = ?", (sid,))
            conn.executemany("INSERT INTO session_topics VALUES (?, ?)",
                             [(sid, t) for t in sorted(set(s.topics))])
            conn.executemany("INSERT INTO session_attendees VALUES (?, ?)",
                             [(sid, r) for r in sorted(set(s.attendee_ids))])
            conn.executemany("INSERT INTO session_headcounts VALUES (?, ?, ?)",
                             [(sid, n, c) for n, c in sorted(s.headcounts.items())])
            audit.changed(conn, self.store.user, "session", before, self.get(sid))
        s.id = sid
        return sid

    def delete(self, session_id: int) -> None:
        with self.store.write() as conn:
            before = audit.load_or_none(self.get, session_id)
            rows.delete(conn, "sessions", session_id, self.store.stamp())
            if before is not None:
                audit.changed(conn, self.store.user, "session", before, None)
