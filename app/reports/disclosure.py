"""The disclosure audit (`madoguchi report audit`): every hidden figure of the annual report,
read together with every report of the same fiscal year issued before, and the interval a
reader can narrow it down to. Also run before every annual export (build.make_annual)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.codes import CodeBook
from app.reports import config, issued
from app.reports.annual import plan_annual
from app.reports.sdc import Interval, Model, audit
from app.store import Store


@dataclass
class AuditResult:
    width: int
    intervals: dict[str, Interval]
    reports: int                    # issued reports read together with this one

    @property
    def narrow(self) -> dict[str, Interval]:
        return {k: i for k, i in self.intervals.items() if i.width < self.width}

    def lines(self) -> list[str]:
        out = [f"{key}\t{_bound(i.low)}\t{_bound(i.high)}\t"
               f"{'ok' if i.width >= self.width else 'NARROW'}"
               for key, i in sorted(self.intervals.items())]
        verdict = (f"{len(self.narrow)} hidden figure(s) narrower than {self.width}"
                   if self.narrow else f"every hidden figure spans at least {self.width}")
        out.append(f"{len(self.intervals)} hidden figure(s), {self.reports} issued "
                   f"report(s) read with it: {verdict}.")
        return out


def _bound(value: float) -> str:
    return "inf" if value == float("inf") else str(int(value))


def audit_annual(store: Store, codes: CodeBook, fiscal_year: int,
                 cut_off: date | None = None) -> AuditResult:
    """The annual report as it would be made now, read with the issued ones: the exact
    interval of every hidden figure."""
    plan = plan_annual(store, codes, fiscal_year, cut_off=cut_off)
    return AuditResult(plan.protection.width, audit(plan.model, plan.hidden),
                       len(plan.earlier))


def audit_issued(store: Store, fiscal_year: int) -> AuditResult:
    """Only what has left the program already: every issued report of the year together."""
    reports = issued.issued(store, fiscal_year)
    model = issued.combine(Model(), reports)
    hidden = {k for k, f in model.figures.items() if f.state == "hidden"}
    return AuditResult(config.load(store).width, audit(model, hidden), len(reports))
