"""The knowledge base (よくある相談): common questions and how to answer them, per topic, in
Japanese first and then the residents' languages. Searched like the records, suggested while
a consultation is recorded, and counted when it answered one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from app import audit, kinds, rows, search
from app.codes import CodeBook
from app.db import Connection
from app.errors import MadoguchiError, NotFoundError, ValidationError
from app.jptime import today_local
from app.marks import QT_TRANSLATE_NOOP
from app.store import Store, new_uuid
from app.validation import check_fields

KIND = kinds.KB_ENTRY
STATUSES = KIND.field("status").choices or ()
REVIEW_AFTER_DAYS = 365
MAX_PIECES = 60


@dataclass
class KbText:
    language: str
    question: str
    answer: str


@dataclass
class KbEntry:
    topic: str = ""
    status: str = "draft"
    texts: list[KbText] = field(default_factory=list)
    organisation_ids: list[int] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    reviewed_on: str | None = None
    reviewed_by: str = ""
    source_town: str = ""
    id: int | None = None
    uuid: str = ""

    def text(self, language: str) -> KbText | None:
        """The text in `language`, else Japanese, else the first there is."""
        by_lang = {t.language: t for t in self.texts}
        return by_lang.get(language) or by_lang.get("ja") or (self.texts[0] if self.texts
                                                               else None)

    def needs_review(self, today: date) -> bool:
        if not self.reviewed_on:
            return True
        return date.fromisoformat(self.reviewed_on) < today - timedelta(days=REVIEW_AFTER_DAYS)


@dataclass(frozen=True)
class KbRow:
    """One line of the knowledge list."""

    id: int
    topic: str
    status: str
    question: str          # in the asked language, else Japanese
    languages: list[str]
    reviewed_on: str | None
    used: int              # consultations answered with it
    needs_review: bool


def validate(entry: KbEntry, codes: CodeBook) -> dict[str, str]:
    # topic, status and the review date as the kind's definition says (app/kinds.py)
    errors = {k: v for k, v in check_fields(KIND, entry, codes).items() if k != "texts"}
    languages = [t.language for t in entry.texts]
    if "ja" not in languages:
        errors["texts"] = QT_TRANSLATE_NOOP("validation", "Write the Japanese version first.")
    elif len(set(languages)) != len(languages):
        errors["texts"] = QT_TRANSLATE_NOOP("validation", "One text per language.")
    elif any(not codes.has("language", t.language) for t in entry.texts):
        errors["texts"] = QT_TRANSLATE_NOOP("validation", "Not in the code list.")
    elif any(not t.question.strip() or not t.answer.strip() for t in entry.texts):
        errors["texts"] = QT_TRANSLATE_NOOP(
            "validation", "Each language needs a question and an answer.")
    return errors


class Knowledge:
    def __init__(self, store: Store, codes: CodeBook) -> None:
        self.store = store
        self.codes = codes

    def get(self, entry_id: int) -> KbEntry:
        row = self.store.query_one(KIND.select(), (entry_id,))
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "errors", "That knowledge entry no longer exists."))
        entry: KbEntry = KIND.record(row)
        entry.texts = [KbText(*r) for r in self.store.query(
            "SELECT language, question, answer FROM kb_texts WHERE entry_id = ? "
            "ORDER BY language <> 'ja', language", (entry_id,))]
        entry.organisation_ids = [r[0] for r in self.store.query(
            "SELECT organisation_id FROM kb_organisations WHERE entry_id = ? ORDER BY 1",
            (entry_id,))]
        return entry

    def save(self, entry: KbEntry) -> int:
        errors = validate(entry, self.codes)
        if errors:
            raise ValidationError(errors, "knowledge entry")
        values = KIND.values(entry)
        with self.store.write() as conn:
            eid = rows.save(conn, "kb_entries", entry.id, values, self.store.stamp(),
                            entry.uuid or new_uuid())
            conn.execute("DELETE FROM kb_texts WHERE entry_id = ?", (eid,))
            conn.executemany("INSERT INTO kb_texts VALUES (?, ?, ?, ?)",
                             [(eid, t.language, t.question.strip(), t.answer.strip())
                              for t in entry.texts])
            conn.execute("DELETE FROM kb_organisations WHERE entry_id = ?", (eid,))
            conn.executemany("INSERT INTO kb_organisations VALUES (?, ?)",
                             [(eid, o) for o in sorted(set(entry.organisation_ids))])
            index_entry(conn, eid)
            uuid = conn.execute("SELECT uuid FROM kb_entries WHERE id = ?", (eid,)).fetchone()[0]
            audit.record(conn, self.store.user, "update" if entry.id else "create",
                         kind="kb_entry", uuid=uuid)
        entry.id = eid
        return eid

    def delete(self, entry_id: int) -> None:
        with self.store.write() as conn:
            row = conn.execute("SELECT uuid FROM kb_entries WHERE id = ?", (entry_id,)).fetchone()
            rows.delete(conn, "kb_entries", entry_id, self.store.stamp())
            conn.execute("DELETE FROM search_kb WHERE rowid = ?", (entry_id,))
            if row:
                audit.record(conn, self.store.user, "delete", kind="kb_entry", uuid=row[0])

    def mark_reviewed(self, entry_id: int, today: date | None = None) -> None:
        with self.store.write() as conn:
            conn.execute("UPDATE kb_entries SET reviewed_on = ?, reviewed_by = ? WHERE id = ?",
                         ((today or today_local()).isoformat(), self.store.user, entry_id))

    def entries(self, language: str = "ja", *, topic: str | None = None,
             query: str = "", published_only: bool = False,
             today: date | None = None) -> list[KbRow]:
        today = today or today_local()
        ids: list[int] | None = None
        if query.strip():
            ids = self.search_ids(query)
            if not ids:
                return []
        where: list[str] = ["1 = 1"]
        params: list[object] = []
        if topic:
            where.append("e.topic = ?")
            params.append(topic)
        if published_only:
            where.append("e.status = 'published'")
        if ids is not None:
            where.append(f"e.id IN ({','.join('?' for _ in ids)})")
            params += ids
        found = self.store.query(
            "SELECT e.id, e.topic, e.status, e.reviewed_on, "
            "(SELECT count(*) FROM consultation_answers a WHERE a.entry_id = e.id), "
            "(SELECT group_concat(language, ',') FROM kb_texts t WHERE t.entry_id = e.id), "
            "coalesce((SELECT question FROM kb_texts t WHERE t.entry_id = e.id AND "
            "t.language = ?), (SELECT question FROM kb_texts t WHERE t.entry_id = e.id AND "
            f"t.language = 'ja'), '') FROM kb_entries e WHERE {' AND '.join(where)} "
            "ORDER BY e.topic, e.id", (language, *params))
        limit = (today - timedelta(days=REVIEW_AFTER_DAYS)).isoformat()
        return [KbRow(r[0], r[1], r[2], r[6], sorted((r[5] or "").split(",")), r[3], r[4],
                      not r[3] or r[3] < limit) for r in found]

    def search_ids(self, query: str, limit: int = 100) -> list[int]:
        """Entries matching `query` in any language, with the records' normalisation."""
        terms = [t for t in search.normalise(query).split(" ") if t]
        if not terms:
            return []
        where, params = search.where_clause(terms)
        return [r[0] for r in self.store.query(
            f"SELECT rowid FROM search_kb WHERE {where} ORDER BY rank LIMIT ?",
            (*params, limit))]

    def suggest(self, topics: list[str], text: str, limit: int = 5) -> list[int]:
        """Published entries for a consultation being recorded: an entry of one of its
        topics that also matches its words ranks first, then entries matching the words,
        then the most used entries of its topics."""
        scores: dict[int, float] = {}
        # Japanese has no spaces between words: match on the text's overlapping three-
        # character pieces, so that entries sharing most of them rank highest (bm25).
        pieces: list[str] = []
        for word in search.normalise(text).split(" "):
            pieces += [word[i:i + search.TRIGRAM] for i in range(len(word) - search.TRIGRAM + 1)]
        words = list(dict.fromkeys(pieces))[:MAX_PIECES]
        for rank, eid in enumerate(self._match_any(words)):
            scores[eid] = scores.get(eid, 0) + 10 - min(rank, 9)
        if topics:
            marks = ",".join("?" for _ in topics)
            for eid, used in self.store.query(
                    "SELECT e.id, (SELECT count(*) FROM consultation_answers a "
                    f"WHERE a.entry_id = e.id) FROM kb_entries e WHERE e.topic IN ({marks})",
                    topics):
                scores[eid] = scores.get(eid, 0) + 20 + min(used, 50) / 10
        if not scores:
            return []
        marks = ",".join("?" for _ in scores)
        published = {r[0] for r in self.store.query(
            f"SELECT id FROM kb_entries WHERE status = 'published' AND id IN ({marks})",
            list(scores))}
        ranked = sorted((eid for eid in scores if eid in published),
                        key=lambda e: (-scores[e], e))
        return ranked[:limit]

    def _match_any(self, words: list[str]) -> list[int]:
        if not words:
            return []
        phrase = " OR ".join('"' + w.replace('"', '""') + '"' for w in words)
        return [r[0] for r in self.store.query(
            "SELECT rowid FROM search_kb WHERE search_kb MATCH ? ORDER BY rank LIMIT 20",
            (phrase,))]

    def answered_with(self, consultation_id: int, entry_ids: list[int]) -> None:
        with self.store.write() as conn:
            conn.execute("DELETE FROM consultation_answers WHERE consultation_id = ?",
                         (consultation_id,))
            conn.executemany("INSERT INTO consultation_answers VALUES (?, ?)",
                             [(consultation_id, e) for e in sorted(set(entry_ids))])

    def answers_of(self, consultation_id: int) -> list[int]:
        return [r[0] for r in self.store.query(
            "SELECT entry_id FROM consultation_answers WHERE consultation_id = ? ORDER BY 1",
            (consultation_id,))]

    def sns_text(self, entry_id: int, language: str, *, documents_heading: str = "",
                 organisations_heading: str = "") -> str:
        """Plain text for Messenger, Zalo or LINE, in the resident's language: question,
        answer, the documents to bring and the organisations that help (with phone). Never
        in another language without being asked: NoTextInLanguage says which there are."""
        entry = self.get(entry_id)
        text = next((t for t in entry.texts if t.language == language), None)
        if text is None:
            raise NoTextInLanguage([t.language for t in entry.texts])
        parts = [f"Q. {text.question}", text.answer]
        if entry.documents:
            parts.append(f"{documents_heading}\n" + "\n".join(f"・{d}" for d in entry.documents))
        if entry.organisation_ids:
            marks = ",".join("?" for _ in entry.organisation_ids)
            found = {r[0]: (r[1], r[2]) for r in self.store.query(
                f"SELECT id, name, phone FROM organisations WHERE id IN ({marks})",
                entry.organisation_ids)}
            lines = [f"・{found[o][0]}" + (f" ☎ {found[o][1]}" if found[o][1] else "")
                     for o in entry.organisation_ids if o in found]
            if lines:
                parts.append(f"{organisations_heading}\n" + "\n".join(lines))
        return "\n\n".join(p.strip() for p in parts) + "\n"


class NoTextInLanguage(MadoguchiError):
    """The entry has no text in the language asked for; `languages` are those it has."""

    def __init__(self, languages: list[str]) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "This answer has no text in that language yet; it has %1."),
            ", ".join(languages))
        self.languages = languages


def index_entry(conn: Connection, entry_id: int) -> None:
    """(Re)index an entry's texts in every language, inside the caller's transaction."""
    conn.execute("DELETE FROM search_kb WHERE rowid = ?", (entry_id,))
    parts = [f"{q} {a}" for q, a in conn.execute(
        "SELECT question, answer FROM kb_texts WHERE entry_id = ?", (entry_id,))]
    conn.execute("INSERT INTO search_kb (rowid, body) VALUES (?, ?)",
                 (entry_id, search.normalise(" ".join(parts))))
