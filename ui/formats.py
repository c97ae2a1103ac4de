"""Dates and numbers as the UI language writes them; in the Japanese window, dates in the
Japanese era (令和8年11月27日) when the user asked for that."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from app.reports.era import era_date
from ui import i18n

_options = {"era": False}


def use_era_dates(on: bool) -> None:
    _options["era"] = on


def era_dates() -> bool:
    """The era applies only to the Japanese window; the option is kept for the others."""
    return _options["era"] and i18n.current() == "ja"


def date_text(iso: str) -> str:
    """'2026-11-27' → '2026/11/27' (ja), '27/11/2026' (vi), '令和8年11月27日' (ja, era).
    Anything that is not a date comes back unchanged."""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    if era_dates():
        return era_date(day)
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:  # a two-digit year is ambiguous in records kept for years
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def datetime_text(value: str) -> str:
    """'2026-11-27 09:05' (or with T) → the date as date_text, then the 24-hour time."""
    text = value.replace("T", " ")
    day, _, rest = text.partition(" ")
    return f"{date_text(day)} {rest[:5]}".strip()


def when_text(value: str) -> str:
    """A date or a date and time, whichever `value` holds."""
    return datetime_text(value) if len(value) > 10 else date_text(value)


def number_text(value: int | float) -> str:
    return QLocale().toString(value)
