"""Names in Burmese, Thai, Vietnamese, Japanese and Devanagari: in the window (no glyph is
the empty .notdef box, also on a machine with no fonts at all) and in a PDF."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtGui import QFont, QTextLayout
from pytestqt.qtbot import QtBot

from app import handover
from app.jptime import today_local
from app.records import Consultation, Resident
from app.reports import fonts
from app.services import Services
from ui import i18n
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
NAMES = {
    "my": ("ကျော်", "သီတာဝင်း", "Kyaw", "Thida Win", "MM"),
    "th": ("ใจดี", "สมชาย", "Jaidee", "Somchai", "TH"),
    "vi": ("Nguyễn", "Thị Ánh", "Nguyen", "Thi Anh", "VN"),
    "ne": ("थापा", "सरिता", "Thapa", "Sarita", "NP"),
    "ja": ("山田", "花子", "Yamada", "Hanako", "JP"),
}
SAMPLES = [f"{family} {given}" for family, given, *_ in NAMES.values()]


def glyphs(text: str, font: QFont) -> list[int]:
    """The glyph indexes of `text`, laid out in `font` with Qt's font fallback; 0 for a
    .notdef box, and for every glyph of Qt's box engine (no font at all: no family)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return [glyph if run.rawFont().familyName() else 0
            for run in layout.glyphRuns() for glyph in run.glyphIndexes()]


def notdef_glyphs(text: str, font: QFont) -> int:
    """How many glyphs are the .notdef box (glyph 0)."""
    return glyphs(text, font).count(0)


def drawn_glyphs(text: str, font: QFont) -> int:
    return sum(1 for glyph in glyphs(text, font) if glyph)


def add_residents(services: Services) -> dict[str, int]:
    yesterday = (today_local() - timedelta(days=1)).isoformat()
    ids = {}
    for lang, (family, given, family_l, given_l, nationality) in NAMES.items():
        rid = services.residents.save(Resident(
            nationality=nationality, family_name=family, given_name=given,
            family_name_latin=family_l, given_name_latin=given_l))
        services.consultations.save(Consultation(
            occurred_at=f"{yesterday}T10:00", language=lang, channel="desk",
            topics=["housing"], resident_id=rid, status="open", asked="住居の相談"))
        ids[lang] = rid
    return ids


def test_names_in_every_script_show_in_the_resident_list(qtbot: QtBot,
                                                         services: Services) -> None:
    add_residents(services)
    i18n.apply("vi")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("residents")
    model = page.model  # type: ignore[attr-defined]
    shown = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert set(SAMPLES) <= shown
    font = page.view.font()  # type: ignore[attr-defined]
    for text in SAMPLES:
        assert notdef_glyphs(text, font) == 0, text
    assert notdef_glyphs("\U000F0000", font) > 0  # a private-use character: the check bites


FONTLESS = """
import json, os, sys
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QFontDatabase
app = QApplication([])
samples = json.loads(sys.argv[1])
from tests.test_scripts import drawn_glyphs, notdef_glyphs
before = sum(drawn_glyphs(t, QApplication.font()) for t in samples)
system_families = [f for f in QFontDatabase.families()
                   if f not in ("Sans Serif", "Serif", "Monospace")]  # fontconfig's aliases
from ui import i18n
i18n.register_fonts()
i18n.apply("vi")
after = {{t: [notdef_glyphs(t, QApplication.font()), drawn_glyphs(t, QApplication.font())]
         for t in samples}}
print(json.dumps({{"before": before, "after": after, "system": system_families}}))
"""


def test_the_shipped_fonts_cover_every_script_on_a_machine_without_fonts(
        tmp_path: Path) -> None:
    """fontconfig with no font folders at all: only the fonts Madoguchi ships are there."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path / 'cache'}"
                    "</cachedir></fontconfig>", encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen",
           "QT_LOGGING_RULES": "qt.qpa.fonts=false;qt.text.font.db=false"}
    result = subprocess.run([sys.executable, "-c", FONTLESS.format(root=str(ROOT)),
                             json.dumps(SAMPLES)], env=env, capture_output=True, text=True,
                            timeout=120, check=True)
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["system"] == []  # really no system fonts
    assert found["before"] == 0  # without the shipped fonts nothing can be drawn
    for text, (boxes, drawn) in found["after"].items():
        assert boxes == 0 and drawn >= len(text.replace(" ", "")) // 2, text


def test_names_in_every_script_show_in_a_pdf(services: Services, tmp_path: Path) -> None:
    add_residents(services)
    pdf = handover.make_handover(services, tmp_path, personal=True)[0]
    embedded = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                              check=True).stdout
    for font in ("NotoSansMyanmar", "NotoSansThai", "NotoSansDevanagari", "IPAexGothic",
                 "NotoSans-Regular"):
        assert font in embedded, font
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Nguyễn Thị Ánh" in text and "山田 花子" in text
    for sample in SAMPLES:
        assert fonts.missing_glyphs(sample) == set()
    # Rendered, the page with the names has ink where they stand (no blank or failed page).
    subprocess.run(["pdftoppm", "-r", "60", "-gray", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)
    page = next(tmp_path.glob("page*.pgm")).read_bytes()
    assert page.count(b"\x00") + page.count(b"\x10") > 100
