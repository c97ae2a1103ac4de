"""Retention: anonymise residents with no activity for N years (administrator only).

A resident's latest activity is the latest of: their consultations, their accompaniments,
the sessions they attended, their arrival date, and the last change to their own record
(`updated_at`, taken as a Japan-local date). `preview` lists who has had none for N years;
an administrator then confirms, and `anonymise` runs.

Anonymise rather than delete. Past monthly and annual reports count consultations,
accompaniments and session attendance by the resident's nationality, languages and status
of residence, and count distinct residents; deleting the residents (and so their records)
would change the figures of reports already sent to the prefecture. So the resident row
stays, with those three fields, and so do every consultation, accompaniment and session
link with every coded field and count the reports use. Everything that identifies the
person is blanked: names (native, Latin, kana), employer, district, SNS contacts, arrival
and consent dates, notes, household links; in their consultations the free text (asked,
done) and in their accompaniments facility, purpose, outcome and health details. The search
index is rebuilt for them, so the old name finds nothing. A blank name marks an anonymised
resident (a saved resident always has a name), so `preview` does not list them again.

The whole change is one transaction. Before it, a backup is made. Inside it, the audit rows
about these residents and their consultations and accompaniments have their before/after
values blanked (app/audit.redact keeps the hash chain verifiable), and a "purge" row per
resident records the UUID, never the old values. Freed space in the file is overwritten
(secure_delete) and the search index is merged afterwards, so the old text does not linger
in free pages. Older backups keep it until they are rotated out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from app import audit, backup, kinds, search, sensitive
from app.errors import MadoguchiError, NotFoundError
from app.fields import Kind
from app.jptime import JST, today_local
from app.marks import QT_TRANSLATE_NOOP
from app.records import Resident
from app.store import Store

AUDIT_DETAIL = "anonymised after the retention period"
MAX_YEARS = 100
NAME_FIELDS = kinds.RESIDENT_NAMES



def _candidates() -> tuple[str, tuple[Kind, ...]]:
    """The residents not yet anonymised, with the latest date and the count of the records
    of each kind about them that has a date (its definition's `day`), then of the sessions
    they attended; and those kinds, in that order."""
    dated = tuple(k for k in kinds.about_residents() if k.day)
    per_kind = "".join(
        f" (SELECT max({k.day.format(a=k.alias)}) FROM {k.table} {k.alias}"
        f" WHERE {k.alias}.resident_id = r.id),"
        f" (SELECT count(*) FROM {k.table} {k.alias} WHERE {k.alias}.resident_id = r.id),"
        for k in dated)
    sql = (
        "SELECT r.id, r.uuid, r.family_name, r.given_name, r.family_name_latin, "
        "r.given_name_latin, r.arrival_date, r.updated_at," + per_kind +
        " (SELECT max(s.date) FROM session_attendees x JOIN sessions s ON s.id = x.session_id"
        "  WHERE x.resident_id = r.id),"
        " (SELECT count(*) FROM session_attendees x WHERE x.resident_id = r.id) "
        "FROM residents r WHERE " + " || ".join(f"r.{f}" for f in NAME_FIELDS) + " <> '' "
        "ORDER BY r.id")
    return sql, dated


def _blanked(kind: Kind, secret: tuple[str, ...]) -> list[str]:
    """What a purge blanks in a kind: the fields its definition marks personal, and its
    sensitive fields (the sensitive_fields table); every coded field and count stays."""
    return list(dict.fromkeys([*(f.name for f in kind.stored_fields if f.personal), *secret]))


def _blanking(kind: Kind, names: list[str], where: str) -> str:
    sets = ", ".join(f"{name} = ?" for name in names)
    return f"UPDATE {kind.table} SET {sets}, updated_at = ?, updated_by = ? WHERE {where}"


@dataclass(frozen=True)
class Candidate:
    id: int
    uuid: str
    name: str              # display name, for the administrator's confirmation screen
    last_activity: date | None   # None: no dated activity at all
    consultations: int
    accompaniments: int
    sessions: int


def cutoff(years: int, today: date | None = None) -> date:
    """The day N years before `today` (Japan-local); 29 February falls back to the 28th."""
    if years < 1:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "The retention period must be at least one year."))
    if years > MAX_YEARS:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "The retention period can be at most %1 years."), MAX_YEARS)
    day = today or today_local()
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _local_day(text: object) -> date | None:
    """A stored date, date-time or UTC stamp as a Japan-local date (None if unreadable)."""
    if not isinstance(text, str) or not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(JST)
    return moment.date()


def preview(store: Store, years: int, today: date | None = None) -> list[Candidate]:
    """Residents (not yet anonymised) whose latest activity is older than `years` years."""
    limit = cutoff(years, today)
    sql, dated = _candidates()
    found: list[Candidate] = []
    for (rid, uuid, fam, giv, fam_l, giv_l, arrival, updated, *activity) in store.query(sql):
        lasts, counts = activity[0::2], activity[1::2]
        days = [d for d in map(_local_day, (arrival, updated, *lasts)) if d]
        last = max(days) if days else None
        if last is None or last < limit:
            name = Resident(family_name=fam, given_name=giv, family_name_latin=fam_l,
                            given_name_latin=giv_l).display_name()
            n = dict(zip((k.name for k in dated), counts, strict=False))
            found.append(Candidate(rid, uuid, name, last, n.get("consultation", 0),
                                   n.get("accompaniment", 0), counts[-1]))
    return found


def anonymise(store: Store, ids: Iterable[int], *, user_role: str) -> int:
    """Blank everything identifying about these residents, keep what reports count (see the
    module docstring). Returns how many residents were anonymised."""
    if user_role != "admin" or store.role != "admin":
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "Only an administrator can purge residents' records."))
    store.require_writable()
    wanted = sorted(set(ids))
    if not wanted:
        return 0
    marks = ",".join("?" for _ in wanted)
    uuids = [r[0] for r in store.query(
        f"SELECT uuid FROM residents WHERE id IN ({marks}) ORDER BY id", wanted)]
    if len(uuids) != len(wanted):
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "errors", "Some of those residents no longer exist; nothing was changed."))
    backup.make_backup(store, "before-purge")
    related = kinds.about_residents()
    records = [r[0] for kind in related for r in store.query(
        f"SELECT uuid FROM {kind.table} WHERE resident_id IN ({marks})", wanted)]
    stamp = store.stamp()
    changed = [(stamp["updated_at"], stamp["updated_by"], rid) for rid in wanted]
    with store.write() as conn:
        secure = conn.execute("PRAGMA secure_delete").fetchone()[0]
        conn.execute("PRAGMA secure_delete = ON")  # freed space is overwritten, not left
        for kind in (kinds.RESIDENT, *related):
            names = _blanked(kind, sensitive.fields(conn, kind.table))
            if not names:
                continue
            where = "id = ?" if kind is kinds.RESIDENT else "resident_id = ?"
            blanks = [kind.field(name).blank() for name in names]
            conn.executemany(_blanking(kind, names, where), [(*blanks, *c) for c in changed])
            if kind is kinds.RESIDENT:
                conn.executemany(
                    "DELETE FROM resident_links WHERE resident_id = ? OR related_id = ?",
                    [(rid, rid) for rid in wanted])
        for rid in wanted:
            search.index_resident(conn, rid)
        for table in ("search_people", "search_records"):  # merge away the old index terms
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
        # Rows about these people written before the purge kept their values: blank them,
        # then one "purge" row per resident with the UUID and never the old values.
        audit.redact(conn, store.user, [*uuids, *records])
        for uuid in uuids:
            audit.record(conn, store.user, "purge", kind="resident", uuid=uuid,
                         detail=AUDIT_DETAIL)
        conn.execute(f"PRAGMA secure_delete = {int(secure)}")
    if store.path is not None:  # left-over partial copies go now, the rest when due
        backup.sweep_side_files(store.path, [backup.backup_folder(store)])
    return len(wanted)
