"""The counts behind the reports, for one period of Japan-local dates.

Counting rules (docs/reports.md): a consultation with several topics counts once per topic
in the topic table and once in the number of consultations; unique persons are distinct
residents, anonymous consultations are counted apart; the language is the one actually
used; nationality is the resident's (or, for an anonymous consultation, the one recorded);
the period is taken from the local date."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from app import rules
from app.reports.config import MeasureRule
from app.store import Store

ANONYMOUS = "_anonymous"
UNKNOWN = "_unknown"
_MINUTES = ("((CAST(substr(a.time_back, 1, 2) AS INTEGER) * 60 + CAST(substr(a.time_back, 4, 2)"
            " AS INTEGER)) - (CAST(substr(a.time_out, 1, 2) AS INTEGER) * 60"
            " + CAST(substr(a.time_out, 4, 2) AS INTEGER)))")


@dataclass(frozen=True)
class Period:
    start: date  # inclusive
    end: date    # inclusive

    @property
    def bounds(self) -> tuple[str, str]:
        """(first day, day after the last), for comparing 'YYYY-MM-DD…' text."""
        return self.start.isoformat(), (self.end + timedelta(days=1)).isoformat()


def month_period(year: int, month: int) -> Period:
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return Period(first, following - timedelta(days=1))


def fiscal_period(fiscal_year: int) -> Period:
    return Period(date(fiscal_year, 4, 1), date(fiscal_year + 1, 3, 31))


@dataclass
class ConsultationStats:
    count: int = 0
    residents: int = 0
    anonymous: int = 0
    minutes: int = 0
    by_topic: Counter[str] = field(default_factory=Counter)
    by_channel: Counter[str] = field(default_factory=Counter)
    by_language: Counter[str] = field(default_factory=Counter)
    by_nationality: Counter[str] = field(default_factory=Counter)
    by_status: Counter[str] = field(default_factory=Counter)


@dataclass
class AccompanimentStats:
    count: int = 0
    minutes: int = 0
    cost: int = 0
    by_destination: Counter[str] = field(default_factory=Counter)
    minutes_by_destination: Counter[str] = field(default_factory=Counter)
    cost_by_destination: Counter[str] = field(default_factory=Counter)


@dataclass
class SessionStats:
    count: int = 0
    attendance: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    attendance_by_kind: Counter[str] = field(default_factory=Counter)
    by_topic: Counter[str] = field(default_factory=Counter)
    attendance_by_nationality: Counter[str] = field(default_factory=Counter)


_C_FROM = ("FROM consultations c LEFT JOIN residents r ON r.id = c.resident_id "
           "WHERE c.occurred_at >= ? AND c.occurred_at < ?")


def consultations(store: Store, period: Period) -> ConsultationStats:
    b = period.bounds
    q = store.query
    count, residents, anonymous, minutes = q(
        "SELECT count(*), count(DISTINCT c.resident_id), "
        f"sum(c.resident_id IS NULL), coalesce(sum(c.minutes), 0) {_C_FROM}", b)[0]
    s = ConsultationStats(count, residents, anonymous or 0, minutes)
    s.by_topic = Counter(dict(q(
        "SELECT t.topic, count(*) FROM consultation_topics t JOIN consultations c "
        "ON c.id = t.consultation_id WHERE c.occurred_at >= ? AND c.occurred_at < ? "
        "GROUP BY t.topic", b)))
    for attr, expr in (("by_channel", "c.channel"), ("by_language", "c.language"),
                       ("by_nationality", rules.consultation_nationality()),
                       ("by_status", f"CASE WHEN c.resident_id IS NULL THEN '{ANONYMOUS}' "
                                     f"ELSE coalesce(r.residence_status, '{UNKNOWN}') END")):
        setattr(s, attr, Counter(dict(q(f"SELECT {expr}, count(*) {_C_FROM} GROUP BY 1", b))))
    return s


def accompaniments(store: Store, period: Period) -> AccompanimentStats:
    s = AccompanimentStats()
    for kind, n, minutes, cost in store.query(
            f"SELECT a.destination_kind, count(*), coalesce(sum(max({_MINUTES}, 0)), 0), "
            "coalesce(sum(a.transport_cost), 0) FROM accompaniments a "
            "WHERE a.date >= ? AND a.date < ? GROUP BY 1", period.bounds):
        s.by_destination[kind] = n
        s.minutes_by_destination[kind] = minutes
        s.cost_by_destination[kind] = cost
    s.count = sum(s.by_destination.values())
    s.minutes = sum(s.minutes_by_destination.values())
    s.cost = sum(s.cost_by_destination.values())
    return s


def sessions(store: Store, period: Period) -> SessionStats:
    s = SessionStats()
    b = period.bounds
    attendance = rules.attendance("s")
    for kind, n, people in store.query(
            f"SELECT s.kind, count(*), coalesce(sum({attendance}), 0) FROM sessions s "
            "WHERE s.date >= ? AND s.date < ? GROUP BY 1", b):
        s.by_kind[kind] = n
        s.attendance_by_kind[kind] = people
    s.count = sum(s.by_kind.values())
    s.attendance = sum(s.attendance_by_kind.values())
    s.by_topic = Counter(dict(store.query(
        "SELECT t.topic, count(*) FROM session_topics t JOIN sessions s ON s.id = t.session_id "
        "WHERE s.date >= ? AND s.date < ? GROUP BY 1", b)))
    linked = store.query(
        "SELECT r.nationality, count(*) FROM session_attendees x JOIN sessions s "
        "ON s.id = x.session_id JOIN residents r ON r.id = x.resident_id "
        "WHERE s.date >= ? AND s.date < ? GROUP BY 1", b)
    heads = store.query(
        "SELECT h.nationality, sum(h.count) FROM session_headcounts h JOIN sessions s "
        "ON s.id = h.session_id WHERE s.date >= ? AND s.date < ? GROUP BY 1", b)
    s.attendance_by_nationality = Counter(dict(linked)) + Counter(dict(heads))
    return s


def monthly_series(store: Store, period: Period) -> dict[str, Counter[str]]:
    """Per 'YYYY-MM': consultations, accompaniments, sessions and attendance."""
    b = period.bounds
    q = store.query
    return {
        "consultations": Counter(dict(q(
            "SELECT month, count(*) FROM consultations "
            "WHERE occurred_at >= ? AND occurred_at < ? GROUP BY 1", b))),
        "accompaniments": Counter(dict(q(
            "SELECT substr(date, 1, 7), count(*) FROM accompaniments "
            "WHERE date >= ? AND date < ? GROUP BY 1", b))),
        "sessions": Counter(dict(q(
            "SELECT substr(date, 1, 7), count(*) FROM sessions "
            "WHERE date >= ? AND date < ? GROUP BY 1", b))),
    }


def topics_by_month(store: Store, period: Period) -> dict[str, Counter[str]]:
    """topic -> Counter of 'YYYY-MM' -> consultations."""
    out: dict[str, Counter[str]] = {}
    for topic, month, n in store.query(
            "SELECT t.topic, c.month, count(*) FROM consultation_topics t JOIN consultations c "
            "ON c.id = t.consultation_id WHERE c.occurred_at >= ? AND c.occurred_at < ? "
            "GROUP BY 1, 2", period.bounds):
        out.setdefault(topic, Counter())[month] = n
    return out


def measure_counts(store: Store, period: Period, rule: MeasureRule) -> tuple[int, int, int, int]:
    """(consultations, sessions, attendance, accompaniments) that count under one measure."""
    b = period.bounds

    def marks(values: list[str]) -> str:
        return ",".join("?" for _ in values) or "NULL"

    consult = store.query_one(
        "SELECT count(*) FROM consultations c WHERE c.occurred_at >= ? AND c.occurred_at < ? "
        f"AND (c.interpreter IN ({marks(rule.interpreters)}) OR EXISTS (SELECT 1 FROM "
        "consultation_topics t WHERE t.consultation_id = c.id "
        f"AND t.topic IN ({marks(rule.topics)})))", (*b, *rule.interpreters, *rule.topics))[0]
    attendance = rules.attendance("s")
    n_sessions, people = store.query_one(
        f"SELECT count(*), coalesce(sum({attendance}), 0) FROM sessions s "
        f"WHERE s.date >= ? AND s.date < ? AND (s.kind IN ({marks(rule.session_kinds)}) OR "
        "EXISTS (SELECT 1 FROM session_topics t WHERE t.session_id = s.id "
        f"AND t.topic IN ({marks(rule.session_topics)})))",
        (*b, *rule.session_kinds, *rule.session_topics))
    accompany = store.query_one(
        "SELECT count(*) FROM accompaniments a WHERE a.date >= ? AND a.date < ? "
        f"AND a.destination_kind IN ({marks(rule.destination_kinds)})",
        (*b, *rule.destination_kinds))[0]
    return int(consult), int(n_sessions), int(people), int(accompany)
