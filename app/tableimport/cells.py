"""What one cell of an old log means: a date, a person's name, a list of topics.

Each reader returns a value or raises CellProblem with a message template (context
"errors") for the preview; it never guesses a value that is not in the cell."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import jaconv

from app.dates import ERAS as DATE_ERAS
from app.marks import QT_TRANSLATE_NOOP
from app.search import normalise

NOT_A_DATE = QT_TRANSLATE_NOOP("errors", "'%1' is not a date.")
NO_SUCH_DATE = QT_TRANSLATE_NOOP("errors", "'%1' is a date that does not exist.")
NO_DATE = QT_TRANSLATE_NOOP("errors", "The date is empty.")
NO_YEAR = QT_TRANSLATE_NOOP(
    "errors", "'%1' has no year, and the sheet's title names no 年度: set the fiscal year in "
    "the mapping.")

# (name, short name, first day, last day). A date outside its era's days does not exist.
ERAS = tuple((name, letter, first, (DATE_ERAS[i - 1][0] - timedelta(days=1)) if i else date.max)
             for i, (first, name, letter) in enumerate(DATE_ERAS))
_ERA_YEAR0 = {name: first.year - 1 for name, _s, first, _l in ERAS}
_ERA_YEAR0 |= {short: first.year - 1 for _n, short, first, _l in ERAS}
_ERA_RANGE = {key: (first, last) for name, short, first, last in ERAS for key in (name, short)}
_TIME = r"(?:\s*[T\s]\s*(\d{1,2})\s*[:時]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2}(?:\.\d+)?))?\s*秒?)?"
_WEEKDAY = r"\s*(?:\([^)]{1,3}\))?"  # 2025/4/3(木)
_ERA_DATE = re.compile(r"^(令和|平成|昭和|[RHS])\s*(元|\d{1,2})\s*[年./\-]\s*(\d{1,2})\s*"
                       r"[月./\-]\s*(\d{1,2})\s*日?" + _WEEKDAY + _TIME + r"$", re.IGNORECASE)
_WESTERN = re.compile(r"^(\d{4})\s*[年./\-]\s*(\d{1,2})\s*[月./\-]\s*(\d{1,2})\s*日?"
                      + _WEEKDAY + _TIME + r"$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[月/.]\s*(\d{1,2})\s*日?" + _WEEKDAY + _TIME + r"$")
_FISCAL = re.compile(r"(令和|平成|[RH])\s*(元|\d{1,2})\s*年度|(\d{4})\s*年度")
EXCEL_EPOCH = date(1899, 12, 30)
# Excel serial numbers read as dates: 1954 … 2119. Outside that a number is not a date here.
SERIAL_RANGE = (20_000, 80_000)


class CellProblem(Exception):
    """A cell that cannot be read as asked. `template` has the cell text as %1."""

    def __init__(self, template: str, *params: object) -> None:
        super().__init__(template)
        self.template = template
        self.params = params


def text_of(value: Any) -> str:
    """A cell as text: numbers without a trailing '.0', dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value).strip()


