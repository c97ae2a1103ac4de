"""Fonts for the PDF reports: the TrueType files shipped in app/fonts, registered with reportlab
once, and the per-script font choice reportlab does not do by itself.

reportlab has no font fallback: a character missing from the font in use is drawn as an empty
box. So text is cut into runs by script (Japanese → IPAexGothic, Thai → Noto Sans Thai, Burmese
→ Noto Sans Myanmar, Devanagari → Noto Sans Devanagari, everything else → Noto Sans) and every
run is drawn in its own font. Digits, spaces and punctuation stay in the font of the text around
them when that font has them, so "令和8年度" is one IPAexGothic run. A character none of the
fonts has (missing_glyphs) is drawn as 〓, the Japanese stand-in for an unprintable character.

Thai, Burmese and Devanagari need shaping (stacked Thai tone marks, Burmese and Devanagari
reordering and conjuncts). reportlab 5 shapes with uharfbuzz when a paragraph style has
`shaping=1` and its font was registered as a shapable TTFont; canvas.drawString takes
`shaping=True`. reportlab shapes a whole word with the font of the word's first run, which
breaks words that mix fonts ("タイ語(ภาษาไทย)" has no space), so register_fonts() wraps its
shaper to shape each single-font part of a word on its own.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.errors import MadoguchiError
from app.marks import QT_TRANSLATE_NOOP

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"

JAPANESE = "IPAexGothic"
LATIN = "NotoSans"
LATIN_BOLD = "NotoSans-Bold"
THAI = "NotoSansThai"
THAI_BOLD = "NotoSansThai-Bold"
MYANMAR = "NotoSansMyanmar"
DEVANAGARI = "NotoSansDevanagari"

# reportlab name → file in app/fonts
FONT_FILES: dict[str, str] = {
    JAPANESE: "ipaexg.ttf",
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    THAI: "NotoSansThai-Regular.ttf",
    THAI_BOLD: "NotoSansThai-Bold.ttf",
    MYANMAR: "NotoSansMyanmar-Regular.ttf",
    DEVANAGARI: "NotoSansDevanagari-Regular.ttf",
}
# No bold cut is shipped for these; bold text in them is drawn regular.
_BOLD = {LATIN: LATIN_BOLD, THAI: THAI_BOLD}
# Scripts whose text must go through uharfbuzz to look right.
SHAPED_FONTS = frozenset({THAI, THAI_BOLD, MYANMAR, DEVANAGARI})
# Where a character no run font has is looked for next, in this order.
_FALLBACK = (LATIN, JAPANESE, THAI, MYANMAR, DEVANAGARI)

_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0900, 0x097F, DEVANAGARI), (0xA8E0, 0xA8FF, DEVANAGARI), (0x1CD0, 0x1CFF, DEVANAGARI),
    (0x0E00, 0x0E7F, THAI),
    (0x1000, 0x109F, MYANMAR), (0xA9E0, 0xA9FF, MYANMAR), (0xAA60, 0xAA7F, MYANMAR),
    (0x2E80, 0x2FDF, JAPANESE),    # CJK radicals, Kangxi radicals
    (0x3000, 0x30FF, JAPANESE),    # CJK symbols and punctuation, hiragana, katakana
    (0x31F0, 0x31FF, JAPANESE),    # katakana phonetic extensions
    (0x3200, 0x33FF, JAPANESE),    # enclosed CJK letters, CJK compatibility (㈱, ㎡)
    (0x3400, 0x4DBF, JAPANESE),    # CJK extension A
    (0x4E00, 0x9FFF, JAPANESE),    # CJK unified ideographs
    (0xF900, 0xFAFF, JAPANESE),    # CJK compatibility ideographs
    (0xFE30, 0xFE4F, JAPANESE),    # CJK compatibility forms
    (0xFF00, 0xFFEF, JAPANESE),    # full-width and half-width forms
    (0x20000, 0x3FFFF, JAPANESE),  # CJK extensions B and later
)
GETA = "\u3013"
# Drawn as part of the line, never looked up in a font.
_LAYOUT = frozenset("\n\r\t")

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the shipped fonts with reportlab (once; later calls do nothing)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in FONT_FILES.items():
            path = FONT_DIR / filename
            if not path.is_file():
                raise MadoguchiError(QT_TRANSLATE_NOOP(
                    "errors", "The font file %1 is missing from %2; reinstall Madoguchi."),
                    filename, FONT_DIR)
            # All shapable: a paragraph is shaped only if its style's font is. Which runs are
            # actually shaped is decided by SHAPED_FONTS (see _split_shaper, draw_text).
            pdfmetrics.registerFont(TTFont(name, str(path), shapable=True))
        _install_split_shaper()
        _registered = True


def _font(name: str) -> Any:
    register_fonts()
    return pdfmetrics.getFont(name)


def has_glyph(font_name: str, char: str) -> bool:
    return ord(char) in _font(font_name).face.charToGlyph


def _script_font(char: str) -> str | None:
    """The font a character's script asks for; None for characters that take their
    neighbours' font (digits, spaces, punctuation, symbols, combining marks)."""
    cp = ord(char)
    for low, high, font in _SCRIPT_RANGES:
        if low <= cp <= high:
            return font
    category = unicodedata.category(char)
    if category[0] == "L":
        return LATIN
    return None


