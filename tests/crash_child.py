"""Child process of test_crash_safety.py: save consultations until killed.

Opens the encrypted database with the raw key from MADOGUCHI_CRASH_KEY (no password, so no
argon2), prints "ready", then saves consultations in a loop and prints each one's UUID, and
flushes, only after its save has returned (committed)."""

from __future__ import annotations

import os
import sys
import uuid

from app.records import Consultation
from app.services import Services


def main() -> None:
    services = Services.open(sys.argv[1], key=bytes.fromhex(os.environ["MADOGUCHI_CRASH_KEY"]),
                             user="crash")
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        c = Consultation(occurred_at="2026-04-01T10:00", language="vi", channel="desk",
                         topics=["housing", "labour"][: 1 + n % 2], nationality="VN",
                         asked=f"crash test {n} " + "x" * (n % 7 * 300), done="noted",
                         uuid=str(uuid.uuid4()))
        services.consultations.save(c)
        sys.stdout.write(c.uuid + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
