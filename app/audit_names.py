"""Records named as a reviewer of the audit trail knows them: a resident by name, a
consultation or an accompaniment by its case number and the person, a session by date and
title; not by UUID. For administrators only, like the trail itself."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app import kinds
from app.audit import AuditRow, _require_admin
from app.records import Resident
from app.store import Store

_TABLES = {k.name: k.table for k in kinds.ALL if k.keyed}  # audit record_kind → table


@dataclass(frozen=True)
class RecordName:
    number: int | None  # the case number (the record's id in this town), if it still exists
    name: str           # the person, session or entry; "" when none (anonymous, deleted)
    nationality: str = ""  # of an anonymous person, a code


def _person_names(store: Store, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    marks = ",".join("?" for _ in wanted)
    return {r[0]: Resident(family_name=r[1], given_name=r[2], family_name_latin=r[3],
                           given_name_latin=r[4]).display_name()
            for r in store.query(
                "SELECT id, family_name, given_name, family_name_latin, given_name_latin "
                f"FROM residents WHERE id IN ({marks})", wanted)}


def record_names(store: Store, rows: Iterable[AuditRow]) -> dict[str, RecordName]:
    """uuid → how to name the record, for every row about a record that still exists."""
    _require_admin(store)
    by_kind: dict[str, set[str]] = {}
    for row in rows:
        if row.record_kind in _TABLES and row.record_uuid:
            by_kind.setdefault(row.record_kind, set()).add(row.record_uuid)
    found: dict[str, RecordName] = {}
    for kind, uuids in by_kind.items():
        marks = ",".join("?" for _ in uuids)
        params = sorted(uuids)
        if kind == "resident":
            ids = dict(store.query(f"SELECT uuid, id FROM residents WHERE uuid IN ({marks})",
                                   params))
            names = _person_names(store, ids.values())
            found.update({u: RecordName(i, names.get(i, "")) for u, i in ids.items()})
        elif kind in ("consultation", "accompaniment"):
            nationality = "nationality" if kind == "consultation" else "NULL"
            table = _TABLES[kind]
            records = store.query(f"SELECT uuid, id, resident_id, {nationality} FROM {table} "
                                  f"WHERE uuid IN ({marks})", params)
            names = _person_names(store, [r[2] for r in records if r[2] is not None])
            found.update({u: RecordName(i, names.get(rid, "") if rid is not None else "",
                                        (nat or "") if rid is None else "")
                          for u, i, rid, nat in records})
        elif kind == "session":
            found.update({u: RecordName(i, f"{day} {title}".strip()) for u, i, day, title in
                          store.query(f"SELECT uuid, id, date, title FROM sessions "
                                      f"WHERE uuid IN ({marks})", params)})
        elif kind in ("organisation", "bridge_person"):
            found.update({u: RecordName(i, name) for u, i, name in store.query(
                f"SELECT uuid, id, name FROM {_TABLES[kind]} WHERE uuid IN ({marks})",
                params)})
        elif kind == "kb_entry":
            found.update({u: RecordName(i, question or "") for u, i, question in store.query(
                "SELECT e.uuid, e.id, (SELECT question FROM kb_texts t WHERE t.entry_id = e.id "
                "ORDER BY t.language <> 'ja' LIMIT 1) FROM kb_entries e "
                f"WHERE e.uuid IN ({marks})", params)})
    return found


def resident_names(store: Store, ids: Iterable[int | str]) -> dict[int | str, str]:
    """Names for residents found in audit values (a consultation's resident_id): local ids
    in rows written before 0012, UUIDs since."""
    _require_admin(store)
    wanted = set(ids)
    found: dict[int | str, str] = {}
    for key, name in _person_names(store, [i for i in wanted if isinstance(i, int)]).items():
        found[key] = name
    uuids = sorted(u for u in wanted if isinstance(u, str))
    if uuids:
        by_uuid = dict(store.query(
            f"SELECT uuid, id FROM residents WHERE uuid IN ({','.join('?' for _ in uuids)})",
            uuids))
        names = _person_names(store, by_uuid.values())
        found.update({u: names[i] for u, i in by_uuid.items() if i in names})
    return found
