"""The first queries after login, encrypted against a plaintext copy of the same town: the
consultations list's first page and the monthly figures, each in a fresh process (so that
no decrypted page is cached yet), alternating, 5 pairs. The key derivation is not timed.

Two paths are timed. "Cold": the query right after login, before anything else has read
the file (the worst case; a script or the command line meets it). "After the read-ahead":
login, then the window's read-ahead (ui.startup.CacheWarmer's reads, which the window
starts 0.3 s after it shows), then the list's first page, as a user meets it when they
open a list a second or more after logging in. Both files get the same read-ahead."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchlib import figure, ms, open_town, parser

if TYPE_CHECKING:
    from app.services import Services

RUNS = 5


def plaintext_copy(db: Path) -> Path:
    """A plaintext copy beside the town, made once: the same schema, rows and full-text
    indexes, written table by table (SQLite3MC refuses a backup or an ATTACH between an
    encrypted and a plaintext file)."""
    import apsw

    plain = db.with_name(db.stem + "-plaintext.db")
    if plain.exists():
        return plain
    services = open_town(db)
    src = services.store.conn
    part = plain.with_name(plain.name + ".part")
    part.unlink(missing_ok=True)
    dest = apsw.Connection(str(part))
    schema = src.execute("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL "
                         "ORDER BY rowid").fetchall()
    virtual = [n for t, n, sql in schema if t == "table" and sql.startswith("CREATE VIRTUAL")]
    shadow = tuple(f"{v}_" for v in virtual)
    dest.execute("BEGIN")
    for kind, name, sql in schema:
        if kind != "table" or name.startswith(("sqlite_", *shadow)):
            continue
        dest.execute(sql)
        if name in virtual:
            rows = src.execute(f'SELECT rowid, body FROM "{name}"').fetchall()
            dest.executemany(f'INSERT INTO "{name}" (rowid, body) VALUES (?, ?)', rows)
            continue
        # stored columns only (hidden 0): generated columns are computed again
        cols = ", ".join(f'"{r[1]}"' for r in src.execute(f'PRAGMA table_xinfo("{name}")')
                         if r[6] == 0)
        marks = ", ".join("?" * (cols.count(",") + 1))
        dest.executemany(f'INSERT INTO "{name}" ({cols}) VALUES ({marks})',
                         src.execute(f'SELECT {cols} FROM "{name}"').fetchall())
    for kind, _name, sql in schema:
        if kind in ("index", "trigger"):
            dest.execute(sql)
    version = src.execute("PRAGMA user_version").fetchone()[0]
    dest.execute(f"PRAGMA user_version = {int(version)}")
    dest.execute("COMMIT")
    dest.close()
    services.close()
    part.rename(plain)
    return plain


def read_ahead(services: Services) -> None:
    """What the window's read-ahead reads (ui.startup.CacheWarmer, without Qt)."""
    from app import listing

    for spec in (listing.CONSULTATIONS, listing.RESIDENTS, listing.ACCOMPANIMENTS,
                 listing.SESSIONS):
        listing.read_ahead(services.store, spec, 200)


def child(db: Path, plain: bool, warmed: bool, residents: bool) -> None:
    from app import db as dbmod
    from app import listing
    from app.reports.monthly import build_monthly
    from app.services import Services
    from app.store import Store

    if plain:
        services = Services(Store(conn=dbmod.connect(db, readonly=True), path=db,
                                  user="admin"))
    else:
        services = open_town(db)
    if warmed:
        read_ahead(services)
    flt = listing.ListFilter()
    if residents:  # in a process of its own: ordered by name, it reads the whole table
        spec = listing.RESIDENTS  # (the default collation; the window's is the UI's)
        start = time.perf_counter()
        listing.count(services.store, spec, flt)
        listing.page(services.store, spec, flt, spec.default_sort, spec.default_descending,
                     0, 200)
        print(f"TIMES {time.perf_counter() - start}", flush=True)
        return
    spec = listing.CONSULTATIONS
    start = time.perf_counter()
    listing.count(services.store, spec, flt)
    listing.page(services.store, spec, flt, spec.default_sort, spec.default_descending, 0, 200)
    listed = time.perf_counter()
    build_monthly(services.store, services.codes, 2026, 10)
    monthly = time.perf_counter()
    print(f"TIMES {listed - start} {monthly - listed}", flush=True)


def one_run(db: Path, plain: bool, warmed: bool = False,
            residents: bool = False) -> tuple[float, ...]:
    args = [sys.executable, __file__, "--db", str(db), "--child"] + (["--plain"] if plain
                                                                     else []) \
        + (["--warmed"] if warmed else []) + (["--residents"] if residents else [])
    done = subprocess.run(args, capture_output=True, text=True, check=True,
                          env=dict(os.environ))
    line = next(x for x in done.stdout.splitlines() if x.startswith("TIMES "))
    return tuple(float(v) for v in line.split()[1:])


def main() -> None:
    p = parser("First queries after login: encrypted against plaintext.")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--plain", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--warmed", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--residents", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--runs", type=int, default=RUNS)
    args = p.parse_args()
    if args.child:
        child(args.db, args.plain, args.warmed, args.residents)
        return
    plain = plaintext_copy(args.db)
    one_run(args.db, False)
    one_run(plain, True)
    Pair = tuple[tuple[float, ...], tuple[float, ...]]
    pairs: dict[tuple[bool, bool], list[Pair]] = {}
    for _ in range(args.runs):  # the kinds of run alternate
        for warmed in (False, True):
            for residents in (False, True):
                pairs.setdefault((warmed, residents), []).append(
                    (one_run(args.db, False, warmed, residents),
                     one_run(plain, True, warmed, residents)))
    names = (("consultations list, first page", False, 0), ("monthly figures", False, 1),
             ("residents list, first page", True, 0))
    for warmed, path in ((False, "cold, right after login"),
                         (True, "after the window's read-ahead")):
        for name, residents, i in names:
            enc = [e[i] for e, _ in pairs[warmed, residents]]
            pla = [q[i] for _, q in pairs[warmed, residents]]
            figure(f"first {name} ({path}): encrypted / plaintext, medians",
                   f"{ms(statistics.median(enc))} / {ms(statistics.median(pla))}")
            ratio = statistics.median(e / q for e, q in zip(enc, pla, strict=True))
            figure(f"first {name} ({path}), encrypted / plaintext, median of pairs",
                   f"{ratio:.2f}×", "1.3×")


if __name__ == "__main__":
    main()
