"""Dates as people write them at a Japanese desk, read into ISO dates.

Accepted: 2026-12-10, 2026/12/10, 2026.12.10, 2026年12月10日; the Japanese era as 令和8年
12月10日, 令和元年5月1日, R8.12.10, H31.4.30, S64/1/7; full-width digits; a year of one or two
digits (8/12/10), read in the era when the user shows era dates, else as 20xx; a day without
a year (12/10), read as this year in Japan; and the order of the user's locale (10/12/2026
for a day-first locale such as Vietnamese, 12/10/2026 for a month-first one). A four-digit
first number is always the year. Anything else, or a day that does not exist (R7.2.30, a
Reiwa date before 2019-05-01), is a ValueError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import jaconv

# (first day, kanji, letter); each era ends the day before the next one began.
ERAS = ((date(2019, 5, 1), "令和", "R"), (date(1989, 1, 8), "平成", "H"),
        (date(1926, 12, 25), "昭和", "S"), (date(1912, 7, 30), "大正", "T"),
        (date(1868, 1, 25), "明治", "M"))
ORDERS = ("ymd", "dmy", "mdy")

_ERA_TEXT = re.compile(
    r"^(?P<era>令和|平成|昭和|大正|明治|[RHSTMrhstm])\.?\s*(?P<y>\d{1,2}|元)\s*[年./\-]\s*"
    r"(?P<m>\d{1,2})\s*[月./\-]\s*(?P<d>\d{1,2})\s*日?$")
_NUMBERS = re.compile(r"^(\d{1,4})\s*[年./\-]\s*(\d{1,2})\s*(?:[月./\-]\s*(\d{1,4})\s*)?日?$")


@dataclass(frozen=True)
class DateStyle:
    """How this user writes dates: their locale's order, and whether they see era dates."""
    order: str = "ymd"
    era: bool = False


def _unify(text: str) -> str:
    text = jaconv.z2h(text.strip(), kana=False, ascii=True, digit=True)
    return text.replace("　", " ").replace("／", "/")


def era_to_date(era: str, year: int, month: int, day: int) -> date:
    names = {name: i for i, (_s, name, _l) in enumerate(ERAS)}
    names.update({letter: i for i, (_s, _n, letter) in enumerate(ERAS)})
    index = names[era.upper() if len(era) == 1 else era]
    start = ERAS[index][0]
    found = date(start.year + year - 1, month, day)
    end = ERAS[index - 1][0] if index > 0 else None
    if found < start or (end is not None and found >= end):
        raise ValueError(f"{era}{year}: not in that era")
    return found


def parse(text: str, style: DateStyle = DateStyle(), today: date | None = None) -> date:
    """The date `text` means, or ValueError."""
    unified = _unify(text)
    if not unified:
        raise ValueError(text)
    match = _ERA_TEXT.match(unified)
    if match:
        year = 1 if match["y"] == "元" else int(match["y"])
        return era_to_date(match["era"], year, int(match["m"]), int(match["d"]))
    match = _NUMBERS.match(unified)
    if not match:
        raise ValueError(text)
    first, second, third = match[1], match[2], match[3]
    today = today or date.today()
    if third is None:  # a day of this year: 12/10, or 10/12 where the day comes first
        if len(first) > 2:
            raise ValueError(text)
        month, day = (int(second), int(first)) if style.order == "dmy" else (
            int(first), int(second))
        return date(today.year, month, day)
    if len(first) == 4 or (style.order == "ymd" and len(third) <= 2):
        year_text, month, day = first, int(second), int(third)
    elif style.order == "dmy":
        year_text, month, day = third, int(second), int(first)
    elif style.order == "mdy":
        year_text, month, day = third, int(first), int(second)
    else:
        raise ValueError(text)
    if len(year_text) == 4:
        return date(int(year_text), month, day)
    if len(year_text) > 2:
        raise ValueError(text)
    if style.era:
        start = next(s for s, _n, _l in ERAS if today >= s)
        era = next(n for s, n, _l in ERAS if s == start)
        return era_to_date(era, int(year_text), month, day)
    return date(2000 + int(year_text), month, day)


def parse_iso(text: str, style: DateStyle = DateStyle(), today: date | None = None) -> str:
    return parse(text, style, today).isoformat()


def holidays(year: int, month: int) -> list[tuple[date, str]]:
    """Japan's public holidays in a month, with their names (jpholiday)."""
    import jpholiday

    return [(day, str(name)) for day, name in jpholiday.month_holidays(year, month)]
