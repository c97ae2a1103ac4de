"""The handover pack (引継ぎ資料): what the next CIR reads, and what must stay out of it."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import DEMO_PASSWORD

from app import accounts, handover, handover_cli
from app import handover_names as hn
from app.errors import MadoguchiError
from app.jptime import today_local
from app.knowledge import KbEntry, KbText
from app.records import Consultation, Resident
from app.reports.csvout import ENCODING
from app.reports.model import Paragraph, ReportDocument, Table
from app.services import Services

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils is not installed")

# A resident whose names appear nowhere else, with an open case about them.
FAMILY, GIVEN, LATIN_FAMILY, LATIN_GIVEN, KANA = (
    "錨野", "鷺太郎", "Zqxcanary", "Kestrelia", "イカリノ サギタロウ")
INITIALS = "Z.K. (VN)"
NOTES = ("前任のCIRより：\n日本語教室の鍵は総務課の金庫にあります。\n\n"
         "毎年9月に防災訓練の通訳を頼まれる。")
KB = [("daily_rules", "粗大ごみの出し方がわからない", "役場に電話で予約し、シールを買って貼る。",
       [KbText("vi", "Cách bỏ rác cỡ lớn?", "Gọi điện đặt lịch.")]),
      ("medical", "夜中に子どもが熱を出した", "休日夜間急患センターを案内する。",
       [KbText("th", "ลูกมีไข้ตอนกลางคืน", "ไปศูนย์ฉุกเฉิน")])]
DRAFT_QUESTION = "下書きの質問はまだ載せない"


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def doc_text(doc: ReportDocument) -> str:
    parts = [doc.title]
    for section in doc.sections:
        parts.append(section.heading)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                parts.append(block.text)
            elif isinstance(block, Table):
                parts += [str(c) for row in block.rows for c in row]
    return "\n".join(parts)


@pytest.fixture
def town(demo: Services) -> dict[str, int]:
    """The demo town plus a planted resident with two open cases, knowledge entries of our
    own (published and draft) and town notes."""
    rid = demo.residents.save(Resident(
        nationality="VN", family_name=FAMILY, given_name=GIVEN, family_name_latin=LATIN_FAMILY,
        given_name_latin=LATIN_GIVEN, kana=KANA))
    yesterday = (today_local() - timedelta(days=1)).isoformat()
    named = demo.consultations.save(Consultation(
        occurred_at=f"{yesterday}T10:00", language="vi", channel="desk", topics=["housing"],
        resident_id=rid, status="open", follow_up_date=yesterday,
        asked=f"{LATIN_FAMILY}さんのアパートの契約", done="契約書の読み方を説明した"))
    plain = demo.consultations.save(Consultation(
        occurred_at=f"{yesterday}T11:00", language="vi", channel="phone", topics=["labour"],
        resident_id=rid, status="waiting", asked="残業代の計算を知りたい",
        done="労働基準監督署の相談ダイヤルを伝えた"))
    for topic, question, answer, others in KB:
        demo.knowledge.save(KbEntry(topic=topic, status="published", reviewed_on=yesterday,
                                    texts=[KbText("ja", question, answer), *others]))
    demo.knowledge.save(KbEntry(topic="other", status="draft",
                                texts=[KbText("ja", DRAFT_QUESTION, "下書き")]))
    handover.set_town_notes(demo.store, NOTES)
    return {"resident": rid, "named": named, "plain": plain}


def open_case_ids(services: Services) -> list[int]:
    return [r[0] for r in services.store.query(
        "SELECT id FROM consultations WHERE status IN ('open', 'referred', 'waiting') "
        "ORDER BY id")]


def test_pack_holds_cases_knowledge_directory_and_notes(demo: Services, town: dict[str, int],
                                                         tmp_path: Path) -> None:
    paths = handover.make_handover(demo, tmp_path)
    folder = paths[0].parent
    assert folder.parent == tmp_path and folder.name.startswith("引継ぎ_みさき町_")
    assert {p.name for p in paths} == {
        "引継ぎ資料.pdf", "名簿_organisations.csv", "名簿_bridge_persons.csv",
        "knowledge_base.json", "town_notes.txt"}
    assert all(p.is_file() for p in paths)
    assert not list(folder.glob("*.part"))
    text = pdf_text(folder / "引継ぎ資料.pdf")

    ids = open_case_ids(demo)
    assert len(ids) > 5
    for cid in [*ids[:5], *ids[-5:], town["named"], town["plain"]]:
        assert f"No.{cid}" in text, cid
    closed = demo.store.query_one("SELECT id FROM consultations WHERE status = 'closed' "
                                  "ORDER BY id DESC LIMIT 1")[0]
    assert f"No.{closed} " not in text and not text.rstrip().endswith(f"No.{closed}")

    for _topic, question, _answer, _others in KB:
        assert question in text
    assert "Cách bỏ rác cỡ lớn?" in text
    assert DRAFT_QUESTION not in text
    org = demo.store.query_one("SELECT name FROM organisations ORDER BY id LIMIT 1")[0]
    assert org in text
    assert "日本語教室の鍵は総務課の金庫にあります。" in text
    for heading in ("引継ぎにあたって", "継続中の相談とフォローアップ", "定例業務と定期講座",
                    "関係機関とブリッジ人材", "よくある相談"):
        assert heading in text

    # initials and case numbers, never the resident's names; text naming them is left out
    assert INITIALS in text
    for name in (FAMILY, GIVEN, LATIN_FAMILY, LATIN_GIVEN, KANA, KANA.split()[0]):
        assert name not in text, name
    assert handover.NAME_OMITTED in text
    assert "残業代の計算を知りたい" in text and "労働基準監督署の相談ダイヤルを伝えた" in text

    data = json.loads((folder / "knowledge_base.json").read_text(encoding="utf-8"))
    questions = {t["question"] for e in data["entries"] for t in e["texts"]}
    assert {q for _t, q, _a, _o in KB} <= questions and "ลูกมีไข้ตอนกลางคืน" in questions
    assert DRAFT_QUESTION not in questions
    assert (folder / "town_notes.txt").read_text(encoding="utf-8-sig").replace("\r\n", "\n") \
        == NOTES + "\n"
    orgs = (folder / "名簿_organisations.csv").read_text(encoding=ENCODING)
    assert org in orgs
    for path in paths[1:]:
        raw = path.read_text(encoding="utf-8-sig")
        assert FAMILY not in raw and LATIN_FAMILY not in raw


def test_every_pack_is_in_the_audit_trail(demo: Services, town: dict[str, int],
                                          tmp_path: Path) -> None:
    handover.make_handover(demo, tmp_path)
    handover.make_handover(demo, tmp_path, personal=True)
    rows = demo.store.query("SELECT user, detail FROM audit WHERE action = 'handover' "
                            "ORDER BY id")
    assert [r[0] for r in rows] == ["admin", "admin"]
    assert rows[0][1].startswith("personal no;") and rows[1][1].startswith("personal yes;")
    assert f"{len(open_case_ids(demo))} open case(s)" in rows[0][1]
    for _user, detail in rows:
        assert FAMILY not in detail and LATIN_FAMILY not in detail


def test_personal_pack_names_the_resident_for_an_administrator(demo: Services,
                                                               town: dict[str, int],
                                                               tmp_path: Path) -> None:
    doc = handover.build_handover(demo, personal=True)
    text = doc_text(doc)
    assert f"{FAMILY} {GIVEN} ({LATIN_FAMILY} {LATIN_GIVEN}) (VN)" in text
    assert f"{LATIN_FAMILY}さんのアパートの契約" in text
    assert "個人情報を含む" in doc.title
    default = doc_text(handover.build_handover(demo))
    assert FAMILY not in default and LATIN_FAMILY not in default and INITIALS in default

    paths = handover.make_handover(demo, tmp_path, personal=True)
    pdf = pdf_text(paths[0])
    assert FAMILY in pdf and "取扱注意" in pdf


def test_staff_cannot_make_a_personal_pack(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    staff = accounts.login(demo_path, "staff", DEMO_PASSWORD)
    try:
        assert staff.store.role == "staff"
        with pytest.raises(MadoguchiError, match="administrator"):
            handover.build_handover(staff, personal=True)
        with pytest.raises(MadoguchiError, match="administrator"):
            handover.make_handover(staff, out, personal=True)
        assert list(out.iterdir()) == []
        assert staff.store.query_one(
            "SELECT count(*) FROM audit WHERE action = 'handover'")[0] == 0
        # without names, staff may make the pack, and may write the town notes
        handover.set_town_notes(staff.store, "スタッフのメモ")
        paths = handover.make_handover(staff, out)
        assert "スタッフのメモ" in pdf_text(paths[0])
    finally:
        staff.close()


def test_town_notes_round_trip(services: Services) -> None:
    assert handover.town_notes(services.store) == ""
    handover.set_town_notes(services.store, "  一行目  \r\n二行目\r\n\r\n三段落目\n\n")
    assert handover.town_notes(services.store) == "一行目\n二行目\n\n三段落目"
    handover.set_town_notes(services.store, "書き直した")
    assert handover.town_notes(services.store) == "書き直した"
    rows = services.store.query("SELECT action, record_kind, detail FROM audit "
                                "WHERE record_kind = 'town_notes' ORDER BY id")
    assert rows == [("update", "town_notes", "13 characters"),
                    ("update", "town_notes", "5 characters")]
    with pytest.raises(MadoguchiError):
        handover.set_town_notes(services.store, "あ" * (handover.TOWN_NOTES_MAX + 1))
    assert handover.town_notes(services.store) == "書き直した"


def test_an_empty_town_still_makes_a_readable_pack(services: Services, tmp_path: Path) -> None:
    paths = handover.make_handover(services, tmp_path)
    text = pdf_text(paths[0])
    assert "継続中の相談はありません。" in text
    assert "公開中の項目はまだありません。" in text
    assert "関係機関はまだ登録されていません。" in text


def test_initials_and_names_in_free_text() -> None:
    assert hn.initials("Nguyễn", "Thị Lan", "Nguyen", "Thi Lan") == "N.T.L."
    assert hn.initials("王", "芳", "", "") == "王."
    assert hn.initials("", "ကျော်ဝင်း", "", "", "チョーウィン") == "チ."
    assert hn.initials("", "", "", "") == "—"
    person = hn.Person("Nguyễn", "Thị Lan", "Nguyen", "Thi Lan", "グエン ティラン", "VN")
    assert hn.mentions_name("nguyen lan は来週来る", person)  # accents and case aside
    assert hn.mentions_name("グエンさんに電話した", person)
    assert hn.mentions_name("Thị Lanさんの件", person)
    assert not hn.mentions_name("Landlord と話した", person)  # a word, not a part of one
    assert not hn.mentions_name("役場に電話した", person)


def test_command_prints_the_files(demo: Services, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, dest="sub_db")
    sub = parser.add_subparsers(dest="command")
    handover_cli.add_arguments(sub, common)
    args = parser.parse_args(["handover", "--db", "x.db", "--out", str(tmp_path)])
    assert handover_cli.run(args, demo) == 0
    printed = capsys.readouterr().out.split()
    assert len(printed) == 5 and all(Path(p).is_file() for p in printed)
    assert printed[0].endswith("引継ぎ資料.pdf")


@pytest.mark.parametrize("written", [
    "いかりのさんの家賃", "ｲｶﾘﾉさんの家賃", "イ カ リ ノさんの家賃", "いかりの　さぎたろうの件",
    "ｻｷﾞﾀﾛｳ 本人から電話", "ZQXCANARY said", "zqxcanary の件", "ＺＱＸＣＡＮＡＲＹ の件",
    "みさき水産加工で働いている", "ミサキ水産加工株式会社の寮"])
def test_the_name_and_employer_are_found_however_written(written: str) -> None:
    person = hn.Person(FAMILY, GIVEN, LATIN_FAMILY, LATIN_GIVEN, KANA, "VN",
                              "みさき水産加工株式会社")
    assert hn.mentions_name(written, person), written
    assert not hn.mentions_name("家賃の相談。水道の契約を説明した", person)


def test_a_pack_without_names_leaves_out_employer_and_health(demo: Services,
                                                            tmp_path: Path) -> None:
    employer = demo.store.query_one(
        "SELECT id, name FROM organisations WHERE kind = 'employer' ORDER BY id")
    rid = demo.residents.save(Resident(
        nationality="VN", family_name=FAMILY, given_name=GIVEN, family_name_latin=LATIN_FAMILY,
        given_name_latin=LATIN_GIVEN, kana=KANA, employer=employer[1]))
    today = today_local().isoformat()
    for asked, topics, org in [
            ("いかりの さんの寮の件", ["housing"], None),
            ("ｻｷﾞﾀﾛｳから家賃の電話", ["housing"], None),
            (f"{employer[1]}の寮から退去を求められた", ["housing"], None),
            ("ぜんそくの薬が切れた、夜に発作", ["medical"], None),
            ("給料の未払い", ["labour"], employer[0])]:
        demo.consultations.save(Consultation(
            occurred_at=f"{today}T09:00", language="vi", channel="desk", topics=topics,
            resident_id=rid, status="referred" if org else "open", referral_org_id=org,
            asked=asked, done="説明した"))
    def cases(doc: ReportDocument) -> str:
        return "\n".join(str(c) for section in doc.sections for block in section.blocks
                         if isinstance(block, Table) and block.key == "open_cases"
                         for row in block.rows for c in row)

    text = cases(handover.build_handover(demo))
    for leaked in ("いかりの", "ｻｷﾞﾀﾛｳ", "ぜんそく", "発作", employer[1], LATIN_FAMILY):
        assert leaked not in text, leaked
    assert "給料の未払い" in text and handover.HEALTH_OMITTED in text
    personal = cases(handover.build_handover(demo, personal=True))
    assert "ぜんそくの薬が切れた" in personal and employer[1] in personal
