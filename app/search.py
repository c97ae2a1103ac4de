"""One search box for every script.

Text is normalised the same way when indexed and when searched: NFKC (full-width and
half-width forms meet), hiragana to katakana, kanji variants folded (陈 and 陳 meet),
case-folded, and Latin diacritics dropped (so `Nguyen` and `NGUYEN` find `Nguyễn`). Terms
of three or more characters use the FTS5 trigram index. Shorter terms find people by LIKE
(a table that grows with the residents, not the years) and records where they start three
characters of text, through the trigrams of the index that start with them.
User input is only ever bound as a parameter inside a quoted phrase, so it cannot cause a
query syntax error.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import jaconv

from app import kinds
from app.db import Connection
from app.fields import Kind
from app.kanji_variants import fold

_COMBINING_LATIN = re.compile("[\u0300-\u036f]")
_SPACE = re.compile(r"\s+")
# Control and format characters (NUL, zero-width joiners…) carry no meaning for search, and
# NUL would end an FTS5 string early.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff]")
_LETTERS_WITHOUT_DECOMPOSITION = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l",
                                                "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe"})
_NO_DECOMPOSITION = re.compile("[đðøłħıæœ]")
_HIRAGANA = re.compile("[\u3041-\u309f]")
_HAN_CLASS = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]"
KIND_RESIDENT, KIND_ORGANISATION, KIND_BRIDGE = 0, 1, 2
KIND_NAMES = {KIND_RESIDENT: "resident", KIND_ORGANISATION: "organisation",
              KIND_BRIDGE: "bridge_person"}
TRIGRAM = 3
# Stored with the index; a database indexed under another version is reindexed when opened.
NORMALISER_VERSION = "3"  # 2: kanji variants fold (陈/陳, 沢/澤); 陈美玲 unspaced; 3: 髙/﨑/邉
MAX_TERMS = 32
MAX_QUERY = 2000
MAX_LIMIT = 100_000
RESIDENT_NAMES = kinds.RESIDENT_NAMES


@functools.cache
def _han() -> re.Pattern[str]:
    """Compiled at first use: the astral range makes it the slowest pattern to compile
    (3 ms of every start)."""
    return re.compile(_HAN_CLASS)


def normalise(text: str) -> str:
    # Each character-table pass runs only when the text has such characters: the tables
    # are slow on long texts, and a town is reindexed in bulk after an update.
    text = _CONTROL.sub(" ", _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text)))
    if _HIRAGANA.search(text):
        text = jaconv.hira2kata(text)
    if _han().search(text):
        text = fold(text)
    text = text.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFD", text)
        text = _COMBINING_LATIN.sub("", text)
        text = unicodedata.normalize("NFC", text)
        if _NO_DECOMPOSITION.search(text):
            text = text.translate(_LETTERS_WITHOUT_DECOMPOSITION)
    return _SPACE.sub(" ", text).strip()


def body(*parts: str | None) -> str:
    """The indexed text of a record: its parts, normalised."""
    return normalise(" ".join(p for p in parts if p))


def name_forms(fam: str, giv: str, fam_l: str, giv_l: str, kana: str) -> str:
    """Every form a person's name is searched by: both orders, with and without a space
    (陈美玲 as well as 陈 美玲)."""
    return " ".join((fam, giv, fam + giv, giv + fam, fam_l, giv_l, kana))


def _resident_text(conn: Connection, resident_id: int) -> str:
    row = conn.execute(
        f"SELECT {', '.join(RESIDENT_NAMES)} FROM residents WHERE id = ?",
        (resident_id,)).fetchone()
    if row is None:
        return ""
    return name_forms(*row)


def parts_of(kind: Kind, record: Any) -> list[str]:
    """A record's search text, as its kind's definition lists it (app/kinds.py)."""
    return [str(getattr(record, name)) for name in kind.search_text]


def index_resident(conn: Connection, resident_id: int, *, with_consultations: bool = True
                   ) -> None:
    """(Re)index a resident and, because their names are searchable there too, their
    consultations."""
    others = [n for n in kinds.RESIDENT.search_text if n not in RESIDENT_NAMES]
    row = conn.execute(
        f"SELECT {', '.join(others)} FROM residents WHERE id = ?",
        (resident_id,)).fetchone()
    conn.execute("DELETE FROM search_people WHERE rowid = ?", (resident_id * 4,))
    if row is None:
        return
    text = body(_resident_text(conn, resident_id), *row)
    conn.execute("INSERT INTO search_people (rowid, body) VALUES (?, ?)",
                 (resident_id * 4 + KIND_RESIDENT, text))
    if not with_consultations:
        return
    ids = conn.execute("SELECT id FROM consultations WHERE resident_id = ?",
                       (resident_id,)).fetchall()
    for (cid,) in ids:
        index_consultation(conn, cid)


def index_consultation(conn: Connection, consultation_id: int) -> None:
    conn.execute("DELETE FROM search_records WHERE rowid = ?", (consultation_id,))
    row = conn.execute(
        f"SELECT resident_id, {', '.join(kinds.CONSULTATION.search_text)} FROM consultations "
        "WHERE id = ?", (consultation_id,)).fetchone()
    if row is None:
        return
    names = _resident_text(conn, row[0]) if row[0] is not None else ""
    conn.execute("INSERT INTO search_records (rowid, body) VALUES (?, ?)",
                 (consultation_id, body(names, *row[1:])))


def index_directory_entry(conn: Connection, kind: int, entry_id: int, *parts: str) -> None:
    rowid = entry_id * 4 + kind
    conn.execute("DELETE FROM search_people WHERE rowid = ?", (rowid,))
    if parts:
        conn.execute("INSERT INTO search_people (rowid, body) VALUES (?, ?)",
                     (rowid, body(*parts)))


def unindex(conn: Connection, *, people_rowid: int | None = None,
            consultation_id: int | None = None) -> None:
    if people_rowid is not None:
        conn.execute("DELETE FROM search_people WHERE rowid = ?", (people_rowid,))
    if consultation_id is not None:
        conn.execute("DELETE FROM search_records WHERE rowid = ?", (consultation_id,))


def _like_escape(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def where_clause(terms: list[str]) -> tuple[str, list[str]]:
    """WHERE clause over an FTS5 table for all terms (AND)."""
    clauses: list[str] = []
    params: list[str] = []
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    if long_terms:
        clauses.append("body MATCH ?")
        params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms))
    for term in terms:
        if len(term) < TRIGRAM:
            clauses.append("body LIKE ? ESCAPE '\\'")
            params.append(_like_escape(term))
    return " AND ".join(clauses), params


# A term shorter than a trigram is looked up among the trigrams of search_records that start
# with it (a range of the index's own terms), and those are matched: the term is found where
# it starts three characters of a record's text. When more trigrams than this start with it,
# the term is common and a scan from the newest record finds the page of hits soon.
SHORT_TRIGRAMS = 64
_TERMS_TABLE = "temp.search_records_terms"


def _trigrams_from(conn: Connection, term: str) -> list[str] | None:
    """The indexed trigrams that start with `term`; None when there are too many to list."""
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_TERMS_TABLE} USING "
                 "fts5vocab(main, 'search_records', 'row')")
    rows = conn.execute(f"SELECT term FROM {_TERMS_TABLE} WHERE term >= ? AND term < ? "
                        "LIMIT ?", (term, term + "\U0010ffff", SHORT_TRIGRAMS + 1)).fetchall()
    return None if len(rows) > SHORT_TRIGRAMS else [str(r[0]) for r in rows]


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _short_like(term: str) -> str:
    """LIKE pattern for a short term followed by enough characters to make a trigram."""
    return _like_escape(term).removesuffix("%") + "_" * (TRIGRAM - len(term)) + "%"


def records_clause(conn: Connection, terms: list[str]) -> tuple[str, list[str]] | None:
    """WHERE clause over search_records for all terms (AND), or None when a short term
    starts no trigram of any record (nothing can match). Terms of three characters or more
    are matched as in where_clause; a shorter one where it starts three characters of text:
    by the trigrams that start with it, or, when it is common, by LIKE with as many
    characters after it."""
    expressions = [_phrase(t) for t in terms if len(t) >= TRIGRAM]
    likes: list[str] = []
    for term in terms:
        if len(term) >= TRIGRAM:
            continue
        grams = _trigrams_from(conn, term)
        if grams is None:
            likes.append(_short_like(term))
        elif not grams:
            return None
        else:
            expressions.append("(" + " OR ".join(_phrase(g) for g in grams) + ")")
    clauses = ["body MATCH ?"] if expressions else []
    params = [" AND ".join(expressions)] if expressions else []
    for pattern in likes:
        clauses.append("body LIKE ? ESCAPE '\\'")
        params.append(pattern)
    return " AND ".join(clauses), params


@dataclass(frozen=True)
class Hit:
    kind: str  # resident | consultation | organisation | bridge_person
    id: int


def search(conn: Connection, query: str, limit: int = 50) -> list[Hit]:
    """People first (residents, then directory), then consultations, newest first."""
    terms = list(dict.fromkeys(t for t in normalise(query[:MAX_QUERY]).split(" ") if t))
    if not terms:
        return []
    # SQLite's expression depth is limited: the longest words narrow the search the most
    terms = sorted(terms, key=len, reverse=True)[:MAX_TERMS]
    limit = max(1, min(int(limit), MAX_LIMIT))
    where, params = where_clause(terms)
    hits: list[Hit] = []
    for (rowid,) in conn.execute(
            f"SELECT rowid FROM search_people WHERE {where} ORDER BY rowid & 3, rowid DESC "
            "LIMIT ?", (*params, limit)):
        hits.append(Hit(KIND_NAMES[rowid & 3], rowid >> 2))
    found = _recent_short_hits(conn, terms, limit) if all(
        len(t) < TRIGRAM for t in terms) else None
    if found is None:
        records = records_clause(conn, terms)
        if records is None:
            return hits
        where, params = records
        found = [r[0] for r in conn.execute(
            f"SELECT rowid FROM search_records WHERE {where} ORDER BY rowid DESC LIMIT ?",
            (*params, limit))]
    hits += [Hit("consultation", rowid) for rowid in found]
    return hits


RECENT = 2000  # records a common short term is first looked for in, newest first


def _recent_short_hits(conn: Connection, terms: list[str], limit: int) -> list[int] | None:
    """A common short term fills its page among the newest records: when the newest RECENT
    hold `limit` hits, they are the page (newest first), found without the index's list of
    trigrams (whose look-up reads every trigram's list of records). None otherwise."""
    newest = conn.execute("SELECT max(rowid) FROM search_records").fetchone()[0]
    if newest is None:
        return None
    clauses = ["rowid > ?"]
    params: list[object] = [int(newest) - RECENT]
    for term in terms:
        clauses.append("body LIKE ? ESCAPE '\\'")
        params.append(_short_like(term))
    found = [r[0] for r in conn.execute(
        f"SELECT rowid FROM search_records WHERE {' AND '.join(clauses)} "
        "ORDER BY rowid DESC LIMIT ?", (*params, limit))]
    return found if len(found) >= limit else None
