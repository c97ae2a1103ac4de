"""What signing the audit trail costs: one audit row written with and without the user's
signature, and `audit verify` (chain, signatures, checkpoints) over a long trail.

    python bench/audit_verify.py [--rows 100000]

Makes its own town in a temporary folder (real argon2id parameters, one login).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from app import accounts, audit, audit_signatures, checkpoints, db, signing


def append(path: Path, key: bytes, user: str, rows: int, *, signed: bool,
           signer: signing.Signer | None) -> float:
    """Seconds per row, `rows` rows in transactions of 1,000."""
    if signed and signer is not None:
        signing.activate(path, signer)
    else:
        signing.deactivate(path, user)
    conn = db.connect(path, key=key)
    try:
        start = time.perf_counter()
        for first in range(0, rows, 1000):
            with db.transaction(conn):
                for _ in range(min(1000, rows - first)):
                    audit.record(conn, user, "view", kind="accompaniment",
                                 uuid="00000000-0000-4000-8000-000000000000")
        return (time.perf_counter() - start) / rows
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "town.db"
        services, _code = accounts.create_database(path, "clerk", "bench password 1")
        assert services.store.key is not None
        key = services.store.key
        signer = signing.active(path, "clerk")
        services.close()
        sample = min(5000, args.rows)
        plain = append(path, key, "clerk", sample, signed=False, signer=signer)
        signed = append(path, key, "clerk", args.rows, signed=True, signer=signer)
        print(f"audit row written: {plain * 1e6:.0f} µs unsigned, {signed * 1e6:.0f} µs signed "
              f"(+{(signed - plain) * 1e6:.0f} µs)")
        services = accounts.open_as(path, key, "clerk")
        try:
            total = audit.count(services.store)
            start = time.perf_counter()
            audit.verify(services.store)
            chain = time.perf_counter() - start
            start = time.perf_counter()
            found = audit_signatures.problems(services.store)
            sigs = time.perf_counter() - start
            start = time.perf_counter()
            checkpoints.problems(services.store, backups=True)
            marks = time.perf_counter() - start
        finally:
            services.close()
        print(f"audit verify over {total:,} rows: chain {chain:.2f} s, signatures {sigs:.2f} s "
              f"({len(found)} problems: the {sample:,} unsigned rows, capped), checkpoints "
              f"{marks * 1000:.0f} ms")


if __name__ == "__main__":
    main()
