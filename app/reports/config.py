"""Report settings, kept in the database's settings table as JSON: the suppression
threshold, which activities count under which special allocation tax measure, and the town
profile for the annual report."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from app.errors import ValidationError
from app.marks import QT_TRANSLATE_NOOP
from app.store import Store

KEY = "report_settings"

# 特別交付税措置: the four measures the annual report groups activities under.
MEASURES = {
    "multilingual_info": "多言語による行政・生活情報の提供（翻訳・通訳）",
    "community_rules": "地域のルール（ゴミ分別・自治会等）の学習支援",
    "accompaniment": "ワンストップ窓口からの同行支援",
    "bridge_persons": "ブリッジ人材の活用",
}


DATA_COUNTS = ("suppressed", "exact")


@dataclass
class MeasureRule:
    """What counts under one measure: consultations with any of `topics` or handled with an
    `interpreters` code, sessions of `session_kinds` or with `session_topics`, and
    accompaniments to `destination_kinds`."""

    topics: list[str] = field(default_factory=list)
    interpreters: list[str] = field(default_factory=list)
    session_kinds: list[str] = field(default_factory=list)
    session_topics: list[str] = field(default_factory=list)
    destination_kinds: list[str] = field(default_factory=list)


def default_measures() -> dict[str, MeasureRule]:
    return {
        "multilingual_info": MeasureRule(topics=["translation_request"],
                                         interpreters=["cir", "phone_service"]),
        "community_rules": MeasureRule(topics=["daily_rules"],
                                       session_kinds=["life_orientation"],
                                       session_topics=["garbage_sorting",
                                                       "neighbourhood_association"]),
        "accompaniment": MeasureRule(destination_kinds=["hospital", "town_hall",
                                                        "health_centre", "immigration", "bank",
                                                        "school", "police", "other"]),
        "bridge_persons": MeasureRule(interpreters=["bridge_person"]),
    }


@dataclass
class ReportSettings:
    threshold: int = 5
    # The least width of the range a reader can narrow a hidden count to (None: the
    # threshold). See docs/reports-suppression.md.
    protection_width: int | None = None
    # Topics never crossed with nationality or residence status in any table.
    sensitive_topics: list[str] = field(default_factory=lambda: ["medical", "mental_health"])
    measures: dict[str, MeasureRule] = field(default_factory=default_measures)
    population: int | None = None
    foreign_residents: int | None = None
    department: str = ""  # e.g. 総務課 国際交流係, printed under the town name
    contact: str = ""     # e.g. TEL 0123-45-6789 / kokusai@town.example (mail signature)
    municipality_type: str = ""   # 町, 村 or 市; empty: from the town's name
    # The town profile of past fiscal years: {"2025": {"population": …, "foreign_residents":
    # …}}. A year not listed uses population and foreign_residents above.
    profiles: dict[str, dict[str, int | None]] = field(default_factory=dict)
    # 全国地方公共団体コード: six digits, the last a check digit (app/reports/municipality.py).
    municipality_code: str = ""
    # What the annual data file carries: "suppressed" (the report's own figures, x where it
    # hides them) or "exact" (for the prefecture to aggregate and suppress at its level).
    data_counts: str = "suppressed"

    def profile(self, fiscal_year: int) -> tuple[int | None, int | None]:
        past = self.profiles.get(str(fiscal_year))
        if past is not None:
            return past.get("population"), past.get("foreign_residents")
        return self.population, self.foreign_residents

    @property
    def width(self) -> int:
        return self.threshold if self.protection_width is None else self.protection_width

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not 1 <= self.threshold <= 100:
            errors["threshold"] = QT_TRANSLATE_NOOP("validation", "Out of range.")
        if self.protection_width is not None and not 0 <= self.protection_width <= 1000:
            errors["protection_width"] = QT_TRANSLATE_NOOP("validation", "Out of range.")
        for name in ("population", "foreign_residents"):
            value = getattr(self, name)
            if value is not None and not 0 <= value <= 10_000_000:
                errors[name] = QT_TRANSLATE_NOOP("validation", "Out of range.")
        if (self.population and self.foreign_residents is not None
                and self.foreign_residents > self.population):
            errors["foreign_residents"] = QT_TRANSLATE_NOOP(
                "validation", "More foreign residents than residents.")
        if self.municipality_type not in ("", "町", "村", "市"):
            errors["municipality_type"] = QT_TRANSLATE_NOOP("validation", "Not in the code list.")
        if self.municipality_code:
            from app.reports.municipality import code_problem

            problem = code_problem(self.municipality_code)
            if problem:
                errors["municipality_code"] = problem
        if self.data_counts not in DATA_COUNTS:
            errors["data_counts"] = QT_TRANSLATE_NOOP("validation", "Not in the code list.")
        if set(self.measures) - set(MEASURES):
            errors["measures"] = QT_TRANSLATE_NOOP("validation", "Not in the code list.")
        return errors


def municipality_type(settings: ReportSettings, town: str) -> str:
    """町, 村 or 市: from the settings, else the last character of the town's name, else 町."""
    if settings.municipality_type:
        return settings.municipality_type
    return town[-1] if town[-1:] in ("町", "村", "市") else "町"


def load(store: Store) -> ReportSettings:
    raw = store.setting(KEY)
    if not raw:
        return ReportSettings()
    data = json.loads(raw)
    measures = {k: MeasureRule(**v) for k, v in data.pop("measures", {}).items()}
    settings = ReportSettings(**data)
    settings.measures = {**default_measures(), **measures}
    return settings


def save(store: Store, settings: ReportSettings) -> None:
    store.require_admin("change the report settings")
    errors = settings.validate()
    if errors:
        raise ValidationError(errors, "report settings")
    store.set_setting(KEY, json.dumps(asdict(settings), ensure_ascii=False))
