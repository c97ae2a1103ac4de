"""The UI languages Madoguchi ships, by code. Labels are each language's own name for itself,
so that a user who cannot read the current language still finds theirs."""

from __future__ import annotations

from app.errors import MadoguchiError
from app.marks import QT_TRANSLATE_NOOP

# code → (own name, locale name for dates and numbers)
LANGUAGES: dict[str, tuple[str, str]] = {
    "ja": ("日本語", "ja_JP"),
    "en": ("English", "en_US"),
    "vi": ("Tiếng Việt", "vi_VN"),
    "id": ("Bahasa Indonesia", "id_ID"),
    "th": ("ไทย", "th_TH"),
    "my": ("မြန်မာ", "my_MM"),
    "ne": ("नेपाली", "ne_NP"),
    "zh_CN": ("中文（简体）", "zh_CN"),
    "tl": ("Tagalog", "fil_PH"),
    "pt_BR": ("Português (Brasil)", "pt_BR"),
    "es": ("Español", "es_ES"),
}
DEFAULT = "en"
# やさしい日本語: a language of knowledge-base answers and SNS copies, not of the window.
EASY_JAPANESE = "ja-x-easy"


def check_language(code: str) -> str:
    if code not in LANGUAGES:
        known = ", ".join(LANGUAGES)
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "Unknown language %1; use one of: %2."), repr(code), known)
    return code


def from_locale_name(name: str) -> str:
    """'ja_JP' → 'ja', 'zh_CN' → 'zh_CN', 'fil_PH' → 'tl', 'pt_PT' → 'pt_BR', 'es_PE' → 'es';
    anything else → English."""
    if name.startswith("zh"):
        return "zh_CN"
    if name.startswith("pt"):
        return "pt_BR"
    if name.startswith(("fil", "tl")):
        return "tl"
    base = name.split("_")[0].split("-")[0]
    return base if base in LANGUAGES else DEFAULT


def ui_language_of_text(code: str) -> str | None:
    """The UI language whose translations serve a text in the code-list language `code`
    ('pt' → 'pt_BR', 'zh' → 'zh_CN', 'ja-x-easy' → 'ja'); None when Madoguchi has none."""
    if code in LANGUAGES:
        return code
    if code == EASY_JAPANESE:
        return "ja"
    base = code.split("-")[0].split("_")[0]
    return next((ui for ui in LANGUAGES if ui.split("_")[0] == base), None)


def text_language_of_ui(code: str) -> str:
    """The code-list language of texts for a UI language ('pt_BR' → 'pt', 'zh_CN' → 'zh'):
    the language in which to show a knowledge-base answer to this window's user."""
    return {"pt_BR": "pt", "zh_CN": "zh"}.get(code, code)
