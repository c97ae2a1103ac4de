"""The raw rows of every sheet, staged in an in-memory SQLite database with sqlite-utils: one
table whatever the sheets' shapes (sqlite-utils makes the columns), read back a sheet at a
time below its header row, in order.

sqlite-utils runs on Python's own sqlite3 module, which Madoguchi otherwise never uses (the
records live in SQLCipher files). That is acceptable here only because this database is in
memory: the staged cells (names included) never touch the disk and vanish on close()."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from typing import Any

import sqlite_utils

from app.tableimport.source import Workbook

_BATCH = 2000


def _cell(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def column(index: int) -> str:
    return f"c{index}"


class Staging:
    """Table `raw`: sheet, row (the sheet's own 1-based number), struck (0/1) and one
    column c0, c1, … per sheet column. The columns have no declared type (BLOB affinity),
    so a number stays a number and a text a text, as the sheet had them."""

    def __init__(self, book: Workbook) -> None:
        self.db = sqlite_utils.Database(memory=True)
        self.width = max((len(r) for s in book.sheets for r in s.rows), default=0)
        spec: dict[str, Any] = {"sheet": str, "row": int, "struck": int}
        spec |= {column(i): bytes for i in range(self.width)}
        self.raw = self.db.table("raw")
        self.raw.create(spec, pk=("sheet", "row"))
        for sheet in book.sheets:
            self.raw.insert_all(
                ({"sheet": sheet.name, "row": n, "struck": int(n in sheet.struck),
                  **{column(i): _cell(v) for i, v in enumerate(r)}}
                 for n, r in enumerate(sheet.rows, 1)), batch_size=_BATCH)

    def rows(self, sheet: str, after: int = 0) -> Iterator[tuple[int, bool, list[Any]]]:
        """(row number, struck, cells) of a sheet's rows below row `after`."""
        cols = ", ".join(column(i) for i in range(self.width)) or "NULL"
        for r in self.db.execute(
                f"SELECT row, struck, {cols} FROM raw WHERE sheet = ? AND row > ? "  # noqa: S608
                "ORDER BY row", (sheet, after)):
            yield r[0], bool(r[1]), list(r[2:])

    def close(self) -> None:
        self.db.close()
