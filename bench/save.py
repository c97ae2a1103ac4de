"""Time saving new consultations, on a copy of the benchmark town (the town stays as it is)."""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from pathlib import Path

from benchlib import ms, open_town, parser, spread

from app import db, keyslots
from app.records import Consultation

SAVES = 200
TOPICS = ["housing", "medical", "labour", "health_insurance", "daily_rules", "money_banking"]


def copy_town(source: Path, folder: Path) -> Path:
    """Copy with SQLite's backup API, encrypted with the same key, and the key file with it,
    so the copy opens with the same password."""
    target = folder / "town.db"
    services = open_town(source)
    try:
        db.backup_to(services.store.conn, target, services.store.key)
    finally:
        services.close()
    shutil.copy(keyslots.key_path(source), keyslots.key_path(target))
    return target


def main() -> None:
    args = parser("Consultation save timings.").parse_args()
    rng = random.Random(27)
    with tempfile.TemporaryDirectory(prefix="madoguchi-bench-") as folder:
        start = time.perf_counter()
        copy = copy_town(args.db, Path(folder))
        print(f"copied the town in {ms(time.perf_counter() - start)}")
        services = open_town(copy)
        ids = [r[0] for r in services.store.query("SELECT id FROM residents")]
        times: list[float] = []
        for n in range(SAVES):
            c = Consultation(
                occurred_at=f"2026-11-{1 + n % 26:02d}T{9 + n % 8:02d}:{n % 60:02d}",
                language="ja", channel="desk", topics=rng.sample(TOPICS, 2), minutes=20,
                resident_id=rng.choice(ids), asked="在留カードの更新について（ベンチマーク）",
                done="必要書類を説明した")
            start = time.perf_counter()
            services.consultations.save(c)
            times.append(time.perf_counter() - start)
        services.close()
    spread("save", times, "20 ms")


if __name__ == "__main__":
    main()
