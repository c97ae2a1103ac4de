from __future__ import annotations

import argparse
import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF

from app import accounts, audit, kb_cli, kbpack
from app.errors import MadoguchiError
from app.knowledge import KbEntry, KbText
from app.records import Consultation, Organisation, Resident
from app.services import Services

TOWN_A, TOWN_B = "みどり町", "あおば村"
PLANTED_LATIN, PLANTED_JA = "Qwzxylophant", "鬼灯蒼月"


def make_database(path: Path, town: str = "") -> Services:
    svc, _code = accounts.create_database(path, "admin", "password-123", kdf=FAST_KDF)
    if town:
        svc.store.set_setting("town_name_ja", town)
    return svc


@pytest.fixture
def town_a(services: Services) -> Services:
    """A town with two published entries (one pointing to a hospital), a draft, and a
    resident whose distinctive name is also in a consultation and an organisation's note."""
    services.store.set_setting("town_name_ja", TOWN_A)
    rid = services.residents.save(Resident(nationality="VN", family_name=PLANTED_JA,
                                           family_name_latin=PLANTED_LATIN,
                                           notes=f"{PLANTED_LATIN} note"))
    services.consultations.save(Consultation(
        occurred_at="2026-04-01T10:00", language="vi", channel="desk", topics=["medical"],
        resident_id=rid, asked=f"{PLANTED_JA}さんの通院", done=f"{PLANTED_LATIN} referred"))
    hospital = services.directory.save_organisation(Organisation(
        name="町立病院", kind="hospital", phone="0123-45-6789", address="本町1-1",
        languages=["ja", "en"], interpreter_available=True,
        notes=f"{PLANTED_JA}さんの担当: 内科"))
    services.directory.save_organisation(Organisation(
        name="入管", kind="immigration", notes=PLANTED_LATIN))  # referenced by nothing
    knowledge = services.knowledge
    knowledge.save(KbEntry(
        topic="medical", status="published", organisation_ids=[hospital],
        documents=["在留カード", "保険証"], reviewed_on="2026-03-01",
        texts=[KbText("ja", "夜に熱が出たらどこへ行けばいいですか", "町立病院の夜間窓口へ。"),
               KbText("vi", "Sốt vào ban đêm thì đi đâu?", "Đến quầy đêm của bệnh viện.")]))
    knowledge.save(KbEntry(
        topic="daily_rules", status="published",
        texts=[KbText("ja", "ゴミは何曜日に出しますか", "燃えるゴミは月曜と木曜です。")]))
    knowledge.save(KbEntry(
        topic="housing", status="draft",
        texts=[KbText("ja", "下書きの質問です", "まだ公開しません。")]))
    return services


@pytest.fixture
def town_b(tmp_path: Path) -> Iterator[Services]:
    svc = make_database(tmp_path / "b.db", TOWN_B)
    yield svc
    svc.close()


def export(svc: Services, out: Path) -> dict[str, Any]:
    kbpack.export_pack(svc.store, svc.knowledge, out)
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def counts(svc: Services) -> dict[str, int]:
    return {t: svc.store.query_one(f"SELECT count(*) FROM {t}")[0]
            for t in ("kb_entries", "kb_texts", "kb_organisations", "organisations", "audit")}


def test_round_trip_gives_the_same_entries(town_a: Services, town_b: Services,
                                           tmp_path: Path) -> None:
    first = export(town_a, tmp_path / "a.json")
    assert first["format"] == "madoguchi-knowledge-pack" and first["format_version"] == 1
    assert first["town"] == TOWN_A and len(first["entries"]) == 2
    assert {e["source_town"] for e in first["entries"]} == {TOWN_A}
    assert [o["name"] for o in first["organisations"]] == ["町立病院"]  # referenced only

    result = kbpack.import_pack(town_b.store, town_b.knowledge, kbpack.load_pack(
        tmp_path / "a.json"))
    assert result.counts() == {"new": 2, "changed": 0, "unchanged": 0}
    assert result.new_organisations == ["町立病院"]
    again = export(town_b, tmp_path / "b.json")
    assert again["town"] == TOWN_B
    assert again["entries"] == first["entries"]
    assert again["organisations"] == first["organisations"]
    assert {k for k in first if first[k] != again[k]} <= set(kbpack.TOWN_FIELDS)

    rows = town_b.knowledge.entries(published_only=True)
    assert len(rows) == 2
    assert {town_b.knowledge.get(r.id).source_town for r in rows} == {TOWN_A}
    assert town_b.knowledge.search_ids("ゴミ")  # the search index came along
    assert any(f.kind == "organisation" for f in town_b.find("町立病院"))
    assert audit.verify(town_b.store) is None
    imported = [r for r in audit.search(town_b.store) if r.action == "import"]
    assert [r.detail for r in imported] == [
        "knowledge pack: 2 new, 0 changed, 0 unchanged, 1 organisations added"]


