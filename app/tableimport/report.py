"""The import report: one CSV line per row of the file and what became of it. It names
sheets, rows, outcomes and UUIDs, never a person's name; a reason quotes at most a date, a
time, a number of minutes or a word of a coded column (a topic, a channel) that has no code."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import IO

from app.files import write_atomically
from app.tableimport.apply import Imported
from app.tableimport.plan import IMPORT, Preview, Translate, describe

HEADER = ("sheet", "row", "outcome", "reason", "consultation_uuid", "resident_uuid")


def report_rows(preview: Preview, imported: Imported | None,
                translate: Translate | None = None) -> list[tuple[str, ...]]:
    lines: list[tuple[str, ...]] = []
    for row in preview.rows:
        outcome = row.outcome
        record = resident = ""
        if outcome == IMPORT:
            if imported is None:
                outcome = "would import"
            else:
                record, resident = imported.records.get((row.sheet, row.row), ("", ""))
        lines.append((row.sheet, str(row.row) if row.row else "", outcome,
                      describe(row.reasons, translate), record, resident))
    return lines


def write_report(path: Path, preview: Preview, imported: Imported | None,
                 translate: Translate | None = None) -> None:
    write_rows(path, HEADER, report_rows(preview, imported, translate))


def write_rows(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """UTF-8 with a BOM, so that Excel opens the Japanese text as it is."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)

    def write(fh: IO[bytes]) -> None:
        fh.write(buffer.getvalue().encode("utf-8-sig"))

    write_atomically(Path(path), write)
