"""Crash safety: a child process saves consultations in a loop and is killed with SIGKILL at
random moments, at least 50 times. Every save it reported as done is present, and
integrity_check passes."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FAST_KDF

from app import accounts, db

TRIALS = 50
CHILD = Path(__file__).with_name("crash_child.py")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_saves_reported_done_survive_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    services, _code = accounts.create_database(path, "clerk", "password-123", kdf=FAST_KDF)
    key = services.store.key
    services.close()
    assert key is not None
    env = {**os.environ, "MADOGUCHI_CRASH_KEY": key.hex()}
    rng = random.Random(20261127)
    reported: list[str] = []
    killed_mid_line = 0
    for _trial in range(TRIALS):
        child = subprocess.Popen([sys.executable, str(CHILD), str(path)], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert child.stdout is not None
        ready = child.stdout.readline()
        if ready != b"ready\n":
            child.kill()
            _out, err = child.communicate()
            pytest.fail(f"the child did not start: {err.decode(errors='replace')[-2000:]}")
        time.sleep(rng.uniform(0.020, 0.200))  # a random moment within the save loop
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate()
        assert child.returncode == -signal.SIGKILL, err.decode(errors="replace")[-2000:]
        lines = out.decode("ascii").split("\n")
        if lines[-1]:
            killed_mid_line += 1  # a UUID cut off while printing: not reported as done
        reported += [line for line in lines[:-1] if line]

    conn = db.connect(path, key=key)
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        stored = {r[0] for r in conn.execute("SELECT uuid FROM consultations")}
        orphans = conn.execute(
            "SELECT (SELECT count(*) FROM consultation_topics WHERE consultation_id NOT IN "
            "(SELECT id FROM consultations)) + (SELECT count(*) FROM search_records WHERE "
            "rowid NOT IN (SELECT id FROM consultations))").fetchone()[0]
        untopiced = conn.execute(
            "SELECT count(*) FROM consultations c WHERE NOT EXISTS "
            "(SELECT 1 FROM consultation_topics t WHERE t.consultation_id = c.id)").fetchone()[0]
    finally:
        conn.close()
    lost = [u for u in reported if u not in stored]
    failures = 0 if integrity == ["ok"] else 1
    print(f"\ncrash safety: {TRIALS} trials (SIGKILL), {len(reported)} saves reported done, "
          f"{len(stored)} consultations stored, {len(lost)} saves lost, "
          f"{failures} integrity failures ({'; '.join(integrity[:3])}), "
          f"{killed_mid_line} kills while printing, {orphans} orphan rows, "
          f"{untopiced} consultations without topics")
    assert len(reported) >= TRIALS  # the kills did land inside the save loop
    assert lost == [] and failures == 0
    assert orphans == 0 and untopiced == 0  # no save was kept half-written
    assert len(stored) >= len(reported)  # a save may commit just before its UUID is printed