def test_export_writes_an_audit_row(town_a: Services, tmp_path: Path) -> None:
    assert kbpack.export_pack(town_a.store, town_a.knowledge, tmp_path / "a.json") == 2
    last = audit.search(town_a.store, limit=1)[0]
    assert (last.action, last.detail) == ("export", "knowledge pack: 2 entries")


def test_importing_the_same_pack_twice_adds_nothing(town_a: Services, town_b: Services,
                                                   tmp_path: Path) -> None:
    data = export(town_a, tmp_path / "a.json")
    kbpack.import_pack(town_b.store, town_b.knowledge, data)
    before = counts(town_b)
    second = kbpack.preview(town_b.store, data)
    assert second.counts() == {"new": 0, "changed": 0, "unchanged": 2}
    assert not second.new_organisations
    kbpack.import_pack(town_b.store, town_b.knowledge, data)
    after = counts(town_b)
    assert after["audit"] == before["audit"] + 1  # the import row only
    assert {k: v for k, v in after.items() if k != "audit"} == \
        {k: v for k, v in before.items() if k != "audit"}
    # A town's own pack, coming back, is already there too.
    own = kbpack.import_pack(town_a.store, town_a.knowledge, data)
    assert own.counts() == {"new": 0, "changed": 0, "unchanged": 2}


def test_entries_are_matched_by_content_too(town_a: Services, town_b: Services,
                                            tmp_path: Path) -> None:
    """Town B wrote the same question itself (hiragana for katakana, spaces around): no
    duplicate, and B's entry keeps its own uuid."""
    mine = town_b.knowledge.save(KbEntry(
        topic="daily_rules", status="published",
        texts=[KbText("ja", " ごみは何曜日に出しますか ", "月曜と木曜です。")]))
    mine_uuid = town_b.knowledge.get(mine).uuid
    data = export(town_a, tmp_path / "a.json")
    result = kbpack.import_pack(town_b.store, town_b.knowledge, data)
    assert result.counts() == {"new": 1, "changed": 1, "unchanged": 0}
    assert result.changed[0].local_id == mine
    assert town_b.store.query_one("SELECT count(*) FROM kb_entries")[0] == 2
    entry = town_b.knowledge.get(mine)
    assert entry.uuid == mine_uuid and entry.source_town == ""
    assert entry.texts[0].answer == "燃えるゴミは月曜と木曜です。"
    assert kbpack.preview(town_b.store, data).counts() == {"new": 0, "changed": 0,
                                                            "unchanged": 2}


def test_a_changed_entry_is_detected_and_updated(town_a: Services, town_b: Services,
                                                 tmp_path: Path) -> None:
    data = export(town_a, tmp_path / "a.json")
    kbpack.import_pack(town_b.store, town_b.knowledge, data)
    local = {town_b.knowledge.get(r.id).uuid: r.id for r in town_b.knowledge.entries()}
    draft = town_b.knowledge.get(local[data["entries"][0]["uuid"]])
    draft.status = "draft"
    town_b.knowledge.save(draft)
    changed = copy.deepcopy(data)
    entry = changed["entries"][0]
    entry["texts"][0]["answer"] = "燃えるゴミは火曜と金曜になりました。"
    entry["reviewed_on"] = "2026-04-01"
    result = kbpack.preview(town_b.store, changed)
    assert result.counts() == {"new": 0, "changed": 1, "unchanged": 1}
    assert result.changed[0].uuid == entry["uuid"]
    kbpack.import_pack(town_b.store, town_b.knowledge, changed)
    updated = town_b.knowledge.get(local[entry["uuid"]])
    assert updated.texts[0].answer == "燃えるゴミは火曜と金曜になりました。"
    assert updated.reviewed_on == "2026-04-01"
    assert updated.status == "draft"  # the status here is this town's choice
    assert updated.source_town == TOWN_A
    assert town_b.knowledge.search_ids("火曜") == [updated.id]
    assert kbpack.preview(town_b.store, changed).counts()["changed"] == 0


