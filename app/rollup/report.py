"""The prefecture's report from the towns' data files: PDF, Excel and CSV, written with the
annual report's own renderers (app/reports/pdf.py, excel.py, csvout.py).

Every table has a column per town and a total. Suppression is applied to what the
prefecture publishes: the roll-up's figures and relations are protected with the solver of
app/reports/sdc.py, over all tables together, at the threshold the prefecture chooses. The
report names the towns that sent exact counts and those that sent suppressed ones."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from app.errors import MadoguchiError
from app.jptime import today_local
from app.marks import QT_TRANSLATE_NOOP
from app.progress import NO_PROGRESS, Progress
from app.reports.datafile_versions import CodeMaps
from app.reports.era import era_date, fiscal_year_label
from app.reports.model import SUPPRESSED, Cell, Chart, Paragraph, ReportDocument, Section, Table
from app.reports.sdc import Protection, Unprotectable
from app.rollup.inputs import TownFile, read_towns
from app.rollup.protection import protect_in_parts
from app.rollup.tables import Rollup, RollupTable, Value, combine

FORMATS = ("pdf", "xlsx", "csv")
TOWNS_PER_PAGE = 8          # town columns per PDF table (then it continues below)
BARS_PER_CHART = 25
UNPROTECTABLE = QT_TRANSLATE_NOOP(
    "errors", "The roll-up was not written: the hidden figure %1 cannot be protected; "
    "nothing was written.")
BAD_THRESHOLD = QT_TRANSLATE_NOOP(
    "errors", "The threshold is a whole number from 1 to 100 and the protection width one "
    "from 0 to 1000.")
NO_FOLDER = QT_TRANSLATE_NOOP("errors", "The folder %1 does not exist.")

SECTIONS = (("1. 市町村別の相談件数等", ("totals",)),
            ("2. 月別の実績", ("months_consultations", "months_accompaniments")),
            ("3. 相談の内訳", ("topics", "languages", "nationalities", "residence_statuses",
                            "channels")),
            ("4. 同行支援と講座・説明会等", ("destinations", "attendance_by_nationality",
                                       "session_kinds")),
            ("5. 特別交付税措置の対象となる取組", ("measures",)))


def first_seen_order(towns: list[TownFile]) -> dict[str, list[str]]:
    """Each code list's codes in the order the files list them (their code-list order)."""
    from app.reports.datafile import LISTS

    order: dict[str, list[str]] = {}
    for town in towns:
        for table, list_name in LISTS.items():
            known = order.setdefault(list_name, [])
            known += [c for c in town.tables[table] if c not in known]
    return order


def plan_rollup(paths: Sequence[Path], *, provisional: bool = False,
                fiscal_year: int | None = None, threshold: int = 5, width: int | None = None,
                maps: CodeMaps | None = None) -> tuple[Rollup, Protection]:
    if not (isinstance(threshold, int) and 1 <= threshold <= 100
            and (width is None or 0 <= width <= 1000)):
        raise MadoguchiError(BAD_THRESHOLD)
    year, towns = read_towns(paths, provisional=provisional, fiscal_year=fiscal_year,
                             maps=maps)
    rollup = combine(year, towns, first_seen_order(towns))
    try:
        protection = protect_in_parts(rollup.model, threshold, width)
    except Unprotectable as exc:
        raise MadoguchiError(UNPROTECTABLE, exc.key) from None
    return rollup, protection


def _show(value: Value, key: str | None, hidden: frozenset[str]) -> Cell:
    if key is not None and key in hidden:
        return SUPPRESSED
    return value


def _tables(t: RollupTable, rollup: Rollup, hidden: frozenset[str], per_page: int | None,
            note: str) -> list[Table]:
    """The table, whole (Excel, CSV) or as parts of per_page towns each (PDF), each part
    with the total column."""
    towns = rollup.towns
    n = len(towns)
    size = per_page or max(n, 1)
    parts = [list(range(i, min(i + size, n))) for i in range(0, max(n, 1), size)]
    out = []
    title = t.spec.title if t.spec.key != "external" else f"{rollup.external_name}（区分別件数）"
    for number, part in enumerate(parts, start=1):
        rows: list[list[Cell]] = []
        for r, (_code, label) in enumerate(t.rows):
            rows.append([label, *(_show(t.cells[r][i], t.keys[r][i], hidden) for i in part),
                         _show(t.totals[r], t.total_keys[r], hidden)])
        total_row: list[Cell] | None = None
        if t.column_totals is not None and t.column_keys is not None:
            total_row = ["計", *(_show(t.column_totals[i], t.column_keys[i], hidden)
                                for i in part),
                         _show(t.column_totals[-1], t.column_keys[-1], hidden)]
        suffix = f"（{number}/{len(parts)}）" if len(parts) > 1 else ""
        key = t.spec.key if len(parts) == 1 else f"{t.spec.key}_{number}"
        out.append(Table(key, title + suffix, ["区分", *(towns[i].name for i in part), "合計"],
                         rows, total_row, note=(t.spec.note + note).strip()))
    return out


def build_documents(rollup: Rollup, protection: Protection, made_on: date | None = None
                    ) -> tuple[ReportDocument, ReportDocument]:
    """(for the PDF, with town columns in parts; for Excel and CSV, whole)."""
    return (_document(rollup, protection, made_on, TOWNS_PER_PAGE),
            _document(rollup, protection, made_on, None))


