"""The handover pack (引継ぎ資料) for the next CIR: one PDF and a folder of files.

    引継ぎ_<town>_<YYYYMMDD>/
        引継ぎ資料.pdf             town notes, open consultations, regular duties and
                                  sessions, the directory, the published knowledge base
        名簿_organisations.csv     the directory, for a spreadsheet
        名簿_bridge_persons.csv
        knowledge_base.json       published knowledge entries, every language
        town_notes.txt            the town notes as written

Residents appear by case number and initials only. Their full names go in only when an
administrator asks for them (`personal=True`). Free text that contains the resident's own
name is left out unless names are wanted. Every pack made leaves a "handover" row in the
audit trail, with counts and no names.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import IO, Any

from app import audit, rules
from app.codes import CodeBook
from app.errors import MadoguchiError, ValidationError
from app.files import all_or_nothing, output_error, write_atomically
from app.handover_names import Person, full_name, initials, mentions_name
from app.jptime import today_local
from app.knowledge import KbEntry
from app.marks import QT_TRANSLATE_NOOP
from app.reports.era import era_date
from app.reports.labels import MONTHS_FY, STATUS_JA, ordered
from app.reports.model import Cell, Paragraph, ReportDocument, Section, Table
from app.services import Services
from app.store import Store

TOWN_NOTES_KEY = "town_notes"
TOWN_NOTES_MAX = 20_000
TOWN_NOTES_TOO_LONG = QT_TRANSLATE_NOOP("validation", "At most 20,000 characters.")
PDF_NAME = "引継ぎ資料.pdf"
KB_JSON = "knowledge_base.json"
NOTES_TXT = "town_notes.txt"
DIRECTORY_STEM = "名簿"
NAME_OMITTED = "（記録に氏名を含むため省略）"
HEALTH_OMITTED = "（健康に関する内容のため省略）"
HEALTH_TOPIC = "medical"
SOON_DAYS = 14
SESSION_WINDOW_DAYS = 365
UPCOMING_SHOWN = 30
WEEKDAYS = "月火水木金土日"
USUAL_SHARE = 0.5  # a weekday or time is "usual" when this share of sessions has it

REGULAR_DUTIES: tuple[tuple[str, str, str], ...] = (
    ("フォローアップの確認", "毎日",
     "ホーム画面で次回確認日が来た相談を確認し、連絡・対応して記録する。"),
    ("バックアップの確認", "毎日",
     "前日のバックアップが作られているか確認する（失敗の表示が出たら係長に連絡）。"),
    ("月報の作成", "毎月（翌月5日まで）",
     "前月分の月報を作り、担当・係長・課長の決裁を受ける。"),
    ("年度報告の送付", "4月",
     "前年度（4月～3月）の実績報告を作り、県の担当課へメールで送る。"),
    ("よくある相談の見直し", "随時（各項目1年ごと）",
     "見直し日から1年を過ぎた項目を確認し、内容を最新にして見直し済みにする。"),
)


# ---------------------------------------------------------------- town notes

def town_notes(store: Store) -> str:
    """The town's free-form notes for the next CIR ("" when none were written)."""
    return store.setting(TOWN_NOTES_KEY)


def set_town_notes(store: Store, text: str) -> None:
    """Save the town notes. Any logged-in user may edit them (they are not a setting of
    the program), so this writes the row itself; the audit row holds their length only."""
    text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()
    if len(text) > TOWN_NOTES_MAX:
        raise ValidationError({"town_notes": TOWN_NOTES_TOO_LONG}, "town notes")
    with store.write() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                     (TOWN_NOTES_KEY, text))
        audit.record(conn, store.user, "update", kind="town_notes",
                     detail=f"{len(text)} characters")


# ---------------------------------------------------------------- the document

@dataclass(frozen=True)
class _Counts:
    open_cases: int
    overdue: int
    organisations: int
    bridge_persons: int
    knowledge: int


def _town(store: Store) -> str:
    return store.setting("town_name_ja") or store.setting("town_name_en") or "町"


def _md(iso: str | None) -> str:
    """'2026-05-01' → '2026/5/1'."""
    if not iso:
        return ""
    day = date.fromisoformat(iso[:10])
    return f"{day.year}/{day.month}/{day.day}"


