from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import exchange
from app.services import Services

KINDS = exchange.KINDS


def counts(services: Services) -> dict[str, int]:
    return {k: services.store.query_one(f"SELECT count(*) FROM {k}")[0] for k in KINDS}


def records(data: dict[str, Any]) -> dict[str, Any]:
    return {k: data[k] for k in ("code_items", *KINDS)}


def test_round_trip_gives_the_same_records(demo: Services, tmp_path: Path) -> None:
    out = tmp_path / "town.json"
    exchange.export_file(demo.store, out)
    first = json.loads(out.read_text(encoding="utf-8"))
    assert first["format"] == "madoguchi-export" and first["consultations"]
    target = Services.open(tmp_path / "empty.db", create=True, user="importer", role="admin")
    imported = exchange.import_data(target.store, exchange.load_file(out))
    assert imported == {k: len(first[k]) for k in KINDS}
    again = exchange.export_data(target.store)
    assert records(again) == records(first)
    hit = next(r for r in first["residents"] if r["family_name_latin"])
    found = target.find(hit["family_name_latin"])
    assert any(f.kind == "resident" for f in found)  # the search index came along
    target.close()


def test_importing_twice_is_refused_and_changes_nothing(demo: Services, tmp_path: Path) -> None:
    data = exchange.export_data(demo.store)
    before = counts(demo)
    with pytest.raises(exchange.ImportError_, match=r"already in the database"):
        exchange.import_data(demo.store, data)
    assert counts(demo) == before


def small_export(demo: Services) -> dict[str, Any]:
    data = exchange.export_data(demo.store)
    for kind in KINDS:
        data[kind] = data[kind][:40]
    keep = {r["uuid"] for r in data["residents"]}
    orgs = {o["uuid"] for o in data["organisations"]}
    data["residents"] = [dict(r, links=[x for x in r["links"] if x["related_uuid"] in keep])
                         for r in data["residents"]]
    data["consultations"] = [
        dict(c, referral_organisation_uuid=None)
        for c in exchange.export_data(demo.store)["consultations"]
        if c["resident_uuid"] is None or c["resident_uuid"] in keep][:40]
    cons = {c["uuid"] for c in data["consultations"]}
    data["accompaniments"] = [
        dict(a, organisation_uuid=a["organisation_uuid"] if a["organisation_uuid"] in orgs
             else None)
        for a in exchange.export_data(demo.store)["accompaniments"]
        if a["resident_uuid"] in keep and a["consultation_uuid"] in (None, *cons)]
    data["sessions"] = [dict(s, attendee_uuids=[a for a in s["attendee_uuids"] if a in keep])
                        for s in data["sessions"]]
    data["kb_entries"] = [dict(e, organisation_uuids=[o for o in e["organisation_uuids"]
                                                      if o in orgs])
                          for e in data["kb_entries"]]
    return data


@pytest.mark.parametrize("kind,index,field,value,message", [
    ("consultations", 3, "occurred_at", "2026-02-30T10:00", "Not a real date"),
    ("consultations", 0, "topics", [], "at least one topic"),
    ("consultations", 1, "status", "done", "Not in the code list"),
    ("consultations", 2, "resident_uuid", "no-such-uuid-123", "neither in the file"),
    ("residents", 5, "nationality", "ZZ", "Not in the code list"),
    ("residents", 4, "kana", "ぐえん", "katakana"),
    ("residents", 2, "shoe_size", 42, "unknown field"),
    ("accompaniments", 1, "time_back", "00:01", "Time back is before time out"),
    ("sessions", 0, "headcounts", {"VN": -1}, "Out of range"),
    ("organisations", 0, "email", "not-an-address", "Not an email"),
])
def test_an_invalid_record_names_itself_and_nothing_changes(
        demo: Services, tmp_path: Path, kind: str, index: int, field: str, value: Any,
        message: str) -> None:
    data = small_export(demo)
    target = Services.open(tmp_path / "t.db", create=True, role="admin")
    data[kind][index][field] = value
    uuid = data[kind][index]["uuid"]
    with pytest.raises(exchange.ImportError_) as info:
        exchange.import_data(target.store, data)
    text = str(info.value)
    assert f"{kind}[{index}]" in text and uuid in text and f"'{field}'" in text
    assert message in text
    assert counts(target) == dict.fromkeys(KINDS, 0)
    target.close()


def test_unreadable_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(exchange.ImportError_, match="not valid JSON"):
        exchange.load_file(bad)
    bad.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(exchange.ImportError_, match="UTF-8"):
        exchange.load_file(bad)
    with pytest.raises(exchange.ImportError_, match="no file"):
        exchange.load_file(tmp_path / "missing.json")


MUTATIONS = st.tuples(
    st.sampled_from(KINDS), st.integers(0, 30), st.text(min_size=1, max_size=20),
    st.one_of(st.none(), st.integers(-3, 3), st.text(max_size=8), st.booleans(),
              st.lists(st.text(max_size=3), max_size=2)))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutation=MUTATIONS)
def test_import_is_all_or_nothing(demo: Services, tmp_path_factory: pytest.TempPathFactory,
                                  mutation: tuple[str, int, str, Any]) -> None:
    base = _base(demo)
    data = copy.deepcopy(base)
    kind, index, field, value = mutation
    if data[kind]:
        rec = data[kind][index % len(data[kind])]
        rec[field if field in rec or len(field) > 3 else next(iter(rec))] = value
    target = Services.open(tmp_path_factory.mktemp("imp") / "t.db", create=True,
                           role="admin")
    try:
        exchange.import_data(target.store, data)
    except exchange.ImportError_:
        assert counts(target) == dict.fromkeys(KINDS, 0)
    else:
        assert counts(target) == {k: len(data[k]) for k in KINDS}
    finally:
        target.close()


_BASE: dict[str, Any] = {}


def _base(demo: Services) -> dict[str, Any]:
    if "data" not in _BASE:
        _BASE["data"] = small_export(demo)
    return _BASE["data"]


def test_cancelled_import_changes_nothing(demo: Services, services: Services) -> None:
    from app.progress import Cancelled, Progress

    data = exchange.export_data(demo.store)
    seen: list[tuple[int, int]] = []

    def writing_half_done() -> bool:  # past the checks, part-way through the inserts
        return bool(seen) and seen[-1][0] > seen[-1][1] * 3 // 4

    progress = Progress(report=lambda done, total: seen.append((done, total)),
                        cancelled=writing_half_done, every=50)
    with pytest.raises(Cancelled):
        exchange.import_data(services.store, data, progress)
    assert seen[-1][0] > seen[-1][1] // 2  # it was cancelled while writing
    for table in exchange.KINDS:
        assert services.store.query_one(f"SELECT count(*) FROM {table}")[0] == 0
