"""Sync on the benchmark town: a packet of 1,000 changed records written on one device and
applied on the other (issue 13: under 2 s). Works on copies; the town is not changed."""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchlib import figure, ms, parser

from app import accounts, devices
from app.sync import engine


def main() -> int:
    p = parser("Write and apply a sync packet of N changed records on the benchmark town.")
    p.add_argument("--records", type=int, default=1000)
    p.add_argument("--user", default="admin")
    p.add_argument("--password", default="demo")
    args = p.parse_args()
    if not args.db.exists():
        print(f"{args.db} is missing: run bench/make_town.py first")
        return 1
    with tempfile.TemporaryDirectory() as folder:
        pc_path = Path(folder) / "pc.db"
        shutil.copy(args.db, pc_path)
        shutil.copy(args.db.with_name(args.db.name + ".keys"),
                    pc_path.with_name(pc_path.name + ".keys"))
        pc = accounts.login(pc_path, args.user, args.password)
        start = time.perf_counter()
        devices.add_device(pc, Path(folder) / "laptop.db", "laptop")
        figure("device add (copy of the town)", f"{time.perf_counter() - start:.1f} s")
        laptop = accounts.login(Path(folder) / "laptop.db", args.user, args.password)
        ids = [r[0] for r in pc.store.query(
            "SELECT id FROM consultations ORDER BY id DESC LIMIT ?", (args.records,))]
        start = time.perf_counter()
        for cid in ids:
            c = pc.consultations.get(cid)
            c.done = (c.done + " (sync bench)").strip()
            pc.consultations.save(c)
        figure(f"{len(ids)} saves on the first device", ms(time.perf_counter() - start))
        start = time.perf_counter()
        made = engine.make_packet(pc)
        written = time.perf_counter() - start
        figure(f"packet written ({made.records} records, {made.audit_rows} audit rows)",
               ms(written))
        figure("packet size", f"{len(made.data) / 1e6:.2f} MB")
        start = time.perf_counter()
        outcome = engine.apply_packet(laptop, made.data, "bench")
        applied = time.perf_counter() - start
        figure(f"packet applied ({outcome.text()})", ms(applied))
        figure("written + applied", ms(written + applied), "2 s")
        start = time.perf_counter()
        engine.apply_packet(laptop, made.data, "bench")
        figure("the same packet again (no-op)", ms(time.perf_counter() - start))
        back = engine.make_packet(laptop)
        start = time.perf_counter()
        engine.apply_packet(pc, back.data, "bench-back")
        figure(f"reply applied on the first device ({back.records} records)",
               ms(time.perf_counter() - start))
        pc.close()
        laptop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
