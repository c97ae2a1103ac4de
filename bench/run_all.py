"""Make (or reuse) the benchmark town, then run every benchmark on it, one after another."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchlib import parser

HERE = Path(__file__).resolve().parent
SCRIPTS = ["startup", "window", "first_query", "search", "save", "scroll", "memory", "reports",
           "cpu", "suppression"]


def run(name: str, args: list[str]) -> int:
    print(f"== {name}", flush=True)
    done = subprocess.run([sys.executable, str(HERE / f"{name}.py"), *args],
                          capture_output=True, text=True, check=False)
    print(done.stdout, end="", flush=True)
    if done.returncode:
        print(f"{name} failed ({done.returncode}):\n{done.stderr}", flush=True)
    return done.returncode


def main() -> int:
    p = parser("Run all the benchmarks.")
    p.add_argument("--residents", type=int, default=5000)
    p.add_argument("--years", type=int, default=10)
    args = p.parse_args()
    db = ["--db", str(args.db)]
    if run("make_town", [*db, "--residents", str(args.residents), "--years", str(args.years)]):
        return 1
    return max(run(name, db) for name in SCRIPTS)


if __name__ == "__main__":
    sys.exit(main())
