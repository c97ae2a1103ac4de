"""One object that the window and the command line hold: the open store and its services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app import areas, rules, search
from app.codes import CodeBook
from app.consultations import Accompaniments, Consultations
from app.directory import Directory
from app.errors import MadoguchiError
from app.knowledge import Knowledge
from app.marks import QT_TRANSLATE_NOOP
from app.residents import Residents
from app.sessions import Sessions
from app.store import Store, open_store

if TYPE_CHECKING:
    from app.accounts import Users
    from app.today import Ahead, TodayView


@dataclass(frozen=True)
class FoundItem:
    kind: str   # resident | consultation | organisation | bridge_person
    id: int
    title: str  # "" for an anonymous consultation: the window says 匿名（nationality）
    detail: str
    when: str = ""
    nationality: str = ""  # a code; the window shows its label


@dataclass(frozen=True)
class DueItem:
    consultation_id: int
    follow_up_date: str | None
    occurred_at: str
    person: str  # "" when anonymous
    status: str
    asked: str
    nationality: str = ""  # of an anonymous person (a code)


@dataclass(frozen=True)
class ExpiringCard:
    resident_id: int
    name: str
    card_expiry: str
    residence_status: str | None


# The Immigration Services Agency takes renewal applications from three months before the
# period of stay ends; the desk reminds residents in the last two.
CARD_REMINDER_DAYS = 60


class Services:
    """Every service the window and the command line call, in one shape: an attribute per
    record kind (`residents`, `consultations`, …) or area of work (`users`, `reports`,
    `backups`, `audit`, `exchange`, `handover`, `retention`, `kb_packs`, `sync`,
    `table_import`: app/areas.py), with methods."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.codes = CodeBook(store)
        self.residents = Residents(store, self.codes)
        self.consultations = Consultations(store, self.codes)
        self.accompaniments = Accompaniments(store, self.codes)
        self.sessions = Sessions(store, self.codes)
        self.directory = Directory(store, self.codes)
        self.knowledge = Knowledge(store, self.codes)
        self._today_ahead: Ahead | None = None

    # the areas of work, made when first used (their modules load then too)
    @cached_property
    def users(self) -> Users:
        from app.accounts import Users

        return Users(self)

    @cached_property
    def reports(self) -> areas.Reports:
        return areas.Reports(self)

    @cached_property
    def backups(self) -> areas.Backups:
        return areas.Backups(self)

    @cached_property
    def audit(self) -> areas.AuditTrail:
        return areas.AuditTrail(self)

    @cached_property
    def exchange(self) -> areas.Exchange:
        return areas.Exchange(self)

    @cached_property
    def handover(self) -> areas.Handover:
        return areas.Handover(self)

    @cached_property
    def retention(self) -> areas.Retention:
        return areas.Retention(self)

    @cached_property
    def kb_packs(self) -> areas.KbPacks:
        return areas.KbPacks(self)

    @cached_property
    def sync(self) -> areas.Sync:
        return areas.Sync(self)

    @cached_property
    def table_import(self) -> areas.TableImport:
        return areas.TableImport(self)

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False, user: str | None = None,
             key: bytes | None = None, role: str = "staff") -> Services:
        return cls(open_store(path, create=create, user=user, key=key, role=role))

    def reopen(self) -> Services:
        """A second connection to the same database, for work on another thread."""
        if self.store.path is None:
            raise MadoguchiError(QT_TRANSLATE_NOOP("errors", "This database has no file."))
        services = Services.open(self.store.path, user=self.store.user, key=self.store.key,
                                 role=self.store.role)
        services.store.signer = self.store.signer
        services.store.listeners = self.store.listeners  # its writes are told to the window
        return services

    def close(self) -> None:
        self.store.close()

    def find(self, query: str, limit: int = 50) -> list[FoundItem]:
        """The search box: residents and directory entries first, then consultations."""
        with self.store.reading() as conn:
            hits = search.search(conn, query, limit)
        by_kind: dict[str, list[int]] = {}
        for hit in hits:
            by_kind.setdefault(hit.kind, []).append(hit.id)
        found: dict[tuple[str, int], FoundItem] = {}
        rids = by_kind.get("resident", [])
        names = self.residents.names(rids)
        if rids:
            marks = ",".join("?" for _ in rids)
            for rid, kana, nationality, district in self.store.query(
                    f"SELECT id, kana, nationality, district FROM residents WHERE id IN ({marks})",
                    rids):
                detail = "  ".join(p for p in (kana, district) if p)
                found[("resident", rid)] = FoundItem("resident", rid, names[rid], detail,
                                                     nationality=nationality)
        for table, kind in (("organisations", "organisation"),
                            ("bridge_persons", "bridge_person")):
            ids = by_kind.get(kind, [])
            if ids:
                marks = ",".join("?" for _ in ids)
                for row in self.store.query(
                        f"SELECT id, name, phone FROM {table} WHERE id IN ({marks})", ids):
                    found[(kind, row[0])] = FoundItem(kind, row[0], row[1], row[2])
        cids = by_kind.get("consultation", [])
        if cids:
            marks = ",".join("?" for _ in cids)
            rows = self.store.query(
                "SELECT c.id, c.occurred_at, c.resident_id, coalesce(c.nationality, ''), c.asked "
                f"FROM consultations c WHERE c.id IN ({marks})", cids)
            people = self.residents.names([r[2] for r in rows if r[2] is not None])
            for cid, when, rid, nat, asked in rows:
                who = people.get(rid, "") if rid is not None else ""
                found[("consultation", cid)] = FoundItem(
                    "consultation", cid, who, asked, when.replace("T", " "),
                    nat if rid is None else "")
        return [found[(h.kind, h.id)] for h in hits if (h.kind, h.id) in found]

    def follow_ups(self, today: str) -> tuple[list[DueItem], list[DueItem]]:
        """(overdue, due today): consultations not closed whose follow-up date has come."""
        rows = self.store.query(
            "SELECT c.id, c.follow_up_date, c.occurred_at, c.resident_id, c.nationality, "
            "c.status, c.asked FROM consultations c "
            f"WHERE {rules.follow_up_due('c')} ORDER BY c.follow_up_date, c.id", (today,))
        items = self._due_items(rows)
        return ([i for i in items if (i.follow_up_date or "") < today],
                [i for i in items if i.follow_up_date == today])

    def expiring_cards(self, today: date, days: int = CARD_REMINDER_DAYS
                       ) -> list[ExpiringCard]:
        """Residents whose period of stay (在留期間) ends within `days`, soonest first;
        an expiry already past is shown too, so that nobody is forgotten."""
        until = (today + timedelta(days=days)).isoformat()
        rows = self.store.query(
            "SELECT id, card_expiry, residence_status FROM residents "
            "WHERE card_expiry IS NOT NULL AND card_expiry <= ? "
            "AND card_expiry >= ? ORDER BY card_expiry, id",
            (until, (today - timedelta(days=days)).isoformat()))
        names = self.residents.names([r[0] for r in rows])
        return [ExpiringCard(r[0], names.get(r[0], ""), r[1], r[2]) for r in rows]

    def today(self, day: date) -> TodayView:
        """The Today page: follow-ups due, open cases, cards expiring, first steps."""
        from app.today import load

        ahead, self._today_ahead = self._today_ahead, None
        view = ahead.take(day) if ahead is not None else None
        return view if view is not None else load(self, day)

    def read_today_ahead(self, day: date) -> None:
        """Start reading Today's view on a thread (the window is built meanwhile); the next
        `today(day)` takes it (app.today.Ahead)."""
        from app.today import Ahead

        self._today_ahead = Ahead(self, day)

    def note_printed(self, what: str, kind: str | None = None, uuid: str | None = None
                     ) -> None:
        """A printout left the computer: recorded in the audit trail like an export."""
        from app import audit

        with self.store.write() as conn:
            audit.record(conn, self.store.user, "print", kind=kind, uuid=uuid, detail=what)

    def is_new_town(self) -> bool:
        """No resident and no consultation yet: the window shows the first steps."""
        return bool(self.store.query_one(
            "SELECT NOT EXISTS (SELECT 1 FROM residents) "
            "AND NOT EXISTS (SELECT 1 FROM consultations)")[0])

    def count_open(self) -> int:
        return int(self.store.query_one(
            f"SELECT count(*) FROM consultations c WHERE {rules.open_case('c')}")[0])

    def open_consultations(self, limit: int = 200) -> list[DueItem]:
        rows = self.store.query(
            "SELECT c.id, c.follow_up_date, c.occurred_at, c.resident_id, c.nationality, "
            "c.status, c.asked FROM consultations c "
            f"WHERE {rules.open_case('c')} "
            "ORDER BY c.occurred_at DESC LIMIT ?", (limit,))
        return self._due_items(rows)

    def _due_items(self, rows: list[tuple[object, ...]]) -> list[DueItem]:
        people = self.residents.names([int(str(r[3])) for r in rows if r[3] is not None])
        return [DueItem(int(str(r[0])), str(r[1]) if r[1] else None, str(r[2]).replace("T", " "),
                        people.get(int(str(r[3])), "") if r[3] is not None else "",
                        str(r[5]), str(r[6]), str(r[4] or "") if r[3] is None else "")
                for r in rows]
