from __future__ import annotations

import contextlib
from datetime import date, datetime, time

from hypothesis import given, settings
from hypothesis import strategies as st

from app import validation as v
from app.records import Accompaniment, Consultation, Resident, Session


class AllCodes:
    """Every code exists except those starting with 'bad'."""

    def has(self, list_name: str, code: str) -> bool:
        return not code.startswith("bad")


CODES = AllCodes()
TODAY = date(2026, 11, 27)


@given(st.integers(0, 9999), st.integers(0, 13), st.integers(0, 32))
def test_parse_date_accepts_exactly_the_real_dates(y: int, m: int, d: int) -> None:
    text = f"{y:04d}-{m:02d}-{d:02d}"
    try:
        expected = date(y, m, d).isoformat()
    except ValueError:
        expected = None
    try:
        got = v.parse_date(text)
    except ValueError:
        got = None
    assert got == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_parse_date_understands_japanese_forms(day: date) -> None:
    iso = day.isoformat()
    full_width = iso.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    for form in (iso, f"{day.year}/{day.month}/{day.day}",
                 f"{day.year}年{day.month}月{day.day}日", full_width.replace("－", "/")):
        assert v.parse_date(form) == iso


@given(st.times())
def test_parse_time_round_trips(moment: time) -> None:
    assert v.parse_time(moment.strftime("%H:%M")) == moment.strftime("%H:%M")


@given(st.text(max_size=20))
def test_parsers_raise_only_value_error(text: str) -> None:
    for parse in (v.parse_date, v.parse_time, v.parse_datetime):
        with contextlib.suppress(ValueError):
            parse(text)


@given(st.times(), st.times())
def test_time_back_before_time_out_is_always_an_error(out: time, back: time) -> None:
    a = Accompaniment(date="2026-11-20", destination_kind="hospital", resident_id=1,
                      time_out=out.strftime("%H:%M"), time_back=back.strftime("%H:%M"))
    errors = v.validate_accompaniment(a, CODES)
    assert ("time_back" in errors) == (back.strftime("%H:%M") < out.strftime("%H:%M"))


@settings(max_examples=200)
@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1)),
       st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1))),
       st.integers(-10, 2000))
def test_consultation_dates_and_minutes(when: datetime, follow: date | None,
                                        minutes: int) -> None:
    c = Consultation(occurred_at=when.strftime("%Y-%m-%dT%H:%M"), language="vi",
                     channel="desk", topics=["medical"], resident_id=1, minutes=minutes,
                     follow_up_date=follow.isoformat() if follow else None)
    errors = v.validate_consultation(c, CODES)
    assert ("minutes" in errors) == (not 0 <= minutes <= 1440)
    assert ("follow_up_date" in errors) == (follow is not None and follow < when.date())
    assert "occurred_at" not in errors


def test_required_and_impossible_fields() -> None:
    errors = v.validate_consultation(Consultation(), CODES)
    assert errors["occurred_at"] == v.REQUIRED
    assert errors["language"] == v.REQUIRED
    assert errors["channel"] == v.REQUIRED
    assert errors["topics"] == v.NEED_TOPIC
    assert errors["resident_id"] == v.NEED_RESIDENT_OR_NATIONALITY
    bad = Consultation(occurred_at="2026-02-30T10:00", language="bad", channel="desk",
                       topics=["bad_topic"], nationality="VN")
    errors = v.validate_consultation(bad, CODES)
    assert errors == {"occurred_at": v.BAD_DATETIME, "language": v.UNKNOWN_CODE,
                      "topics": v.UNKNOWN_CODE}


def test_resident_rules() -> None:
    errors = v.validate_resident(Resident(), CODES, TODAY)
    assert errors == {"family_name": v.NEED_A_NAME, "nationality": v.REQUIRED}
    r = Resident(nationality="VN", given_name="Lan", kana="ぐえん", arrival_date="2027-01-01",
                 consent_date="2026-13-01")
    errors = v.validate_resident(r, CODES, TODAY)
    assert errors == {"kana": v.NEED_KATAKANA, "arrival_date": v.IN_FUTURE,
                      "consent_date": v.BAD_DATE}
    assert v.validate_resident(Resident(nationality="VN", given_name="Lan", kana="グエン ラン"),
                               CODES, TODAY) == {}


@given(st.dictionaries(st.sampled_from(["VN", "PH", "bad"]), st.integers(-5, 200_000)))
def test_session_headcounts(heads: dict[str, int]) -> None:
    errors = v.validate_session(Session(date="2026-11-01", kind="japanese_class",
                                        headcounts=heads), CODES)
    expected = "bad" in heads or any(n <= 0 or n > 100_000 for n in heads.values())
    assert ("headcounts" in errors) == expected
