"""The append-only audit trail: who created, changed, deleted, viewed, exported, reported,
backed up, restored, logged in or failed to.

Rows live in the encrypted database (db/migrations/0004_audit.sql); triggers refuse UPDATE
and DELETE. There is one hash chain per device (0012_identity.sql): each row carries the
device that wrote it and its place in that device's chain (device_seq), its hash is
sha256(prev_hash + canonical JSON of its fields, with device_seq as its "id"), and
prev_hash is the hash of the row before it in the same chain. So a row keeps its hash when
it travels to another device (sync), where it gets another local id; and `verify` finds
the first row that was altered, removed or slipped in through a raw connection. (Someone
holding the key who recomputes every later hash is not caught: the chain shows tampering, it
cannot stop it.)

`changes` holds the before/after values of changed fields and so personal data: it is as
protected as the records themselves, and when a record's personal data is purged (retention)
`redact` blanks those copies too. The row hash covers the hash of `changes`, not the text, so
a redacted row still verifies; a "redact" row names who blanked it, and a blanked row
without one is reported as altered. `detail` never holds personal free text: counts, file
names, periods and codes only.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from app import rows, signing
from app.db import Connection
from app.errors import MadoguchiError, NotFoundError
from app.jptime import JST, utc_stamp
from app.marks import QT_TRANSLATE_NOOP
from app.store import Store

T = TypeVar("T")

Changes = dict[str, list[Any]]

_STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"
_HASHED = ("id", "at", "user", "action", "record_kind", "record_uuid", "changes_hash",
           "detail")
_COLUMNS = (*_HASHED, "changes", "prev_hash", "hash", "signer", "signature")
_NOT_DIFFED = frozenset({"id", "uuid"})  # the uuid is the row's record_uuid
_BATCH = 5000


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str                  # UTC
    user: str
    action: str
    record_kind: str | None
    record_uuid: str | None
    changes_hash: str | None
    detail: str | None
    changes: Changes         # {} when there were none, or when redacted
    prev_hash: str
    hash: str
    signer: str | None = None     # the acting user's key id; signing.NOBODY; None before
    signature: str | None = None  # over `hash` (app/signing.py)

    @property
    def redacted(self) -> bool:
        return self.changes_hash is not None and not self.changes

    def local_time(self) -> str:
        return local_time(self.at)

    def summary(self, width: int = 40) -> str:
        return summarise(self.changes, width)


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def row_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    """The hash of one row: its fields as stored (`changes` through `changes_hash`)."""
    return _sha256(prev_hash + _canonical({k: fields.get(k) for k in _HASHED}))


def record(conn: Connection, user: str, action: str, *, kind: str | None = None,
           uuid: str | None = None, changes: Changes | None = None,
           detail: str | None = None, at: str | None = None, nobody: bool = False) -> int:
    """Append one row. Call inside the caller's Store.write() transaction, so the row and the
    change it records are committed, or rolled back, together. The row is signed by the
    acting user's key when they are logged in (app/signing.py); `nobody` marks a row written
    while no user was (a failed login). Returns the row's id."""
    if not conn.in_transaction:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "An audit row is written only inside a write transaction."))
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit'").fetchone()
    device = rows.device_id(conn)
    last = conn.execute("SELECT device_seq, hash FROM audit WHERE device_id = ? "
                        "ORDER BY device_seq DESC LIMIT 1", (device,)).fetchone()
    local_id = (int(seq[0]) if seq else 0) + 1
    text = None if changes is None else _canonical(changes)
    fields: dict[str, Any] = {
        "id": int(last[0]) + 1 if last else 1, "at": at or utc_stamp(), "user": user,
        "action": action, "record_kind": kind, "record_uuid": uuid,
        "changes_hash": None if text is None else _sha256(text), "detail": detail}
    prev = str(last[1]) if last else ""
    values = {**fields, "id": local_id, "changes": text, "prev_hash": prev,
              "hash": row_hash(prev, fields), "device_id": device, "device_seq": fields["id"]}
    values["signer"], values["signature"] = signing.mark(conn, user, values["hash"], nobody)
    conn.execute(f"INSERT INTO audit ({', '.join(values)}) VALUES "
                 f"({', '.join('?' for _ in values)})", tuple(values.values()))
    fields["id"] = local_id
    return int(fields["id"])


def log(store: Store, action: str, *, kind: str | None = None, uuid: str | None = None,
        changes: Changes | None = None, detail: str | None = None) -> int:
    """One row in a transaction of its own, as `store.user` (views, exports, reports).
    Nothing on read-only media, where no row can be written (0)."""
    if store.readonly:
        return 0
    with store.write() as conn:
        return record(conn, store.user, action, kind=kind, uuid=uuid, changes=changes,
                      detail=detail)


# ---------------------------------------------------------------- before and after

