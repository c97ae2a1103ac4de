"""Time the search box (Services.find) over a mix of realistic and no-hit queries."""

from __future__ import annotations

import random
import time

from benchlib import figure, ms, open_town, parser, spread

from app.services import Services

SEED = 27
PER_NATIONALITY = 8
FIXED = [
    "nguyen", "NGUYEN", "Nguyen", "tran", "santos", "wijaya", "silva", "kim", "li",
    "Nguyễn", "Trần", "Phạm Thị", "グエン", "ぐえん", "ｸﾞｴﾝ", "サントス", "ＮＧＵＹＥＮ",
    "Ｓａｎｔｏｓ", "林", "王", "李", "陳", "在留", "在留カード", "ゴミ", "ごみ", "病院",
    "保険証", "日本語教室", "子ども", "税金", "nguyen 病院", "tran 在留", "van", "thi",
    "xyzzy", "qqqqqq", "zzz", "ñandú", "Ωμέγα", "🙂", "%", "_", '"', "'; DROP TABLE x; --",
    "a", "n", "ng", "12", "2024-03",
]


def sample_queries(services: Services, rng: random.Random) -> list[str]:
    """Substrings (1–6 characters) of the names of a few residents of each nationality,
    and fragments of real consultation text."""
    by_nationality: dict[str, list[int]] = {}
    for rid, nat in services.store.query("SELECT id, nationality FROM residents ORDER BY id"):
        by_nationality.setdefault(nat, []).append(rid)
    chosen = [rid for ids in by_nationality.values()  # every script: Thai, Burmese, Nepali…
              for rid in rng.sample(ids, min(PER_NATIONALITY, len(ids)))]
    marks = ",".join("?" for _ in chosen)
    rows = services.store.query(
        "SELECT family_name, given_name, family_name_latin FROM residents "
        f"WHERE id IN ({marks})", chosen)
    out: list[str] = []
    for row in rows:
        for text in row:
            text = (text or "").replace(" ", "")
            if text:
                size = rng.randint(1, min(6, len(text)))
                start = rng.randint(0, len(text) - size)
                out.append(text[start:start + size])
    cids = rng.sample(range(1, services.store.query_one(
        "SELECT max(id) FROM consultations")[0] + 1), 30)
    marks = ",".join("?" for _ in cids)
    for (asked,) in services.store.query(
            f"SELECT asked FROM consultations WHERE id IN ({marks})", cids):
        if asked:
            size = rng.randint(2, min(6, len(asked)))
            start = rng.randint(0, len(asked) - size)
            out.append(asked[start:start + size])
    return out


def main() -> None:
    args = parser("Search timings.").parse_args()
    services = open_town(args.db)
    rng = random.Random(SEED)
    queries = FIXED + sample_queries(services, rng)
    rng.shuffle(queries)
    services.find("warm up")
    timed: list[tuple[float, str, int]] = []
    for q in queries:
        start = time.perf_counter()
        found = services.find(q)
        timed.append((time.perf_counter() - start, q, len(found)))
    services.close()
    spread("search", [t for t, _, _ in timed], "30 ms")
    for seconds, q, hits in sorted(timed, reverse=True)[:5]:
        figure(f"  slow: {q!r} ({hits} hits)", ms(seconds))


if __name__ == "__main__":
    main()