def _document(rollup: Rollup, protection: Protection, made_on: date | None,
              per_page: int | None) -> ReportDocument:
    fy = fiscal_year_label(rollup.fiscal_year)
    towns = rollup.towns
    provisional = [t for t in towns if t.provisional]
    title = f"{fy} 外国人住民相談実績（市町村別集計）" + ("（暫定）" if provisional else "")
    stem = f"{fy}_外国人相談実績_市町村別集計" + ("_暫定" if provisional else "")
    doc = ReportDocument(kind="annual", title=title, town=f"{len(towns)}市町村",
                         period=f"{fy}（{rollup.fiscal_year}年4月～{rollup.fiscal_year + 1}"
                                f"年3月）", made_on=era_date(made_on or today_local()),
                         file_stem=stem)
    hidden = protection.hidden
    k = protection.width
    note = (f"「x」は、1～{k - 1}の少ない数と、それが他の欄から分からないよう伏せた数、"
            "または市町村が秘匿して報告した数を含む合計です。" if k > 1 else
            "「x」は、市町村が秘匿して報告した数を含む合計です。")
    exact = [t.name for t in towns if t.exact]
    suppressed = [t.name for t in towns if not t.exact]
    overview: list[Table | Chart | Paragraph] = [
        Paragraph(f"{len(towns)}市町村の年度報告データを集計しました。正確な件数を報告した"
                  f"市町村：{'、'.join(exact) or 'なし'}。秘匿処理済みの件数を報告した市町村："
                  f"{'、'.join(suppressed) or 'なし'}（その「x」を含む合計は「x」としています）。"),
        Table("towns", "集計した市町村", ["市町村", "団体コード", "件数", "版", "コード表"],
              [[t.name, t.code, "正確" if t.exact else "秘匿済み",
                f"暫定（{t.cut_off}まで）" if t.provisional else "確定",
                f"第{t.code_list_version}版"] for t in towns])]
    if provisional:
        overview.insert(1, Paragraph(
            "暫定版のデータを含むため、この集計は暫定です。暫定版の市町村は、表の基準日までの"
            "記録に基づきます（月別の表では基準日より後の月を空欄としています）。"))
    doc.sections.append(Section("0. 集計の概要", overview))
    by_key = {t.spec.key: t for t in rollup.tables}
    for heading, keys in SECTIONS:
        blocks: list[Table | Chart | Paragraph] = []
        for key in keys:
            blocks += _tables(by_key[key], rollup, hidden, per_page, note)
            blocks += _charts(by_key[key], rollup, hidden)
        doc.sections.append(Section(heading, blocks))
    ext = by_key["external"]
    other = [t.name for t, same in zip(towns, rollup.external_towns, strict=True) if not same]
    blocks_all: list[Table | Chart | Paragraph] = list(
        _tables(ext, rollup, hidden, per_page, note))
    if other:
        blocks_all.append(Paragraph(
            f"{'、'.join(other)}は別の区分表で報告したため、この表では空欄としています。"))
    blocks_all.append(Paragraph("相談対応に用いた言語別の件数は「使用言語別件数」の表の"
                                "とおりです。"))
    doc.sections.append(Section(f"6. {rollup.external_name or '外部区分'}", blocks_all))
    return doc


def _charts(t: RollupTable, rollup: Rollup, hidden: frozenset[str]) -> list[Chart]:
    """Charts of the totals where none is hidden: consultations by town (BARS_PER_CHART
    towns to a chart, so each fits a page), by month and by topic."""
    if t.spec.key == "totals" and t.keys:
        values = [_show(v, k, hidden) for v, k in zip(t.cells[0], t.keys[0], strict=True)]
        shown = [(town.name, v) for town, v in zip(rollup.towns, values, strict=True)
                 if isinstance(v, int)]
        parts = [shown[i:i + BARS_PER_CHART] for i in range(0, len(shown), BARS_PER_CHART)]
        return [Chart("bar", "市町村別の相談件数（少数のため伏せた市町村を除く）"
                      + (f"（{n}/{len(parts)}）" if len(parts) > 1 else ""),
                      [name for name, _ in part], [("相談件数", [float(v) for _, v in part])])
                for n, part in enumerate(parts, start=1)]
    chart = _chart(t, hidden)
    return [chart] if chart is not None else []


def _chart(t: RollupTable, hidden: frozenset[str]) -> Chart | None:
    if t.spec.key == "months_consultations":
        values = [_show(v, k, hidden) for v, k in zip(t.totals, t.total_keys, strict=True)]
        if all(isinstance(v, int) for v in values):
            return Chart("line", "相談件数の推移（合計）", [label for _c, label in t.rows],
                         [("相談件数", [float(v) for v in values if isinstance(v, int)])])
    if t.spec.key == "topics":
        shown = [(label, v) for (_c, label), v, k in zip(t.rows, t.totals, t.total_keys,
                                                         strict=True)
                 if isinstance(_show(v, k, hidden), int)]
        return Chart("bar", "相談分野別件数（合計。伏せた分野を除く）",
                     [n for n, _ in shown], [("件数", [float(v) for _, v in shown
                                                      if isinstance(v, int)])])
    return None


def make_rollup(paths: Sequence[Path], out: Path, formats: Sequence[str] = FORMATS, *,
                provisional: bool = False, fiscal_year: int | None = None,
                threshold: int = 5, width: int | None = None, maps: CodeMaps | None = None,
                made_on: date | None = None, progress: Progress = NO_PROGRESS) -> list[Path]:
    """Check every file, protect, then write every format or none."""
    from app.reports.build import render

    if not out.is_dir():
        raise MadoguchiError(NO_FOLDER, out)
    rollup, protection = plan_rollup(paths, provisional=provisional,
                                     fiscal_year=fiscal_year, threshold=threshold,
                                     width=width, maps=maps)
    pdf_doc, wide = build_documents(rollup, protection, made_on)
    return render(pdf_doc, out, formats, progress, sheet_doc=wide)
