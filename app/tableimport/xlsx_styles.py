"""Struck-through rows and formula cells of an .xlsx file, read from its XML parts.

openpyxl's read-only reader builds an object per cell and took about 5 s of the 5 s budget
for a 20,000-row log just to look at fonts; the two facts needed here are in two attributes,
so they are read directly: the fonts with <strike/> in xl/styles.xml, the cell formats
(cellXfs) that use them, and the cells of each sheet whose s="…" is one of those formats."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # noqa: N817 - the usual name
import zipfile
from dataclasses import dataclass, field

_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(/?)>")
_ROW_OF = re.compile(rb'\br="[A-Z]+(\d+)"')
_STYLE_OF = re.compile(rb'\bs="(\d+)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f[ >/]")
_ROW = re.compile(rb"<(?:\w+:)?row[ >]")
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass
class SheetMarks:
    struck: set[int] = field(default_factory=set)   # 1-based rows
    formulas: int = 0
    rows: int = 0                                    # <row> elements: checked before reading


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(node: ET.Element | None, name: str) -> list[ET.Element]:
    return [] if node is None else [c for c in node if _local(c.tag) == name]


def _child(node: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in node if _local(c.tag) == name), None)


def struck_formats(styles: bytes) -> set[int]:
    """Indexes of the cell formats whose font is struck through."""
    if not styles:
        return set()
    root = ET.fromstring(styles)
    fonts = _child(root, "fonts")
    struck_fonts = set()
    for index, font in enumerate(_children(fonts, "font")):
        strike = _child(font, "strike")
        if strike is not None and strike.get("val", "1") not in ("0", "false"):
            struck_fonts.add(index)
    formats = _child(root, "cellXfs")
    return {index for index, xf in enumerate(_children(formats, "xf"))
            if int(xf.get("fontId", "0")) in struck_fonts}


def sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → the path of its XML part inside the file."""
    book = ET.fromstring(zf.read("xl/workbook.xml"))
    rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): str(r.get("Target", "")) for r in rels}
    parts: dict[str, str] = {}
    for sheet in _children(_child(book, "sheets"), "sheet"):
        target = targets.get(sheet.get(f"{{{_REL}}}id"), "")
        if target:
            parts[str(sheet.get("name"))] = (target.lstrip("/") if target.startswith("/")
                                             else f"xl/{target}")
    return parts


def read_marks(zf: zipfile.ZipFile) -> dict[str, SheetMarks]:
    formats = struck_formats(zf.read("xl/styles.xml")) if "xl/styles.xml" in zf.namelist() \
        else set()
    marks: dict[str, SheetMarks] = {}
    for name, part in sheet_parts(zf).items():
        try:
            xml = zf.read(part)
        except KeyError:
            continue
        found = SheetMarks(formulas=len(_FORMULA.findall(xml)), rows=len(_ROW.findall(xml)))
        if formats:
            for match in _CELL.finditer(xml):
                if match[2]:  # <c …/>: an empty cell, however it is formatted
                    continue
                style = _STYLE_OF.search(match[1])
                row = _ROW_OF.search(match[1])
                if style and row and int(style[1]) in formats:
                    found.struck.add(int(row[1]))
        marks[name] = found
    return marks
