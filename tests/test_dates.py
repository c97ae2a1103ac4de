"""Dates as people write them (app/dates.py), and the date field that reads them in the
user's own order and shows what it read."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from app.dates import DateStyle, parse
from app.jptime import today_local

TODAY = date(2026, 12, 3)
YMD, DMY, MDY = DateStyle("ymd"), DateStyle("dmy"), DateStyle("mdy")
ERA = DateStyle("ymd", era=True)


@pytest.mark.parametrize(("text", "style", "expected"), [
    ("令和8年12月10日", YMD, date(2026, 12, 10)),
    ("令和元年5月1日", YMD, date(2019, 5, 1)),
    ("R8.12.10", YMD, date(2026, 12, 10)),
    ("r8/12/10", YMD, date(2026, 12, 10)),
    ("H31.4.30", YMD, date(2019, 4, 30)),
    ("平成31年4月30日", DMY, date(2019, 4, 30)),
    ("S64.1.7", YMD, date(1989, 1, 7)),
    ("8/12/10", ERA, date(2026, 12, 10)),  # the era is implied for a user of era dates
    ("26/12/10", YMD, date(2026, 12, 10)),
    ("2026/12/10", YMD, date(2026, 12, 10)),
    ("2026-12-10", DMY, date(2026, 12, 10)),  # a four-digit first number is the year
    ("2026年12月10日", MDY, date(2026, 12, 10)),
    ("２０２６／１２／１０", YMD, date(2026, 12, 10)),
    ("Ｒ８．１２．１０", YMD, date(2026, 12, 10)),
    ("12/10", YMD, date(2026, 12, 10)),  # this year
    ("12/10", MDY, date(2026, 12, 10)),
    ("10/12", DMY, date(2026, 12, 10)),
    ("10/12/2026", DMY, date(2026, 12, 10)),  # the Vietnamese CIR's order
    ("12/10/2026", MDY, date(2026, 12, 10)),
    ("10.12.2026", DMY, date(2026, 12, 10)),
])
def test_dates_as_people_write_them(text: str, style: DateStyle, expected: date) -> None:
    assert parse(text, style, TODAY) == expected


@pytest.mark.parametrize(("text", "style"), [
    ("R7.2.30", YMD),       # no such day
    ("R1.4.30", YMD),       # still 平成 then
    ("H32.1.1", YMD),       # 平成 had ended
    ("10/12/2026", YMD),    # a year-first user writing day first is not guessed
    ("2026/13/1", YMD),
    ("32/12", DMY),
    ("soon", YMD),
    ("", YMD),
])
def test_what_is_not_a_date_is_refused(text: str, style: DateStyle) -> None:
    with pytest.raises(ValueError):
        parse(text, style, TODAY)


@pytest.mark.parametrize(("lang", "typed", "shown"), [
    ("vi", "10/12/2026", "10/12/2026"),
    ("vi", "R8.12.10", "10/12/2026"),
    ("ja", "R8.12.10", "2026/12/10"),
    ("ja", "12/10", f"{today_local().year}/12/10"),
    ("en", "10/12/2026", "10/12/2026"),  # month first in English (US)
])
def test_the_date_field_reads_the_users_order_and_shows_what_it_read(
        qtbot: QtBot, lang: str, typed: str, shown: str) -> None:
    from ui import i18n
    from ui.widgets import DateField

    i18n.apply(lang)
    field = DateField()
    qtbot.addWidget(field)
    field.edit.setText(typed)
    value = field.value()
    assert value is not None and len(value) == 10
    assert field.read_as.text() in ("", f"→ {shown}")
    if typed != shown:
        assert field.read_as.text() == f"→ {shown}"
    field.set_value(value)
    assert field.edit.text() == shown, "forms show dates as the lists do"
    assert field.value() == value


def test_era_users_see_and_type_era_dates(qtbot: QtBot) -> None:
    from ui import formats, i18n
    from ui.widgets import DateField

    i18n.apply("ja")
    formats.use_era_dates(True)
    try:
        field = DateField()
        qtbot.addWidget(field)
        field.set_value("2026-12-10")
        assert field.edit.text() == "令和8年12月10日"
        field.edit.setText("8/12/10")
        assert field.value() == "2026-12-10"
        assert field.read_as.text() == "→ 令和8年12月10日"
    finally:
        formats.use_era_dates(False)


def test_the_calendar_marks_holidays_and_starts_the_week_as_the_locale_does(
        qtbot: QtBot) -> None:
    from PySide6.QtCore import QDate, Qt

    from ui import i18n
    from ui.widgets import HolidayCalendar

    i18n.apply("ja")
    calendar = HolidayCalendar()
    qtbot.addWidget(calendar)
    calendar.setCurrentPage(2026, 11)
    assert calendar.dateTextFormat(QDate(2026, 11, 3)).toolTip() == "文化の日"
    assert calendar.dateTextFormat(QDate(2026, 11, 4)).toolTip() == ""
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    i18n.apply("vi")
    assert HolidayCalendar().firstDayOfWeek() == Qt.DayOfWeek.Monday