def test_drafts_are_not_exported(town_a: Services, tmp_path: Path) -> None:
    data = export(town_a, tmp_path / "a.json")
    questions = [t["question"] for e in data["entries"] for t in e["texts"]]
    assert "下書きの質問です" not in questions
    assert "下書き".encode() not in (tmp_path / "a.json").read_bytes()


def test_a_pack_never_contains_residents_or_notes(town_a: Services, tmp_path: Path) -> None:
    export(town_a, tmp_path / "a.json")
    raw = (tmp_path / "a.json").read_bytes()
    text = raw.decode("utf-8")
    for needle in (PLANTED_LATIN, PLANTED_JA, "内科", "tester"):
        assert needle not in text
        assert needle.encode("unicode_escape") not in raw
    data = json.loads(text)
    assert set(data) == {"format", "format_version", "app_version", "town", "exported_at",
                         "entries", "organisations"}
    assert all(set(o) == set(kbpack.ORGANISATION_FIELDS) for o in data["organisations"])


def test_the_demo_town_exports_and_round_trips(demo: Services, tmp_path: Path) -> None:
    """Works whatever knowledge the demo holds; a planted resident never shows."""
    demo.residents.save(Resident(nationality="VN", family_name_latin=PLANTED_LATIN))
    demo.knowledge.save(KbEntry(topic="other", status="published",
                                texts=[KbText("ja", "デモの質問", "デモの答え")]))
    first = export(demo, tmp_path / "demo.json")
    assert PLANTED_LATIN not in (tmp_path / "demo.json").read_text(encoding="utf-8")
    other = make_database(tmp_path / "other.db", TOWN_B)
    try:
        result = kbpack.import_pack(other.store, other.knowledge, first)
        assert len(result.new) == len(first["entries"])
        again = export(other, tmp_path / "other.json")
        assert again["entries"] == first["entries"]
        assert again["organisations"] == first["organisations"]
        assert kbpack.preview(other.store, first).counts()["new"] == 0
    finally:
        other.close()


