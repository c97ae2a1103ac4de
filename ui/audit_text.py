"""An audit row as a reviewer reads it: the record by its name or case number, each changed
field by the label its form shows, codes by their labels, linked residents by name; in the
reader's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.audit import AuditRow
from app.audit_names import RecordName
from app.codes import CodeBook
from ui.field_labels import FIELD_LABELS
from ui.formats import date_text, datetime_text
from ui.labels import code_language, person_text, status_label

# Fields whose values are codes, and the code list that labels them.
CODE_FIELDS = {"nationality": "nationality", "languages": "language", "language": "language",
               "residence_status": "residence_status", "consent_method": "consent_method",
               "channel": "channel", "sns_app": "sns_app", "interpreter": "interpreter",
               "topics": "topic", "destination_kind": "destination_kind",
               "topic": "topic"}
KIND_CODE_LISTS = {"session": {"kind": "session_kind", "topics": "session_topic"},
                   "organisation": {"kind": "org_kind"}}
DATE_FIELDS = {"arrival_date", "consent_date", "birth_date", "card_expiry", "follow_up_date",
               "date", "reviewed_on"}
WIDTH = 40


def field_label(kind: str | None, name: str) -> str:
    found = FIELD_LABELS.get(kind or "", {}).get(name)
    return QCoreApplication.translate(found[0], found[1]) if found else name


def record_text(row: AuditRow, names: dict[str, RecordName], codes: CodeBook) -> str:
    """'#123 グエン・ヴァン・アン' for a consultation, the name for a resident."""
    if not row.record_uuid:
        return ""
    found = names.get(row.record_uuid)
    if found is None:
        if row.record_kind not in FIELD_LABELS:
            return row.record_uuid  # a user account is named by its user name
        return QCoreApplication.translate("AuditPage", "(deleted) %1").replace(
            "%1", row.record_uuid[:8])
    who = found.name
    if row.record_kind in ("consultation", "accompaniment") and not who:
        who = person_text("", codes.label("nationality", found.nationality, code_language()))
    if row.record_kind in ("resident", "organisation", "bridge_person"):
        return who
    return f"#{found.number} {who}".strip()


def value_text(kind: str | None, name: str, value: Any, codes: CodeBook,
               people: dict[int | str, str]) -> str:
    if value in (None, "", [], {}):
        return "—"
    code_list = KIND_CODE_LISTS.get(kind or "", {}).get(name) or CODE_FIELDS.get(name)
    language = code_language()
    if name == "status" and kind in ("consultation",):
        return status_label(str(value))
    if code_list:
        values = value if isinstance(value, list) else [value]
        return "、".join(codes.label(code_list, str(v), language) for v in values)
    if name == "resident_id" and isinstance(value, int | str):
        return people.get(value, f"#{value}")
    if name == "attendee_ids" and isinstance(value, list):
        return "、".join(people.get(v, f"#{v}") for v in value if isinstance(v, int | str))
    if name in DATE_FIELDS and isinstance(value, str):
        return date_text(value)
    if name == "occurred_at" and isinstance(value, str):
        return datetime_text(value)
    if isinstance(value, bool):
        return "✓" if value else "—"
    text = value if isinstance(value, str) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= WIDTH else text[:WIDTH - 1] + "…"


def changes_text(row: AuditRow, codes: CodeBook, people: dict[int | str, str],
                 separator: str = "; ") -> str:
    return separator.join(
        f"{field_label(row.record_kind, name)}: "
        f"{value_text(row.record_kind, name, pair[0], codes, people)} → "
        f"{value_text(row.record_kind, name, pair[1], codes, people)}"
        for name, pair in row.changes.items())


def resident_ids(rows: list[AuditRow]) -> set[int | str]:
    """Residents named in the values of these rows (a consultation's resident): local ids
    before migration 0012, UUIDs since."""
    found: set[int | str] = set()
    for row in rows:
        for name, pair in row.changes.items():
            for value in pair:
                if name == "resident_id" and isinstance(value, int | str):
                    found.add(value)
                elif name == "attendee_ids" and isinstance(value, list):
                    found.update(v for v in value if isinstance(v, int | str))
    return found
