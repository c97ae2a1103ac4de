"""The PDF renderer: an A4 report drawn with reportlab platypus from a ReportDocument.

A title block (title, town, period, date made) with the 決裁 stamp boxes at top right on the
monthly report, then each section's tables, charts and paragraphs; every page has the town,
the title and "n / total" at the foot. All text goes through app.reports.fonts, which picks a
font per script run, so no character is drawn as a box. The file is written whole or not at
all (app.files.atomic_path)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, HRFlowable, KeepTogether, SimpleDocTemplate, Spacer
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable

from app.files import atomic_path
from app.reports import fonts
from app.reports.model import SUPPRESSED, Cell, Chart, Paragraph, ReportDocument, Table

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X

STAMP_SIZE = 18 * mm          # an inkan needs about 15 mm; a little room round it
STAMP_LABEL_H = 6 * mm
GRID = colors.HexColor("#9A9A9A")
HEADER_BG = colors.HexColor("#E4E8EE")
TOTAL_BG = colors.HexColor("#F3F3F3")
PALETTE = [colors.HexColor(c) for c in
           ("#3B6EA5", "#E07B39", "#4E9A57", "#B8433F", "#7D5BA6", "#8C6D46")]
_NUMERIC = re.compile(r"^[-+]?[\d,]*\.?\d+%?$")


def _style(name: str, size: float, leading: float | None = None,
           align: int = TA_LEFT, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=fonts.LATIN, fontSize=size,
                          leading=leading or size * 1.35, alignment=align, **kw)


TITLE = _style("title", 17, 23, spaceAfter=3)
META = _style("meta", 10, 14.5)
HEADING = _style("heading", 12.5, 17, spaceBefore=9, spaceAfter=4)
CAPTION = _style("caption", 10, 14, spaceBefore=6, spaceAfter=3)
BODY = _style("body", 9.5, 14, spaceAfter=4)
NOTE = _style("note", 7.5, 10, spaceBefore=2, textColor=colors.HexColor("#444444"))
CELL = _style("cell", 8.5, 11)
CELL_RIGHT = _style("cell-r", 8.5, 11, TA_RIGHT)
CELL_CENTRE = _style("cell-c", 8.5, 11, TA_CENTER)
STAMP_LABEL = _style("stamp", 8.5, 10, TA_CENTER)
FOOTER_SIZE = 7.5

_variants: dict[tuple[str, str], ParagraphStyle] = {}


def para(text: str, style: ParagraphStyle, bold: bool = False) -> PdfParagraph:
    """A platypus Paragraph for plain text, one font per script run. Text with Thai, Burmese
    or Devanagari is shaped (uharfbuzz); other text with Japanese in it wraps between any
    two characters, as Japanese does. (reportlab cannot do both in one paragraph: its CJK
    line breaker does not shape, so shaped text breaks at spaces only.)"""
    extra: dict[str, Any]
    if fonts.needs_shaping(text):
        mode, extra = "shaped", {"shaping": 1}
    elif any(font == fonts.JAPANESE for font, _ in fonts.text_runs(text)):
        mode, extra = "cjk", {"wordWrap": "CJK"}
    else:
        mode, extra = "", {}
    if mode:
        key = (style.name, mode)
        if key not in _variants:
            _variants[key] = ParagraphStyle(f"{style.name}-{mode}", parent=style, **extra)
        style = _variants[key]
    return PdfParagraph(fonts.markup(text, bold=bold), style)


# --- title block and stamp boxes ---------------------------------------------------------

def _stamp_table(labels: list[str]) -> PdfTable:
    table = PdfTable([[para(label, STAMP_LABEL) for label in labels], ["" for _ in labels]],
                     colWidths=[STAMP_SIZE] * len(labels),
                     rowHeights=[STAMP_LABEL_H, STAMP_SIZE])
    table.setStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
        ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, 0), 1),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2F2F2")),
    ])
    return table


def _title_block(doc: ReportDocument) -> list[Any]:
    left = [para(doc.title, TITLE), para(doc.town, META),
            para(f"対象期間　{doc.period}", META), para(f"作成日　{doc.made_on}", META)]
    if doc.stamp_boxes:
        stamp_w = STAMP_SIZE * len(doc.stamp_boxes)
        block: Any = PdfTable([[left, _stamp_table(doc.stamp_boxes)]],
                              colWidths=[FRAME_W - stamp_w, stamp_w])
        block.setStyle([("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
        top = [block]
    else:
        top = left
    return [*top, Spacer(1, 3 * mm),
            HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceAfter=2 * mm)]


# --- tables ----------------------------------------------------------------------------

def _cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    # One rule for every decimal figure (hours, shares): one decimal, 3.0 as well as 3.8.
    return f"{value:,.1f}" if isinstance(value, float) else value


def _cell(value: Cell, column: int, bold: bool = False
          ) -> PdfParagraph | list[PdfParagraph] | str:
    text = _cell_text(value)
    if column and (value == SUPPRESSED or (isinstance(value, int | float)
                                           and not isinstance(value, bool))):
        # A number (or x) is Latin text on one line: a plain string, drawn by the table's
        # own font and right-aligned by _table (a Paragraph each costs a table of 50 towns
        # seconds).
        return text
    if column == 0:
        style = CELL
    elif value == SUPPRESSED or isinstance(value, int | float) or _NUMERIC.match(text):
        # x stands where its number would: right-aligned like the numbers
        style = CELL_RIGHT
    else:
        style = CELL
    lines = text.split("\n")
    if len({fonts.needs_shaping(line) for line in lines}) > 1:
        # A Burmese or Thai name on one line must not keep the Japanese lines around it
        # from wrapping: each line is its own paragraph, shaped or not.
        return [para(line, style, bold=bold) for line in lines]
    return para(text, style, bold=bold)


def _column_widths(table: Table) -> list[float]:
    """Each column as wide as its widest text, data columns alike; squeezed to the frame
    when they do not fit (Paragraph cells then wrap)."""
    pad = 14.0                                          # cell padding left + right, a little air
    rows: list[Sequence[Cell]] = [table.columns, *table.rows]
    rows += [table.total_row] if table.total_row else []
    natural = []
    for i in range(table.width):
        texts = [_cell_text(r[i]) for r in rows if i < len(r)]
        natural.append(max((fonts.text_width(t, CELL.fontSize, bold=True) for t in texts),
                           default=0.0) + pad)
    if table.width == 1:
        return [min(max(natural[0], 40 * mm), FRAME_W)]
    first = max(natural[0], 28 * mm)
    data = max(max(natural[1:]), 18 * mm)
    if first + data * (table.width - 1) <= FRAME_W:
        return [first, *([data] * (table.width - 1))]
    first = min(first, FRAME_W * 0.4)
    share = (FRAME_W - first) / sum(natural[1:])
    return [first, *(w * share for w in natural[1:])]


def _table(table: Table) -> list[Any]:
    head = [para(c, CELL_CENTRE if i else CELL, bold=True) for i, c in enumerate(table.columns)]
    body = [[_cell(v, i) for i, v in enumerate(_pad(row, table.width))] for row in table.rows]
    data: list[list[Any]] = [head, *body]
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if table.total_row is not None:
        data.append([_cell(v, i, bold=True) for i, v in enumerate(_pad(table.total_row,
                                                                       table.width))])
        style += [("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black),
                  ("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG),
                  ("FONTNAME", (1, -1), (-1, -1), fonts.LATIN_BOLD)]
    style += [("FONTSIZE", (1, 1), (-1, -1), CELL.fontSize),
              ("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    pdf_table = PdfTable(data, colWidths=_column_widths(table), repeatRows=1, style=style,
                         hAlign="LEFT")
    out: list[Any] = [para(table.title, CAPTION), pdf_table]
    if table.note:
        out.append(para(table.note, NOTE))
    out.append(Spacer(1, 3 * mm))
    return out


def _pad(row: list[Cell], width: int) -> list[Cell]:
    return (row + [None] * width)[:width]


# --- charts ----------------------------------------------------------------------------

def _drawing(height: float) -> Drawing:
    # The initial font keeps reportlab from naming Helvetica, which would not be embedded.
    return Drawing(FRAME_W, height, initialFontName=fonts.LATIN)


def _fit_size(texts: list[str], width: float, size: float, smallest: float = 6) -> float:
    while size > smallest and any(fonts.text_width(t, size) > width for t in texts):
        size -= 0.5
    return size


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _setup(plot: Any, chart: Chart, x: float, y: float, width: float, height: float) -> None:
    """What bar and line charts share: data, position, a value axis from 0 with a light
    grid, and no category labels of reportlab's own (they are drawn run by run instead)."""
    plot.data = [list(values) for _, values in chart.series]
    plot.x, plot.y, plot.width, plot.height = x, y, width, height
    plot.categoryAxis.categoryNames = [""] * len(chart.labels)
    plot.categoryAxis.visibleLabels = 0
    plot.categoryAxis.strokeColor = GRID
    axis = plot.valueAxis
    axis.valueMin = 0
    if max((v for values in plot.data for v in values), default=0.0) <= 5:
        axis.valueMax, axis.valueStep = 5, 1
    axis.labels.fontName, axis.labels.fontSize = fonts.LATIN, 7
    axis.labelTextFormat = _number
    axis.visibleGrid, axis.gridStrokeWidth = 1, 0.4
    axis.gridStrokeColor, axis.strokeColor = colors.HexColor("#DDDDDD"), GRID


