"""Form and import validators. Pure functions: a record in, {field: message} out.

Messages are English source strings; the window translates them (context "validation").
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import Protocol

import jaconv

from app import dates, kinds
from app.fields import CHILD_CODES, CODE, CODES, CONTACTS, DATE, DATETIME, TIME, Kind
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
NEED_TOPIC = kinds.NEED_TOPIC
NEED_RESIDENT_OR_NATIONALITY = QT_TRANSLATE_NOOP(
    "validation", "Choose a resident, or the nationality for an anonymous record.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("validation", "Out of range.")
BAD_EMAIL = QT_TRANSLATE_NOOP("validation", "Not an email address.")

_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_KATAKANA = re.compile(r"^[\u30A0-\u30FF\u31F0-\u31FF\u3000\s・ー]*$")
_CARD_NUMBER = re.compile(r"^[A-Z]{2}[0-9]{8}[A-Z]{2}$")
_CODE = re.compile(r"^[A-Za-z0-9_]*[A-Za-z0-9][A-Za-z0-9_]*$")
# Field.check → (pattern, message)
_CHECKS = {"email": (_EMAIL, BAD_EMAIL), "katakana": (_KATAKANA, NEED_KATAKANA),
           "card_number": (_CARD_NUMBER, BAD_CARD_NUMBER), "code": (_CODE, UNKNOWN_CODE)}


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


def _check_codes(errors: dict[str, str], codes: Codes, name: str, list_name: str,
                 values: list[str]) -> None:
    if any(not codes.has(list_name, v) for v in values):
        errors[name] = UNKNOWN_CODE


def _check_follow_up(errors: dict[str, str], value: str | None, event_day: str | None) -> None:
    _check_date(errors, "follow_up_date", value)
    if value and event_day and "follow_up_date" not in errors and value < event_day:
        errors["follow_up_date"] = FOLLOW_UP_BEFORE


def _empty(value: object) -> bool:
    if isinstance(value, str):
        return not value.strip()
    return value is None or value in ([], {})


def check_fields(kind: Kind, record: object, codes: Codes, today: date | None = None
                 ) -> dict[str, str]:
    """What the kind's definition (app/kinds.py) says of each field: required, code list,
    date and time forms, ranges, e-mail, katakana, card number, SNS contacts. A kind's own
    rules across fields are added by its validate_… function."""
    errors: dict[str, str] = {}
    for f in kind.fields:
        value = getattr(record, f.name)
        if f.choices is not None:  # a fixed list: an empty value is not in it either
            if value not in f.choices:
                errors[f.name] = f.invalid or UNKNOWN_CODE
            continue
        if f.type == CODE:
            if not value:
                if f.required:
                    errors[f.name] = REQUIRED
            elif f.code_list is not None and not codes.has(f.code_list, value):
                errors[f.name] = f.invalid or UNKNOWN_CODE
            continue
        if f.required and _empty(value):
            errors[f.name] = f.missing or REQUIRED
            continue
        if f.type in (CODES, CHILD_CODES) and f.code_list is not None:
            _check_codes(errors, codes, f.name, f.code_list, value)
        elif f.type == DATE:
            _check_date(errors, f.name, value, not_after=today if f.not_future else None)
        elif f.type == TIME:
            _check_time(errors, f.name, value)
        elif f.type == DATETIME and value:
            try:
                if parse_datetime(value) != value:
                    raise ValueError(value)
            except ValueError:
                errors[f.name] = BAD_DATETIME
        elif f.type == CONTACTS:
            if any(not codes.has(f.code_list or "sns_app", c.app) or not c.handle.strip()
                   for c in value):
                errors[f.name] = REQUIRED
        elif f.bounds is not None and not f.bounds[0] <= value <= f.bounds[1]:
            errors[f.name] = OUT_OF_RANGE
        elif f.check and value and not _CHECKS[f.check][0].match(value):
            errors[f.name] = f.invalid or _CHECKS[f.check][1]
    return errors


def _in_field_order(kind: Kind, errors: dict[str, str]) -> dict[str, str]:
    """Errors listed as the fields are (an import names the first)."""
    order = {f.name: i for i, f in enumerate(kind.fields)}
    return dict(sorted(errors.items(), key=lambda e: order.get(e[0], len(order))))


def validate_resident(r: Resident, codes: Codes, today: date) -> dict[str, str]:
    errors = check_fields(kinds.RESIDENT, r, codes, today)
    if not any(s.strip() for s in (r.family_name, r.given_name, r.family_name_latin,
                                   r.given_name_latin)):
        errors["family_name"] = NEED_A_NAME
    if any(not codes.has("relation", link.relation) for link in r.links):
        errors["links"] = UNKNOWN_CODE
    return _in_field_order(kinds.RESIDENT, errors)


def validate_consultation(c: Consultation, codes: Codes) -> dict[str, str]:
    errors = check_fields(kinds.CONSULTATION, c, codes)
    if c.resident_id is None and not c.nationality:
        errors["resident_id"] = NEED_RESIDENT_OR_NATIONALITY
    day = c.occurred_at[:10] if c.occurred_at and "occurred_at" not in errors else None
    _check_follow_up(errors, c.follow_up_date, day)
    return _in_field_order(kinds.CONSULTATION, errors)


def validate_accompaniment(a: Accompaniment, codes: Codes) -> dict[str, str]:
    errors = check_fields(kinds.ACCOMPANIMENT, a, codes)
    if (a.time_out and a.time_back and "time_out" not in errors and "time_back" not in errors
            and a.time_back < a.time_out):
        errors["time_back"] = BACK_BEFORE_OUT
    _check_follow_up(errors, a.follow_up_date, a.date if "date" not in errors else None)
    return _in_field_order(kinds.ACCOMPANIMENT, errors)


def validate_session(s: Session, codes: Codes) -> dict[str, str]:
    errors = check_fields(kinds.SESSION, s, codes)
    if "" in s.headcounts:
        errors["headcounts"] = QT_TRANSLATE_NOOP(
            "validation", "Choose the nationality of each row of unregistered attendees.")
    elif any(not codes.has("nationality", n) for n in s.headcounts):
        errors["headcounts"] = UNKNOWN_CODE
    elif any(n <= 0 or n > 100_000 for n in s.headcounts.values()):
        errors["headcounts"] = OUT_OF_RANGE
    return _in_field_order(kinds.SESSION, errors)


def validate_organisation(o: Organisation, codes: Codes) -> dict[str, str]:
    return check_fields(kinds.ORGANISATION, o, codes)


def validate_bridge_person(b: BridgePerson, codes: Codes) -> dict[str, str]:
    return check_fields(kinds.BRIDGE_PERSON, b, codes)
