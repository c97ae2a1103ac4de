"""Time the prefecture's roll-up (app/rollup/) of 50 towns' annual data files, threshold 5:
reading and checking the files, combining the tables, protecting them with the sdc solver,
and writing PDF, Excel and CSV. The towns are made here, consultation by consultation, from
30 to 2,000 foreign residents each (about 20 to 3,000 consultations); a fifth of them send
suppressed counts. No database is needed.

    python bench/rollup.py [--towns 50] [--runs 3]"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from app import __version__
from app.reports import categories
from app.reports.annual_model import fiscal_months
from app.reports.config import MEASURES
from app.reports.datafile import write_data
from app.reports.datafile_versions import CODE_LIST_VERSION, FORMAT, FORMAT_VERSION
from app.reports.municipality import check_digit
from app.rollup.inputs import read_towns
from app.rollup.protection import protect_in_parts
from app.rollup.report import build_documents, first_seen_order, make_rollup
from app.rollup.tables import combine

FY = 2025
NATIONALITIES = ["VN", "CN", "PH", "ID", "NP", "MM", "TH", "BR", "KR", "LK", "BD", "US"]
LANGUAGES = {"VN": "vi", "CN": "zh", "PH": "tl", "ID": "id", "NP": "ne", "MM": "my",
             "TH": "th", "BR": "pt", "KR": "ko", "LK": "en", "BD": "en", "US": "en"}
STATUSES = ["technical_intern_training", "specified_skilled_worker", "permanent_resident",
            "student", "spouse_of_japanese", "engineer_specialist_humanities"]
TOPICS = ["medical", "residence_procedures", "labour", "tax_pension", "health_insurance",
          "housing", "daily_rules", "childcare_education", "disaster", "japanese_learning",
          "welfare", "marriage_family", "traffic_driving", "money_banking",
          "translation_request", "procedures_town", "mental_health", "other"]
CHANNELS = ["desk", "phone", "sns", "visit", "email"]
DESTINATIONS = ["hospital", "town_hall", "immigration", "bank", "school"]


def town(rng: random.Random, index: int, suppressed: bool) -> dict[str, Any]:
    residents = int(rng.choice([30, 80, 150, 400, 900, 2000]) * rng.uniform(0.7, 1.3))
    n = max(3, int(residents * rng.uniform(0.6, 1.5)))
    months = fiscal_months(FY)
    weights = [rng.random() ** 2 + 0.05 for _ in NATIONALITIES]
    mapping = categories.example()
    feeds = {t: {c.code for c in mapping.categories if t in c.topics} for t in TOPICS}
    count: dict[str, Counter[str]] = {k: Counter() for k in (
        "months", "languages", "nationalities", "residence_statuses", "channels", "topics",
        "external")}
    topic_months: dict[str, Counter[str]] = {}
    for _ in range(n):
        nat = rng.choices(NATIONALITIES, weights)[0]
        month = rng.choice(months)
        count["months"][month] += 1
        count["nationalities"][nat] += 1
        count["languages"][LANGUAGES[nat] if rng.random() < 0.7 else "ja"] += 1
        count["residence_statuses"][rng.choice(STATUSES)] += 1
        count["channels"][rng.choice(CHANNELS)] += 1
        topics = rng.sample(TOPICS, rng.choice([1, 1, 1, 2, 3]))
        cats: set[str] = set()
        for t in topics:
            count["topics"][t] += 1
            topic_months.setdefault(t, Counter())[month] += 1
            cats |= feeds[t]
        count["external"].update(cats)
    trips = Counter(rng.choice(DESTINATIONS) for _ in range(rng.randint(0, n // 8 + 1)))
    trip_months = Counter(rng.choice(months) for _ in range(sum(trips.values())))
    sessions = Counter(rng.choice(["life_orientation", "japanese_class"])
                       for _ in range(rng.randint(0, 30)))
    session_months = Counter(rng.choice(months) for _ in range(sum(sessions.values())))
    attendance = Counter({nat: rng.randint(0, 40) for nat in NATIONALITIES[:6]})
    attendance = +attendance
    mentions = sum(count["topics"].values())
    code = f"{1 + index % 47:02d}{100 + index * 7 % 900:03d}"
    data: dict[str, Any] = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
        "code_list_version": CODE_LIST_VERSION,
        "town": {"name": f"第{index + 1}町", "municipality_code": code + str(check_digit(code))},
        "fiscal_year": FY, "cut_off": f"{FY + 1}-03-31", "provisional": False,
        "counts": "exact", "suppression": None, "dropped": [],
        "tables": {
            "totals": {"consultations": n, "persons": max(1, n // 2),
                       "topic_mentions": mentions, "accompaniments": sum(trips.values()),
                       "attendance": sum(attendance.values()),
                       "sessions": sum(sessions.values())},
            "months": {"consultations": {m: count["months"][m] for m in months},
                       "accompaniments": {m: trip_months[m] for m in months},
                       "sessions": {m: session_months[m] for m in months}},
            "topics": dict(count["topics"]),
            "topic_months": {t: {m: c[m] for m in months} for t, c in topic_months.items()},
            "languages": dict(count["languages"]),
            "nationalities": dict(count["nationalities"]),
            "residence_statuses": dict(count["residence_statuses"]),
            "channels": dict(count["channels"]), "destinations": dict(trips),
            "attendance_by_nationality": dict(attendance), "session_kinds": dict(sessions),
            "measures": {m: {"consultations": count["topics"]["translation_request"]
                             if m == "multilingual_info" else 0,
                             "sessions": 0, "attendance": 0,
                             "accompaniments": sum(trips.values())
                             if m == "accompaniment" else 0} for m in MEASURES}},
        "external": {"id": mapping.id, "name": mapping.name,
                     "categories": [{"code": c.code, "label": c.label, "topics": c.topics}
                                    for c in mapping.categories],
                     "counts": {c.code: count["external"][c.code]
                                for c in mapping.categories},
                     "unmapped_topics": []},
        "labels": {}}
    if suppressed:   # the town's own x: its small counts (enough for timing)
        data["counts"], data["suppression"] = "suppressed", {"threshold": 5, "width": 5}
        for name in ("nationalities", "languages", "topics", "destinations"):
            table = data["tables"][name]
            for key, value in table.items():
                if 0 < value < 5:
                    table[key] = "x"
    return data


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--towns", type=int, default=50)
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    rng = random.Random(16)
    with tempfile.TemporaryDirectory(prefix="madoguchi-rollup-") as tmp:
        folder = Path(tmp)
        files = [write_data(town(rng, i, suppressed=i % 5 == 4), folder / f"town{i:02d}.json")
                 for i in range(args.towns)]
        out = folder / "out"
        out.mkdir()
        whole, parts = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            year, towns = read_towns(files)
            read = time.perf_counter()
            rollup = combine(year, towns, first_seen_order(towns))
            combined = time.perf_counter()
            protection = protect_in_parts(rollup.model, 5)
            protected = time.perf_counter()
            build_documents(rollup, protection)
            parts.append((read - start, combined - read, protected - combined,
                          time.perf_counter() - protected))
            start = time.perf_counter()
            make_rollup(files, out)
            whole.append(time.perf_counter() - start)
        figures = rollup.model.figures
        print(f"towns: {args.towns}; figures: {len(figures)}; "
              f"free: {sum(f.state == 'free' for f in figures.values())}; "
              f"relations: {len(rollup.model.relations)}; hidden: {len(protection.hidden)}")
        for i, name in enumerate(("read and check the files", "combine the tables",
                                  "protect (sdc solver, with its audit)",
                                  "build the documents")):
            print(f"{name}, median: {statistics.median(p[i] for p in parts) * 1000:.0f} ms")
        print(f"whole roll-up, PDF + Excel + CSV written, median of {args.runs}: "
              f"{statistics.median(whole):.2f} s (budget 5 s)")


if __name__ == "__main__":
    main()
