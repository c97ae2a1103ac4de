"""Form and import validators. Pure functions: a record in, {field: message} out.

Messages are English source strings; the window translates them (context "validation").
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import Protocol

import jaconv

from app import dates
from app.codes import STATUSES
from app.marks import QT_TRANSLATE_NOOP
from app.records import Accompaniment, BridgePerson, Consultation, Organisation, Resident, Session

REQUIRED = QT_TRANSLATE_NOOP("validation", "Required.")
BAD_DATE = QT_TRANSLATE_NOOP("validation", "Not a real date (use YYYY-MM-DD).")
BAD_TIME = QT_TRANSLATE_NOOP("validation", "Not a real time (use HH:MM).")
BAD_DATETIME = QT_TRANSLATE_NOOP(
    "validation", "Not a real date and time (use YYYY-MM-DD HH:MM; in a file, "
    "YYYY-MM-DDTHH:MM).")
UNKNOWN_CODE = QT_TRANSLATE_NOOP("validation", "Not in the code list.")
IN_FUTURE = QT_TRANSLATE_NOOP("validation", "Lies in the future.")
BACK_BEFORE_OUT = QT_TRANSLATE_NOOP("validation", "Time back is before time out.")
FOLLOW_UP_BEFORE = QT_TRANSLATE_NOOP("validation", "Follow-up date is before the event.")
NEED_A_NAME = QT_TRANSLATE_NOOP("validation", "Enter a name in native script or in Latin letters.")
NEED_KATAKANA = QT_TRANSLATE_NOOP("validation", "Use katakana only.")
BAD_CARD_NUMBER = QT_TRANSLATE_NOOP(
    "validation", "A residence card number is 2 letters, 8 digits and 2 letters "
    "(AB12345678CD).")
NEED_TOPIC = QT_TRANSLATE_NOOP("validation", "Choose at least one topic.")
NEED_RESIDENT_OR_NATIONALITY = QT_TRANSLATE_NOOP(
    "validation", "Choose a resident, or the nationality for an anonymous record.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("validation", "Out of range.")
BAD_EMAIL = QT_TRANSLATE_NOOP("validation", "Not an email address.")

_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_KATAKANA = re.compile(r"^[\u30A0-\u30FF\u31F0-\u31FF\u3000\s・ー]*$")
_CARD_NUMBER = re.compile(r"^[A-Z]{2}[0-9]{8}[A-Z]{2}$")


class Codes(Protocol):
    def has(self, list_name: str, code: str) -> bool: ...


def parse_date(text: str) -> str:
    """'2026/11/7', '２０２６-11-07', '2026年11月7日', '令和8年11月7日', 'R8.11.7' →
    '2026-11-07'. ValueError if not real. Forms read the user's own order (app.dates)."""
    return dates.parse_iso(text)


def parse_time(text: str) -> str:
    """'9:05', '０９：０５' → '09:05'. ValueError if not a real time of day."""
    unified = jaconv.z2h(text.strip(), kana=False, ascii=True, digit=True)
    match = _TIME.match(unified)
    if not match:
        raise ValueError(text)
    return time(int(match[1]), int(match[2])).strftime("%H:%M")


def parse_datetime(text: str) -> str:
    """'2026-11-07 9:05' or '2026-11-07T09:05' → '2026-11-07T09:05'."""
    unified = jaconv.z2h(text.strip(), kana=False, ascii=True, digit=True).replace("T", " ")
    parts = unified.split()
    if len(parts) != 2:
        raise ValueError(text)
    return f"{parse_date(parts[0])}T{parse_time(parts[1])}"


def _check_date(errors: dict[str, str], name: str, value: str | None, *,
                required: bool = False, not_after: date | None = None) -> None:
    if not value:
        if required:
            errors[name] = REQUIRED
        return
    try:
        normal = parse_date(value)
    except ValueError:
        errors[name] = BAD_DATE
        return
    if normal != value:
        errors[name] = BAD_DATE
    elif not_after is not None and date.fromisoformat(normal) > not_after:
        errors[name] = IN_FUTURE


def _check_time(errors: dict[str, str], name: str, value: str | None) -> None:
    if value:
        try:
            if parse_time(value) != value:
                errors[name] = BAD_TIME
        except ValueError:
            errors[name] = BAD_TIME


def _check_code(errors: dict[str, str], codes: Codes, name: str, list_name: str,
                value: str | None, *, required: bool = False) -> None:
    if not value:
        if required:
            errors[name] = REQUIRED
    elif not codes.has(list_name, value):
        errors[name] = UNKNOWN_CODE


def _check_codes(errors: dict[str, str], codes: Codes, name: str, list_name: str,
                 values: list[str]) -> None:
    if any(not codes.has(list_name, v) for v in values):
        errors[name] = UNKNOWN_CODE


def _check_follow_up(errors: dict[str, str], value: str | None, event_day: str | None) -> None:
    _check_date(errors, "follow_up_date", value)
    if value and event_day and "follow_up_date" not in errors and value < event_day:
        errors["follow_up_date"] = FOLLOW_UP_BEFORE


