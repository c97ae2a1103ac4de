"""Japanese era (和暦) labels for dates, months and fiscal years."""

from __future__ import annotations

from datetime import date

from app.dates import ERAS


def _era(day: date) -> tuple[str, int]:
    for start, name, _letter in ERAS:
        if day >= start:
            return name, day.year - start.year + 1
    raise ValueError(f"no era for {day}")


def _year(number: int) -> str:
    return "元" if number == 1 else str(number)


def era_date(day: date) -> str:
    """2019-04-30 → 平成31年4月30日; 2019-05-01 → 令和元年5月1日."""
    name, year = _era(day)
    return f"{name}{_year(year)}年{day.month}月{day.day}日"


def era_month(year: int, month: int) -> str:
    """The era of the month's last day: May 2019 is 令和元年5月, April 2019 平成31年4月."""
    name, number = _era(date(year, month, 28))
    return f"{name}{_year(number)}年{month}月"


def fiscal_year_label(fiscal_year: int) -> str:
    """FY2026 → 令和8年度: the era year of the calendar year in which the fiscal year
    starts, as that year is known in the end (2019 is 令和元年, so FY2019 is 令和元年度 even
    though April 2019 was still 平成31年)."""
    name, number = _era(date(fiscal_year, 12, 31))
    return f"{name}{_year(number)}年度"
