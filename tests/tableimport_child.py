"""Child process of test_tableimport_safety.py: import a long log until killed.

Opens the encrypted database with the raw key from MADOGUCHI_CRASH_KEY, makes the preview,
prints "ready", then imports (one transaction); prints "done" once the import returned."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from app.progress import Progress
from app.services import Services
from app.tableimport.apply import import_log
from app.tableimport.profile import Profile
from app.tableimport.steps import preview_file


def main() -> None:
    services = Services.open(sys.argv[1], key=bytes.fromhex(os.environ["MADOGUCHI_CRASH_KEY"]),
                             user="crash")
    profile = Profile()
    profile.defaults.update(language="ja", channel="desk")
    preview = preview_file(services, Path(sys.argv[2]), profile)
    print("ready", flush=True)
    # A little slower than the real thing, so that the parent's kill lands inside the
    # transaction whatever the machine's speed (the import's own writes are unchanged).
    import_log(services, preview,
               progress=Progress(report=lambda _d, _t: time.sleep(0.002), every=1))
    print("done", flush=True)


if __name__ == "__main__":
    main()
