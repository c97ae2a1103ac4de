"""The demo town's knowledge base (よくある相談): the questions the desk of みさき町 answers
again and again, in Japanese first, then Vietnamese and English, and for some entries also
Indonesian, Tagalog or Thai; the most asked ones also in easy Japanese (やさしい日本語, short
sentences, no furigana). The entries themselves are in kb_demo_data.json beside this
file. Organisations are named as in app/demo_data.ORGANISATIONS; the demo generator maps
the names to ids. Everything here is fictional."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).with_name("kb_demo_data.json")
REVIEWER = "cir"


class KbDemoText(NamedTuple):
    language: str  # ISO 639-1, or ja-x-easy (やさしい日本語)
    question: str
    answer: str


class KbDemoEntry(NamedTuple):
    topic: str  # a topic code
    status: str  # "published" | "draft"
    reviewed_days_ago: int  # relative to the demo's today; over 365 means "needs review"
    organisations: tuple[str, ...]  # names in demo_data.ORGANISATIONS
    documents: tuple[str, ...]  # what the resident brings or is given
    keywords: tuple[str, ...]  # words of the demo consultations' `asked` it answers
    texts: tuple[KbDemoText, ...]


def reviewed_on(entry: KbDemoEntry, today: date) -> str:
    """The entry's review date as an ISO date, counted back from the demo's `today`."""
    return (today - timedelta(days=entry.reviewed_days_ago)).isoformat()


def answers(entry: KbDemoEntry, asked: str) -> bool:
    """Whether a consultation whose question was `asked` is one this entry answers."""
    return any(k in asked for k in entry.keywords)


def _load() -> tuple[KbDemoEntry, ...]:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return tuple(KbDemoEntry(
        e["topic"], e["status"], int(e["reviewed_days_ago"]), tuple(e["organisations"]),
        tuple(e["documents"]), tuple(e["keywords"]),
        tuple(KbDemoText(**t) for t in e["texts"])) for e in raw)


ENTRIES: tuple[KbDemoEntry, ...] = _load()
