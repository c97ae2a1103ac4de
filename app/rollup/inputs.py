"""Reading the towns' annual data files for a roll-up, and the checks across them: one
fiscal year, no town twice, provisional files only when a provisional roll-up is asked for,
and each file's codes mapped to the current code lists. Each problem is one sentence that
names the file; nothing is written when any file is refused."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import MadoguchiError
from app.marks import QT_TRANSLATE_NOOP
from app.reports.datafile import LISTS, read_data
from app.reports.datafile_versions import CODE_MAPS, CodeMaps
from app.reports.era import fiscal_year_label

NO_FILES = QT_TRANSLATE_NOOP("errors", "Give at least one annual data file to roll up.")
OTHER_YEAR = QT_TRANSLATE_NOOP(
    "errors", "%1 is for %2, not %3 like %4; a roll-up covers one fiscal year. Nothing was "
    "written.")
TWICE = QT_TRANSLATE_NOOP(
    "errors", "%1 and %2 are both from %3 (municipality code %4); give one file per town. "
    "Nothing was written.")
PROVISIONAL = QT_TRANSLATE_NOOP(
    "errors", "%1 is provisional (records up to %2); roll up final files only, or ask for a "
    "provisional roll-up. Nothing was written.")
UNKNOWN_CODES = QT_TRANSLATE_NOOP(
    "errors", "%1 uses code lists of version %2, which this Madoguchi cannot map to its own; "
    "nothing was written.")
SAME_FILE = QT_TRANSLATE_NOOP("errors", "%1 is given twice. Nothing was written.")

# Where each table's row codes come from (a code list), for mapping older code lists.
TABLE_LISTS = {**LISTS, "topic_months": "topic"}


@dataclass
class TownFile:
    path: Path
    name: str                       # the town's name
    code: str                       # 全国地方公共団体コード
    exact: bool
    provisional: bool
    cut_off: str
    code_list_version: int
    tables: dict[str, Any]
    external: dict[str, Any]
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)


def _map_codes(data: dict[str, Any], maps: CodeMaps, name: str) -> None:
    """Rename the codes of an older code-list version to the current ones, in place. Two
    old codes that became one are added together (x if either is x)."""
    version = data["code_list_version"]
    if version not in maps:
        raise MadoguchiError(UNKNOWN_CODES, name, version)
    renames = maps[version]
    if not any(renames.values()):
        return
    tables = data["tables"]
    for table, list_name in TABLE_LISTS.items():
        rename = renames.get(list_name, {})
        if not rename:
            continue
        merged: dict[str, Any] = {}
        for code, value in tables[table].items():
            new = rename.get(code, code)
            merged[new] = _add(merged[new], value) if new in merged else value
        tables[table] = merged
        labels = data["labels"].get(list_name, {})
        data["labels"][list_name] = {rename.get(k, k): v for k, v in labels.items()}
    topic_rename = renames.get("topic", {})
    for cat in data["external"]["categories"]:
        cat["topics"] = sorted({topic_rename.get(t, t) for t in cat["topics"]})
    data["external"]["unmapped_topics"] = sorted(
        {topic_rename.get(t, t) for t in data["external"]["unmapped_topics"]})


def _add(a: Any, b: Any) -> Any:
    if isinstance(a, dict):
        return {k: _add(a[k], b[k]) if k in a and k in b else a.get(k, b.get(k))
                for k in {**a, **b}}
    return "x" if "x" in (a, b) else a + b


def read_towns(paths: Sequence[Path], *, provisional: bool = False,
               fiscal_year: int | None = None, maps: CodeMaps | None = None
               ) -> tuple[int, list[TownFile]]:
    """The fiscal year and the towns' files, checked and mapped, in the order given."""
    if not paths:
        raise MadoguchiError(NO_FILES)
    maps = CODE_MAPS if maps is None else maps
    seen_paths: set[Path] = set()
    loaded: list[tuple[Path, dict[str, Any]]] = []
    for path in paths:
        resolved = path.resolve()
        if resolved in seen_paths:
            raise MadoguchiError(SAME_FILE, path.name)
        seen_paths.add(resolved)
        loaded.append((path, read_data(path)))
    first_path, first = loaded[0]
    year = fiscal_year if fiscal_year is not None else first["fiscal_year"]
    reference = first_path.name if fiscal_year is None else "the roll-up"
    by_code: dict[str, Path] = {}
    towns: list[TownFile] = []
    for path, data in loaded:
        if data["fiscal_year"] != year:
            raise MadoguchiError(OTHER_YEAR, path.name, _fy(data["fiscal_year"]), _fy(year),
                                 reference)
        code = data["town"]["municipality_code"]
        if code in by_code:
            raise MadoguchiError(TWICE, by_code[code].name, path.name, data["town"]["name"],
                                 code)
        by_code[code] = path
        if data["provisional"] and not provisional:
            raise MadoguchiError(PROVISIONAL, path.name, data["cut_off"])
        _map_codes(data, maps, path.name)
        towns.append(TownFile(path, data["town"]["name"], code, data["counts"] == "exact",
                              data["provisional"], data["cut_off"], data["code_list_version"],
                              data["tables"], data["external"], data["labels"],
                              list(data["dropped"])))
    return year, towns


def _fy(year: int) -> str:
    return f"{fiscal_year_label(year)} ({year})"
