"""Excel (.xlsx) rendering of a ReportDocument: a summary sheet "概要", then one sheet per table.

Only plain values are written: no formulas, macros, external links or defined names. A text
cell that happens to start with "=" is stored as text, never as a formula."""

from __future__ import annotations

import re
import sys
import types
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any


def _plain_numbers() -> None:
    """openpyxl imports numpy only to take numpy numbers as cell values, which Madoguchi
    never writes (_put gives plain ones): 130 ms of a report's first run in a process. Unless
    numpy is loaded already, openpyxl is given the plain number types instead."""
    if "openpyxl" in sys.modules or "numpy" in sys.modules:
        return
    numbers = types.ModuleType("openpyxl.compat.numbers")
    numbers.NUMERIC_TYPES = (int, float, Decimal)  # type: ignore[attr-defined]
    numbers.NUMPY = False  # type: ignore[attr-defined]
    sys.modules.setdefault("openpyxl.compat.numbers", numbers)


_plain_numbers()

from openpyxl import Workbook  # noqa: E402
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

from app.files import atomic_path  # noqa: E402
from app.reports.model import SUPPRESSED, Cell, Chart, Paragraph, ReportDocument, Table  # noqa: E402

SUMMARY_TITLE = "概要"
CREATOR = "Madoguchi"

_MAX_TITLE = 31
_UNSAFE_TITLE = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_RESERVED_TITLES = {"history"}      # Excel reserves "History" for change tracking

_TITLE_FONT = Font(bold=True, size=14)
_BOLD = Font(bold=True)
_NOTE_FONT = Font(size=9)
_HEADER_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
_TOTAL_FILL = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
_THIN = Side(style="thin", color="FF808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TOTAL_BOX = Border(left=_THIN, right=_THIN, top=Side(style="double", color="FF808080"),
                    bottom=_THIN)
_RIGHT = Alignment(horizontal="right", vertical="center")
_MARK_FONT = Font(bold=True, color="FFB00020")
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)

_MIN_WIDTH = 6
_MAX_WIDTH = 60


def render_xlsx(doc: ReportDocument, target: Path) -> None:
    """Write `doc` as an .xlsx workbook at `target` (whole or not at all)."""
    wb = Workbook()
    summary = wb.active
    summary.title = SUMMARY_TITLE
    tables = doc.tables()
    names = _sheet_names(tables)
    for table in tables:
        _write_table_sheet(wb.create_sheet(names[id(table)]), doc, table)
    _write_summary(summary, doc, names)

    wb.properties.title = doc.title
    wb.properties.subject = f"{doc.town} {doc.period}"
    wb.properties.creator = CREATOR
    wb.properties.lastModifiedBy = CREATOR
    wb.active = 0
    with atomic_path(target) as tmp:
        wb.save(tmp)


def _sheet_names(tables: list[Table]) -> dict[int, str]:
    """Safe, unique sheet titles keyed by id(table): the table title, else its key."""
    used = {SUMMARY_TITLE.casefold()}
    names: dict[int, str] = {}
    for table in tables:
        name = ""
        for candidate in (_safe_title(table.title), _safe_title(table.key)):
            if candidate and candidate.casefold() not in used:
                name = candidate
                break
        if not name:
            base = _safe_title(table.key) or _safe_title(table.title) or "表"
            n = 2
            while True:
                suffix = f" ({n})"
                name = base[: _MAX_TITLE - len(suffix)] + suffix
                if name.casefold() not in used:
                    break
                n += 1
        used.add(name.casefold())
        names[id(table)] = name
    return names


def _safe_title(text: str) -> str:
    title = _UNSAFE_TITLE.sub("", text).strip()
    title = title.strip("'")[:_MAX_TITLE].strip().strip("'")
    if title.casefold() in _RESERVED_TITLES:
        return ""
    return title


