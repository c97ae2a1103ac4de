"""An attacker on published annual reports, written apart from app/reports (it shares no
code with annual_model.py or sdc.py): it reads the tables as printed, writes down what any
reader of docs/reports.md knows about them, and asks an integer programme (HiGHS, through
highspy's modelling interface) for the least and greatest value of every `x`.

What the reader knows, by the printed labels:
- a category listed in a one-way table, or a topic listed in the topic table, has a count
  of at least 1 (categories with 0 are left out);
- every column of a table with a 計 row adds up to it; every row of a table with a 合計
  column adds up to it (months not printed are left out);
- the consultations total is the same in 月別実績, 相談件数と相談者数 and the four one-way
  tables; the accompaniments total is the same in 月別実績 and 同行支援;
- a topic in a month is at most that month's consultations, which are at most that month's
  topic mentions; persons are at most the consultations that are not anonymous;
- the measures' rules (the default ones, or those given): a measure's consultations lie
  between each of its topics and their sum (or all consultations, with interpreters), its
  accompaniments are the sum of its destinations, its attendance at most all attendance;
- two reports of one fiscal year: a month complete in both is the same number in both;
  any other count of the earlier report is at most the later one.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Any

import highspy
import numpy as np

from app.codes import CodeBook
from app.reports import config
from app.reports.model import SUPPRESSED, ReportDocument, Table

BIG = 10**6
LISTED_IF_NOT_ZERO = {"by_language", "by_nationality", "by_status", "by_channel",
                      "accompaniments", "attendance_by_nationality"}
Place = tuple[int, str, str, str]   # (report, table key, row label, column label)


@dataclass
class Printed:
    doc: ReportDocument
    cut_off: date


class Attack:
    def __init__(self, reports: list[Printed], codes: CodeBook,
                 measures: dict[str, config.MeasureRule] | None = None,
                 topic_rule: bool = True) -> None:
        self.topic_rule = topic_rule   # every consultation has a topic (False: broken)
        self.h = highspy.Highs()
        self.h.silent()
        self.vars: dict[Place, Any] = {}
        self.reports = reports
        self.codes = codes
        self.measures = measures or config.default_measures()
        for i, report in enumerate(reports):
            self._one_report(i, report.doc)
        for i in range(len(reports)):
            for j in range(i + 1, len(reports)):
                self._two_reports(i, j)

    # ---- reading the tables ---------------------------------------------------------------
    def table(self, i: int, key: str) -> Table | None:
        return next((t for t in self.reports[i].doc.tables() if t.key == key), None)

    def cell(self, i: int, key: str, row: str, column: str) -> Any:
        """The printed number, the unknown behind an x, or None when not printed."""
        t = self.table(i, key)
        if t is None or column not in t.columns:
            return None
        c = t.columns.index(column)
        lines = [*t.rows, *([t.total_row] if t.total_row else [])]
        line = next((r for r in lines if r[0] == row), None)
        if line is None:
            return 0 if t.total_row else None   # a category not printed has no count
        value = line[c]
        if value == SUPPRESSED:
            place = (i, key, row, column)
            if place not in self.vars:
                # A category is listed only when its count is not 0.
                listed = line is not t.total_row and (
                    key in LISTED_IF_NOT_ZERO or (key == "topic_by_month" and column == "合計"))
                self.vars[place] = self.h.addVariable(lb=1 if listed else 0, ub=BIG)
            return self.vars[place]
        return value if isinstance(value, int) else None

    def _sum(self, cells: list[Any]) -> Any:
        total: Any = 0
        for c in cells:
            total = total + c
        return total

    def _equal(self, a: Any, b: Any) -> None:
        if a is None or b is None:
            return
        if isinstance(a, int) and isinstance(b, int):
            assert a == b
            return
        self.h.addConstr(a - b == 0)

    def _at_most(self, a: Any, b: Any) -> None:
        if a is None or b is None or (isinstance(a, int) and isinstance(b, int)):
            return
        self.h.addConstr(a - b <= 0)

    # ---- what a reader knows --------------------------------------------------------------
    def _one_report(self, i: int, doc: ReportDocument) -> None:
        for t in doc.tables():
            if t.key in ("profile", "sessions"):
                continue
            labels = [str(r[0]) for r in t.rows]
            if t.total_row:
                for column in t.columns[1:]:
                    parts = [self.cell(i, t.key, r, column) for r in labels]
                    total = self.cell(i, t.key, str(t.total_row[0]), column)
                    if total is not None and all(p is not None for p in parts):
                        self._equal(self._sum(parts), total)
            if t.columns[-1] == "合計":
                for r in [*labels, *([str(t.total_row[0])] if t.total_row else [])]:
                    parts = [self.cell(i, t.key, r, c) for c in t.columns[1:-1]]
                    self._equal(self._sum([p for p in parts if p is not None]),
                                self.cell(i, t.key, r, "合計"))
        cons = self.cell(i, "by_month", "相談件数", "合計")
        self._equal(cons, self.cell(i, "consultation_summary", "相談件数", "件数"))
        for key in ("by_language", "by_nationality", "by_status", "by_channel"):
            self._equal(cons, self.cell(i, key, "計", "件数"))
        acc = self.cell(i, "by_month", "同行支援件数", "合計")
        self._equal(acc, self.cell(i, "accompaniments", "計", "件数"))
        grid = self.table(i, "topic_by_month")
        months = [c for c in self.table(i, "by_month").columns[1:-1]]  # type: ignore[union-attr]
        topics = [str(r[0]) for r in grid.rows] if grid else []
        for m in months:
            month_cons = self.cell(i, "by_month", "相談件数", m)
            for t in topics:
                self._at_most(self.cell(i, "topic_by_month", t, m), month_cons)
            if self.topic_rule:
                self._at_most(month_cons, self.cell(i, "topic_by_month", "計（延べ件数）", m))
        anonymous = self.cell(i, "by_status", "匿名（不明）", "件数")
        persons = self.cell(i, "consultation_summary", "相談者数（実人数）", "件数")
        if persons is not None and cons is not None:
            self._at_most(persons + (anonymous or 0), cons)
        attend = self.cell(i, "attendance_by_nationality", "計", "人数")
        for name, title in config.MEASURES.items():
            rule = self.measures[name]
            m_cons = self.cell(i, "measures", title, "相談件数")
            in_rule = [self.cell(i, "topic_by_month", self.codes.label("topic", t, "ja"), "合計")
                       for t in rule.topics]
            for topic_total in in_rule:
                self._at_most(topic_total, m_cons)
            if grid is not None and not rule.interpreters:
                self._at_most(m_cons, self._sum([t for t in in_rule if t is not None]))
            self._at_most(m_cons, cons)
            self._at_most(self.cell(i, "measures", title, "講座等の参加者数"), attend)
            destinations = [self.cell(i, "accompaniments",
                                      self.codes.label("destination_kind", d, "ja"), "件数")
                            for d in rule.destination_kinds]
            self._equal(self.cell(i, "measures", title, "同行支援件数"),
                        self._sum([d for d in destinations if d is not None]))

    def _two_reports(self, i: int, j: int) -> None:
        early, late = self.reports[i].cut_off, self.reports[j].cut_off
        if early > late:
            i, j, early = j, i, late
        for t in self.reports[i].doc.tables():
            if t.key in ("profile", "sessions", "measures") or self.table(j, t.key) is None:
                continue
            for line in [*t.rows, *([t.total_row] if t.total_row else [])]:
                for column in t.columns[1:]:
                    a = self.cell(i, t.key, str(line[0]), column)
                    b = self.cell(j, t.key, str(line[0]), column)
                    if column.endswith("月") and column[:-1].isdigit():
                        month = int(column[:-1])
                        fiscal_year = early.year if early.month >= 4 else early.year - 1
                        year = fiscal_year + (month < 4)
                        if date(year, month, calendar.monthrange(year, month)[1]) <= early:
                            self._equal(a, b)   # a month complete in both reports
                            continue
                    self._at_most(a, b)
        for title in config.MEASURES.values():
            for column in ("相談件数", "講座等の参加者数", "同行支援件数"):
                self._at_most(self.cell(i, "measures", title, column),
                              self.cell(j, "measures", title, column))

    # ---- the attack ---------------------------------------------------------------------
    def _solve(self, x: Any, maximise: bool) -> float:
        """The linear programme's optimum; if its vertex is not whole, the integer
        programme's (an integer optimum equal to the LP bound is the attacker's best)."""
        h = self.h
        h.maximize(x) if maximise else h.minimize(x)
        assert h.getModelStatus() == highspy.HighsModelStatus.kOptimal
        values = h.getSolution().col_value
        if any(abs(v - round(v)) > 1e-6 for v in values):
            n = h.getNumCol()
            every = np.arange(n, dtype=np.int32)
            h.changeColsIntegrality(n, every, np.array([highspy.HighsVarType.kInteger] * n))
            h.maximize(x) if maximise else h.minimize(x)
            assert h.getModelStatus() == highspy.HighsModelStatus.kOptimal
            h.changeColsIntegrality(n, every,
                                    np.array([highspy.HighsVarType.kContinuous] * n))
        return float(round(h.val(x)))

    def interval(self, place: Place) -> tuple[float, float]:
        x = self.vars[place]
        low, high = self._solve(x, False), self._solve(x, True)
        return low, (float("inf") if high >= BIG else high)

    def intervals(self) -> dict[Place, tuple[float, float]]:
        return {p: self.interval(p) for p in list(self.vars)}

    def narrow(self, width: int) -> dict[Place, tuple[float, float]]:
        return {p: (lo, hi) for p, (lo, hi) in self.intervals().items() if hi - lo < width}
