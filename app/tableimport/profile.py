"""Mapping profiles: which column is which field and which text is which code, saved as
JSON so that next year's file maps the same way."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from app.files import write_atomically
from app.tableimport.errors import BAD_PROFILE, TableImportError
from app.tableimport.headers import IGNORE, LOG_FIELDS, ROSTER_FIELDS
from app.tableimport.values import FIELD_LISTS

FORMAT = "madoguchi-table-mapping"
VERSION = 1
KINDS = ("log", "roster")
# Values used where the log has no column for them. Empty: not chosen; a row that needs
# the value is then a problem.
DEFAULT_KEYS = ("nationality", "language", "channel", "status", "interpreter")


@dataclass
class Profile:
    kind: str = "log"                                   # log | roster
    columns: dict[str, str] = field(default_factory=dict)  # header name → field | ignore
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # list → text → code
    defaults: dict[str, str] = field(default_factory=lambda: {
        "nationality": "", "language": "", "channel": "", "status": "closed",
        "interpreter": "none"})
    sheets: list[str] = field(default_factory=list)     # empty: every sheet with a header
    header_rows: dict[str, int] = field(default_factory=dict)  # sheet → 1-based row
    skip_problem_rows: bool = False
    fiscal_year: int | None = None     # for days without a year; else found in the titles

    def fields(self) -> tuple[str, ...]:
        return LOG_FIELDS if self.kind == "log" else ROSTER_FIELDS

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "kind": self.kind,
                "columns": self.columns, "values": self.values, "defaults": self.defaults,
                "sheets": self.sheets, "header_rows": self.header_rows,
                "skip_problem_rows": self.skip_problem_rows, "fiscal_year": self.fiscal_year}

    def save(self, path: Path) -> None:
        text = json.dumps(self.to_json(), ensure_ascii=False, indent=1)

        def write(fh: IO[bytes]) -> None:
            fh.write(text.encode("utf-8"))

        write_atomically(Path(path), write)

    @classmethod
    def load(cls, path: Path) -> Profile:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise TableImportError(BAD_PROFILE, Path(path).name, "no such file") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            raise TableImportError(BAD_PROFILE, Path(path).name, "not JSON") from None
        return cls.from_json(data, Path(path).name)

    @classmethod
    def from_json(cls, data: Any, name: str = "profile") -> Profile:
        def bad(what: str) -> TableImportError:
            return TableImportError(BAD_PROFILE, name, what)

        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise bad("format")
        if data.get("version") != VERSION:
            raise bad("version")
        kind = data.get("kind", "log")
        if kind not in KINDS:
            raise bad("kind")
        profile = cls(kind=kind)
        columns = data.get("columns", {})
        allowed = {*profile.fields(), IGNORE}
        if not _str_map(columns) or any(v not in allowed for v in columns.values()):
            raise bad("columns")
        values = data.get("values", {})
        if not isinstance(values, dict) or any(
                k not in FIELD_LISTS.values() or not _str_map(v) for k, v in values.items()):
            raise bad("values")
        defaults = data.get("defaults", {})
        if not _str_map(defaults) or any(k not in DEFAULT_KEYS for k in defaults):
            raise bad("defaults")
        sheets = data.get("sheets", [])
        if not isinstance(sheets, list) or not all(isinstance(s, str) for s in sheets):
            raise bad("sheets")
        rows = data.get("header_rows", {})
        if not isinstance(rows, dict) or not all(
                isinstance(k, str) and isinstance(v, int) and v >= 1 for k, v in rows.items()):
            raise bad("header_rows")
        skip = data.get("skip_problem_rows", False)
        if not isinstance(skip, bool):
            raise bad("skip_problem_rows")
        profile.columns = dict(columns)
        profile.values = {k: dict(v) for k, v in values.items()}
        profile.defaults = {**profile.defaults, **defaults}
        profile.sheets = list(sheets)
        profile.header_rows = dict(rows)
        profile.skip_problem_rows = skip
        year = data.get("fiscal_year")
        if year is not None and not (isinstance(year, int) and 1950 <= year <= 2200):
            raise bad("fiscal_year")
        profile.fiscal_year = year
        return profile


def _str_map(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items())