def validate_resident(r: Resident, codes: Codes, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not any(s.strip() for s in (r.family_name, r.given_name, r.family_name_latin,
                                   r.given_name_latin)):
        errors["family_name"] = NEED_A_NAME
    if r.kana and not _KATAKANA.match(r.kana):
        errors["kana"] = NEED_KATAKANA
    _check_code(errors, codes, "nationality", "nationality", r.nationality, required=True)
    _check_codes(errors, codes, "languages", "language", r.languages)
    _check_code(errors, codes, "residence_status", "residence_status", r.residence_status)
    _check_date(errors, "arrival_date", r.arrival_date, not_after=today)
    _check_date(errors, "consent_date", r.consent_date, not_after=today)
    _check_code(errors, codes, "consent_method", "consent_method", r.consent_method)
    _check_date(errors, "birth_date", r.birth_date, not_after=today)
    _check_date(errors, "card_expiry", r.card_expiry)
    if r.card_number and not _CARD_NUMBER.match(r.card_number):
        errors["card_number"] = BAD_CARD_NUMBER
    if any(not codes.has("sns_app", c.app) or not c.handle.strip() for c in r.sns):
        errors["sns"] = REQUIRED
    if any(not codes.has("relation", link.relation) for link in r.links):
        errors["links"] = UNKNOWN_CODE
    return errors


def validate_consultation(c: Consultation, codes: Codes) -> dict[str, str]:
    errors: dict[str, str] = {}
    day = None
    if not c.occurred_at:
        errors["occurred_at"] = REQUIRED
    else:
        try:
            if parse_datetime(c.occurred_at) != c.occurred_at:
                raise ValueError(c.occurred_at)
            day = c.occurred_at[:10]
        except ValueError:
            errors["occurred_at"] = BAD_DATETIME
    if not 0 <= c.minutes <= 24 * 60:
        errors["minutes"] = OUT_OF_RANGE
    if c.resident_id is None and not c.nationality:
        errors["resident_id"] = NEED_RESIDENT_OR_NATIONALITY
    _check_code(errors, codes, "nationality", "nationality", c.nationality)
    _check_code(errors, codes, "language", "language", c.language, required=True)
    _check_code(errors, codes, "channel", "channel", c.channel, required=True)
    _check_code(errors, codes, "sns_app", "sns_app", c.sns_app)
    _check_code(errors, codes, "interpreter", "interpreter", c.interpreter, required=True)
    if not c.topics:
        errors["topics"] = NEED_TOPIC
    else:
        _check_codes(errors, codes, "topics", "topic", c.topics)
    if c.status not in STATUSES:
        errors["status"] = UNKNOWN_CODE
    _check_follow_up(errors, c.follow_up_date, day)
    return errors


def validate_accompaniment(a: Accompaniment, codes: Codes) -> dict[str, str]:
    errors: dict[str, str] = {}
    _check_date(errors, "date", a.date, required=True)
    if a.resident_id is None:
        errors["resident_id"] = REQUIRED
    _check_code(errors, codes, "destination_kind", "destination_kind", a.destination_kind,
                required=True)
    _check_time(errors, "time_out", a.time_out)
    _check_time(errors, "time_back", a.time_back)
    if (a.time_out and a.time_back and "time_out" not in errors and "time_back" not in errors
            and a.time_back < a.time_out):
        errors["time_back"] = BACK_BEFORE_OUT
    if not 0 <= a.distance_km <= 5000:
        errors["distance_km"] = OUT_OF_RANGE
    if not 0 <= a.transport_cost <= 10_000_000:
        errors["transport_cost"] = OUT_OF_RANGE
    _check_code(errors, codes, "interpreter", "interpreter", a.interpreter)
    _check_follow_up(errors, a.follow_up_date, a.date if "date" not in errors else None)
    return errors


def validate_session(s: Session, codes: Codes) -> dict[str, str]:
    errors: dict[str, str] = {}
    _check_date(errors, "date", s.date, required=True)
    _check_time(errors, "start_time", s.start_time)
    _check_code(errors, codes, "kind", "session_kind", s.kind, required=True)
    _check_codes(errors, codes, "topics", "session_topic", s.topics)
    _check_codes(errors, codes, "languages", "language", s.languages)
    if "" in s.headcounts:
        errors["headcounts"] = QT_TRANSLATE_NOOP(
            "validation", "Choose the nationality of each row of unregistered attendees.")
    elif any(not codes.has("nationality", n) for n in s.headcounts):
        errors["headcounts"] = UNKNOWN_CODE
    elif any(n <= 0 or n > 100_000 for n in s.headcounts.values()):
        errors["headcounts"] = OUT_OF_RANGE
    return errors


def validate_organisation(o: Organisation, codes: Codes) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not o.name.strip():
        errors["name"] = REQUIRED
    _check_code(errors, codes, "kind", "org_kind", o.kind, required=True)
    _check_codes(errors, codes, "languages", "language", o.languages)
    if o.email and not _EMAIL.match(o.email):
        errors["email"] = BAD_EMAIL
    return errors


def validate_bridge_person(b: BridgePerson, codes: Codes) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not b.name.strip():
        errors["name"] = REQUIRED
    _check_codes(errors, codes, "languages", "language", b.languages)
    if b.email and not _EMAIL.match(b.email):
        errors["email"] = BAD_EMAIL
    if any(not codes.has("sns_app", c.app) or not c.handle.strip() for c in b.sns):
        errors["sns"] = REQUIRED
    return errors