def parse_when(value: Any, fiscal_year: int | None = None) -> tuple[str, str | None]:
    """A cell → ('YYYY-MM-DD', 'HH:MM' or None). Excel dates and serial numbers, 和暦
    (R7.4.3, 令和7年4月3日, 令和元年5月1日, H31.4.30), 2025/4/3, 2025-04-03, 2025年4月3日,
    full-width digits, and date-times. A day without a year (4/3, 4月3日) takes its year from
    `fiscal_year` (April–March), the 年度 of the sheet; without one it is a problem."""
    if isinstance(value, datetime):
        return value.date().isoformat(), _hhmm(value.time())
    if isinstance(value, date):
        return value.isoformat(), None
    if isinstance(value, bool):
        raise CellProblem(NOT_A_DATE, value)
    if isinstance(value, int | float):
        return _serial(value)
    text = unicodedata.normalize("NFKC", text_of(value)).strip()
    if not text:
        raise CellProblem(NO_DATE)
    if text.isdigit() and len(text) == 5:
        return _serial(int(text))
    shown = text[:40]
    match = _ERA_DATE.match(text)
    if match:
        era = match[1].upper() if len(match[1]) == 1 else match[1]
        number = 1 if match[2] == "元" else int(match[2])
        day = _real_date(_ERA_YEAR0[era] + number, int(match[3]), int(match[4]), shown)
        first, last = _ERA_RANGE[era]
        if number == 0 or not first <= day <= last:
            raise CellProblem(NO_SUCH_DATE, shown)
        return day.isoformat(), _time_of(match, 5, shown)
    match = _WESTERN.match(text) or _COMPACT.match(text)
    if match:
        day = _real_date(int(match[1]), int(match[2]), int(match[3]), shown)
        return day.isoformat(), _time_of(match, 4, shown) if match.re is _WESTERN else None
    match = _MONTH_DAY.match(text)
    if match and fiscal_year is None:
        raise CellProblem(NO_YEAR, shown)
    if match and fiscal_year is not None:
        month = int(match[1])
        day = _real_date(fiscal_year + (month < 4), month, int(match[2]), shown)
        return day.isoformat(), _time_of(match, 3, shown)
    raise CellProblem(NOT_A_DATE, shown)


def fiscal_year_in(*texts: str) -> int | None:
    """The fiscal year a title names: 令和7年度 → 2025, H30年度 → 2018, 2025年度 → 2025."""
    for text in texts:
        match = _FISCAL.search(unicodedata.normalize("NFKC", text))
        if match and match[3]:
            return int(match[3])
        if match:
            era = match[1].upper() if len(match[1]) == 1 else match[1]
            return _ERA_YEAR0[era] + (1 if match[2] == "元" else int(match[2]))
    return None


