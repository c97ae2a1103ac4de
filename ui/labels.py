"""Labels the window shows for codes and statuses, in the UI language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.errors import MadoguchiError, Translatable, ValidationError, fill
from app.marks import QT_TRANSLATE_NOOP

STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("Status", "Open"),
    "referred": QT_TRANSLATE_NOOP("Status", "Referred"),
    "waiting": QT_TRANSLATE_NOOP("Status", "Waiting"),
    "closed": QT_TRANSLATE_NOOP("Status", "Closed"),
}
KIND_LABELS = {
    "resident": QT_TRANSLATE_NOOP("Kind", "Resident"),
    "consultation": QT_TRANSLATE_NOOP("Kind", "Consultation"),
    "accompaniment": QT_TRANSLATE_NOOP("Kind", "Accompaniment"),
    "session": QT_TRANSLATE_NOOP("Kind", "Session"),
    "organisation": QT_TRANSLATE_NOOP("Kind", "Organisation"),
    "bridge_person": QT_TRANSLATE_NOOP("Kind", "Bridge person"),
    "kb_entry": QT_TRANSLATE_NOOP("Kind", "Knowledge entry"),
}


def code_language() -> str:
    """Code lists are labelled in every UI language: the current one."""
    from ui import i18n

    return i18n.current()


def status_label(code: str) -> str:
    return QCoreApplication.translate("Status", STATUS_LABELS.get(code, code))


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Kind", KIND_LABELS.get(kind, kind))


def validation_message(message: str) -> str:
    """Validation messages come from app/ as English source strings."""
    return QCoreApplication.translate("validation", message)


def message_text(template: str, params: Sequence[object] = ()) -> str:
    """A message template from app/ (context "errors", placeholders %1, %2, …) in the UI
    language, with the parameters filled in; a marked parameter is translated too."""
    shown = [translatable_text(p) if isinstance(p, Translatable) else p for p in params]
    return fill(QCoreApplication.translate("errors", template), shown)


def translatable_text(text: Translatable) -> str:
    return fill(QCoreApplication.translate(text.context, text.template), text.params)


def error_text(exc: BaseException) -> str:
    """What the window shows for an error from app/: the first validation message, or the
    error's message, in the UI language. Safe to call from a worker thread."""
    if isinstance(exc, ValidationError):
        if exc.errors:
            return validation_message(next(iter(exc.errors.values())))
        return str(exc)
    if isinstance(exc, MadoguchiError) and exc.template:
        return message_text(exc.template, exc.params)
    return str(exc)


LIST_LABELS = {
    "topic": QT_TRANSLATE_NOOP("CodeList", "Consultation topics"),
    "channel": QT_TRANSLATE_NOOP("CodeList", "Channels"),
    "sns_app": QT_TRANSLATE_NOOP("CodeList", "SNS apps"),
    "destination_kind": QT_TRANSLATE_NOOP("CodeList", "Accompaniment destinations"),
    "session_kind": QT_TRANSLATE_NOOP("CodeList", "Session kinds"),
    "session_topic": QT_TRANSLATE_NOOP("CodeList", "Session topics"),
    "residence_status": QT_TRANSLATE_NOOP("CodeList", "Residence statuses"),
    "nationality": QT_TRANSLATE_NOOP("CodeList", "Nationalities"),
    "language": QT_TRANSLATE_NOOP("CodeList", "Languages"),
    "org_kind": QT_TRANSLATE_NOOP("CodeList", "Organisation kinds"),
    "consent_method": QT_TRANSLATE_NOOP("CodeList", "Consent methods"),
    "relation": QT_TRANSLATE_NOOP("CodeList", "Household relations"),
    "interpreter": QT_TRANSLATE_NOOP("CodeList", "Interpreters"),
}


def list_label(name: str) -> str:
    return QCoreApplication.translate("CodeList", LIST_LABELS.get(name, name))


def person_text(name: str, nationality_label: str) -> str:
    """A person as lists show them: the name, or 匿名（フィリピン） for an anonymous one."""
    if name:
        return name
    return QCoreApplication.translate("Person", "Anonymous (%1)").replace(
        "%1", nationality_label or QCoreApplication.translate("Person", "nationality unknown"))
