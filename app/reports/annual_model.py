"""The figures of the annual report and the relations a reader knows between them.

Every number the annual report prints is one figure of an sdc.Model, named by what it
counts and the last day it covers, e.g. "nat:VN|2026-12-31" (Vietnamese consultations up to
the cut-off) or "topic:medical@2026-05|2026-05-31" (medical consultations in May). A number
printed in two tables is one figure (the consultations total closes five tables; the topic
count of a one-topic measure is the topic's total). Figures of two reports of the same year
with the same name are the same figure; with the same name and different ends, the later
is at least the earlier (app/reports/issued.py adds those links).

Rows of a one-way table, and topics, are printed only when their count is not 0, so a
reader knows such a figure is at least 1 (Figure.least).

Relations: each table's totals; a topic in a month is at most the consultations of that
month, and a month's consultations at most its topic mentions (each consultation has one
topic or more); persons at most the non-anonymous consultations, and at least 1 if any; a
measure's consultations lie between its topics' counts and their sum (or the consultations
total); a measure's accompaniments are the sum of its destinations; its attendance at most
all attendance."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from app.codes import CodeBook
from app.reports import categories, config, stats
from app.reports.labels import MONTHS_FY, ordered
from app.reports.sdc import Model, State
from app.store import Store

ONE = "const:1"         # the number 1, for relations such as 1 <= persons
TOTAL_WEIGHT = 5.0      # hiding a total costs more than hiding a cell
GRAND_WEIGHT = 25.0     # the consultations total is printed in five tables

ONE_WAY = (("lang", "language", "by_language"), ("nat", "nationality", "by_nationality"),
           ("status", "residence_status", "by_status"), ("channel", "channel", "by_channel"))


def month_end(month: str) -> date:
    year, number = int(month[:4]), int(month[5:])
    return stats.month_period(year, number).end


def fiscal_months(fiscal_year: int) -> list[str]:
    return [f"{fiscal_year + (m < 4):04d}-{m:02d}" for m in MONTHS_FY]


@dataclass
class AnnualFigures:
    """The counts of one annual report (up to its cut-off) and their model."""

    fiscal_year: int
    cut_off: date
    months: list[str]                   # the 12 months of the fiscal year
    covered: list[str]                  # the months that begin on or before the cut-off
    cons: stats.ConsultationStats
    acc: stats.AccompanimentStats
    ses: stats.SessionStats
    series: dict[str, Counter[str]]
    topic_months: dict[str, Counter[str]]
    topics: list[str]                   # topic codes in print order
    one_way: dict[str, list[str]]       # prefix -> codes in print order
    destinations: list[str]
    attendance: list[str]               # nationalities with attendance
    measures: dict[str, tuple[int, int, int, int]]
    dropped: set[str]                   # tables left out: "topic", "nat", "status"
    model: Model
    mapping: categories.CategoryMapping | None = None   # other bodies' categories
    external: Counter[str] | None = None                # their counts (app/reports/categories)

    @property
    def external_rows(self) -> list[str]:
        """The external categories printed: all of the list, and 未分類 when it occurred."""
        if self.mapping is None or self.external is None:
            return []
        rows = [c.code for c in self.mapping.categories]
        return rows + ([categories.UNMAPPED] if self.external[categories.UNMAPPED] else [])

    @property
    def provisional(self) -> bool:
        return self.cut_off < stats.fiscal_period(self.fiscal_year).end

    def end(self, month: str | None = None) -> str:
        """The last day a figure covers: the cut-off, or the end of its month."""
        if month is None:
            return self.cut_off.isoformat()
        return min(self.cut_off, month_end(month)).isoformat()

    def key(self, name: str, month: str | None = None) -> str:
        return f"{name}@{month}|{self.end(month)}" if month else f"{name}|{self.end()}"


def _code(value: object) -> str:
    return stats.UNKNOWN if value in (None, "") else str(value)


def _clean(counter: Counter[str]) -> Counter[str]:
    out: Counter[str] = Counter()
    for k, v in counter.items():
        out[_code(k)] += v
    return out


def collect(store: Store, codes: CodeBook, fiscal_year: int, cut_off: date | None = None
            ) -> AnnualFigures:
    settings = config.load(store)
    whole = stats.fiscal_period(fiscal_year)
    end = whole.end if cut_off is None else max(min(cut_off, whole.end),
                                                whole.start - timedelta(days=1))
    period = stats.Period(whole.start, end)
    cons = stats.consultations(store, period)
    for name in ("by_language", "by_nationality", "by_status", "by_channel"):
        setattr(cons, name, _clean(getattr(cons, name)))
    ses = stats.sessions(store, period)
    ses.attendance_by_nationality = _clean(ses.attendance_by_nationality)
    acc = stats.accompaniments(store, period)
    months = fiscal_months(fiscal_year)
    topic_months = stats.topics_by_month(store, period)
    one_way = {prefix: ordered(codes, list_name, {k for k, v in getattr(
        cons, attr).items() if v}) for prefix, list_name, attr in ONE_WAY}
    figures = AnnualFigures(
        fiscal_year=fiscal_year, cut_off=end, months=months,
        covered=[m for m in months if f"{m}-01" <= end.isoformat()],
        cons=cons, acc=acc, ses=ses, series=stats.monthly_series(store, period),
        topic_months=topic_months, topics=ordered(codes, "topic", topic_months),
        one_way=one_way,
        destinations=ordered(codes, "destination_kind",
                             {k for k, v in acc.by_destination.items() if v}),
        attendance=ordered(codes, "nationality",
                           {k for k, v in ses.attendance_by_nationality.items() if v}),
        measures={m: stats.measure_counts(store, period, settings.measures[m])
                  for m in config.MEASURES},
        dropped=set(), model=Model())
    figures.mapping = categories.load(store)
    figures.external = categories.counts(store, period, figures.mapping)
    sensitive = [t for t in figures.topics if t in settings.sensitive_topics]
    if len(figures.topics) == 1 and sensitive:
        # The only topic is a sensitive one: with it, every table of consultations would
        # be a table of that topic by nationality, status, language.
        figures.dropped.add("topic")
    elif sensitive:
        # One nationality (or status) only: the topic table is then a table of that
        # nationality by topic, the sensitive topics included.
        figures.dropped |= {p for p in ("nat", "status") if len(one_way[p]) == 1}
    _build_model(figures, settings)
    return figures


def last_record_day(store: Store, fiscal_year: int) -> date | None:
    """The last Japan-local day in the fiscal year with a consultation, accompaniment or
    session."""
    start, after = stats.fiscal_period(fiscal_year).bounds
    row = store.query_one(
        "SELECT max(d) FROM (SELECT max(substr(occurred_at, 1, 10)) AS d FROM consultations "
        "WHERE occurred_at >= ? AND occurred_at < ? UNION ALL SELECT max(date) FROM "
        "accompaniments WHERE date >= ? AND date < ? UNION ALL SELECT max(date) FROM "
        "sessions WHERE date >= ? AND date < ?)", (start, after) * 3)
    return date.fromisoformat(row[0]) if row and row[0] else None


def _build_model(f: AnnualFigures, settings: config.ReportSettings) -> None:
    m = f.model
    key = f.key
    cons_total = m.add(key("cons"), f.cons.count, weight=GRAND_WEIGHT)
    acc_total = m.add(key("acc"), f.acc.count, weight=TOTAL_WEIGHT)
    # Month by month: consultations and accompaniments (the 合計 column is the total).
    for name, series, total in (("cons", "consultations", cons_total),
                                ("acc", "accompaniments", acc_total)):
        parts = [m.add(key(name, mo), f.series[series][mo]) for mo in f.covered]
        m.total(total, parts)
    # Topics by month, with totals both ways.
    topic_state: State = "internal" if "topic" in f.dropped else "free"
    mentions = m.add(key("mentions"), sum(sum(c.values()) for c in f.topic_months.values()),
                     topic_state, TOTAL_WEIGHT)
    month_totals = [m.add(key("mentions", mo), sum(f.topic_months[t][mo] for t in f.topics),
                          topic_state, TOTAL_WEIGHT) for mo in f.covered]
    m.total(mentions, month_totals)
    topic_totals = []
    for t in f.topics:
        cells = [m.add(key(f"topic:{t}", mo), f.topic_months[t][mo], topic_state)
                 for mo in f.covered]
        total = m.add(key(f"topic:{t}"), sum(f.topic_months[t].values()), topic_state,
                      TOTAL_WEIGHT, least=1)   # a topic is listed only if it occurred
        m.total(total, cells)
        topic_totals.append(total)
        for cell, mo in zip(cells, f.covered, strict=True):
            m.at_most([cell], [key("cons", mo)])
        m.at_most([total], [cons_total])
    m.total(mentions, topic_totals)
    for mo, month_total in zip(f.covered, month_totals, strict=True):
        m.total(month_total, [key(f"topic:{t}", mo) for t in f.topics])
        m.assume([key("cons", mo)], [month_total])   # every consultation has a topic
    m.assume([cons_total], [mentions])
    # One-way tables of consultations, each closed by the consultations total.
    for prefix, _list, attr in ONE_WAY:
        counter = getattr(f.cons, attr)
        state: State = "internal" if prefix in f.dropped else "free"
        m.total(cons_total, [m.add(key(f"{prefix}:{c}"), counter[c], state, least=1)
                             for c in f.one_way[prefix]])
    persons = m.add(key("persons"), f.cons.residents, weight=TOTAL_WEIGHT)
    anonymous = key(f"status:{stats.ANONYMOUS}")
    m.at_most([persons] + ([anonymous] if anonymous in m.figures else []), [cons_total])
    if f.cons.residents:
        # Someone consulted under their name, so persons is at least 1 (a reader who sees
        # that not every consultation was anonymous knows it).
        m.at_most([m.add(ONE, 1, "shown")], [persons])
    # Accompaniments by destination.
    m.total(acc_total, [m.add(key(f"dest:{d}"), f.acc.by_destination[d], least=1)
                        for d in f.destinations])
    # Attendance by nationality.
    attend = m.add(key("attend"), f.ses.attendance, weight=TOTAL_WEIGHT)
    m.total(attend, [m.add(key(f"attend:{n}"), f.ses.attendance_by_nationality[n], least=1)
                     for n in f.attendance])
    _external_model(f)
    # The special allocation tax measures.
    for name, (n_cons, _sessions, people, n_acc) in f.measures.items():
        rule = settings.measures[name]
        c = m.add(key(f"measure:{name}:consultations"), n_cons)
        topics = [key(f"topic:{t}") for t in rule.topics if t in f.topic_months]
        for t in topics:
            m.at_most([t], [c])
        m.at_most([c], topics if not rule.interpreters else [cons_total])
        m.at_most([c], [cons_total])
        p = m.add(key(f"measure:{name}:attendance"), people)
        m.at_most([p], [attend])
        a = m.add(key(f"measure:{name}:accompaniments"), n_acc)
        m.total(a, [key(f"dest:{d}") for d in rule.destination_kinds if d in f.destinations])


def _external_model(f: AnnualFigures) -> None:
    """Other bodies' categories: each at least any topic feeding it, at most their sum and
    at most the consultations; 未分類 likewise over the topics that feed no category."""
    if f.mapping is None or f.external is None:
        return
    m, key = f.model, f.key
    feeds = {c.code: c.topics for c in f.mapping.categories}
    feeds[categories.UNMAPPED] = f.mapping.unmapped(f.topics)
    state: State = "internal" if "topic" in f.dropped else "free"
    for code in f.external_rows:
        cat = m.add(key(f"ext:{code}"), f.external[code], state,
                    least=1 if code == categories.UNMAPPED else 0)
        topics = [key(f"topic:{t}") for t in feeds[code] if t in f.topic_months]
        for t in topics:
            m.at_most([t], [cat])
        m.at_most([cat], topics)
        m.at_most([cat], [key("cons")])
