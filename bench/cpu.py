"""CPU time (not wall time) of the database work behind search, save, the lists and the
reports: steadier than the other scripts' wall-clock figures when the machine is shared, so
it is the one to compare two versions with (run each a few times, alternately).

Each figure is the best of RUNS passes: 240 search-box queries; 200 consultation saves (on a
copy made with the backup API; the fsync waits are not CPU time); the first and the last
page of the consultations list for four sorts; the residents list sorted by name
(casefolded names, a Python collation); the monthly and the annual report's computation."""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchlib import figure, ms, open_town, parser
from save import TOPICS, copy_town
from search import FIXED, SEED, sample_queries

from app import listing
from app.records import Consultation
from app.reports.annual import build_annual
from app.reports.monthly import build_monthly
from app.services import Services

RUNS = 5
SORTS = [("person_latin", False), ("nationality", False), ("minutes", True),
         ("occurred_at", True)]


def best(action: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return min(times)


def lists(services: Services) -> None:
    store, flt = services.store, listing.ListFilter()
    total = listing.count(store, listing.CONSULTATIONS, flt)
    for key, descending in SORTS:
        listing.page(store, listing.CONSULTATIONS, flt, key, descending, 0, 200)
        listing.page(store, listing.CONSULTATIONS, flt, key, descending, total - 200, 200)


def saves(services: Services, rng: random.Random) -> None:
    ids = [r[0] for r in services.store.query("SELECT id FROM residents")]
    for n in range(200):
        services.consultations.save(Consultation(
            occurred_at=f"2026-11-{1 + n % 26:02d}T{9 + n % 8:02d}:{n % 60:02d}",
            language="ja", channel="desk", topics=rng.sample(TOPICS, 2), minutes=20,
            resident_id=rng.choice(ids), asked="在留カードの更新について（ベンチマーク）",
            done="必要書類を説明した"))


def main() -> None:
    args = parser("CPU time of search, save, lists and reports.").parse_args()
    services = open_town(args.db)
    queries = FIXED + sample_queries(services, random.Random(SEED))
    figure(f"search, {len(queries)} queries (CPU)",
           ms(best(lambda: [services.find(q) for q in queries])))
    figure("consultations list, first and last page of 4 sorts (CPU)",
           ms(best(lambda: lists(services))))
    res = listing.RESIDENTS
    figure("residents list sorted by name, first page (CPU)",
           ms(best(lambda: listing.page(services.store, res, listing.ListFilter(), "name",
                                        False, 0, 200))))
    last = services.store.query_one("SELECT max(month), max(fiscal_year) FROM consultations")
    year, month = (int(p) for p in str(last[0]).split("-"))
    figure("monthly report, compute (CPU)",
           ms(best(lambda: build_monthly(services.store, services.codes, year, month))))
    figure("annual report, compute (CPU)",
           ms(best(lambda: build_annual(services.store, services.codes,
                                        int(last[1]) - 1))))
    services.close()
    folder = Path(tempfile.mkdtemp(prefix="madoguchi-bench-"))
    try:
        copy = open_town(copy_town(args.db, folder))
        rng = random.Random(27)
        figure("200 consultation saves (CPU)", ms(best(lambda: saves(copy, rng))))
        copy.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