def _real_date(year: int, month: int, day: int, shown: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise CellProblem(NO_SUCH_DATE, shown) from None


def _time_of(match: re.Match[str], first: int, shown: str) -> str | None:
    if match[first] is None:
        return None
    try:
        moment = time(int(match[first]), int(match[first + 1]))
    except ValueError:
        raise CellProblem(NO_SUCH_DATE, shown) from None
    return _hhmm(moment)


def parse_time_cell(value: Any) -> str:
    """A time cell → 'HH:MM': an Excel time (a fraction of a day, or a time), 9:30, ９時３０分."""
    if isinstance(value, datetime):
        value = value.time()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float | int) and not isinstance(value, bool) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return time(minutes // 60 % 24, minutes % 60).strftime("%H:%M")
    text = unicodedata.normalize("NFKC", text_of(value)).replace("時", ":").rstrip("分")
    match = re.fullmatch(r"\s*(\d{1,2})\s*:\s*(\d{1,2})(?::\d{1,2})?\s*", text)
    if not match:
        raise ValueError(text)
    return time(int(match[1]), int(match[2])).strftime("%H:%M")


def _hhmm(moment: time) -> str | None:
    return None if moment == time(0, 0) else moment.strftime("%H:%M")


def _serial(number: float) -> tuple[str, str | None]:
    if not SERIAL_RANGE[0] <= number <= SERIAL_RANGE[1]:
        raise CellProblem(NOT_A_DATE, text_of(number))
    whole = int(number)
    minutes = round((number - whole) * 24 * 60)
    moment = datetime.combine(EXCEL_EPOCH + timedelta(days=whole), time()) + timedelta(
        minutes=minutes)
    return moment.date().isoformat(), _hhmm(moment.time())


# ------------------------------------------------------------------ names

ANONYMOUS_MARKS = ("匿名", "不明", "名前なし", "anonymous")
_BRACKETS = re.compile(r"^(.*?)\s*[（(【\[](.+?)[)）】\]]\s*$")
_KATAKANA = re.compile(r"^[\u30A0-\u30FF\u31F0-\u31FF\uFF65-\uFF9F\s・･=＝ー\-]+$")
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\s.'\-,]+$")
_KANA_SEPARATORS = re.compile(r"[\s・･=＝\-]+")
_HONORIFIC = re.compile(r"\s*(?:様|さま|さん|氏|殿)$")


@dataclass(frozen=True)
class Name:
    """A person's name as written in a log: katakana, Latin, or another script."""

    kana: str = ""
    latin: str = ""
    other: str = ""  # kanji, hangul, Thai…: kept as the native-script name

    def empty(self) -> bool:
        return not (self.kana or self.latin or self.other)

    def forms(self) -> list[str]:
        """The forms that identify the person: the search normalisation, with the parts of a
        name in any order (family name first or last)."""
        return list(_forms(self.kana, self.latin, self.other))


@functools.lru_cache(maxsize=65_536)
def _forms(kana: str, latin: str, other: str) -> tuple[str, ...]:
    found = []
    if kana:
        found.append("k:" + "".join(_KANA_SEPARATORS.split(_normal(kana))))
    if latin:
        found.append("l:" + " ".join(sorted(_normal(latin).replace(",", " ").split())))
    if other:
        found.append("o:" + "".join(_normal(other).split()))
    return tuple(found)


def forget() -> None:
    """Empty the memos of names and words once a preview is made: they hold people's names,
    which should not linger in memory after the import is done with them."""
    for memo in (_parse_name, value_key, _normal, _forms):
        memo.cache_clear()


def is_anonymous(*texts: str) -> bool:
    return any(mark in _normal(t) for t in texts if t for mark in ANONYMOUS_MARKS)


def parse_name(value: Any) -> Name:
    return _parse_name(text_of(value))


@functools.lru_cache(maxsize=65_536)
def _parse_name(value: str) -> Name:
    """「グエン・ヴァン・アン（Nguyen Van An）」 → kana and Latin; 'Nguyen Van An' → Latin;
    'グエン' → kana; anything else is the native-script name. 様, さん after a name go."""
    text = _HONORIFIC.sub("", unicodedata.normalize("NFKC", text_of(value)).strip())
    if not text:
        return Name()
    match = _BRACKETS.match(text)
    parts = [match[1], match[2]] if match and match[1] else [text]
    kana = latin = other = ""
    for part in (p.strip() for p in parts):
        if _KATAKANA.match(part) and not kana:
            kana = part.strip()
        elif _LATIN.match(part) and not latin:
            latin = " ".join(part.split())
        elif not other:
            other = part
    return Name(kana=kana, latin=latin, other=other)


def kana_only(text: str) -> str:
    """A katakana reading with its separators kept as the log wrote them (the field accepts
    katakana, spaces, ・ and ー)."""
    text = jaconv.hira2kata(unicodedata.normalize("NFKC", text))
    return text.replace("=", "・").replace("-", "ー")


# ------------------------------------------------------------------ topics and codes

_LIST_SEPARATORS = re.compile(r"[、,，/／;；\n\r]+")
_DOT = re.compile(r"[・･]")


def split_items(value: Any) -> list[str]:
    """病院、保険 / 年金・税 / lines → the items, in order, each once. A whole cell or a part
    that is itself a code label (税・年金) is tried before splitting it at ・ (see
    `ValueMap.codes`)."""
    text = unicodedata.normalize("NFKC", text_of(value))
    seen: list[str] = []
    for part in _LIST_SEPARATORS.split(text):
        part = part.strip()
        if part and part not in seen:
            seen.append(part)
    return seen


def split_dots(text: str) -> list[str]:
    return [p.strip() for p in _DOT.split(text) if p.strip()]


@functools.lru_cache(maxsize=65_536)
def value_key(text: str) -> str:
    """How a value is looked up in a value map: normalised, without spaces."""
    return "".join(normalise(text).split())


# A log repeats the same few hundred names and words thousands of times.
_normal = functools.lru_cache(maxsize=65_536)(normalise)
