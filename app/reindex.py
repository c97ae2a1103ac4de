"""The search indexes are derived data: when the normalisation changes (a new version of
Madoguchi folds more), every index is rebuilt once, the first time the database is opened.
"""

from __future__ import annotations

from app import kinds, knowledge, search
from app.db import Connection

SETTING = "search_normaliser"


def is_current(conn: Connection) -> bool:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (SETTING,)).fetchone()
    return row is not None and row[0] == search.NORMALISER_VERSION


def rebuild(conn: Connection) -> None:
    """Every search index from the records, inside the caller's transaction."""
    for table in ("search_people", "search_records", "search_kb"):
        conn.execute(f"DELETE FROM {table}")
    # In bulk: one read of every person's name forms, one insert per index (a town of
    # 100,000 consultations is reindexed in seconds, not a minute).
    names: dict[int, str] = {}
    people = []
    others = [n for n in kinds.RESIDENT.search_text if n not in search.RESIDENT_NAMES]
    for rid, *found in conn.execute(
            f"SELECT id, {', '.join((*search.RESIDENT_NAMES, *others))} FROM residents"
            ).fetchall():
        names[rid] = search.name_forms(*found[:len(search.RESIDENT_NAMES)])
        people.append((rid * 4 + search.KIND_RESIDENT,
                       search.body(names[rid], *found[len(search.RESIDENT_NAMES):])))
    conn.executemany("INSERT INTO search_people (rowid, body) VALUES (?, ?)", people)
    conn.executemany("INSERT INTO search_records (rowid, body) VALUES (?, ?)", (
        (cid, search.body(names.get(rid, "") if rid is not None else "", *text))
        for cid, rid, *text in conn.execute(
            f"SELECT id, resident_id, {', '.join(kinds.CONSULTATION.search_text)} "
            "FROM consultations").fetchall()))
    for kind, number in ((kinds.ORGANISATION, search.KIND_ORGANISATION),
                         (kinds.BRIDGE_PERSON, search.KIND_BRIDGE)):
        for eid, *text in conn.execute(
                f"SELECT id, {', '.join(kind.search_text)} FROM {kind.table}").fetchall():
            search.index_directory_entry(conn, number, eid, *text)
    for (eid,) in conn.execute("SELECT id FROM kb_entries").fetchall():
        knowledge.index_entry(conn, eid)
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                 "DO UPDATE SET value = excluded.value", (SETTING, search.NORMALISER_VERSION))