def _plain(obj: Any) -> dict[str, Any]:
    if obj is None:
        return {}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    raise TypeError(f"diff() takes dataclass records, not {type(obj).__name__}")


def _blank(obj: Any) -> dict[str, Any]:
    """The record kind's empty form: a new record shows only the fields filled in."""
    try:
        return _plain(type(obj)())
    except TypeError:
        return {}


# Fields that hold local row ids: written into `changes` as the records' UUIDs, which mean
# the same on every device and in every file.
ID_FIELDS = {"resident_id": "residents", "referral_org_id": "organisations",
             "organisation_id": "organisations", "consultation_id": "consultations",
             "attendee_ids": "residents", "organisation_ids": "organisations",
             "links": "residents"}


def with_uuids(conn: Connection, values: dict[str, Any]) -> dict[str, Any]:
    """`values` with every local id in ID_FIELDS replaced by its record's UUID."""
    def one(table: str, row_id: Any) -> Any:
        if not isinstance(row_id, int) or isinstance(row_id, bool):
            return row_id
        row = conn.execute(f"SELECT uuid FROM {table} WHERE id = ?",  # noqa: S608
                           (row_id,)).fetchone()
        return str(row[0]) if row else row_id

    out = dict(values)
    for name, table in ID_FIELDS.items():
        value = out.get(name)
        if name == "links" and isinstance(value, list):
            out[name] = [{**link, "related_id": one(table, link.get("related_id"))}
                         if isinstance(link, dict) else link for link in value]
        elif isinstance(value, list):
            out[name] = [one(table, v) for v in value]
        elif value is not None:
            out[name] = one(table, value)
    return out


def diff(before: Any, after: Any, conn: Connection | None = None) -> Changes:
    """{"field": [before, after]} for every field that differs. A new record (before None)
    lists the fields given a value; a deleted one (after None) the fields that had one.
    With `conn`, local ids are written as UUIDs (ID_FIELDS)."""
    old, new = _plain(before), _plain(after)
    if conn is not None:
        old, new = with_uuids(conn, old), with_uuids(conn, new)
    if before is None:
        old, blank = {k: None for k in new}, _blank(after)
        new = {k: v for k, v in new.items() if v != blank.get(k)}
    elif after is None:
        blank = _blank(before)
        old = {k: v for k, v in old.items() if v != blank.get(k)}
        new = {k: None for k in old}
    return {k: [old.get(k), new.get(k)] for k in dict.fromkeys([*old, *new])
            if k not in _NOT_DIFFED and old.get(k) != new.get(k)}


def load_or_none(get: Callable[[int], T], record_id: int | None) -> T | None:
    """The stored record before a save or delete, or None when there is none."""
    if record_id is None:
        return None
    try:
        return get(record_id)
    except NotFoundError:
        return None


def changed(conn: Connection, user: str, kind: str, before: Any, after: Any) -> None:
    """Record a create, update or delete of one record, with its changed fields."""
    action = "create" if before is None else ("delete" if after is None else "update")
    uuid = (after if after is not None else before).uuid
    record(conn, user, action, kind=kind, uuid=uuid, changes=diff(before, after, conn))


def redact(conn: Connection, user: str, uuids: Iterable[str]) -> int:
    """Blank the before/after values of every row about these records, when their personal
    data is purged; inside the purge's transaction. Each record with rows blanked gets a
    "redact" row. Returns how many rows were blanked."""
    total = 0
    for uuid in dict.fromkeys(uuids):
        n = conn.execute("UPDATE audit SET changes = NULL "
                         "WHERE record_uuid = ? AND changes IS NOT NULL", (uuid,)).rowcount
        if n:
            record(conn, user, "redact", uuid=uuid, detail=f"{n} row(s)")
            total += n
    return total


# ---------------------------------------------------------------- verify

def verify(store: Store) -> int | None:
    """The local id of the first row that was altered, removed or inserted out of chain, or
    None when every device's chain is intact. A removed row is named by the id after the
    row before it in its chain (its own id, when one device wrote the rows); when rows were
    removed from the end, the first missing id after the last row. A row whose values were
    blanked counts as altered unless a later "redact" row covers it."""
    redacted_by = dict(store.query("SELECT record_uuid, max(id) FROM audit "
                                   "WHERE action = 'redact' GROUP BY record_uuid"))
    bad: list[int] = []
    stray = store.query_one("SELECT min(id) FROM audit WHERE id < 1 OR device_id IS NULL "
                            "OR device_seq IS NULL")[0]
    if stray is not None:
        bad.append(int(stray))
    for (device,) in store.query("SELECT DISTINCT device_id FROM audit "
                                 "WHERE device_id IS NOT NULL"):
        found = _verify_chain(store, str(device), redacted_by)
        if found is not None:
            bad.append(found)
    if bad:
        return min(bad)
    top = store.query_one("SELECT max(id) FROM audit")[0]
    seq = store.query_one("SELECT seq FROM sqlite_sequence WHERE name = 'audit'")
    if seq is not None and int(seq[0]) > int(top or 0):
        return int(top or 0) + 1
    return None