def _finish(drawing: Drawing, plot: Any, chart: Chart) -> Drawing:
    drawing.add(plot)
    if len(chart.series) > 1:                           # legend along the top
        x, y = 0.0, float(drawing.height) - 12
        for i, (name, _) in enumerate(chart.series):
            drawing.add(Rect(x, y, 8, 8, fillColor=PALETTE[i % len(PALETTE)], strokeColor=None))
            drawing.add(fonts.graphics_text(name, x + 11, y + 1, 8))
            x += 11 + fonts.text_width(name, 8) + 14
    return drawing


def _x_labels(drawing: Drawing, plot: Any, labels: list[str]) -> None:
    n = len(labels)
    size = _fit_size(labels, plot.width / n - 2, 8)
    for i, label in enumerate(labels):
        centre = plot.x + (i + 0.5) * plot.width / n
        drawing.add(fonts.graphics_text(label, centre, plot.y - 12, size, "middle"))


def _bar_chart(chart: Chart) -> Drawing:
    n, legend_h = len(chart.labels), 16.0 if len(chart.series) > 1 else 0.0
    bar: Any
    # Japanese topic labels are long: then the bars lie down, labels on their left.
    if n > 7 or any(fonts.text_width(t, 8) > 40 for t in chart.labels):
        label_w = min(max(fonts.text_width(t, 8) for t in chart.labels) + 8, FRAME_W * 0.4)
        size = _fit_size(chart.labels, label_w - 8, 8)
        bar = HorizontalBarChart()
        _setup(bar, chart, label_w, 16.0, FRAME_W - label_w - 34,
               (9.0 + 7.0 * len(chart.series)) * n)
        bar.categoryAxis.reverseDirection = 1           # first category at the top
        drawing = _drawing(bar.y + bar.height + legend_h + 6)
        for i, label in enumerate(chart.labels):
            centre = bar.y + bar.height - (i + 0.5) * bar.height / n
            drawing.add(fonts.graphics_text(label, bar.x - 5, centre - size * 0.35, size, "end"))
        bar.barLabels.boxAnchor, bar.barLabels.dx = "w", 3
    else:
        bar = VerticalBarChart()
        _setup(bar, chart, 34.0, 22.0, FRAME_W - 44, 150.0)
        drawing = _drawing(bar.y + bar.height + legend_h + 10)
        _x_labels(drawing, bar, chart.labels)
        bar.barLabels.boxAnchor, bar.barLabels.dy = "s", 2
    bar.barSpacing, bar.groupSpacing = 1, 6
    bar.barLabelFormat = _number
    bar.barLabels.fontName, bar.barLabels.fontSize = fonts.LATIN, 7
    for i in range(len(chart.series)):
        bar.bars[i].fillColor, bar.bars[i].strokeColor = PALETTE[i % len(PALETTE)], None
    return _finish(drawing, bar, chart)


