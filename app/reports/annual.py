"""The annual report (年度報告) for the prefecture: one fiscal year, aggregated only.

Nothing personal leaves in it: no names, free text, ids, or dates finer than the month.
Counts of people and of their consultations, accompaniments and attendance are protected
together, over every table of the report and every report of the same year issued before
(app/reports/annual_model.py, app/reports/sdc.py, docs/reports-suppression.md): counts from
1 to threshold − 1 are hidden (`x`), and further counts are hidden until the solver proves
that no hidden count can be narrowed to less than the protection width. Figures derived
from a hidden count (hours, cost) are hidden with it. Counts of sessions held are
activities of the town, not of residents, and are shown.

A report for a year that is not over is provisional (暫定) and names its cut-off date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from app.codes import CodeBook
from app.errors import MadoguchiError
from app.jptime import today_local
from app.marks import QT_TRANSLATE_NOOP
from app.reports import config, issued, stats
from app.reports.annual_model import AnnualFigures, collect, last_record_day
from app.reports.era import era_date, fiscal_year_label
from app.reports.labels import MONTHS_FY, label, ordered
from app.reports.model import SUPPRESSED, Cell, Chart, Paragraph, ReportDocument, Section, Table
from app.reports.sdc import Model, Protection, Unprotectable, protect
from app.reports.sync_note import conflicts_line
from app.store import Store

UNPROTECTABLE = QT_TRANSLATE_NOOP(
    "errors", "The annual report was not made: the hidden figure %1 cannot be protected "
    "together with the reports of this year issued before. Nothing was written.")


@dataclass
class AnnualPlan:
    """What the annual report will print, and the proof that it discloses nothing."""

    figures: AnnualFigures
    model: Model                 # this report's figures and relations with the issued ones
    protection: Protection
    earlier: list[issued.Issued]
    threshold: int
    profile: tuple[int | None, int | None]   # population, foreign residents of that year

    @property
    def hidden(self) -> frozenset[str]:
        return self.protection.hidden


def default_cut_off(store: Store, fiscal_year: int, made_on: date) -> date:
    """The fiscal year's last day once it is over; before that, the day the report is made
    (or the last day with a record, if records are dated later)."""
    end = stats.fiscal_period(fiscal_year).end
    if made_on >= end:
        return end
    return min(end, max(made_on, last_record_day(store, fiscal_year) or made_on))


def plan_annual(store: Store, codes: CodeBook, fiscal_year: int, made_on: date | None = None,
                cut_off: date | None = None) -> AnnualPlan:
    settings = config.load(store)
    made = made_on or today_local()
    figures = collect(store, codes, fiscal_year,
                      cut_off or default_cut_off(store, fiscal_year, made))
    earlier = issued.issued(store, fiscal_year)
    model = issued.combine(figures.model, earlier)
    try:
        protection = protect(model, settings.threshold, settings.width)
    except Unprotectable as exc:
        raise MadoguchiError(UNPROTECTABLE, exc.key) from None
    # The town profile of that year: as the year's first issued report printed it, else the
    # one kept in Settings for that year, else the current one.
    printed = next((r.profile for r in earlier if r.profile is not None), None)
    profile = ((printed.get("population"), printed.get("foreign_residents")) if printed
               else settings.profile(fiscal_year))
    return AnnualPlan(figures, model, protection, earlier, settings.threshold, profile)


def build_annual(store: Store, codes: CodeBook, fiscal_year: int,
                 made_on: date | None = None, cut_off: date | None = None,
                 plan: AnnualPlan | None = None) -> ReportDocument:
    settings = config.load(store)
    made = made_on or today_local()
    plan = plan or plan_annual(store, codes, fiscal_year, made, cut_off)
    f = plan.figures
    k = settings.threshold
    hidden = plan.hidden

    def show(key: str) -> Cell:
        return SUPPRESSED if key in hidden else plan.model.figures[key].value

    town = store.setting("town_name_ja") or store.setting("town_name_en")
    fy = fiscal_year_label(fiscal_year)
    title = f"{fy} 外国人住民相談実績報告"
    period = f"{fy}（{fiscal_year}年4月～{fiscal_year + 1}年3月）"
    stem = f"{fy}_外国人相談実績_{town}"
    if f.provisional:
        title += "（暫定）"
        period = (f"{fy}（{fiscal_year}年4月～{f.cut_off.year}年{f.cut_off.month}月"
                  f"{f.cut_off.day}日・暫定）")
        stem += f"_暫定{f.cut_off.strftime('%Y%m%d')}"
    doc = ReportDocument(kind="annual", title=title, town=town, period=period,
                         made_on=era_date(made), file_stem=stem)
    note = (f"1～{k - 1}の数は「x」で示し、ほかの表や合計と合わせても「x」の数が絞り込めない"
            "よう、ほかの欄もあわせて「x」としています。" if k > 1 else "")

    population, foreign = plan.profile
    profile: list[list[Cell]] = [
        ["総人口（人）", population],
        ["外国人住民数（人）", foreign],
        ["外国人住民の割合（%）",
         round(100 * foreign / population, 1) if population and foreign is not None else None]]
    overview_title = f"{config.municipality_type(settings, town)}の概要"
    overview: list[Table | Chart | Paragraph] = [Table("profile", overview_title,
                                                       ["項目", "値"], profile)]
    if f.provisional:
        overview.insert(0, Paragraph(
            f"この報告は暫定版です。{era_date(f.cut_off)}までの記録に基づきます。"
            "確定版は年度終了後に作成します。暫定版で「x」とした数は、確定版でも同じ期間に"
            "ついては「x」のままです。"))
    conflicts = conflicts_line(store)
    if conflicts is not None:
        overview.insert(len(overview) - 1, conflicts)
    doc.sections.append(Section(f"1. {overview_title}", overview))

    month_heads = [f"{m}月" for m in MONTHS_FY]

    def month_line(name: str, mo: str) -> Cell:
        return show(f.key(name, mo)) if mo in f.covered else None

    by_month = Table("by_month", "月別実績", ["項目", *month_heads, "合計"], [
        ["相談件数", *(month_line("cons", mo) for mo in f.months), show(f.key("cons"))],
        ["同行支援件数", *(month_line("acc", mo) for mo in f.months), show(f.key("acc"))],
        ["講座・説明会等の回数",
         *(f.series["sessions"][mo] if mo in f.covered else None for mo in f.months),
         sum(f.series["sessions"].values())]], note=note)
    blocks: list[Table | Chart | Paragraph] = [by_month]
    if "topic" not in f.dropped:
        topic_grid = Table(
            "topic_by_month", "相談分野別・月別件数", ["分野", *month_heads, "合計"],
            [[label(codes, "topic", t), *(month_line(f"topic:{t}", mo) for mo in f.months),
              show(f.key(f"topic:{t}"))] for t in f.topics],
            ["計（延べ件数）", *(month_line("mentions", mo) for mo in f.months),
             show(f.key("mentions"))],
            note=note + "1件の相談が複数の分野にわたる場合は分野ごとに数えています。")
        blocks.append(topic_grid)
    line = [by_month.rows[0][1 + i] for i, mo in enumerate(f.months) if mo in f.covered]
    if all(isinstance(v, int) for v in line):
        labels = [f"{mo[:4]}年{int(mo[5:])}月" if i == 0 or mo.endswith("-01")
                  else f"{int(mo[5:])}月" for i, mo in enumerate(f.months)]
        blocks.append(Chart("line", "相談件数の推移", labels,
                            [("相談件数", [float(v) if isinstance(v, int) else 0.0
                                       for v in by_month.rows[0][1:13]])]))
    else:
        blocks.append(Paragraph("少ない件数を伏せているため、月別の推移グラフは省略しました。"))
    doc.sections.append(Section("2. 月別の実績", blocks))

    def one_way(key: str, title: str, head: str, list_name: str, prefix: str,
                codes_shown: list[str], total: str, column: str = "件数") -> Table:
        return Table(key, title, [head, column],
                     [[label(codes, list_name, c), show(f.key(f"{prefix}:{c}"))]
                      for c in codes_shown], ["計", show(total)], note)

    consultations: list[Table | Chart | Paragraph] = [
        Table("consultation_summary", "相談件数と相談者数", ["項目", "件数"], [
            ["相談件数", show(f.key("cons"))],
            ["相談者数（実人数）", show(f.key("persons"))]],
              note="相談者数は相談した在留外国人の実人数（匿名の相談を除く）。匿名の相談は"
                   "在留資格別の表の「匿名（不明）」欄に示しています。")]
    if "topic" not in f.dropped:
        shown = [(label(codes, "topic", t), show(f.key(f"topic:{t}"))) for t in f.topics]
        consultations.append(Chart(
            "bar", "相談分野別件数（年度合計。少数のため伏せた分野を除く）",
            [n for n, v in shown if isinstance(v, int)],
            [("件数", [float(v) for _, v in shown if isinstance(v, int)])]))
    else:
        consultations.append(Paragraph(
            "相談分野が一つだけで、その分野が国籍・在留資格と組み合わせてはならない分野の"
            "ため、分野別の表は省略しました。"))
    for key, title, head, list_name, prefix in (
            ("by_language", "使用言語別件数", "言語", "language", "lang"),
            ("by_nationality", "国籍別件数", "国籍", "nationality", "nat"),
            ("by_status", "在留資格別件数", "在留資格", "residence_status", "status"),
            ("by_channel", "対応方法別件数", "対応方法", "channel", "channel")):
        if prefix in f.dropped:
            consultations.append(Paragraph(
                f"{title}の表は、区分が一つだけで、医療など国籍・在留資格と組み合わせては"
                "ならない分野の件数と結び付くため、省略しました。"))
            continue
        consultations.append(one_way(key, title, head, list_name, prefix, f.one_way[prefix],
                                     f.key("cons")))
    doc.sections.append(Section("3. 相談の内訳", consultations))

    accompaniments = one_way("accompaniments", "同行支援（同行先別件数）", "同行先",
                             "destination_kind", "dest", f.destinations, f.key("acc"))
    if f.key("acc") in hidden:
        derived = Paragraph("同行支援の件数が少ないため、時間と交通費も示していません。")
    else:
        derived = Paragraph(f"同行支援の時間は計{round(f.acc.minutes / 60, 1):.1f}時間、"
                            f"交通費は計{f.acc.cost:,}円。")
    sessions = Table("sessions", "講座・説明会等（種類別回数）", ["種類", "回数"],
                     [[label(codes, "session_kind", c), f.ses.by_kind[c]]
                      for c in ordered(codes, "session_kind",
                                       {c for c, v in f.ses.by_kind.items() if v})],
                     ["計", f.ses.count])
    doc.sections.append(Section("4. 同行支援と講座・説明会等", [
        accompaniments, derived, sessions,
        one_way("attendance_by_nationality", "講座・説明会等の参加者数（国籍別）", "国籍",
                "nationality", "attend", f.attendance, f.key("attend"), column="人数")]))

    measures = Table(
        "measures", "特別交付税措置の対象となる取組",
        ["取組", "相談件数", "講座等の回数", "講座等の参加者数", "同行支援件数"],
        [[title, show(f.key(f"measure:{name}:consultations")), f.measures[name][1],
          show(f.key(f"measure:{name}:attendance")),
          show(f.key(f"measure:{name}:accompaniments"))]
         for name, title in config.MEASURES.items()],
        note="一つの活動が複数の取組に当たる場合は、それぞれに数えています。" + note)
    doc.sections.append(Section("5. 特別交付税措置の対象となる取組", [measures]))
    external_section(doc, f, codes, show, note)
    return doc


def external_section(doc: ReportDocument, f: AnnualFigures, codes: CodeBook,
                     show: Callable[[str], Cell], note: str) -> None:
    """6. Other bodies' categories: the mapped table, which topics feed each category, and
    the language table (the same figures as 使用言語別件数)."""
    from app.reports.categories import UNMAPPED, UNMAPPED_LABEL

    mapping = f.mapping
    if mapping is None:
        return
    if "topic" in f.dropped:
        doc.sections.append(Section(f"6. {mapping.name}", [Paragraph(
            "相談分野別の表を省略したため、この区分別の表も省略しました。")]))
        return
    unmapped = mapping.unmapped(f.topics)
    rows: list[list[Cell]] = []
    feeding: list[str] = []
    for code in f.external_rows:
        cat = mapping.category(code)
        name = UNMAPPED_LABEL if code == UNMAPPED else cat.label if cat else code
        rows.append([name, show(f.key(f"ext:{code}"))])
        topics = unmapped if cat is None else cat.topics
        feeding.append(f"{name}：" + ("、".join(label(codes, "topic", t) for t in topics)
                                     or "—"))
    blocks: list[Table | Chart | Paragraph] = [
        Table("external_categories", f"{mapping.name}（区分別件数）", ["区分", "件数"], rows,
              note="1件の相談が同じ区分の複数の分野にわたる場合も、その区分では1件と数えて"
                   "います。" + note),
        Paragraph("各区分に数えた相談分野　" + "／".join(feeding))]
    if "lang" not in f.dropped:
        blocks.append(Table(
            "external_languages", "相談対応に用いた言語別件数", ["言語", "件数"],
            [[label(codes, "language", c), show(f.key(f"lang:{c}"))]
             for c in f.one_way["lang"]], ["計", show(f.key("cons"))], note))
    doc.sections.append(Section(f"6. {mapping.name}", blocks))
