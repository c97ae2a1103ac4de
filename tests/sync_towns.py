"""Helpers for the sync tests: a real encrypted town and copies of it for other devices,
packets passed by hand, and what "the same records" means between devices."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app import accounts, devices, exchange
from app.services import Services
from app.sync import engine
from tests.conftest import FAST_KDF

PASSWORD = "clerk password 1"


def make_town(folder: Path, copies: int = 1) -> list[Services]:
    """The clerk's PC and `copies` other devices made from it with `device add`."""
    first = folder / "pc.db"
    services, _code = accounts.create_database(first, "clerk", PASSWORD, kdf=FAST_KDF)
    towns = [services]
    for n in range(copies):
        out = folder / f"device{n + 1}.db"
        devices.add_device(services, out, f"device {n + 1}")
        towns.append(accounts.login(out, "clerk", PASSWORD))
    return towns


def send(sender: Services, receiver: Services) -> engine.Outcome:
    made = engine.make_packet(sender)
    return engine.apply_packet(receiver, made.data, "packet")


def records(town: Services) -> dict[str, Any]:
    """Every record and tombstone, as export writes them (stamps, versions included)."""
    data = exchange.export_data(town.store)
    return {k: sorted(data[k], key=lambda r: r["uuid"]) for k in (*exchange.KINDS,
                                                                  "tombstones")}
