"""The search indexes are derived data: when the normalisation changes (a new version of
Madoguchi folds more), every index is rebuilt once, the first time the database is opened.
"""

from __future__ import annotations

from app import knowledge, search
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
    for rid, fam, giv, fam_l, giv_l, kana, employer, district, sns, notes in conn.execute(
            "SELECT id, family_name, given_name, family_name_latin, given_name_latin, kana, "
            "employer, district, sns, notes FROM residents").fetchall():
        names[rid] = search.name_forms(fam, giv, fam_l, giv_l, kana)
        people.append((rid * 4 + search.KIND_RESIDENT,
                       search.body(names[rid], employer, district, sns, notes)))
    conn.executemany("INSERT INTO search_people (rowid, body) VALUES (?, ?)", people)
    conn.executemany("INSERT INTO search_records (rowid, body) VALUES (?, ?)", (
        (cid, search.body(names.get(rid, "") if rid is not None else "", asked, done))
        for cid, rid, asked, done in conn.execute(
            "SELECT id, resident_id, asked, done FROM consultations").fetchall()))
    for oid, name, address, phone, notes in conn.execute(
            "SELECT id, name, address, phone, notes FROM organisations").fetchall():
        search.index_directory_entry(conn, search.KIND_ORGANISATION, oid, name, address,
                                     phone, notes)
    for bid, name, area, phone, notes in conn.execute(
            "SELECT id, name, area, phone, notes FROM bridge_persons").fetchall():
        search.index_directory_entry(conn, search.KIND_BRIDGE, bid, name, area, phone, notes)
    for (eid,) in conn.execute("SELECT id FROM kb_entries").fetchall():
        knowledge.index_entry(conn, eid)
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                 "DO UPDATE SET value = excluded.value", (SETTING, search.NORMALISER_VERSION))
