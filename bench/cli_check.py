"""What the check before every command costs: a `madoguchi search` run end to end (the first
run checks the whole file, the next ones what a login checks), and the quick_check alone,
on the benchmark town."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchlib import figure, ms, parser

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    args = parser(__doc__ or "").parse_args()
    from app import accounts, backup

    password = os.environ.get("MADOGUCHI_PASSWORD", "demo")
    key = accounts.unlock(args.db, "admin", password).key
    checks = []
    for _ in range(5):
        start = time.perf_counter()
        backup.quick_check(args.db, key)
        checks.append(time.perf_counter() - start)
    figure("quick_check alone, median of 5", ms(sorted(checks)[2]))
    env = {**os.environ, "MADOGUCHI_PASSWORD": password, "PYTHONPATH": str(ROOT)}
    runs = []
    for _ in range(4):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "app", "search", "--db", str(args.db), "--user",
                        "admin", "--limit", "5", "nguyen"], env=env, cwd=ROOT, check=True,
                       capture_output=True)
        runs.append(time.perf_counter() - start)
    # the first run checks the whole file when no good check of it is recorded (or the file
    # changed outside Madoguchi's commands, or a day passed); the next ones check page 1
    figure("`madoguchi search` end to end, first run", ms(runs[0]))
    figure("`madoguchi search` end to end, next 3 runs, median", ms(sorted(runs[1:])[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
