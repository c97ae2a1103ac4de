"""The monthly report (月報) for the section chief's stamp: every figure beside the previous
month and the same month a year earlier. For use inside the town hall only, and marked so
on every page (内部資料・取扱注意): it is not suppressed, because the section chief must see
the true counts, and it is never attached to the mail to the prefecture (mail.py refuses
it). No names or free text either."""

from __future__ import annotations

from collections import Counter
from datetime import date

from app import rules
from app.codes import CodeBook
from app.jptime import today_local
from app.reports import stats
from app.reports.era import era_date, era_month
from app.reports.labels import STATUS_JA, label, nonzero, ordered
from app.reports.model import Block, Chart, ReportDocument, Section, Table
from app.reports.sync_note import conflicts_line
from app.store import Store

COMPARE = ["当月", "前月", "前年同月"]
INTERNAL = "内部資料・取扱注意"
OPEN_CASES_SHOWN = 100


def _shift(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _compare_table(codes: CodeBook, key: str, title: str, list_name: str,
                   counters: list[Counter[str]], head: str, note: str = "",
                   total_label: str = "計") -> Table:
    rows: list[list[int | float | str | None]] = [
        [label(codes, list_name, code), *(c[code] for c in counters)]
        for code in ordered(codes, list_name, nonzero(*counters))]
    total: list[int | float | str | None] = [total_label, *(sum(c.values()) for c in counters)]
    return Table(key, title, [head, *COMPARE], rows, total, note)


def build_monthly(store: Store, codes: CodeBook, year: int, month: int,
                  made_on: date | None = None) -> ReportDocument:
    periods = [stats.month_period(*_shift(year, month, by)) for by in (0, -1, -12)]
    cons = [stats.consultations(store, p) for p in periods]
    acc = [stats.accompaniments(store, p) for p in periods]
    ses = [stats.sessions(store, p) for p in periods]
    town = store.setting("town_name_ja") or store.setting("town_name_en")
    made = made_on or today_local()
    label_month = f"{era_month(year, month)}（{year}年{month}月）"
    # The month is named once, in the period line (and the footer), not in the title too.
    doc = ReportDocument(
        kind="monthly", title="外国人住民相談 月報", town=town,
        period=label_month, made_on=era_date(made),
        file_stem=f"{year}年{month:02d}月_外国人相談月報_{town}",
        stamp_boxes=["担当", "係長", "課長"], marking=INTERNAL)

    summary = Table("summary", "実績の概要", ["項目", *COMPARE], [
        ["相談件数", *(c.count for c in cons)],
        ["相談者数（実人数）", *(c.residents for c in cons)],
        ["匿名の相談件数", *(c.anonymous for c in cons)],
        ["相談対応時間（分）", *(c.minutes for c in cons)],
        ["同行支援件数", *(a.count for a in acc)],
        ["同行支援時間（時間）", *(round(a.minutes / 60, 1) for a in acc)],
        ["交通費（円）", *(a.cost for a in acc)],
        ["講座・説明会等の回数", *(s.count for s in ses)],
        ["講座・説明会等の参加者数", *(s.attendance for s in ses)],
    ], note="相談者数は相談した在留外国人の実人数。匿名の相談は含まず、別に数えています。")
    overview: list[Block] = [summary]
    conflicts = conflicts_line(store)
    if conflicts is not None:
        overview.insert(0, conflicts)
    doc.sections.append(Section("1. 概要", overview))

    topic = _compare_table(
        codes, "by_topic", "相談分野別件数", "topic", [c.by_topic for c in cons], "分野",
        note="1件の相談が複数の分野にわたる場合は分野ごとに数えるため、計（延べ件数）は"
             "相談件数より多くなることがあります。", total_label="計（延べ件数）")
    chart = Chart("bar", "相談分野別件数（当月）", [str(r[0]) for r in topic.rows],
                  [("当月", [float(r[1] or 0) for r in topic.rows])])
    doc.sections.append(Section("2. 相談の内訳", [
        topic, chart,
        _compare_table(codes, "by_channel", "対応方法別件数", "channel",
                       [c.by_channel for c in cons], "対応方法"),
        _compare_table(codes, "by_language", "使用言語別件数", "language",
                       [c.by_language for c in cons], "言語",
                       note="実際に相談に使った言語（日本語を含む）。"),
        _compare_table(codes, "by_nationality", "国籍別件数", "nationality",
                       [c.by_nationality for c in cons], "国籍"),
        _compare_table(codes, "by_status", "在留資格別件数", "residence_status",
                       [c.by_status for c in cons], "在留資格"),
    ]))

    first_year, first_month = _shift(year, month, -11)
    series = stats.monthly_series(store, stats.Period(
        stats.month_period(first_year, first_month).start, periods[0].end))
    months = [_shift(year, month, by) for by in range(-11, 1)]
    doc.sections[-1].blocks.append(Chart(
        "line", "相談件数の推移（直近12か月）",
        [f"{y}年{m}月" if i == 0 or m == 1 else f"{m}月" for i, (y, m) in enumerate(months)],
        [("相談件数", [float(series["consultations"][f"{y:04d}-{m:02d}"]) for y, m in months])]))

    accompaniment = Table(
        "accompaniments", "同行支援（同行先別）",
        ["同行先", "件数", "時間（時間）", "交通費（円）", "前月件数", "前年同月件数"],
        [[label(codes, "destination_kind", k), acc[0].by_destination[k],
          round(acc[0].minutes_by_destination[k] / 60, 1), acc[0].cost_by_destination[k],
          acc[1].by_destination[k], acc[2].by_destination[k]]
         for k in ordered(codes, "destination_kind",
                          nonzero(*(a.by_destination for a in acc)))],
        ["計", acc[0].count, round(acc[0].minutes / 60, 1), acc[0].cost, acc[1].count,
         acc[2].count])
    doc.sections.append(Section("3. 同行支援", [accompaniment]))

    kinds = Table(
        "sessions", "講座・説明会等（種類別）",
        ["種類", "回数", "参加者数", "前月回数", "前年同月回数"],
        [[label(codes, "session_kind", k), ses[0].by_kind[k], ses[0].attendance_by_kind[k],
          ses[1].by_kind[k], ses[2].by_kind[k]]
         for k in ordered(codes, "session_kind", nonzero(*(s.by_kind for s in ses)))],
        ["計", ses[0].count, ses[0].attendance, ses[1].count, ses[2].count])
    doc.sections.append(Section("4. 講座・説明会等", [
        kinds,
        _compare_table(codes, "session_topics", "講座・説明会等（テーマ別回数）",
                       "session_topic", [s.by_topic for s in ses], "テーマ"),
        _compare_table(codes, "attendance_by_nationality", "参加者数（国籍別）", "nationality",
                       [s.attendance_by_nationality for s in ses], "国籍"),
    ]))
    doc.sections.append(Section("5. 継続中の相談とフォローアップ", [
        _open_cases(store, codes, periods[0])]))
    return doc




def _open_cases(store: Store, codes: CodeBook, period: stats.Period) -> Table:
    """Consultations received by the end of the month that are not closed, with follow-ups
    due by then first. Case numbers only: no names, no free text."""
    end = period.bounds[1]
    rows = store.query(
        "SELECT c.id, substr(c.occurred_at, 1, 10), c.status, c.follow_up_date "
        f"FROM consultations c WHERE {rules.open_case('c')} AND c.occurred_at < ? "
        "ORDER BY c.follow_up_date IS NULL, c.follow_up_date, c.occurred_at", (end,))
    due = sum(1 for r in rows if r[3] and r[3] < end)
    shown = [r[0] for r in rows[:OPEN_CASES_SHOWN]]  # topics only for the cases listed
    marks = ",".join("?" for _ in shown)
    topic_lists = dict(store.query(
        "SELECT consultation_id, group_concat(topic, ',') FROM consultation_topics "
        f"WHERE consultation_id IN ({marks}) GROUP BY consultation_id", shown)) if shown else {}
    body: list[list[int | float | str | None]] = [
        [f"No.{cid}", era_date(date.fromisoformat(day)),
         "・".join(label(codes, "topic", t) for t in (topics or "").split(",") if t),
         STATUS_JA.get(status, status),
         era_date(date.fromisoformat(follow)) if follow else "—"]
        for cid, day, status, follow in rows[:OPEN_CASES_SHOWN]
        for topics in [topic_lists.get(cid)]]
    note = f"継続中 {len(rows)}件（うち月末までにフォローアップ期日を迎えたもの {due}件）。"
    if len(rows) > OPEN_CASES_SHOWN:
        note += f"フォローアップ期日の早い{OPEN_CASES_SHOWN}件を表示。"
    return Table("open_cases", "継続中の相談", ["相談番号", "受付日", "分野", "状況",
                                           "フォローアップ期日"], body, None, note)
