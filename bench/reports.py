"""Time the monthly and annual reports, every format, on the benchmark town."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchlib import figure, ms, open_town, parser

from app.reports import build
from app.reports.annual import build_annual
from app.reports.monthly import build_monthly

RUNS = 5


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    services = open_town(args.db)
    last = services.store.query_one("SELECT max(month), max(fiscal_year) FROM consultations")
    year, month = (int(p) for p in str(last[0]).split("-"))
    month = month - 1 or 12
    year = year - (month == 12)
    fiscal_year = int(last[1]) - 1
    figure("report month / fiscal year", f"{year}-{month:02d} / FY{fiscal_year}")
    kinds = {
        "monthly": (lambda: build_monthly(services.store, services.codes, year, month),
                    "1000 ms"),
        "annual": (lambda: build_annual(services.store, services.codes, fiscal_year),
                   "3000 ms"),
    }
    for name, (make, budget) in kinds.items():
        totals, computes = [], []
        per_format: dict[str, list[float]] = {f: [] for f in build.FORMATS}
        for _ in range(RUNS):
            with tempfile.TemporaryDirectory() as folder:
                start = time.perf_counter()
                doc = make()
                computes.append(time.perf_counter() - start)
                for fmt in build.FORMATS:
                    began = time.perf_counter()
                    build.render(doc, Path(folder), [fmt])
                    per_format[fmt].append(time.perf_counter() - began)
                totals.append(time.perf_counter() - start)
        figure(f"{name} compute, median", ms(statistics.median(computes)))
        for fmt, times in per_format.items():
            figure(f"{name} {fmt}, median", ms(statistics.median(times)))
        figure(f"{name} all formats, median of {RUNS}", ms(statistics.median(totals)), budget)
        figure(f"{name} all formats, max of {RUNS}", ms(max(totals)), budget)
    services.close()


if __name__ == "__main__":
    main()
