"""Japan local time. Event dates are Asia/Tokyo; month and fiscal year come from the local date."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

JST = ZoneInfo("Asia/Tokyo")


def now_local() -> datetime:
    return datetime.now(JST)


def today_local() -> date:
    return now_local().date()


def to_local(moment: datetime) -> datetime:
    """An aware datetime in Japan time. A naive one is taken as already local."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=JST)
    return moment.astimezone(JST)


def fiscal_year(day: date) -> int:
    """Japanese fiscal year (April–March): 2027-03-31 is FY2026, 2027-04-01 is FY2027."""
    return day.year if day.month >= 4 else day.year - 1


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def local_minute(moment: datetime) -> str:
    """'YYYY-MM-DDTHH:MM' in Japan time, the stored form of an event time."""
    return to_local(moment).strftime("%Y-%m-%dT%H:%M")


def utc_stamp() -> str:
    """Audit timestamp (created_at / updated_at), UTC with microseconds."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