def _verify_chain(store: Store, device: str, redacted_by: dict[str, int]) -> int | None:
    expected, prev, prev_id = 1, "", 0
    while True:
        found = store.query(f"SELECT {', '.join(_COLUMNS)}, device_seq FROM audit "
                            "WHERE device_id = ? AND device_seq >= ? ORDER BY device_seq "
                            "LIMIT ?", (device, expected, _BATCH))
        for row in found:
            fields = dict(zip((*_COLUMNS, "device_seq"), row, strict=True))
            local_id, fields["id"] = fields["id"], fields.pop("device_seq")
            if fields["id"] != expected:
                return prev_id + 1
            if fields["prev_hash"] != prev or row_hash(prev, fields) != fields["hash"]:
                return int(local_id)
            if fields["changes"] is not None:
                if _sha256(fields["changes"]) != fields["changes_hash"]:
                    return int(local_id)
            elif fields["changes_hash"] is not None and \
                    redacted_by.get(fields["record_uuid"], 0) <= local_id:
                return int(local_id)
            expected, prev, prev_id = expected + 1, str(fields["hash"]), int(local_id)
        if len(found) < _BATCH:
            return None


def heads(store: Store) -> dict[str, tuple[int, str]]:
    """The head of every device's chain: {device id: (device_seq, hash)}."""
    return {str(r[0]): (int(r[1]), str(r[2])) for r in store.query(
        "SELECT h.device_id, h.seq, a.hash FROM (SELECT device_id, max(device_seq) AS seq "
        "FROM audit WHERE device_id IS NOT NULL GROUP BY device_id) h "
        "JOIN audit a ON a.device_id = h.device_id AND a.device_seq = h.seq")}


def count(store: Store) -> int:
    return int(store.query_one("SELECT count(*) FROM audit")[0])


# ---------------------------------------------------------------- the Audit page

def _require_admin(store: Store) -> None:
    if store.role != "admin":
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "Only an administrator can read the audit trail."))


def _utc_start(day: str, *, next_day: bool = False) -> str:
    """The UTC stamp at which a Japan-local day begins (or the next one does)."""
    try:
        local = date.fromisoformat(day)
    except ValueError:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "%1 is not a date; write it as YYYY-MM-DD."), repr(day)) from None
    if next_day:
        local += timedelta(days=1)
    return datetime.combine(local, time(), JST).astimezone(UTC).strftime(_STAMP)


def _row(values: tuple[Any, ...]) -> AuditRow:
    fields = dict(zip(_COLUMNS, values, strict=True))
    fields["changes"] = json.loads(fields["changes"]) if fields["changes"] else {}
    return AuditRow(**fields)


def search(store: Store, user: str | None = None, date_from: str | None = None,
           date_to: str | None = None, record: str | None = None,
           limit: int = 500) -> list[AuditRow]:
    """Newest first. Dates are Japan-local 'YYYY-MM-DD', both ends included; `record` is a
    record's uuid or its beginning."""
    _require_admin(store)
    where: list[str] = []
    params: list[Any] = []
    if user:
        where.append("user = ?")
        params.append(user)
    if date_from:
        where.append("at >= ?")
        params.append(_utc_start(date_from))
    if date_to:
        where.append("at < ?")
        params.append(_utc_start(date_to, next_day=True))
    if record and record.strip():
        where.append("record_uuid LIKE ? ESCAPE '\\'")
        text = record.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(text + "%")
    sql = (f"SELECT {', '.join(_COLUMNS)} FROM audit"
           + (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY id DESC LIMIT ?")
    return [_row(r) for r in store.query(sql, (*params, limit))]


def users(store: Store) -> list[str]:
    """Every user name that appears in the trail, for the page's filter."""
    _require_admin(store)
    return [str(r[0]) for r in store.query("SELECT DISTINCT user FROM audit ORDER BY user")]


def local_time(at: str) -> str:
    """A UTC stamp shown in Japan time, to the second."""
    try:
        moment = datetime.strptime(at, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return at
    return moment.astimezone(JST).strftime("%Y-%m-%d %H:%M:%S")


def _short(value: Any, width: int) -> str:
    text = "—" if value in (None, "", [], {}) else (
        value if isinstance(value, str) else _canonical(value))
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def summarise(changes: Changes, width: int = 40) -> str:
    """'field: before → after; …', each value cut to `width` characters."""
    return "; ".join(f"{name}: {_short(pair[0], width)} → {_short(pair[1], width)}"
                     for name, pair in changes.items())
