"""Time the annual report's suppression and disclosure audit (app/reports/sdc.py) on the
benchmark town: collecting the counts, choosing the x (protect, which ends with the audit
that proves the result), and the exact audit of `madoguchi report audit`. Also with higher
thresholds (more small counts, so more work for the solver) and with an interim report of
the same year read together with the final one. Nothing is written to the database."""

from __future__ import annotations

import statistics
import time
from datetime import date

from benchlib import figure, ms, open_town, parser

from app.reports import issued, stats
from app.reports.annual_model import collect
from app.reports.sdc import audit, protect

RUNS = 5


def median_time(make: object) -> tuple[float, object]:
    times, result = [], None
    for _ in range(RUNS):
        start = time.perf_counter()
        result = make()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    services = open_town(args.db)
    store, codes = services.store, services.codes
    fiscal_year = int(store.query_one("SELECT max(fiscal_year) FROM consultations")[0]) - 1
    end = stats.fiscal_period(fiscal_year).end
    figure("fiscal year", f"FY{fiscal_year}")
    seconds, figures = median_time(lambda: collect(store, codes, fiscal_year, end))
    model = figures.model  # type: ignore[attr-defined]
    figure("collect the counts and build the model, median", ms(seconds))
    figure("figures / relations", f"{len(model.figures)} / {len(model.relations)}")
    for threshold in (5, 20, 50, 100):
        seconds, p = median_time(lambda t=threshold: protect(model, t))  # type: ignore[misc]
        hidden = p.hidden  # type: ignore[attr-defined]
        figure(f"threshold {threshold}: protect + proving audit, median "
               f"({len(hidden)} hidden)", ms(seconds), "3000 ms" if threshold == 5 else None)
        seconds, _ = median_time(lambda h=hidden: audit(model, h))  # type: ignore[misc]
        figure(f"threshold {threshold}: exact audit (report audit), median", ms(seconds))
    interim = collect(store, codes, fiscal_year, date(fiscal_year, 12, 31))
    for threshold in (5, 50):
        first = protect(interim.model, threshold)
        earlier = [issued.Issued(1, fiscal_year, f"{fiscal_year}-12-31", True, "",
                                 interim.model, set(first.hidden))]
        seconds, p = median_time(lambda t=threshold, e=earlier: protect(  # type: ignore[misc]
            issued.combine(model, e), t))
        figure(f"threshold {threshold}, with an interim report: combine + protect, median "
               f"({len(p.hidden)} hidden)", ms(seconds))  # type: ignore[attr-defined]
    services.close()


if __name__ == "__main__":
    main()
