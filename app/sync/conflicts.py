"""Conflicts: a record changed on two devices since they last exchanged, or deleted on one
and changed on the other. Nothing is overwritten: the record stays as it is here, both
versions are kept (sync_conflicts, and a "sync_conflict" audit row with both values) until
a person resolves it, field by field (mine / theirs / a value typed in), or keeps or
deletes a record deleted on one side. The resolution is saved as a new version that has
seen both, so it travels to the other devices and settles the conflict there too."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app import audit, exchange_apply, exchange_export, rows
from app.db import Connection
from app.errors import MadoguchiError, NotFoundError
from app.jptime import utc_stamp
from app.marks import QT_TRANSLATE_NOOP
from app.services import Services
from app.store import Store
from app.sync import clocks

MINE, THEIRS = "mine", "theirs"
_SKIP = {"uuid", *exchange_export.STAMPS, *exchange_export.IDENTITY}
SINGULAR = {"residents": "resident", "consultations": "consultation",
            "accompaniments": "accompaniment", "sessions": "session",
            "organisations": "organisation", "bridge_persons": "bridge_person",
            "kb_entries": "kb_entry"}
GONE = QT_TRANSLATE_NOOP("errors", "That conflict was already resolved.")
BAD_CHOICE = QT_TRANSLATE_NOOP("errors", "Choose mine, theirs or a new value for field %1.")


@dataclass(frozen=True)
class Conflict:
    id: int
    kind: str               # table name: residents, consultations, ...
    uuid: str
    found_at: str
    mine: dict[str, Any] | None     # None: deleted on this device
    theirs: dict[str, Any] | None   # None: deleted on the other device
    their_device: str

    def fields(self) -> list[str]:
        """The fields that differ (every field when one side deleted the record)."""
        a, b = self.mine or {}, self.theirs or {}
        names = dict.fromkeys([*a, *b])
        return [n for n in names if n not in _SKIP and a.get(n) != b.get(n)]

    @property
    def deleted_here(self) -> bool:
        return self.mine is None

    @property
    def deleted_there(self) -> bool:
        return self.theirs is None


def found(conn: Connection, user: str, kind: str, uuid: str, mine: dict[str, Any] | None,
          theirs: dict[str, Any] | None, their_clock: clocks.Clock, *,
          tombstone: dict[str, Any] | None = None) -> None:
    """Keep both versions (one open conflict per record: a newer 'theirs' replaces the
    older), and put both values in the audit trail."""
    open_row = conn.execute("SELECT id FROM sync_conflicts WHERE uuid = ? AND resolved_at "
                            "IS NULL", (uuid,)).fetchone()
    their_device = str((theirs or tombstone or {}).get("device_id", ""))
    values = (json.dumps(mine, ensure_ascii=False) if mine is not None else None,
              json.dumps(theirs, ensure_ascii=False) if theirs is not None else None,
              json.dumps(their_clock), their_device)
    if open_row is None:
        conn.execute("INSERT INTO sync_conflicts (kind, uuid, found_at, mine, theirs, "
                     "their_clock, their_device) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (kind, uuid, utc_stamp(), *values))
    else:
        conn.execute("UPDATE sync_conflicts SET mine = ?, theirs = ?, their_clock = ?, "
                     "their_device = ? WHERE id = ?", (*values, open_row[0]))
    a, b = mine or {}, theirs or {}
    changes = {n: [a.get(n), b.get(n)] for n in dict.fromkeys([*a, *b])
               if n not in _SKIP and a.get(n) != b.get(n)}
    audit.record(conn, user, "sync_conflict", kind=SINGULAR.get(kind, kind), uuid=uuid,
                 changes=changes, detail=f"device {their_device[:8]}" +
                 ("; deleted there" if theirs is None else "") +
                 ("; deleted here" if mine is None else ""))


def superseded(conn: Connection, uuid: str, ticks: clocks.Clock) -> None:
    """A version that has seen both sides arrived (resolved on another device): close."""
    for cid, raw in conn.execute("SELECT id, their_clock FROM sync_conflicts WHERE uuid = ? "
                                 "AND resolved_at IS NULL", (uuid,)).fetchall():
        if clocks.dominates(ticks, json.loads(str(raw))):
            conn.execute("UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ? "
                         "WHERE id = ?", (utc_stamp(), "(another device)", cid))


def engine_query(conn: Connection) -> exchange_export.Query:
    def query(sql: str, params: Any = ()) -> list[Any]:
        return list(conn.execute(sql, params).fetchall())

    return query


def _row(r: tuple[Any, ...]) -> Conflict:
    return Conflict(int(r[0]), str(r[1]), str(r[2]), str(r[3]),
                    json.loads(r[4]) if r[4] is not None else None,
                    json.loads(r[5]) if r[5] is not None else None, str(r[6]))


_SELECT = ("SELECT id, kind, uuid, found_at, mine, theirs, their_device FROM sync_conflicts ")


def open_conflicts(store: Store) -> list[Conflict]:
    return [_row(r) for r in store.query(_SELECT + "WHERE resolved_at IS NULL ORDER BY id")]


def open_count(store: Store) -> int:
    """How many conflicts wait for a person (reports say so beside their counts)."""
    return int(store.query_one(
        "SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")[0])


def has_conflict(store: Store, uuid: str) -> bool:
    """The record's conflict badge."""
    return store.query_one("SELECT 1 FROM sync_conflicts WHERE uuid = ? AND resolved_at "
                           "IS NULL", (uuid,)) is not None