def display_width(text: str) -> int:
    """Columns the text takes in a monospaced view: East Asian wide characters count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _text(value: str) -> str:
    return str(ILLEGAL_CHARACTERS_RE.sub("", value))


def _put(ws: Any, row: int, col: int, value: Cell) -> Any:
    """Write one plain value; strings are always text (never a formula)."""
    cell = ws.cell(row=row, column=col)
    if value is None:
        return cell
    if isinstance(value, str):
        cell.value = _text(value)
        cell.data_type = "s"
    else:
        value = value.item() if hasattr(value, "item") else value  # a numpy number: plain
        cell.value = value
        cell.number_format = "#,##0" if isinstance(value, int) else "#,##0.0"
    return cell


def _write_heading(ws: Any, doc: ReportDocument) -> int:
    """Report title, town, period and date at the top; returns the next free row. Every
    printed page gets the handling mark in its header and "n / total" in its footer."""
    _put(ws, 1, 1, doc.title).font = _TITLE_FONT
    _put(ws, 2, 1, doc.town)
    _put(ws, 3, 1, f"対象期間：{doc.period}")
    _put(ws, 4, 1, f"作成日：{doc.made_on}")
    ws.oddFooter.left.text = _text(f"{doc.town}　{doc.title}"
                                   + (f"　{doc.period}" if doc.kind == "monthly" else ""))
    ws.oddFooter.right.text = "&P / &N"
    if doc.marking:
        _put(ws, 5, 1, doc.marking).font = _MARK_FONT
        ws.oddHeader.right.text = _text(doc.marking)
        ws.oddHeader.right.color = "B00020"
        return 7
    return 6


def _page_setup(ws: Any, width: int) -> None:
    """A4, landscape for wide tables, fit to the page width."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if width > 6 else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _write_table_sheet(ws: Any, doc: ReportDocument, table: Table) -> None:
    row = _write_heading(ws, doc)
    _put(ws, row, 1, table.title).font = Font(bold=True, size=12)
    row += 1
    width = max([table.width, *(len(r) for r in table.rows),
                 len(table.total_row) if table.total_row else 0])
    widths = [_MIN_WIDTH] * width

    def measure(col: int, value: Cell) -> None:
        text = "" if value is None else value if isinstance(value, str) else f"{value:,}"
        widths[col] = max(widths[col], display_width(text) + 2)

    header_row = row
    for col, label in enumerate(table.columns):
        cell = _put(ws, row, col + 1, label)
        cell.font, cell.fill, cell.alignment, cell.border = _BOLD, _HEADER_FILL, _HEADER_ALIGN, _BOX
        measure(col, label)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1).coordinate
    ws.print_title_rows = f"{header_row}:{header_row}"
    row += 1

    lines = [(r, False) for r in table.rows]
    if table.total_row is not None:
        lines.append((table.total_row, True))
    for values, is_total in lines:
        for col in range(width):
            value = values[col] if col < len(values) else None
            cell = _put(ws, row, col + 1, value)
            cell.border = _TOTAL_BOX if is_total else _BOX
            if is_total:
                cell.font, cell.fill = _BOLD, _TOTAL_FILL
            if value == SUPPRESSED:
                cell.alignment = _RIGHT     # in line with the numbers
            measure(col, value)
        row += 1

    if table.note:
        _put(ws, row + 1, 1, table.note).font = _NOTE_FONT
    for col, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(col + 1)].width = min(w, _MAX_WIDTH)
    _page_setup(ws, width)


def _write_summary(ws: Any, doc: ReportDocument, names: dict[int, str]) -> None:
    row = _write_heading(ws, doc)
    for col, label in enumerate(("区分", "内容", "シート"), start=1):
        cell = _put(ws, row, col, label)
        cell.font, cell.fill, cell.alignment, cell.border = _BOLD, _HEADER_FILL, _HEADER_ALIGN, _BOX
    ws.freeze_panes = ws.cell(row=row + 1, column=1).coordinate
    row += 1
    widths = [display_width("区分") + 2, 40, 20]
    for section in doc.sections:
        _put(ws, row, 1, section.heading).font = _BOLD
        widths[0] = max(widths[0], display_width(section.heading) + 2)
        row += 1
        for block in section.blocks:
            if isinstance(block, Table):
                _put(ws, row, 1, "表")
                _put(ws, row, 2, block.title)
                _put(ws, row, 3, names[id(block)])
                widths[1] = max(widths[1], display_width(block.title) + 2)
                widths[2] = max(widths[2], display_width(names[id(block)]) + 2)
            elif isinstance(block, Chart):
                _put(ws, row, 1, "グラフ")
                _put(ws, row, 2, f"{block.title}（PDF版に掲載）")
            elif isinstance(block, Paragraph):
                _put(ws, row, 1, "本文")
                _put(ws, row, 2, block.text).alignment = Alignment(wrap_text=True,
                                                                    vertical="top")
            row += 1
    if doc.stamp_boxes:  # the 決裁 boxes, as on the PDF
        row += 1
        for col, label in enumerate(doc.stamp_boxes, start=1):
            cell = _put(ws, row, col, label)
            cell.font, cell.alignment, cell.border = _BOLD, _HEADER_ALIGN, _BOX
            ws.cell(row=row + 1, column=col).border = _BOX
        ws.row_dimensions[row + 1].height = 48
    for col, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = min(w, _MAX_WIDTH)
    _page_setup(ws, 3)
    ws.page_setup.fitToHeight = 1   # the index prints on one page
