"""Power loss, not just a killed process: tests/power_loss.py drops every write not yet
synced at a cut placed at each step of a run of saves. The app's way (WAL,
synchronous=FULL, one transaction per save, checked here on the app's own connection)
loses nothing it reported saved and leaves no half save; each of the three weaker ways the
SIGKILL test could not tell apart (synchronous=OFF, no WAL, a save split in two) fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.records import Consultation, Resident
from app.services import Services

apsw = pytest.importorskip("apsw", reason="the power-loss VFS is written with apsw")

from power_loss import Config, Outcome, run  # noqa: E402

SAVES = 8
CUTS = 24
APP = Config()
WEAKER = {"synchronous=OFF": Config(synchronous="off"),
          "WAL off (rollback journal)": Config(journal_mode="delete"),
          "a save split into two transactions": Config(split_save=True)}


def cuts(folder: Path, config: Config) -> list[Outcome]:
    """One run per cut: every len/CUTS-th operation, and one after the last save."""
    last, ops = run(folder, config, SAVES, None)
    step = max(1, ops // CUTS)
    return [last] + [run(folder, config, SAVES, k)[0] for k in range(1, ops + 1, step)]


def report(name: str, outcomes: list[Outcome]) -> None:
    """The figures docs/security.md gives (seen with pytest -s)."""
    print(f"\npower loss, {name}: {len(outcomes)} cuts, "
          f"{sum(o.reported for o in outcomes)} saves reported, "
          f"{sum(o.lost for o in outcomes)} lost, {sum(o.half for o in outcomes)} half-saved, "
          f"{sum(o.integrity != 'ok' for o in outcomes)} integrity failures")


def bad(outcome: Outcome) -> bool:
    return bool(outcome.lost or outcome.half or outcome.integrity != "ok")


def test_the_app_uses_wal_full_sync_and_one_transaction_per_save(services: Services) -> None:
    conn = services.store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    rid = services.residents.save(Resident(nationality="VN", family_name_latin="Tran",
                                           given_name_latin="An", languages=["vi"]))
    statements: list[str] = []
    def trace(_cursor: object, sql: str, _bindings: object) -> bool:
        statements.append(sql)
        return True

    conn.raw.exec_trace = trace
    try:
        services.consultations.save(Consultation(
            occurred_at="2026-05-01T10:00", language="vi", channel="desk",
            topics=["housing", "labour", "medical"], resident_id=rid, asked="note"))
    finally:
        conn.raw.exec_trace = None
    assert [s for s in statements if s.startswith(("BEGIN", "COMMIT"))] == [
        "BEGIN IMMEDIATE", "COMMIT"]


def test_the_apps_way_survives_every_cut(tmp_path: Path) -> None:
    outcomes = cuts(tmp_path, APP)
    report("the app's way", outcomes)
    assert len(outcomes) > CUTS // 2 and sum(o.reported for o in outcomes) > 0
    assert [o for o in outcomes if bad(o)] == []


@pytest.mark.parametrize("name", list(WEAKER))
def test_a_weaker_way_is_caught(tmp_path: Path, name: str) -> None:
    outcomes = cuts(tmp_path, WEAKER[name])
    report(name, outcomes)
    assert any(bad(o) for o in outcomes), name