def _fallback(char: str, preferred: str) -> str:
    if has_glyph(preferred, char):
        return preferred
    for name in _FALLBACK:
        if has_glyph(name, char):
            return name
    return preferred


def text_runs(text: str) -> list[tuple[str, str]]:
    """Cut `text` into (font name, text) runs; regular weight."""
    return list(_runs(text))


@functools.lru_cache(maxsize=16384)
def _runs(text: str) -> tuple[tuple[str, str], ...]:
    # Reports repeat the same labels and numbers in every table: cut each string once.
    register_fonts()
    strong = [_script_font(c) for c in text]
    fonts: list[str] = []
    for i, char in enumerate(text):
        font = strong[i]
        if char in _LAYOUT:
            font = fonts[-1] if fonts else LATIN
        elif font is None:
            # Neutral: the previous run's font, else the next strong character's, if it has
            # the glyph; combining marks always stay with their base.
            after = next((f for f in strong[i + 1:] if f is not None), None)
            candidates = fonts[-1:] + ([after] if after else [])
            if fonts and unicodedata.category(char).startswith("M"):
                font = fonts[-1]
            else:
                font = next((f for f in candidates if has_glyph(f, char)), None)
                font = font or _fallback(char, LATIN)
        elif not has_glyph(font, char):
            font = _fallback(char, font)
        fonts.append(font)
    runs: list[tuple[str, str]] = []
    for font, char in zip(fonts, text, strict=True):
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return tuple(runs)


def bold_font(name: str) -> str:
    return _BOLD.get(name, name)


def needs_shaping(text: str) -> bool:
    return any(font in SHAPED_FONTS for font, _ in text_runs(text))


def _ignorable(char: str) -> bool:
    """Invisible format characters (zero-width joiners, variation selectors as in the
    ideographic variation sequences of some names): left out when the font lacks them."""
    cp = ord(char)
    return (unicodedata.category(char) == "Cf" or 0xFE00 <= cp <= 0xFE0F
            or 0xE0100 <= cp <= 0xE01EF)


def _unprintable(text: str) -> tuple[set[str], set[str]]:
    missing: set[str] = set()
    dropped: set[str] = set()
    for font, run in text_runs(text):
        for c in run:
            if c not in _LAYOUT and not has_glyph(font, c):
                (dropped if _ignorable(c) else missing).add(c)
    return missing, dropped


def missing_glyphs(text: str) -> set[str]:
    """Characters of `text` that no shipped font can draw (drawing shows them as 〓)."""
    return _unprintable(text)[0]


def drawn_runs(text: str) -> list[tuple[str, str]]:
    """text_runs() for drawing: a character no shipped font has becomes 〓 (geta, the
    Japanese stand-in for a character that cannot be printed) instead of an empty box;
    an invisible format character the font lacks is left out."""
    missing, dropped = _unprintable(text)
    if missing or dropped:
        text = "".join(GETA if c in missing else c for c in text if c not in dropped)
    return text_runs(text)


