"""Other bodies' categories: a town's mapping from its consultation topics to an external
category list, such as the content categories the Immigration Services Agency counts for
the one-stop centres of the 外国人受入環境整備交付金 (税金, 手続一般, 社会保険・年金, …).

Counting rule: a consultation counts once in a category when any of its topics feeds that
category (so once per category, however many of its topics feed it). A consultation with a
topic that feeds no category counts once under 未分類 (unmapped): no topic is dropped.
The mapping is kept in the settings table; without one, the shipped example is used."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from importlib import resources

from app.errors import MadoguchiError, ValidationError
from app.marks import QT_TRANSLATE_NOOP
from app.reports.stats import Period
from app.store import Store

KEY = "external_categories"
EXAMPLE = "one_stop_categories.json"
UNMAPPED = "_unmapped"
UNMAPPED_LABEL = "未分類（対応する区分のない分野）"
_CODE = re.compile(r"^[a-z0-9_]{1,40}$")


@dataclass
class ExternalCategory:
    code: str           # ASCII id, e.g. "tax"
    label: str          # the body's own name, e.g. "税金"
    topics: list[str] = field(default_factory=list)   # the town's topic codes feeding it


@dataclass
class CategoryMapping:
    id: str             # e.g. "isa_one_stop"
    name: str           # e.g. "外国人受入環境整備交付金 一元的相談窓口 相談内容"
    categories: list[ExternalCategory] = field(default_factory=list)
    note: str = ""

    def category(self, code: str) -> ExternalCategory | None:
        return next((c for c in self.categories if c.code == code), None)

    def mapped_topics(self) -> set[str]:
        return {t for c in self.categories for t in c.topics}

    def unmapped(self, topics: list[str]) -> list[str]:
        mapped = self.mapped_topics()
        return [t for t in topics if t not in mapped]

    def validate(self, known_topics: set[str] | None = None) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not _CODE.match(self.id) or not self.name.strip():
            errors["id"] = QT_TRANSLATE_NOOP("validation", "Required.")
        codes = [c.code for c in self.categories]
        if not codes:
            errors["categories"] = QT_TRANSLATE_NOOP("validation", "Required.")
        elif len(set(codes)) != len(codes) or UNMAPPED in codes:
            errors["categories"] = QT_TRANSLATE_NOOP("validation", "Already in the list.")
        elif any(not _CODE.match(c) for c in codes) or any(
                not c.label.strip() for c in self.categories):
            errors["categories"] = QT_TRANSLATE_NOOP("validation", "Required.")
        if known_topics is not None and self.mapped_topics() - known_topics:
            errors["topics"] = QT_TRANSLATE_NOOP("validation", "Not in the code list.")
        return errors

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1)


BAD_MAPPING = QT_TRANSLATE_NOOP(
    "errors", "%1 is not a category mapping (a JSON object with id, name and categories).")


def from_data(data: object, source: str = "") -> CategoryMapping:
    try:
        assert isinstance(data, dict)
        cats = [ExternalCategory(str(c["code"]), str(c["label"]),
                                 [str(t) for t in c.get("topics", [])])
                for c in data["categories"]]
        return CategoryMapping(str(data["id"]), str(data["name"]), cats,
                               str(data.get("note", "")))
    except (AssertionError, KeyError, TypeError, AttributeError):
        raise MadoguchiError(BAD_MAPPING, source or "The mapping") from None


def example() -> CategoryMapping:
    text = resources.files("app.reports").joinpath(EXAMPLE).read_text(encoding="utf-8")
    return from_data(json.loads(text), EXAMPLE)


def load(store: Store) -> CategoryMapping:
    raw = store.setting(KEY)
    return from_data(json.loads(raw), KEY) if raw else example()


def save(store: Store, mapping: CategoryMapping, known_topics: set[str]) -> None:
    store.require_admin("change the report settings")
    errors = mapping.validate(known_topics)
    if errors:
        raise ValidationError(errors, "category mapping")
    store.set_setting(KEY, mapping.to_json())


def reset(store: Store) -> None:
    store.require_admin("change the report settings")
    store.set_setting(KEY, "")


def counts(store: Store, period: Period, mapping: CategoryMapping) -> Counter[str]:
    """Consultations per external category (each at most once per category), and under
    UNMAPPED those with a topic that feeds no category."""
    pairs = [(t, c.code) for c in mapping.categories for t in c.topics] or [("", "")]
    values = ", ".join("(?, ?)" for _ in pairs)
    out: Counter[str] = Counter({c.code: 0 for c in mapping.categories})
    for cat, n in store.query(
            f"WITH feeds(topic, cat) AS (VALUES {values}) "
            f"SELECT coalesce(f.cat, '{UNMAPPED}'), count(DISTINCT t.consultation_id) "
            "FROM consultation_topics t JOIN consultations c ON c.id = t.consultation_id "
            "LEFT JOIN feeds f ON f.topic = t.topic "
            "WHERE c.occurred_at >= ? AND c.occurred_at < ? GROUP BY 1",
            (*(v for pair in pairs for v in pair), *period.bounds)):
        if cat:
            out[cat] = n
    return out