def _line_chart(chart: Chart) -> Drawing:
    line: Any = HorizontalLineChart()
    _setup(line, chart, 34.0, 22.0, FRAME_W - 44, 150.0)
    line.joinedLines = 1
    for i in range(len(chart.series)):
        colour = PALETTE[i % len(PALETTE)]
        line.lines[i].strokeColor, line.lines[i].strokeWidth = colour, 1.6
        line.lines[i].symbol = makeMarker("FilledCircle", size=4, fillColor=colour,
                                          strokeColor=colour)
    drawing = _drawing(line.y + line.height + (26.0 if len(chart.series) > 1 else 10.0))
    _x_labels(drawing, line, chart.labels)
    return _finish(drawing, line, chart)


def _chart(chart: Chart) -> tuple[float, list[Any]]:
    if not chart.labels or not chart.series:
        return 12 * mm, [para(chart.title, CAPTION), para("（データなし）", BODY)]
    drawing = _bar_chart(chart) if chart.kind == "bar" else _line_chart(chart)
    caption = CAPTION.spaceBefore + CAPTION.leading + CAPTION.spaceAfter
    return (float(drawing.height) + caption,
            [KeepTogether([para(chart.title, CAPTION), drawing]), Spacer(1, 4 * mm)])


def _block(block: Table | Chart | Paragraph) -> tuple[float, list[Any]]:
    """The flowables for one block, and the height it needs to start on a page: a chart
    whole, a table its caption, header and a few rows (it splits, repeating the header)."""
    if isinstance(block, Table):
        return 30 * mm, _table(block)
    if isinstance(block, Chart):
        return _chart(block)
    return 12 * mm, [para(block.text, BODY)]


