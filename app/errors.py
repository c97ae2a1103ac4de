"""Errors that carry one clear sentence for the user (no traceback, no personal data)."""


class MadoguchiError(Exception):
    """A problem the user can understand and act on."""


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