def record_has_conflict(store: Store, kind: str, record_id: int) -> bool:
    """The conflict badge of a record by its kind (resident, consultation, …) and id."""
    table = {v: k for k, v in SINGULAR.items()}.get(kind)
    if table is None:
        return False
    return store.query_one(
        f"SELECT 1 FROM {table} r JOIN sync_conflicts c ON c.uuid = r.uuid "  # noqa: S608
        "WHERE r.id = ? AND c.resolved_at IS NULL", (record_id,)) is not None


def get(store: Store, conflict_id: int) -> Conflict:
    row = store.query_one(_SELECT + "WHERE id = ? AND resolved_at IS NULL", (conflict_id,))
    if row is None:
        raise NotFoundError(GONE)
    return _row(row)


def resolve(services: Services, conflict_id: int, choices: dict[str, Any] | None = None,
            *, keep: str | None = None) -> None:
    """Settle a conflict. For two edits, `choices` maps each differing field to "mine",
    "theirs" or ("edit", value); fields not named keep mine. When one side deleted the
    record, `keep` is "mine" or "theirs": the side whose state wins (a record, or its
    deletion). Saved as a new version of this device that has seen both; audited."""
    store = services.store
    conflict = get(store, conflict_id)
    choices = dict(choices or {})
    with store.write() as conn:
        ours = clocks.of(conn, conflict.uuid) or {}
        theirs_clock = dict(json.loads(str(conn.execute(
            "SELECT their_clock FROM sync_conflicts WHERE id = ?",
            (conflict_id,)).fetchone()[0])))
        both = clocks.merged(ours, theirs_clock)
        version = max(both.values(), default=0) + 1
        me = rows.device_id(conn)
        both[me] = version
        current = exchange_export.records(engine_query(conn), conflict.kind,
                                          f"x.uuid = '{conflict.uuid}'")
        mine = current[0] if current else None
        writer = exchange_apply.writer(store)
        if conflict.deleted_here or conflict.deleted_there:
            side = keep or (MINE if choices.get("*") != THEIRS else THEIRS)
            if side not in (MINE, THEIRS):
                raise MadoguchiError(BAD_CHOICE, "*")
            winner = mine if side == MINE else conflict.theirs
            detail = f"kept {side}"
        else:
            assert conflict.theirs is not None
            winner = dict(mine or conflict.mine or {})
            for name in conflict.fields():
                choice = choices.get(name, MINE)
                if choice == THEIRS:
                    winner[name] = conflict.theirs.get(name)
                elif isinstance(choice, tuple | list) and len(choice) == 2 and \
                        choice[0] == "edit":
                    winner[name] = choice[1]
                elif choice != MINE:
                    raise MadoguchiError(BAD_CHOICE, name)
            detail = "; ".join(f"{n}: {choices.get(n, MINE) if isinstance(choices.get(n, MINE), str) else 'edit'}"  # noqa: E501
                               for n in conflict.fields())
        now = utc_stamp()
        if winner is None:  # the deletion wins
            local = exchange_apply.local_id_or_none(conn, conflict.kind, conflict.uuid)
            if local is not None:
                exchange_apply.delete(writer, conflict.kind, conflict.uuid, {
                    "updated_at": now, "updated_by": store.user, "version": version,
                    "device_id": me, "clock": both})
            else:
                conn.execute("UPDATE tombstones SET version = ?, device_id = ? WHERE uuid = ?",
                             (version, me, conflict.uuid))
                rows.set_clock(conn, conflict.uuid, conflict.kind, both)
        else:
            record = {**winner, "version": version, "device_id": me, "updated_at": now,
                      "updated_by": store.user}
            exchange_apply.write(writer, conflict.kind, record, user=store.user, now=now)
            rows.set_clock(conn, conflict.uuid, conflict.kind, both)
        conn.execute("UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ? WHERE id = ?",
                     (now, store.user, conflict_id))
        audit.record(conn, store.user, "conflict_resolved",
                     kind=SINGULAR.get(conflict.kind, conflict.kind), uuid=conflict.uuid,
                     detail=detail)