def _set(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    if value is _DELETE:
        del data[path[-1]]
    else:
        data[path[-1]] = value


_DELETE = object()


@pytest.mark.parametrize("path,value,needle", [
    (("entries", 1, "topic"), "no_such_topic", "entries[1] (uuid {uuid}), field 'topic'"),
    (("entries", 1, "topic"), _DELETE, "entries[1] (uuid {uuid}), field 'topic': missing"),
    (("entries", 1, "texts"), [{"language": "vi", "question": "q", "answer": "a"}],
     "entries[1] (uuid {uuid}), field 'texts': Write the Japanese version first"),
    (("entries", 1, "texts", 0, "answer"), 3, "entries[1] (uuid {uuid}), field 'texts'"),
    (("entries", 1, "reviewed_on"), "2026-02-30", "entries[1] (uuid {uuid}), field "
                                                  "'reviewed_on'"),
    (("entries", 1, "status"), "draft", "entries[1] (uuid {uuid}), field 'status': unknown"),
    (("entries", 1, "documents"), "保険証", "entries[1] (uuid {uuid}), field 'documents'"),
    (("entries", 0, "organisations"), ["0000-missing-org"],
     "entries[0] (uuid {uuid}), field 'organisations'"),
    (("organisations", 0, "kind"), "castle", "organisations[0]"),
    (("organisations", 0, "notes"), "x", "field 'notes': unknown field"),
    (("entries", 1), "not an object", "entries[1], field '*'"),
    (("format_version",), 2, "format version 2"),
    (("town",), "", "field 'town'"),
])
def test_a_bad_pack_changes_nothing_and_names_entry_and_field(
        town_a: Services, town_b: Services, tmp_path: Path, path: tuple[Any, ...], value: Any,
        needle: str) -> None:
    data = export(town_a, tmp_path / "a.json")
    kbpack.import_pack(town_b.store, town_b.knowledge, {**data, "entries": data["entries"][:1]})
    bad = copy.deepcopy(data)
    _set(bad, path, value)
    before = counts(town_b)
    uuid = data["entries"][path[1] if path[0] == "entries" else 0]["uuid"]
    with pytest.raises(kbpack.PackError) as info:
        kbpack.import_pack(town_b.store, town_b.knowledge, bad)
    assert needle.format(uuid=uuid) in str(info.value)
    assert "Nothing was imported" in str(info.value)
    assert counts(town_b) == before


def test_duplicate_entries_in_a_pack_are_refused(town_a: Services, town_b: Services,
                                                 tmp_path: Path) -> None:
    data = export(town_a, tmp_path / "a.json")
    twin = copy.deepcopy(data["entries"][0])  # daily_rules: ゴミは…
    twin["uuid"] = "11111111-2222-3333-4444-555555555555"
    twin["texts"][0]["question"] = "ごみは何曜日に出しますか"  # same after normalisation
    with pytest.raises(kbpack.PackError, match=r"entries\[2\].*field 'texts'.*same topic"):
        kbpack.import_pack(town_b.store, town_b.knowledge,
                           {**data, "entries": [*data["entries"], twin]})
    with pytest.raises(kbpack.PackError, match=r"entries\[2\].*field 'uuid'.*twice"):
        kbpack.import_pack(town_b.store, town_b.knowledge,
                           {**data, "entries": [*data["entries"], data["entries"][0]]})
    assert town_b.store.query_one("SELECT count(*) FROM kb_entries")[0] == 0


def test_dry_run_writes_nothing(town_a: Services, town_b: Services, tmp_path: Path) -> None:
    data = export(town_a, tmp_path / "a.json")
    before = counts(town_b)
    result = kbpack.import_pack(town_b.store, town_b.knowledge, data, dry_run=True)
    assert result.counts() == {"new": 2, "changed": 0, "unchanged": 0}
    assert result.new_organisations == ["町立病院"]
    assert counts(town_b) == before


def test_only_an_administrator_imports(town_a: Services, town_b: Services,
                                       tmp_path: Path) -> None:
    data = export(town_a, tmp_path / "a.json")
    town_b.store.role = "staff"
    assert kbpack.import_pack(town_b.store, town_b.knowledge, data, dry_run=True).new
    with pytest.raises(MadoguchiError, match="administrator"):
        kbpack.import_pack(town_b.store, town_b.knowledge, data)
    assert counts(town_b)["kb_entries"] == 0


def test_export_needs_a_town_name(services: Services, tmp_path: Path) -> None:
    with pytest.raises(kbpack.PackError, match="town's name"):
        kbpack.export_pack(services.store, services.knowledge, tmp_path / "a.json")
    assert not (tmp_path / "a.json").exists()


def test_load_pack_errors(tmp_path: Path) -> None:
    with pytest.raises(kbpack.PackError, match="There is no file"):
        kbpack.load_pack(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(kbpack.PackError, match="not valid JSON"):
        kbpack.load_pack(bad)
    other = tmp_path / "export.json"
    other.write_text(json.dumps({"format": "madoguchi-export"}), encoding="utf-8")
    with pytest.raises(kbpack.PackError, match="not a Madoguchi knowledge pack"):
        kbpack.load_pack(other)


def _cli(svc: Services, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, dest="sub_db")
    kb_cli.add_arguments(parser.add_subparsers(dest="command"), common)
    return kb_cli.run(parser.parse_args(list(argv)), svc)


def test_command_line(town_a: Services, town_b: Services, tmp_path: Path,
                      capsys: pytest.CaptureFixture[str]) -> None:
    pack = tmp_path / "a.json"
    assert _cli(town_a, "kb", "export", "--db", "x.db", "--out", str(pack)) == 0
    assert "2 entries" in capsys.readouterr().out
    before = counts(town_b)
    assert _cli(town_b, "kb", "import", str(pack), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "new 2, changed 0, unchanged 0" in out
    assert "夜に熱が出たらどこへ行けばいいですか" in out and "nothing was written" in out
    assert counts(town_b) == before
    assert _cli(town_b, "kb", "import", str(pack)) == 0
    assert "new 2" in capsys.readouterr().out
    assert _cli(town_b, "kb", "import", str(pack)) == 0
    assert "new 0, changed 0, unchanged 2" in capsys.readouterr().out
