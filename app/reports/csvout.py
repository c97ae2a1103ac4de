"""CSV rendering of a ReportDocument: one file per table, UTF-8 with BOM and CRLF line endings so
that Excel on Windows opens the Japanese text correctly."""

from __future__ import annotations

import csv
from pathlib import Path

from app.files import atomic_path
from app.reports.model import Cell, ReportDocument, Table

ENCODING = "utf-8-sig"

# Text starting with one of these is run as a formula when a spreadsheet opens the CSV
# ("CSV injection"); such text gets a leading apostrophe.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render_csv(doc: ReportDocument, folder: Path) -> list[Path]:
    """Write one CSV per table into `folder` (each file whole or not at all); return the paths."""
    paths: list[Path] = []
    for table in doc.tables():
        target = folder / f"{doc.file_stem}_{table.key}.csv"
        with atomic_path(target) as tmp, tmp.open("w", encoding=ENCODING, newline="") as fh:
            writer = csv.writer(fh, lineterminator="\r\n")
            writer.writerows(table_lines(table))
        paths.append(target)
    return paths


def table_lines(table: Table) -> list[list[str]]:
    """The header, the rows and the total row as text, as they appear in the CSV."""
    lines: list[list[Cell]] = [list(table.columns), *table.rows]
    if table.total_row is not None:
        lines.append(table.total_row)
    return [[_field(value) for value in line] for line in lines]


def _field(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_START) else value
    return f"{value:.1f}" if isinstance(value, float) else str(value)