def _languages(codes: CodeBook, langs: list[str]) -> str:
    return "・".join(codes.label("language", code, "ja")
                    for code in ordered(codes, "language", langs))


def _require_personal(store: Store, personal: bool) -> None:
    if personal:
        store.require_admin("put residents' names in a handover pack")


def build_handover(services: Services, *, personal: bool = False,
                   today: date | None = None) -> ReportDocument:
    """The handover document. `personal` puts residents' full names in (administrators
    only); without it open cases show initials and the case number."""
    store = services.store
    _require_personal(store, personal)
    doc, _counts = _build(services, personal, today or today_local())
    return doc


def _build(services: Services, personal: bool, today: date) -> tuple[ReportDocument, _Counts]:
    store = services.store
    town = _town(store)
    title = "外国人住民相談窓口 引継ぎ資料"
    if personal:
        title += "（個人情報を含む・取扱注意）"
    doc = ReportDocument(kind="handover", title=title, town=town,
                         period=f"{era_date(today)}時点の記録",
                         made_on=f"{era_date(today)}（{today.isoformat()}）",
                         file_stem=f"引継ぎ資料_{town}_{today.strftime('%Y%m%d')}")
    cases, overdue = _open_cases(services, personal, today)
    sessions = _sessions_section(services, today)
    orgs, bridges = _directory_tables(services)
    kb_sections, n_kb = _knowledge_sections(services, today)
    counts = _Counts(len(cases.rows) if isinstance(cases, Table) else 0, overdue,
                     len(orgs.rows), len(bridges.rows), n_kb)
    doc.sections = [
        _intro_section(store, town, personal, today, counts),
        _cases_section(cases, counts),
        sessions,
        Section("4. 関係機関とブリッジ人材", [
            Paragraph("相談の紹介先・同行先になる機関と、通訳や橋渡しをお願いできる地域の"
                      "人（ブリッジ人材）です。同じ内容を CSV ファイルでも添付しています。"),
            _pdf_organisations(orgs), _pdf_bridge_persons(bridges)]),
        *kb_sections,
    ]
    return doc, counts


def _intro_section(store: Store, town: str, personal: bool, today: date,
                   counts: _Counts) -> Section:
    blocks: list[Any] = [Paragraph(
        f"この資料は、{town}の外国人住民相談窓口の仕事を次の国際交流員（CIR）・担当者へ"
        f"引き継ぐためのものです。{era_date(today)}時点の Madoguchi の記録から作りました。"
        "詳しい記録は Madoguchi で相談番号（No.）や名前を検索して確認してください。")]
    if personal:
        blocks.append(Paragraph(
            f"この資料には相談者の氏名が含まれます（管理者 {store.user} が作成）。"
            "印刷したものは鍵のかかる場所に保管し、引継ぎが終わったら廃棄してください。"))
    else:
        blocks.append(Paragraph(
            "相談者の氏名は載せていません。継続中の相談は相談番号とイニシャルで示しています。"))
    blocks.append(Table("summary", "この資料の内容", ["項目", "件数"], [
        ["継続中の相談", counts.open_cases],
        ["　うち次回確認日を過ぎたもの", counts.overdue],
        ["関係機関", counts.organisations],
        ["ブリッジ人材", counts.bridge_persons],
        ["よくある相談（公開中）", counts.knowledge]]))
    notes = town_notes(store)
    blocks.append(Paragraph("■ 町からのメモ"))
    if notes:
        blocks += [Paragraph(part.strip()) for part in re.split(r"\n\s*\n", notes)
                   if part.strip()]
    else:
        blocks.append(Paragraph("（まだ書かれていません。Madoguchi の「引継ぎ」で書けます。）"))
    return Section("1. 引継ぎにあたって", blocks)


# ---------------------------------------------------------------- open consultations