@functools.lru_cache(maxsize=16384)
def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for a plain string: one <font> element per run, &, <, > escaped,
    line breaks as <br/>."""
    parts: list[str] = []
    for font, run in drawn_runs(text):
        name = bold_font(font) if bold else font
        lines = [escape(line, quote=False) for line in run.replace("\r\n", "\n").split("\n")]
        body = "<br/>".join(line.replace("\t", " ") for line in lines)
        parts.append(f'<font name="{name}">{body}</font>')
    return "".join(parts)


def run_width(run: str, font_name: str, size: float) -> float:
    """Width in points of one run in one font, after shaping where the font needs it."""
    drawn = shaped(run, font_name, size)
    data = getattr(drawn, "__shapeData__", None)
    if data is not None:
        return float(sum(d.x_advance for d in data)) * size / 1000
    return float(pdfmetrics.stringWidth(run, font_name, size))


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of `text` drawn run by run."""
    return sum(run_width(run, bold_font(f) if bold else f, size) for f, run in drawn_runs(text))


def draw_text(canvas: Any, x: float, y: float, text: str, size: float,
              anchor: str = "start", bold: bool = False) -> None:
    """Draw one line on a pdfgen canvas, run by run; anchor is start, middle or end."""
    if anchor == "middle":
        x -= text_width(text, size, bold) / 2
    elif anchor == "end":
        x -= text_width(text, size, bold)
    for font, run in drawn_runs(text):
        name = bold_font(font) if bold else font
        canvas.setFont(name, size)
        canvas.drawString(x, y, run, shaping=name in SHAPED_FONTS)
        x += run_width(run, name, size)


def graphics_text(text: str, x: float, y: float, size: float, anchor: str = "start",
                  colour: Any = None) -> Any:
    """A reportlab.graphics Group drawing one line run by run (each run in its own font,
    shaped where the script needs it); anchor is start, middle or end."""
    from reportlab.graphics.shapes import Group, String
    from reportlab.lib import colors

    group = Group()
    if anchor == "middle":
        x -= text_width(text, size) / 2
    elif anchor == "end":
        x -= text_width(text, size)
    for font, run in drawn_runs(text):
        group.add(String(x, y, shaped(run, font, size), fontName=font, fontSize=size,
                         fillColor=colour or colors.black))
        x += run_width(run, font, size)
    return group


def shaped(run: str, font_name: str, size: float) -> str:
    """`run` shaped with uharfbuzz for a reportlab.graphics String (a ShapedStr, which the PDF
    renderer draws glyph by glyph); unchanged for fonts that need no shaping."""
    if font_name not in SHAPED_FONTS:
        return run
    from reportlab.pdfbase.ttfonts import shapeStr

    result: str = shapeStr(run, font_name, size)
    return result


# --- shaping words that mix fonts ---------------------------------------------------------

def _install_split_shaper() -> None:
    from reportlab.platypus import paragraph

    original = paragraph.shapeFragWord
    if getattr(original, "_madoguchi_split", False):
        return
    wrapped = _split_shaper(original)
    paragraph.shapeFragWord = wrapped


def _split_shaper(original: Callable[..., Any]) -> Callable[..., Any]:
    from reportlab.pdfbase.ttfonts import ShapedFragWord, makeShapedFragWord

    def shape_by_font(word: Any, *args: Any, **kwargs: Any) -> Any:
        """Shape each single-font part of a paragraph word with its own font; parts in
        fonts that need no shaping are left as they are."""
        if isinstance(word, ShapedFragWord):
            return word
        groups: list[list[Any]] = []
        last: str | None = None
        for part in word[1:]:
            frag = part[0]
            name = None if hasattr(frag, "cbDefn") else frag.fontName
            if groups and (name is None or name == last):
                groups[-1].append(part)
            else:
                groups.append([part])
                last = name if name is not None else last
        names = {p[0].fontName for p in word[1:] if not hasattr(p[0], "cbDefn")}
        if len(names) <= 1:
            return original(word, *args, **kwargs) if names & SHAPED_FONTS else word
        pieces: list[Any] = []
        total = 0.0
        changed = False
        for group in groups:
            fonts = {p[0].fontName for p in group if not hasattr(p[0], "cbDefn")}
            width = sum(float(pdfmetrics.stringWidth(p[1], p[0].fontName, p[0].fontSize))
                        for p in group if not hasattr(p[0], "cbDefn"))
            sub = [width, *group]
            if fonts & SHAPED_FONTS:
                result = original(sub, *args, **kwargs)
                changed = changed or result is not sub
                sub = result
            total += float(sub[0])
            pieces.extend(sub[1:])
        if not changed:
            return word
        return makeShapedFragWord(word)([total, *pieces])

    shape_by_font._madoguchi_split = True  # type: ignore[attr-defined]
    return shape_by_font
