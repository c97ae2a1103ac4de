"""The demo town's knowledge base (app/kb_demo_data.py, written by make_demo)."""

from __future__ import annotations

import re
from datetime import date

from app import demo_data as d
from app import kb_demo_data as kb
from app.knowledge import KbRow
from app.services import Services

GARBAGE_QUESTION = "ゴミの分別がわからないときは、どうすればいいですか？"


def _rows(demo: Services) -> list[KbRow]:
    return demo.knowledge.entries("ja")


def _garbage_id(demo: Services) -> int:
    return next(r.id for r in _rows(demo) if r.question == GARBAGE_QUESTION)


def test_the_data_is_consistent() -> None:
    organisations = {o.name for o in d.ORGANISATIONS}
    questions = [e.texts[0].question for e in kb.ENTRIES]
    assert len(set(questions)) == len(questions)
    for entry in kb.ENTRIES:
        assert entry.topic in d.TOPIC_WEIGHTS and entry.status in ("published", "draft")
        assert set(entry.organisations) <= organisations, entry.organisations
        assert [t.language for t in entry.texts][:3] == ["ja", "vi", "en"]
        assert len({t.language for t in entry.texts}) == len(entry.texts)
        assert set(t.language for t in entry.texts) <= {"ja", "vi", "en", "id", "tl", "th",
                                                        "ja-x-easy"}
        assert 2 <= entry.texts[0].answer.count("。") <= 4, entry.texts[0].question
        vi = entry.texts[1]
        assert not (vi.question + vi.answer).isascii(), vi.question  # with diacritics
        assert entry.keywords
    garbage = [e for e in kb.ENTRIES if e.texts[0].question == GARBAGE_QUESTION]
    assert garbage[0].topic == "daily_rules"
    assert "ゴミ" in GARBAGE_QUESTION and "分別" in GARBAGE_QUESTION
    assert kb.reviewed_on(garbage[0], date(2026, 4, 30)) == "2026-04-05"
    assert kb.answers(garbage[0], "ゴミの出し方（資源ごみの日）がわからない")


def test_the_demo_has_entries_in_japanese_vietnamese_and_english(demo: Services) -> None:
    rows = _rows(demo)
    assert len(rows) == len(kb.ENTRIES) >= 30
    assert all({"ja", "vi", "en"} <= set(r.languages) for r in rows)
    assert sum(len(r.languages) > 3 for r in rows) >= 8  # Indonesian, Tagalog or Thai too
    assert sum(r.status == "draft" for r in rows) >= 3
    flagged = [r for r in rows if r.needs_review]
    assert flagged and len(flagged) == sum(e.reviewed_days_ago > 365 for e in kb.ENTRIES)
    entry = demo.knowledge.get(_garbage_id(demo))
    names = {oid: name for oid, name, _kind in demo.directory.organisations()}
    assert [names[o] for o in entry.organisation_ids] == ["みさき町役場 住民課"]
    assert entry.reviewed_by == kb.REVIEWER


def test_search_finds_the_garbage_entry_in_any_script(demo: Services) -> None:
    garbage = _garbage_id(demo)
    for query in ("ゴミ", "ごみ", "rác", "garbage", "sampah"):
        assert garbage in demo.knowledge.search_ids(query), query


def test_a_garbage_sorting_consultation_suggests_the_garbage_entry_first(
        demo: Services) -> None:
    suggested = demo.knowledge.suggest(["daily_rules"], "ゴミの分別がわからない")
    assert suggested[0] == _garbage_id(demo)


def test_the_demo_consultations_were_answered_with_entries_of_their_topics(
        demo: Services) -> None:
    rows = _rows(demo)
    assert sum(r.used > 0 for r in rows if r.status == "published") >= 20
    assert all(r.used == 0 for r in rows if r.status == "draft")
    off_topic = demo.store.query_one(
        "SELECT count(*) FROM consultation_answers a JOIN kb_entries e ON e.id = a.entry_id "
        "WHERE NOT EXISTS (SELECT 1 FROM consultation_topics t "
        "WHERE t.consultation_id = a.consultation_id AND t.topic = e.topic)")[0]
    assert off_topic == 0


def test_the_most_used_entries_have_easy_japanese_answers(demo: Services) -> None:
    """やさしい日本語: short sentences, no furigana in brackets, for the busiest answers."""
    easy = [t for e in kb.ENTRIES for t in e.texts if t.language == "ja-x-easy"]
    assert len(easy) >= 8
    for text in easy:
        sentences = [s for s in re.split(r"[。？]", text.answer) if s.strip()]
        assert max(len(s) for s in sentences) <= 60, text.question
        assert not re.search(r"[一-龯]+[（(][ぁ-ん]+[）)]", text.answer + text.question)
    rows = sorted(_rows(demo), key=lambda r: -r.used)
    busiest = [r for r in rows if r.status == "published"][:5]
    assert all("ja-x-easy" in r.languages for r in busiest), [r.question for r in busiest]
