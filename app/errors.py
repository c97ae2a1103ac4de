"""Errors that carry one clear sentence for the user (no traceback, no personal data).

A message is an English template with Qt-style placeholders %1, %2, … and its parameters:

    raise MadoguchiError(QT_TRANSLATE_NOOP("errors", "There is no database at %1."), path)

str(exc) is the English sentence; the window translates `exc.template` (context "errors")
and fills in the same parameters (ui/labels.error_text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence


def fill(template: str, params: Sequence[object]) -> str:
    """Replace %1 … %n in `template` by str(params[0]) … str(params[n-1]).

    The highest number is tried first, so %1 does not take the start of %10, and a
    parameter's own text is never searched for placeholders. With no parameters the
    template comes back unchanged (a plain sentence may contain a literal %).
    """
    if not params:
        return template
    numbers = "|".join(str(n) for n in range(len(params), 0, -1))
    return re.sub(f"%({numbers})", lambda m: str(params[int(m[1]) - 1]), template)


class Translatable(str):
    """A parameter that is itself a marked source string (e.g. a validation message): its
    str() is the English text (with its own %1 … filled from `params`), and the window
    translates `template` in `context`, then fills it."""

    context: str
    template: str
    params: tuple[object, ...]

    def __new__(cls, context: str, text: str, *params: object) -> Translatable:
        self = super().__new__(cls, fill(text, params))
        self.context = context
        self.template = text
        self.params = params
        return self

    def __getnewargs__(self) -> tuple[object, ...]:  # type: ignore[override]
        return (self.context, self.template, *self.params)


class MadoguchiError(Exception):
    """A problem the user can understand and act on."""

    def __init__(self, template: str = "", *params: object) -> None:
        self.template = template
        self.params = tuple(params)
        super().__init__(fill(template, self.params))


class DatabaseOpenError(MadoguchiError):
    """The database file cannot be opened as it is; it was left untouched."""


class SchemaTooNewError(DatabaseOpenError):
    """The file was written by a newer Madoguchi."""


class MigrationError(DatabaseOpenError):
    """A migration failed; the file is still at its old version."""


class ValidationError(MadoguchiError):
    """A record failed validation. `errors` maps field name to message."""

    def __init__(self, errors: dict[str, str], record: str = "") -> None:
        self.errors = dict(errors)
        self.record = record
        first = next(iter(self.errors.items()), ("", ""))
        where = f"{record}: " if record else ""
        super().__init__(f"{where}{first[0]}: {first[1]}" if first[0] else where + "invalid")


class NotFoundError(MadoguchiError):
    """A record asked for by id or UUID does not exist."""
