"""The annual report (年度報告) for the prefecture: one fiscal year, aggregated only.

Nothing personal leaves in it: no names, free text, ids, or dates finer than the month.
Counts of people and of their consultations and accompaniments that fall between 1 and
threshold − 1 are hidden (`x`), and further cells are hidden wherever a hidden one could be
worked back out from the totals (app/reports/suppression.py, docs/reports-suppression.md).
Counts of sessions held are activities of the town, not of residents, and are shown."""

from __future__ import annotations

from collections import Counter
from datetime import date

from app.codes import CodeBook
from app.jptime import today_local
from app.reports import config, stats
from app.reports.era import era_date, fiscal_year_label
from app.reports.labels import MONTHS_FY, label, nonzero, ordered
from app.reports.model import SUPPRESSED, Cell, Chart, Paragraph, ReportDocument, Section, Table
from app.reports.suppression import suppress
from app.store import Store


def _months(fiscal_year: int) -> list[str]:
    return [f"{fiscal_year + (m < 4):04d}-{m:02d}" for m in MONTHS_FY]


def masked_table(key: str, title: str, head: str, labels: list[str], cells: list[list[int]],
                 columns: list[str], threshold: int, *, row_totals: bool, col_totals: bool,
                 total_label: str = "計", note: str = "") -> Table:
    """A table of counts with small-count suppression applied to cells and totals."""
    cut = suppress(cells, threshold, row_totals=row_totals, col_totals=col_totals)
    rows: list[list[Cell]] = []
    for r, (name, line) in enumerate(zip(labels, cells, strict=True)):
        shown: list[Cell] = [SUPPRESSED if (r, c) in cut.hidden else v
                             for c, v in enumerate(line)]
        if row_totals:
            shown.append(SUPPRESSED if r in cut.hidden_row_totals else sum(line))
        rows.append([name, *shown])
    total: list[Cell] | None = None
    if col_totals:
        width = len(cells[0]) if cells else len(columns) - (1 if row_totals else 0)
        sums = [sum(line[c] for line in cells) for c in range(width)]
        total = [total_label, *(SUPPRESSED if c in cut.hidden_col_totals else v
                                for c, v in enumerate(sums))]
        if row_totals:
            total.append(SUPPRESSED if cut.hidden_grand_total else sum(sums))
    return Table(key, title, [head, *columns], rows, total, note)


def visible_totals(table: Table) -> tuple[list[str], list[float]]:
    """Row labels and row totals (last column) that are shown, for a chart that reveals
    nothing the table hides."""
    pairs = [(str(r[0]), float(r[-1])) for r in table.rows if isinstance(r[-1], int | float)]
    return [p[0] for p in pairs], [p[1] for p in pairs]


