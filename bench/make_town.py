"""Make the benchmark town once (5000 residents × 10 years ≈ 100,000 consultations)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchlib import figure, parser


def main() -> int:
    p = parser("Create the benchmark database with `madoguchi demo` unless it exists.")
    p.add_argument("--residents", type=int, default=5000)
    p.add_argument("--years", type=int, default=10)
    args = p.parse_args()
    if args.db.exists():
        print(f"reusing {args.db} ({args.db.stat().st_size / 1e6:.0f} MB)")
        return 0
    beside = Path(sys.executable).parent / "madoguchi"  # the venv's script, if not on PATH
    exe = str(beside) if beside.exists() else shutil.which("madoguchi") or "madoguchi"
    cmd = [exe, "demo", "--db", str(args.db), "--residents", str(args.residents),
           "--years", str(args.years)]
    start = time.perf_counter()
    done = subprocess.run(cmd, check=False)
    figure(f"make town ({args.residents} residents, {args.years} years)",
           f"{time.perf_counter() - start:.1f} s")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
