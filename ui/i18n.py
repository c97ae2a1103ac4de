"""The UI language at run time: Qt translators, the locale for dates and numbers, the fonts
Madoguchi ships, and name sorting with QCollator.

The language of a run comes, first to last, from `madoguchi --lang`, the logged-in user's
own setting, the choice on the login screen, and the system locale."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cmp_to_key
from pathlib import Path

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

import app
from app.languages import (
    DEFAULT,
    LANGUAGES,
    check_language,
    from_locale_name,
    ui_language_of_text,
)

# Where the compiled translations are: in an installed wheel, ui/translations/ (package
# data made by the build step, i18n/build_qm.py; a file beside this module, read as a path,
# as Qt's translator needs: importlib.resources gave the same path and cost ≈ 4 ms to
# import before the login screen); in a source checkout or the frozen bundle, i18n/ beside
# the packages (`make i18n` compiles them there).
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
PACKAGE_DIR = "translations"
# app/fonts, named here so that starting the window does not import reportlab
FONT_DIR = Path(app.__file__).resolve().parent / "fonts"
LAST_LANGUAGE_KEY = "login/language"
# Qt ships qtbase_<name>.qm for only some of Madoguchi's languages; the rest get Qt's
# standard-button texts from Madoguchi's own files (ui/qt_strings.py).
QT_NAMES = {"ja": "ja", "en": "en", "zh_CN": "zh_CN", "pt_BR": "pt_BR", "es": "es"}

@dataclass
class _State:
    language: str = ""  # "" until apply() has run
    override: str | None = None  # from --lang
    fonts: dict[str, str] | None = None  # font file → family, once registered


_state = _State()
_translators: list[QTranslator] = []


def set_override(code: str) -> None:
    """`madoguchi --lang CODE`: this language for the whole run, whoever logs in."""
    _state.override = check_language(code)


def override() -> str | None:
    return _state.override


def system_language() -> str:
    return from_locale_name(QLocale.system().name())


def login_language(settings: QSettings | None = None) -> str:
    """The language the login screen opens in: --lang, else the last one chosen on this
    computer, else the system's."""
    saved = (settings or QSettings()).value(LAST_LANGUAGE_KEY, "")
    return override() or (saved if isinstance(saved, str) and saved in LANGUAGES
                          else system_language())


def remember_login_language(code: str, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    settings.setValue(LAST_LANGUAGE_KEY, code)
    settings.sync()


def user_language(saved: str, chosen: str) -> str:
    """After a login: --lang, else the user's own setting, else what they chose to log in."""
    return override() or (saved if saved in LANGUAGES else chosen)


def current() -> str:
    return _state.language or DEFAULT


def locale_for(code: str) -> QLocale:
    return QLocale(LANGUAGES[code][1])


def apply(code: str) -> None:
    """Install the translators for `code` and make its locale the default. Widgets that
    exist get a LanguageChange event; windows built afterwards come up in the language."""
    check_language(code)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply() needs a QApplication")
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    own = qm_file(code)
    candidates = [own] if own is not None else []
    if code in QT_NAMES:
        candidates.append(Path(qt_dir) / f"qtbase_{QT_NAMES[code]}.qm")
    for path in candidates:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _translators.append(translator)
    QLocale.setDefault(locale_for(code))
    _state.language = code
    _set_font(code)


def qm_file(code: str) -> Path | None:
    """Madoguchi's compiled translation for `code`: the installed package's, else the
    source checkout's; None when there is none (English needs none)."""
    name = f"madoguchi_{code}.qm"
    packaged = Path(__file__).resolve().parent / PACKAGE_DIR / name
    if packaged.is_file():
        return packaged
    beside = I18N_DIR / name
    return beside if beside.is_file() else None


def translate_in(code: str, context: str, text: str) -> str:
    """`text` in the language `code`, whatever the window's language (text for a resident
    in their own language, also a code-list language such as 'pt' or 'ja-x-easy'); English
    when Madoguchi has no translation for it."""
    ui_code = ui_language_of_text(code)
    if ui_code is None:
        return text
    code = ui_code
    translator = QTranslator()
    path = qm_file(code)
    if path is None or not translator.load(str(path)):
        return text
    return translator.translate(context, text) or text


def loaded_files() -> list[str]:
    return [t.filePath() for t in _translators]


def register_fonts() -> dict[str, str]:
    """Register the shipped fonts once; file name → family name."""
    if _state.fonts is not None:
        return _state.fonts
    families: dict[str, str] = {}
    for path in sorted(FONT_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families[path.name] = QFontDatabase.applicationFontFamilies(font_id)[0]
    _state.fonts = families
    return families


def fallback_families(code: str) -> list[str]:
    """Shipped families to try after the system's UI font, for text in any script. The
    Japanese font is left out for Chinese, whose Han characters should come from a Chinese
    system font rather than in Japanese letterforms."""
    families = register_fonts()
    order = ["NotoSans-Regular.ttf", "ipaexg.ttf", "NotoSansThai-Regular.ttf",
             "NotoSansMyanmar-Regular.ttf", "NotoSansDevanagari-Regular.ttf"]
    if code == "zh_CN":
        order.remove("ipaexg.ttf")
    return [families[name] for name in order if name in families]


def _set_font(code: str) -> None:
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        return
    base = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font = QFont(QGuiApplication.font())
    font.setFamilies([base.family(), *fallback_families(code)])
    QGuiApplication.setFont(font)


def name_collation() -> Callable[[str, str], int]:
    """A comparison for SQLite's COLLATE, ordering names as the UI language does."""
    collator = QCollator(locale_for(current()))
    collator.setNumericMode(True)
    collator.setCaseSensitivity(collator.caseSensitivity().CaseInsensitive)

    def compare(a: str, b: str) -> int:
        return collator.compare(a, b)

    return compare


def sort_names(names: list[str]) -> list[str]:
    return sorted(names, key=cmp_to_key(name_collation()))


def reset() -> None:
    """Back to no translation and the English locale (for tests that switch languages)."""
    app = QCoreApplication.instance()
    for translator in _translators:
        if app is not None:
            app.removeTranslator(translator)
    _translators.clear()
    QLocale.setDefault(QLocale(LANGUAGES[DEFAULT][1]))
    _state.language = ""
    _state.override = None