def _open_cases(services: Services, personal: bool, today: date
                ) -> tuple[Table | Paragraph, int]:
    store, codes = services.store, services.codes
    rows = store.query(
        "SELECT c.id, c.occurred_at, c.status, c.follow_up_date, c.asked, c.done, "
        f"coalesce({rules.consultation_nationality('c', 'r')}, ''), c.resident_id, "
        "coalesce(r.family_name, ''), coalesce(r.given_name, ''), "
        "coalesce(r.family_name_latin, ''), coalesce(r.given_name_latin, ''), "
        "coalesce(r.kana, ''), coalesce(o.name, ''), c.language, c.channel, c.sns_app, "
        f"coalesce(r.employer, ''), coalesce(o.kind, ''), {rules.topics_of('c')} "
        "FROM consultations c LEFT JOIN residents r ON r.id = c.resident_id "
        "LEFT JOIN organisations o ON o.id = c.referral_org_id "
        f"WHERE {rules.open_case('c')} "
        "ORDER BY c.follow_up_date IS NULL, c.follow_up_date, c.occurred_at, c.id")
    if not rows:
        return Paragraph("継続中の相談はありません。"), 0
    today_iso = today.isoformat()
    soon_iso = (today + timedelta(days=SOON_DAYS)).isoformat()
    lines: list[list[Cell]] = []
    overdue = 0
    for (cid, occurred, status, follow, asked, done, nat, rid, fam, giv, fam_l, giv_l, kana,
         org, language, channel, sns_app, employer, org_kind, topics) in rows:
        person = Person(fam, giv, fam_l, giv_l, kana, nat, employer)
        health = HEALTH_TOPIC in (topics or "").split(",")
        if org_kind == "employer" and not personal:
            org = ""  # an employer beside the initials tells who the resident is
        if rid is None:
            who = "匿名"
        elif personal:
            who = full_name(fam, giv, fam_l, giv_l)
        else:
            who = initials(fam, giv, fam_l, giv_l, kana)
        who += f" ({nat})" if nat else ""

        def shown(text: str, person: Person = person, named: bool = rid is not None,
                  health: bool = health) -> str:
            text = " ".join(text.split())
            if not text:
                return "（記録なし）"
            if not personal and health:
                return HEALTH_OMITTED
            if named and not personal and mentions_name(text, person):
                return NAME_OMITTED
            return text

        if not follow:
            due = "次回確認日なし"
        elif follow < today_iso:
            due = f"【期限切れ】次回確認 {_md(follow)}"
            overdue += 1
        elif follow == today_iso:
            due = f"【今日】次回確認 {_md(follow)}"
        elif follow <= soon_iso:
            due = f"次回確認 {_md(follow)}（2週間以内）"
        else:
            due = f"次回確認 {_md(follow)}"
        how = codes.label("sns_app", sns_app, "ja") if sns_app else \
            codes.label("channel", channel, "ja")
        topic_text = "、".join(codes.label("topic", t, "ja")
                              for t in ordered(codes, "topic", (topics or "").split(","))
                              if t)
        state = STATUS_JA.get(status, status) + (f"（{org}）" if org else "")
        lines.append([f"No.{cid}", "\n".join((
            f"{due}　／　受付 {_md(occurred)}　／　{state}",
            f"相談者：{who}　{codes.label('language', language, 'ja')}・{how}",
            f"分野：{topic_text}",
            f"相談：{shown(asked)}",
            f"対応：{shown(done)}"))])
    note = ("相談と対応は記録の文をそのまま載せています。"
            + ("" if personal else "相談者本人の氏名や勤め先を含む文と、医療・健康の相談の"
               "内容は省略しました。")
            + "文の中に家族など他の人の名前があることがあるので、取扱いに注意してください。")
    table = Table("open_cases", "継続中の相談（次回確認日の早い順）", ["No.", "内容"], lines,
                  note=note)
    return table, overdue


def _cases_section(cases: Table | Paragraph, counts: _Counts) -> Section:
    intro = Paragraph(
        f"対応中・回答待ち・関係機関へ紹介済みの相談が {counts.open_cases} 件あります"
        f"（うち次回確認日を過ぎたもの {counts.overdue} 件）。次回確認日の早いものから"
        "順に、相談者へ連絡するか紹介先に結果を確かめ、Madoguchi の記録を更新してください。")
    return Section("2. 継続中の相談とフォローアップ", [intro, cases])


# ---------------------------------------------------------------- duties and sessions

