"""Residents: save, load, household links, and the timeline of everything done with them."""

from __future__ import annotations

import json
from dataclasses import dataclass

from app import audit, kinds, rows, search
from app.codes import CodeBook
from app.errors import MadoguchiError, NotFoundError, ValidationError
from app.jptime import today_local
from app.marks import QT_TRANSLATE_NOOP
from app.records import HouseholdLink, Resident
from app.store import Store, new_uuid
from app.validation import validate_resident

INVERSE_RELATION = {"parent": "child", "child": "parent"}
KIND = kinds.RESIDENT


@dataclass(frozen=True)
class ResidentChoice:
    """A resident as a picker shows them: the name the field takes, the other forms of it,
    and what a record about them can start from (first language, nationality)."""
    id: int
    name: str
    other_names: str = ""
    nationality: str = ""
    language: str | None = None
    district: str = ""
    birth_year: str = ""


@dataclass(frozen=True)
class TimelineEntry:
    kind: str  # consultation | accompaniment | session
    id: int
    when: str  # Japan-local date or date-time
    code: str  # first topic, destination kind or session kind
    summary: str


def row_to_resident(row: tuple[object, ...]) -> Resident:
    resident: Resident = KIND.record(row)
    return resident


class Residents:
    def __init__(self, store: Store, codes: CodeBook) -> None:
        self.store = store
        self.codes = codes

    def get(self, resident_id: int) -> Resident:
        row = self.store.query_one(KIND.select(), (resident_id,))
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "That resident no longer exists."))
        resident = row_to_resident(row)
        resident.links = self.links(resident_id)
        return resident

    def links(self, resident_id: int) -> list[HouseholdLink]:
        found = [HouseholdLink(r[0], r[1]) for r in self.store.query(
            "SELECT related_id, relation FROM resident_links WHERE resident_id = ?",
            (resident_id,))]
        found += [HouseholdLink(r[0], INVERSE_RELATION.get(r[1], r[1])) for r in self.store.query(
            "SELECT resident_id, relation FROM resident_links WHERE related_id = ?",
            (resident_id,))]
        return found

    def validate(self, resident: Resident) -> dict[str, str]:
        errors = validate_resident(resident, self.codes, today_local())
        if any(link.related_id == resident.id for link in resident.links):
            errors["links"] = QT_TRANSLATE_NOOP(
                "validation", "A resident cannot be linked to themselves.")
        return errors

    def save(self, resident: Resident) -> int:
        errors = self.validate(resident)
        if errors:
            raise ValidationError(errors, "resident")
        values = KIND.values(resident)
        with self.store.write() as conn:
            before = audit.load_or_none(self.get, resident.id)
            rid = rows.save(conn, "residents", resident.id, values, self.store.stamp(),
                            resident.uuid or new_uuid())
            conn.execute("DELETE FROM resident_links WHERE ? IN (resident_id, related_id)",
                         (rid,))
            seen: set[int] = set()
            for link in resident.links:
                if link.related_id not in seen:
                    seen.add(link.related_id)
                    conn.execute("INSERT INTO resident_links VALUES (?, ?, ?)",
                                 (rid, link.related_id, link.relation))
            search.index_resident(conn, rid)
            audit.changed(conn, self.store.user, "resident", before, self.get(rid))
        resident.id = rid
        return rid

    def delete(self, resident_id: int) -> None:
        used = self.store.query_one(
            "SELECT " + "".join(f"(SELECT count(*) FROM {k.table} WHERE resident_id = :id) + "
                                for k in kinds.about_residents())
            + "(SELECT count(*) FROM session_attendees WHERE resident_id = :id)",
            {"id": resident_id})[0]
        if used:
            raise MadoguchiError(QT_TRANSLATE_NOOP(
                "errors", "This resident has %1 linked records; delete or reassign them "
                "first."), used)
        with self.store.write() as conn:
            before = audit.load_or_none(self.get, resident_id)
            rows.delete(conn, "residents", resident_id, self.store.stamp())
            search.unindex(conn, people_rowid=resident_id * 4 + search.KIND_RESIDENT)
            if before is not None:
                audit.changed(conn, self.store.user, "resident", before, None)

    def names(self, ids: list[int]) -> dict[int, str]:
        """Display names for a few residents (pickers, attendance lists)."""
        if not ids:
            return {}
        marks = ",".join("?" for _ in ids)
        found = self.store.query(
            "SELECT id, family_name, given_name, family_name_latin, given_name_latin "
            f"FROM residents WHERE id IN ({marks})", ids)
        return {r[0]: Resident(family_name=r[1], given_name=r[2], family_name_latin=r[3],
                               given_name_latin=r[4]).display_name() for r in found}

    def find(self, text: str, limit: int = 30) -> list[tuple[int, str]]:
        """Residents matching a name: id and a label that tells apart two people with the
        same name (reading, district)."""
        return [(c.id, " — ".join(p for p in (c.name, c.other_names, c.district) if p))
                for c in self.choose(text, limit)]

    def choose(self, text: str, limit: int = 30) -> list[ResidentChoice]:
        """Residents matching any form of a name, for pickers."""
        with self.store.reading() as conn:
            ids = [h.id for h in search.search(conn, text, limit) if h.kind == "resident"]
        found = self.choices(ids)
        return [found[i] for i in ids if i in found]

    def choice(self, resident_id: int) -> ResidentChoice | None:
        return self.choices([resident_id]).get(resident_id)

    def choices(self, ids: list[int]) -> dict[int, ResidentChoice]:
        if not ids:
            return {}
        marks = ",".join("?" for _ in ids)
        found: dict[int, ResidentChoice] = {}
        for (rid, fam, giv, fam_l, giv_l, kana, nationality, languages, district
             ) in self.store.query(
                "SELECT id, family_name, given_name, family_name_latin, given_name_latin, "
                f"kana, nationality, languages, district FROM residents WHERE id IN ({marks})",
                ids):
            name = Resident(family_name=fam, given_name=giv, family_name_latin=fam_l,
                            given_name_latin=giv_l).display_name()
            spoken = json.loads(languages or "[]")
            found[rid] = ResidentChoice(
                rid, name, kana if kana and kana not in name else "", nationality,
                spoken[0] if spoken else None, district)
        return found

    def timeline(self, resident_id: int) -> list[TimelineEntry]:
        found = self.store.query(
            "SELECT 'consultation', c.id, c.occurred_at,"
            " (SELECT min(topic) FROM consultation_topics t WHERE t.consultation_id = c.id),"
            " c.asked FROM consultations c WHERE c.resident_id = :id "
            "UNION ALL SELECT 'accompaniment', a.id, a.date || coalesce('T' || a.time_out, ''),"
            " a.destination_kind, a.facility || ' ' || a.purpose FROM accompaniments a"
            " WHERE a.resident_id = :id "
            "UNION ALL SELECT 'session', s.id, s.date || coalesce('T' || s.start_time, ''),"
            " s.kind, s.title FROM sessions s JOIN session_attendees sa ON sa.session_id = s.id"
            " WHERE sa.resident_id = :id "
            "ORDER BY 3 DESC", {"id": resident_id})
        return [TimelineEntry(r[0], r[1], r[2], r[3] or "", (r[4] or "").strip())
                for r in found]
