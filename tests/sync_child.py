"""Child process of test_sync_crash.py: apply a sync packet and stop inside its transaction.

Opens the encrypted database with the raw key from MADOGUCHI_CRASH_KEY, applies the packet
given, and once every record of it is written (the transaction still open) prints
"applying" and waits to be killed."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from app.services import Services
from app.sync import engine


def main() -> None:
    services = Services.open(sys.argv[1], key=bytes.fromhex(os.environ["MADOGUCHI_CRASH_KEY"]),
                             user="crash")
    real = engine._append_audit

    def stop_here(*args: Any) -> int:
        added = real(*args)
        print("applying", flush=True)
        time.sleep(120)
        return added

    engine._append_audit = stop_here  # type: ignore[assignment]
    engine.apply_packet(services, Path(sys.argv[2]).read_bytes(), "packet")


if __name__ == "__main__":
    main()