def _usual(counter: Counter[str], total: int) -> str:
    if not counter:
        return "—"
    value, n = counter.most_common(1)[0]
    return value if n >= total * USUAL_SHARE and (n >= 2 or total == 1) else "不定"


def _months(months: set[int]) -> str:
    if len(months) == 12:
        return "毎月"
    return "・".join(str(m) for m in MONTHS_FY if m in months) + "月"


def _sessions_section(services: Services, today: date) -> Section:
    store, codes = services.store, services.codes
    duties = Table("duties", "定例業務", ["業務", "時期", "内容"],
                   [list(d) for d in REGULAR_DUTIES])
    start = (today - timedelta(days=SESSION_WINDOW_DAYS)).isoformat()
    found = store.query(
        "SELECT kind, date, coalesce(start_time, ''), venue, online, facilitator "
        "FROM sessions WHERE date >= ? AND date < ? ORDER BY date",
        (start, today.isoformat()))
    by_kind: dict[str, list[tuple[str, str, str, int, str]]] = {}
    for kind, day, time, venue, online, facilitator in found:
        by_kind.setdefault(kind, []).append((day, time, venue, online, facilitator))
    rows: list[list[Cell]] = []
    for kind in ordered(codes, "session_kind", by_kind):
        items = by_kind[kind]
        n = len(items)
        weekday = _usual(Counter(WEEKDAYS[date.fromisoformat(i[0]).weekday()] + "曜"
                                 for i in items), n)
        time = _usual(Counter(i[1] for i in items if i[1]), n)
        venues = Counter("オンライン" if i[3] else i[2] for i in items if i[3] or i[2])
        top = [v for v, _ in venues.most_common(1)]
        venue_text = "、".join(top) + ("ほか" if len(venues) > 1 else "")
        staff = _usual(Counter(i[4] for i in items if i[4]), n)
        rows.append([codes.label("session_kind", kind, "ja"), n, _months(
            {date.fromisoformat(i[0]).month for i in items}),
            "不定" if weekday == time == "不定" else f"{weekday} {time}",
            venue_text or "—", staff])
    blocks: list[Any] = [
        Paragraph("毎日・毎月・毎年の決まった仕事と、この1年に開いた講座・行事です。"
                  "曜日・時刻は、半分以上の回が同じときに示し、それ以外は「不定」としています。"),
        duties]
    if rows:
        blocks.append(Table("sessions", "定期講座・行事（過去1年）",
                            ["種類", "開催回数", "開催月", "主な曜日・時刻", "主な会場",
                             "主な担当"], rows))
    else:
        blocks.append(Paragraph("過去1年に記録された講座・行事はありません。"))
    upcoming = store.query(
        "SELECT date, coalesce(start_time, ''), kind, title, venue, online FROM sessions "
        "WHERE date >= ? ORDER BY date, start_time LIMIT ?", (today.isoformat(), UPCOMING_SHOWN))
    if upcoming:
        blocks.append(Table("upcoming", "今後の予定", ["日付", "時刻", "種類", "題名", "会場"], [
            [f"{_md(day)}（{WEEKDAYS[date.fromisoformat(day).weekday()]}）", time,
             codes.label("session_kind", kind, "ja"), title,
             "オンライン" if online and not venue else venue]
            for day, time, kind, title, venue, online in upcoming]))
    else:
        blocks.append(Paragraph("今後の講座・行事はまだ登録されていません。上の表の開催月を"
                                "目安に、会場の予約と講師の依頼を早めに進めてください。"))
    return Section("3. 定例業務と定期講座", blocks)


# ---------------------------------------------------------------- directory

