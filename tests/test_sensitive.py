"""Sensitive fields (要配慮個人情報) are what the sensitive_fields table says, and nothing
that leaves the town for someone else (the handover pack, the monthly and annual reports)
reads them; opening a record that has one leaves a "view" audit row."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from app import audit, handover, sensitive
from app.records import Accompaniment, Resident
from app.reports.annual import build_annual
from app.reports.monthly import build_monthly
from app.services import Services


def statements(services: Services, work: Callable[[], Any]) -> list[str]:
    seen: list[str] = []
    conn = services.store.conn
    conn.set_trace_callback(seen.append)
    try:
        work()
    finally:
        conn.set_trace_callback(None)
    return seen


def test_handover_and_reports_never_read_a_sensitive_field(demo: Services,
                                                           tmp_path: Path) -> None:
    secret = sensitive.everywhere(demo.store)
    assert secret  # the table marks the health details
    assert demo.store.query_one(
        "SELECT count(*) FROM accompaniments WHERE health_details <> ''")[0] > 0
    seen = statements(demo, lambda: (
        handover.make_handover(demo, tmp_path, personal=True, today=date(2026, 12, 3)),
        build_monthly(demo.store, demo.codes, 2026, 11),
        build_annual(demo.store, demo.codes, 2025)))
    assert any("FROM consultations" in s for s in seen)
    for table, columns in secret.items():
        for column in columns:
            readers = [s for s in seen if re.search(rf"\b{column}\b", s)]
            assert not readers, f"{table}.{column} read by: {readers[0][:200]}"


def test_opening_a_record_with_a_sensitive_field_is_audited(services: Services) -> None:
    resident = services.residents.save(Resident(nationality="VN", family_name="Tran"))
    with_details = services.accompaniments.save(Accompaniment(
        date="2026-05-01", destination_kind="hospital", resident_id=resident,
        health_details="allergy"))
    without = services.accompaniments.save(Accompaniment(
        date="2026-05-02", destination_kind="hospital", resident_id=resident))
    before = audit.count(services.store)
    services.accompaniments.get(without)
    assert audit.count(services.store) == before
    shown = services.accompaniments.get(with_details, viewer_reason="print")
    row = audit.search(services.store, record=shown.uuid)[0]
    assert (row.action, row.detail) == ("view", "health_details: print")
    # the table, not a name in the code, decides what is sensitive
    with services.store.write() as conn:
        conn.execute("DELETE FROM sensitive_fields WHERE table_name = 'accompaniments'")
    services.accompaniments.get(with_details)
    assert audit.count(services.store) == before + 1
