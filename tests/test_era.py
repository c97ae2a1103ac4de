from __future__ import annotations

from datetime import date

from app.reports.era import era_date, era_month, fiscal_year_label


def test_fiscal_year_labels() -> None:
    assert fiscal_year_label(2026) == "令和8年度"
    assert fiscal_year_label(2019) == "令和元年度"
    assert fiscal_year_label(2020) == "令和2年度"
    assert fiscal_year_label(2018) == "平成30年度"
    assert fiscal_year_label(1989) == "平成元年度"
    assert fiscal_year_label(1988) == "昭和63年度"


def test_era_change_on_2019_05_01() -> None:
    assert era_date(date(2019, 4, 30)) == "平成31年4月30日"
    assert era_date(date(2019, 5, 1)) == "令和元年5月1日"
    assert era_month(2019, 4) == "平成31年4月"
    assert era_month(2019, 5) == "令和元年5月"
    assert era_date(date(2026, 11, 27)) == "令和8年11月27日"
    assert era_date(date(1989, 1, 7)) == "昭和64年1月7日"
    assert era_date(date(1989, 1, 8)) == "平成元年1月8日"