# --- pages -----------------------------------------------------------------------------

class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds every page back until the end, so the foot can say "n / total"."""

    footer = ""
    marking = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            draw_footer(self, number, total, self.footer)
            if self.marking:
                draw_marking(self, self.marking)
            super().showPage()
        super().save()


def draw_footer(canvas: Any, number: int, total: int, text: str) -> None:
    y = MARGIN_BOTTOM - 9 * mm
    right = PAGE_W - MARGIN_X
    canvas.saveState()
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, y + 10, right, y + 10)
    canvas.setFillColor(colors.HexColor("#333333"))
    fonts.draw_text(canvas, MARGIN_X, y, text, FOOTER_SIZE)
    # "n / total" in three pieces with clear gaps, so text extraction keeps the spaces.
    size = FOOTER_SIZE + 1
    fonts.draw_text(canvas, right, y, str(total), size, anchor="end")
    slash = right - fonts.text_width(str(total), size) - size * 0.45
    fonts.draw_text(canvas, slash, y, "/", size, anchor="end")
    fonts.draw_text(canvas, slash - fonts.text_width("/", size) - size * 0.45, y, str(number),
                    size, anchor="end")
    canvas.restoreState()


def draw_marking(canvas: Any, text: str) -> None:
    """A boxed handling mark at the top right of the page (e.g. 内部資料・取扱注意)."""
    size = FOOTER_SIZE + 2
    right = PAGE_W - MARGIN_X
    width = fonts.text_width(text, size) + 6 * mm
    top = PAGE_H - 7 * mm
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#B00020"))
    canvas.setFillColor(colors.HexColor("#B00020"))
    canvas.setLineWidth(0.8)
    canvas.rect(right - width, top - size - 3 * mm, width, size + 3 * mm, stroke=1, fill=0)
    fonts.draw_text(canvas, right - 3 * mm, top - size - 1 * mm, text, size, anchor="end")
    canvas.restoreState()


def build_story(doc: ReportDocument) -> list[Any]:
    story = _title_block(doc)
    for section in doc.sections:
        # A heading goes to the next page if the start of its first block would not fit
        # under it. (keepWithNext would glue it to a whole long table instead.)
        blocks = [_block(b) for b in section.blocks]
        need = 14 * mm + (blocks[0][0] if blocks else 0.0)
        story += [CondPageBreak(need), para(section.heading, HEADING, bold=True)]
        for i, (height, flowables) in enumerate(blocks):
            if i:
                story.append(CondPageBreak(height))
            story += flowables
    return story


def footer_text(doc: ReportDocument) -> str:
    """Town and title; a monthly report's title names no month, so its period follows."""
    if doc.kind == "monthly":
        return f"{doc.town}　{doc.title}　{doc.period}"
    return f"{doc.town}　{doc.title}"


def render_pdf(doc: ReportDocument, target: Path) -> None:
    """Write `doc` as an A4 PDF at `target`, whole or not at all."""
    fonts.register_fonts()
    canvas_class = type("_ReportCanvas", (_NumberedCanvas,),
                        {"footer": footer_text(doc), "marking": doc.marking})
    with atomic_path(target) as tmp:
        template = SimpleDocTemplate(
            str(tmp), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
            title=doc.title, author=doc.town, subject=doc.period, creator="Madoguchi",
            initialFontName=fonts.LATIN, lang="ja-JP")
        template.build(build_story(doc), canvasmaker=canvas_class)