def _directory_tables(services: Services) -> tuple[Table, Table]:
    """The directory as flat tables (one column per field), as the CSV files hold it."""
    d, codes = services.directory, services.codes
    orgs = [d.organisation(oid) for oid, _name, _kind in d.organisations()]
    kinds = ordered(codes, "org_kind", {o.kind for o in orgs})
    orgs.sort(key=lambda o: (kinds.index(o.kind), o.name))
    org_table = Table(
        "organisations", "関係機関",
        ["名称", "種類", "電話", "メール", "住所", "対応言語", "通訳", "備考"],
        [[o.name, codes.label("org_kind", o.kind, "ja"), o.phone, o.email, o.address,
          _languages(codes, o.languages), "あり" if o.interpreter_available else "", o.notes]
         for o in orgs])
    people = [d.bridge_person(r[0]) for r in services.store.query(
        "SELECT id FROM bridge_persons ORDER BY name, id")]
    bridge_table = Table(
        "bridge_persons", "ブリッジ人材",
        ["氏名", "言語", "電話", "メール", "SNS", "地域", "備考"],
        [[b.name, _languages(codes, b.languages), b.phone, b.email,
          "、".join(f"{codes.label('sns_app', s.app, 'ja')}: {s.handle}" for s in b.sns),
          b.area, b.notes] for b in people])
    return org_table, bridge_table


def _joined(parts: list[str], sep: str = "　") -> str:
    return sep.join(p for p in parts if p)


def _pdf_organisations(flat: Table) -> Table | Paragraph:
    """Two columns, name and a card of the rest: a phone number never wraps."""
    if not flat.rows:
        return Paragraph("関係機関はまだ登録されていません。")
    rows: list[list[Cell]] = []
    for name, kind, phone, mail, address, langs, interp, notes in flat.rows:
        extra = [lang for lang in str(langs or "").split("・") if lang and lang != "日本語"]
        language = ("日本語以外：" + "・".join(extra)) if extra else "日本語のみ"
        if interp:
            language += "（通訳あり）"
        contact = [str(kind), f"電話 {phone}" if phone else "", f"メール {mail}" if mail else ""]
        card = "\n".join(p for p in (
            _joined(contact),
            str(address or ""), language, str(notes or "")) if p)
        rows.append([name, card])
    return Table("organisations", "関係機関（種類順）", ["名称", "種類・連絡先・住所・言語・備考"],
                 rows)


def _pdf_bridge_persons(flat: Table) -> Table | Paragraph:
    if not flat.rows:
        return Paragraph("ブリッジ人材はまだ登録されていません。")
    rows: list[list[Cell]] = []
    for name, langs, phone, mail, sns, area, notes in flat.rows:
        card = "\n".join(p for p in (
            _joined([f"言語：{langs}" if langs else "", f"地域：{area}" if area else ""]),
            _joined([f"電話 {phone}" if phone else "", f"メール {mail}" if mail else "",
                     str(sns or "")]),
            str(notes or "")) if p)
        rows.append([name, card])
    return Table("bridge_persons", "ブリッジ人材", ["氏名", "言語・地域・連絡先・備考"], rows,
                 note="ブリッジ人材は名簿への掲載に同意した人です。連絡先はこの仕事のためだけに"
                      "使ってください。")


# ---------------------------------------------------------------- knowledge base

def _published(services: Services, today: date) -> list[KbEntry]:
    k, codes = services.knowledge, services.codes
    found = [k.get(r.id) for r in k.entries(published_only=True, today=today)]
    topics = ordered(codes, "topic", {e.topic for e in found})
    return sorted(found, key=lambda e: (topics.index(e.topic), e.id or 0))