def build_annual(store: Store, codes: CodeBook, fiscal_year: int,
                 made_on: date | None = None) -> ReportDocument:
    settings = config.load(store)
    k = settings.threshold
    period = stats.fiscal_period(fiscal_year)
    cons = stats.consultations(store, period)
    acc = stats.accompaniments(store, period)
    ses = stats.sessions(store, period)
    town = store.setting("town_name_ja") or store.setting("town_name_en")
    fy = fiscal_year_label(fiscal_year)
    doc = ReportDocument(
        kind="annual", title=f"{fy} 外国人住民相談実績報告", town=town,
        period=f"{fy}（{fiscal_year}年4月～{fiscal_year + 1}年3月）",
        made_on=era_date(made_on or today_local()),
        file_stem=f"{fy}_外国人相談実績_{town}")
    def small(value: int) -> Cell:
        return SUPPRESSED if 0 < value < k else value

    note = (f"1～{k - 1}の数は「x」で示し、合計から逆算できる欄もあわせて「x」としています。"
            if k > 1 else "")

    profile: list[list[Cell]] = [
        ["総人口（人）", settings.population],
        ["外国人住民数（人）", settings.foreign_residents],
        ["外国人住民の割合（%）",
         round(100 * settings.foreign_residents / settings.population, 2)
         if settings.population and settings.foreign_residents is not None else None]]
    doc.sections.append(Section("1. 町の概要", [Table("profile", "町の概要", ["項目", "値"],
                                                  profile)]))

    months = _months(fiscal_year)
    series = stats.monthly_series(store, period)
    month_heads = [f"{m}月" for m in MONTHS_FY]
    by_month = masked_table(
        "by_month", "月別実績", "項目", ["相談件数", "同行支援件数"],
        [[series["consultations"][m] for m in months],
         [series["accompaniments"][m] for m in months]],
        [*month_heads, "合計"], k, row_totals=True, col_totals=False, note=note)
    by_month.rows.append(["講座・説明会等の回数", *(series["sessions"][m] for m in months),
                          sum(series["sessions"][m] for m in months)])
    topic_months = stats.topics_by_month(store, period)
    topic_codes = ordered(codes, "topic", topic_months)
    topic_grid = masked_table(
        "topic_by_month", "相談分野別・月別件数", "分野",
        [label(codes, "topic", t) for t in topic_codes],
        [[topic_months[t][m] for m in months] for t in topic_codes],
        [*month_heads, "合計"], k, row_totals=True, col_totals=True,
        total_label="計（延べ件数）",
        note=note + "1件の相談が複数の分野にわたる場合は分野ごとに数えています。")
    blocks: list[Table | Chart | Paragraph] = [by_month, topic_grid]
    if all(isinstance(v, int) for v in by_month.rows[0][1:]):
        blocks.append(Chart("line", "相談件数の推移", month_heads,
                            [("相談件数", [float(series["consultations"][m]) for m in months])]))
    else:
        blocks.append(Paragraph("少ない件数を伏せているため、月別の推移グラフは省略しました。"))
    doc.sections.append(Section("2. 月別の実績", blocks))

    def one_way(key: str, title: str, head: str, list_name: str, counter: Counter[str],
                **extra: str) -> Table:
        present = ordered(codes, list_name, nonzero(counter))
        return masked_table(key, title, head, [label(codes, list_name, c) for c in present],
                            [[counter[c]] for c in present], ["件数"], k, row_totals=False,
                            col_totals=True, note=extra.get("note", note),
                            total_label=extra.get("total_label", "計"))

    # The topic totals are the 合計 column of the topic-by-month table, suppressed there: a
    # second, separately suppressed topic table could give away what that one hides.
    names, values = visible_totals(topic_grid)
    doc.sections.append(Section("3. 相談の内訳", [
        Table("consultation_summary", "相談件数と相談者数", ["項目", "件数"], [
            ["相談件数", small(cons.count)],
            ["相談者数（実人数）", small(cons.residents)]],
              note="相談者数は相談した在留外国人の実人数（匿名の相談を除く）。匿名の相談は"
                   "在留資格別の表の「匿名（不明）」欄に示しています。"),
        Chart("bar", "相談分野別件数（年度合計。少数のため伏せた分野を除く）", names,
              [("件数", values)]),
        one_way("by_language", "使用言語別件数", "言語", "language", cons.by_language),
        one_way("by_nationality", "国籍別件数", "国籍", "nationality", cons.by_nationality),
        one_way("by_status", "在留資格別件数", "在留資格", "residence_status", cons.by_status),
        one_way("by_channel", "対応方法別件数", "対応方法", "channel", cons.by_channel),
    ]))

    accompaniments = one_way("accompaniments", "同行支援（同行先別件数）", "同行先",
                             "destination_kind", acc.by_destination)
    sessions = Table("sessions", "講座・説明会等（種類別回数）", ["種類", "回数"],
                     [[label(codes, "session_kind", c), ses.by_kind[c]]
                      for c in ordered(codes, "session_kind", nonzero(ses.by_kind))],
                     ["計", ses.count])
    doc.sections.append(Section("4. 同行支援と講座・説明会等", [
        accompaniments,
        Paragraph(f"同行支援の時間は計{round(acc.minutes / 60, 1)}時間、"
                  f"交通費は計{acc.cost:,}円。"),
        sessions,
        one_way("attendance_by_nationality", "講座・説明会等の参加者数（国籍別）", "国籍",
                "nationality", ses.attendance_by_nationality)]))

    measure_rows = [stats.measure_counts(store, period, settings.measures[m])
                    for m in config.MEASURES]
    masked = masked_table(
        "measures", "特別交付税措置の対象となる取組", "取組",
        list(config.MEASURES.values()),
        [[c, n_people, a] for c, _s, n_people, a in measure_rows],
        ["相談件数", "講座等の参加者数", "同行支援件数"], k, row_totals=False, col_totals=False,
        note="一つの活動が複数の取組に当たる場合は、それぞれに数えています。" + note)
    masked.columns.insert(2, "講座等の回数")
    for row, (_c, n_sessions, _p, _a) in zip(masked.rows, measure_rows, strict=True):
        row.insert(2, n_sessions)
    doc.sections.append(Section("5. 特別交付税措置の対象となる取組", [masked]))
    return doc
