"""What a write changed, told to whoever listens once it is committed (anki's OpChanges).

Store.write() watches the rows its transaction touches (SQLite's update hook) and, just before
COMMIT, turns them into a Changes: the kinds of record touched, and (kind, uuid, action) for
the records it can name (the audit rows the write added name every saved, deleted or purged
record; the rows of a record table name themselves, up to NAMED_AT_MOST of them). After the
COMMIT, the store's listeners get it, on the thread that wrote. Whoever changes records
without Store.write() (a sync packet applied another way) calls `store.notify(changes)`.
No Qt here: the window turns a Changes into a signal on its own thread (ui/changes.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

# Each table whose rows make up a kind of record, and that kind. A child table (topics,
# attendees, texts) changes its parent kind; its rows carry no uuid of their own.
RECORD_TABLES = {
    "residents": "resident", "consultations": "consultation",
    "accompaniments": "accompaniment", "sessions": "session",
    "organisations": "organisation", "bridge_persons": "bridge_person",
    "kb_entries": "kb_entry",
}
CHILD_TABLES = {
    "resident_links": "resident", "consultation_topics": "consultation",
    "consultation_answers": "consultation", "sensitive_fields": "accompaniment",
    "session_topics": "session", "session_attendees": "session",
    "session_headcounts": "session", "kb_texts": "kb_entry", "kb_organisations": "kb_entry",
    "record_sources": "import", "table_imports": "import",
}
OTHER_TABLES = {
    "settings": "setting", "code_items": "code", "code_labels": "code", "users": "user",
    "issued_reports": "issued_report", "signing_keys": "user",
    "sync_conflicts": "conflict", "sync_devices": "device",
}
# Kept by triggers or by the sync engine beside the rows above; a change to them alone is
# no change a page shows: row_counts, sync_clocks, sync_packets, sync_pending, tombstones.
# Audit actions that change no record (reading, printing, logging in) are not changes.
NOT_CHANGES = frozenset({"view", "print", "export", "report", "handover", "login", "logout",
                         "login_failed", "login_refused", "backup", "key_file_refused"})
NAMED_AT_MOST = 1000  # a bigger write (an import) names its kinds only

INSERT, DELETE, UPDATE = 18, 9, 23  # SQLite's action codes, as the update hook gives them


@dataclass(frozen=True)
class Change:
    kind: str
    uuid: str | None
    action: str  # create | update | delete | purge | import | … (the audit's word), or "write"


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[str] = frozenset()
    records: tuple[Change, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def affects(self, kinds: Iterable[str]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def uuids(self, kind: str) -> set[str]:
        return {c.uuid for c in self.records if c.kind == kind and c.uuid is not None}

    def names(self, kind: str, uuid: str) -> bool:
        """True when this change names that record (an import of many rows names none)."""
        return any(c.kind == kind and c.uuid == uuid for c in self.records)

    @staticmethod
    def of(kinds: Iterable[str], records: Iterable[Change] = ()) -> Changes:
        named = tuple(records)
        return Changes(frozenset(kinds) | {c.kind for c in named}, named)


Listener = Callable[[Changes], None]


def kind_of(table: str) -> str | None:
    return RECORD_TABLES.get(table) or CHILD_TABLES.get(table) or OTHER_TABLES.get(table)


_TABLE_KINDS = {**RECORD_TABLES, **CHILD_TABLES, **OTHER_TABLES}


@dataclass
class RowLog:
    """The rows one transaction touched, as the update hook reports them. A big write (an
    import) stops keeping row ids after NAMED_AT_MOST and is told by its kinds only."""

    kinds: set[str] = field(default_factory=set)
    rows: dict[str, dict[int, int]] = field(default_factory=dict)  # table → rowid → action
    audit_ids: list[int] = field(default_factory=list)
    overflow: bool = False

    def hook(self, action: int, _database: str, table: str, rowid: int) -> None:
        kind = _TABLE_KINDS.get(table)
        if kind is None:
            if table == "audit" and not self.overflow:
                self.audit_ids.append(rowid)
                self.overflow = len(self.audit_ids) > NAMED_AT_MOST
            return
        self.kinds.add(kind)
        if self.overflow or table not in RECORD_TABLES:
            return
        seen = self.rows.setdefault(table, {})
        seen[rowid] = DELETE if action == DELETE or seen.get(rowid) == DELETE else \
            seen.get(rowid, action)
        self.overflow = len(seen) > NAMED_AT_MOST

    def changes(self, query: Callable[[str, Any], list[Any]]) -> Changes:
        """Read, inside the transaction, what the touched rows were: `query(sql, params)`."""
        kinds = set(self.kinds)
        named: dict[tuple[str, str], Change] = {}
        if self.overflow:
            return Changes(frozenset(kinds))
        for action, kind, uuid in _chunks(query, "SELECT action, record_kind, record_uuid "
                                          "FROM audit WHERE id IN ({})", self.audit_ids):
            if kind and action not in NOT_CHANGES:
                kinds.add(str(kind))
                named[(str(kind), str(uuid))] = Change(str(kind), uuid, str(action))
        named_kinds = {kind for kind, _uuid in named}
        for table, rows in self.rows.items():
            kind = RECORD_TABLES[table]
            if kind in named_kinds:  # a save's own audit row names its record
                continue
            live = [rowid for rowid, action in rows.items() if action != DELETE]
            for rowid, uuid in _chunks(query, f"SELECT id, uuid FROM {table} "
                                       "WHERE id IN ({})", live):
                action = "create" if rows[rowid] == INSERT else "update"
                named.setdefault((kind, str(uuid)), Change(kind, uuid, action))
        return Changes(frozenset(kinds), tuple(named.values()))


def _chunks(query: Callable[[str, Any], list[Any]], sql: str, ids: list[int],
            size: int = 500) -> list[Any]:
    rows: list[Any] = []
    for start in range(0, len(ids), size):
        part = ids[start:start + size]
        rows.extend(query(sql.format(",".join("?" * len(part))), part))
    return rows
