"""A device killed (SIGKILL) while it applies a sync packet: its file holds the records as
they were before the packet, and applying the packet again brings it level."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from app import audit
from app.records import Resident
from app.services import Services
from app.sync import engine
from tests.sync_towns import make_town, records

CHILD = Path(__file__).with_name("sync_child.py")


def test_killed_while_applying_a_packet_keeps_all_old_and_converges_after(
        tmp_path: Path) -> None:
    pc, laptop = make_town(tmp_path)
    try:
        for n in range(300):
            pc.residents.save(Resident(nationality="VN", family_name=f"n{n}"))
        made = engine.make_packet(pc)
        packet = tmp_path / "p.madosync"
        packet.write_bytes(made.data)
        before = records(laptop)
        key = laptop.store.key
        path = laptop.store.path
        assert key is not None and path is not None
        laptop.close()
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(packet)], stdout=subprocess.PIPE,
            text=True, env={**os.environ, "MADOGUCHI_CRASH_KEY": key.hex(),
                            "PYTHONPATH": str(Path(__file__).parents[1])})
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "applying"
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(30)
        laptop = Services.open(path, key=key, user="clerk")
        assert records(laptop) == before  # all old: the transaction never committed
        assert audit.verify(laptop.store) is None
        out = engine.apply_packet(laptop, made.data, "p")  # again, to the end this time
        assert out.added == 300
        assert records(laptop) == records(pc)
        assert audit.verify(laptop.store) is None
    finally:
        pc.close()
        laptop.close()
