"""Small helpers shared by the benchmark scripts (not a test: nothing here asserts)."""

from __future__ import annotations

import argparse
import math
import os
import statistics
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services import Services

DEFAULT_DB = Path("/tmp/madoguchi-bench.db")


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"(default {DEFAULT_DB})")
    return p


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def figure(name: str, value: str, budget: str | None = None) -> None:
    print(f"{name}: {value}" + (f" (budget {budget})" if budget else ""), flush=True)


def spread(name: str, seconds: list[float], budget_p95: str | None = None) -> None:
    """count, p50, p95, max of a list of durations, one line each."""
    figure(f"{name} count", str(len(seconds)))
    figure(f"{name} p50", ms(statistics.median(seconds)))
    figure(f"{name} p95", ms(percentile(seconds, 95)), budget_p95)
    figure(f"{name} max", ms(max(seconds)))


def open_town(path: Path) -> Services:
    """Log in to the (encrypted) benchmark town as its administrator: the argon2id key
    derivation is part of every measured opening, as it is for a user."""
    from app import accounts

    return accounts.login(path, "admin", os.environ.get("MADOGUCHI_PASSWORD", "demo"))