def _knowledge_sections(services: Services, today: date) -> tuple[list[Section], int]:
    codes = services.codes
    entries = _published(services, today)
    due = sum(1 for e in entries if e.needs_review(today))
    intro = Section("5. よくある相談（公開中の項目）", [Paragraph(
        f"よく受ける相談とその答え方です（{len(entries)} 件）。日本語の質問と答えを載せ、"
        "ほかの言語の版がある場合はその質問を添えています。全言語の答えは "
        f"{KB_JSON} と Madoguchi の「よくある相談」にあります。"
        + (f"見直し日から1年を過ぎた項目が {due} 件あります。" if due else ""))])
    if not entries:
        intro.blocks.append(Paragraph("公開中の項目はまだありません。"))
        return [intro], 0
    names = dict(services.store.query("SELECT id, name FROM organisations"))
    sections = [intro]
    by_topic: dict[str, list[KbEntry]] = {}
    for e in entries:
        by_topic.setdefault(e.topic, []).append(e)
    number = 0
    for i, (topic, group) in enumerate(by_topic.items(), start=1):
        blocks: list[Any] = []
        for e in group:
            number += 1
            ja = e.text("ja")
            if ja is None:
                continue
            # Japanese in one paragraph, the other languages in another: a paragraph with
            # Thai, Burmese or Devanagari breaks lines at spaces only (app.reports.pdf.para)
            refs = [names[o] for o in e.organisation_ids if o in names]
            blocks.append(Paragraph("\n".join(
                [f"Q{number}. {ja.question}", f"A. {ja.answer}"]
                + ([f"関係機関：{'、'.join(refs)}"] if refs else [])
                + ([f"書類：{'、'.join(e.documents)}"] if e.documents else []))))
            by_lang = {t.language: t.question for t in e.texts if t.language != "ja"}
            others = [f"・{codes.label('language', lang, 'ja')}：{by_lang[lang]}"
                      for lang in ordered(codes, "language", by_lang)]
            if others:
                blocks.append(Paragraph("\n".join(["ほかの言語の質問：", *others])))
        sections.append(Section(f"5-{i}. {codes.label('topic', topic, 'ja')}", blocks))
    return sections, len(entries)


def knowledge_json(services: Services, today: date) -> dict[str, Any]:
    codes = services.codes
    names = dict(services.store.query("SELECT id, name FROM organisations"))
    return {
        "town": _town(services.store), "made_on": today.isoformat(),
        "entries": [{
            "id": e.id, "uuid": e.uuid, "topic": e.topic,
            "topic_ja": codes.label("topic", e.topic, "ja"),
            "reviewed_on": e.reviewed_on,
            "organisations": [names[o] for o in e.organisation_ids if o in names],
            "documents": e.documents,
            "texts": [{"language": t.language,
                       "language_ja": codes.label("language", t.language, "ja"),
                       "question": t.question, "answer": t.answer} for t in e.texts],
        } for e in _published(services, today)]}


# ---------------------------------------------------------------- the pack

def _write_bytes(target: Path, data: bytes) -> None:
    def write(fh: IO[bytes]) -> None:
        fh.write(data)

    write_atomically(target, write)


def make_handover(services: Services, out: Path, *, personal: bool = False,
                  today: date | None = None) -> list[Path]:
    """Write the handover pack into a new folder under `out` and return its files."""
    from app.reports.csvout import render_csv
    from app.reports.pdf import render_pdf

    store = services.store
    _require_personal(store, personal)
    if not out.is_dir():
        raise MadoguchiError(QT_TRANSLATE_NOOP("errors", "The folder %1 does not exist."), out)
    day = today or today_local()
    doc, counts = _build(services, personal, day)
    folder = out / f"引継ぎ_{doc.town}_{day.strftime('%Y%m%d')}"
    made = not folder.exists()
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise output_error(folder, exc) from None
    paths = [folder / PDF_NAME]
    try:
        with all_or_nothing():  # the whole pack, or nothing of it
            render_pdf(doc, paths[0])
            orgs, bridges = _directory_tables(services)
            directory = ReportDocument(kind="handover", title="名簿", town=doc.town,
                                       period=doc.period, made_on=doc.made_on,
                                       file_stem=DIRECTORY_STEM,
                                       sections=[Section("名簿", [orgs, bridges])])
            paths += render_csv(directory, folder)
            data = json.dumps(knowledge_json(services, day), ensure_ascii=False,
                              indent=2) + "\n"
            _write_bytes(folder / KB_JSON, data.encode("utf-8"))
            # BOM and CRLF: Notepad on an older Windows opens it as UTF-8 with its line breaks
            notes = town_notes(store).replace("\n", "\r\n") + "\r\n"
            _write_bytes(folder / NOTES_TXT, notes.encode("utf-8-sig"))
            paths += [folder / KB_JSON, folder / NOTES_TXT]
    except BaseException:
        if made:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    audit.log(store, "handover", detail=(
        f"personal {'yes' if personal else 'no'}; {counts.open_cases} open case(s), "
        f"{counts.knowledge} knowledge entries, {counts.organisations} organisation(s), "
        f"{counts.bridge_persons} bridge person(s); {len(paths)} file(s)"))
    return paths
