"""The one-sentence refusals of a table import, and the limits they enforce."""

from __future__ import annotations

from app.errors import MadoguchiError
from app.marks import QT_TRANSLATE_NOOP

# Limits (also in docs/import.md). A cell of Excel holds at most 32,767 characters, and
# calamine cuts a longer cell of an .xlsx file to that length without a word: so a cell that
# long or longer is refused (in CSV files too), rather than imported cut short.
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 1_000_000
MAX_CELL_CHARS = 32_767
MAX_COLUMNS = 200
# An .xlsx is a zip file: 100 MB of it can unpack to many GB (a "zip bomb").
MAX_UNPACKED_BYTES = 500 * 1024 * 1024

NOT_A_TABLE = QT_TRANSLATE_NOOP(
    "errors", "%1 is not an Excel workbook (.xlsx, .xls) or a CSV file. Nothing was imported.")
PASSWORD_PROTECTED = QT_TRANSLATE_NOOP(
    "errors", "%1 is protected with a password: open it in Excel, remove the password, save "
    "it and try again. Nothing was imported.")
TOO_BIG = QT_TRANSLATE_NOOP(
    "errors", "%1 is larger than %2 MB, the most a table import reads. Nothing was imported.")
UNPACKS_TOO_BIG = QT_TRANSLATE_NOOP(
    "errors", "%1 unpacks to more than %2 MB, more than a table import reads. Nothing was "
    "imported.")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "errors", "Sheet '%1' has more than %2 rows, the most a table import reads. Nothing was "
    "imported.")
TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "errors", "Sheet '%1' has more than %2 columns, the most a table import reads. Nothing was "
    "imported.")
CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "Sheet '%1', row %2 has a cell of %3 characters or more, as long as Excel "
    "itself allows. Nothing was imported.")
UNREADABLE = QT_TRANSLATE_NOOP(
    "errors", "%1 could not be read as a spreadsheet; it may be damaged. Nothing was imported.")
NO_SUCH_FILE = QT_TRANSLATE_NOOP("errors", "There is no file at %1.")
NO_SUCH_SHEET = QT_TRANSLATE_NOOP(
    "errors", "The file has no sheet named '%1'. Nothing was imported.")
ALREADY_IMPORTED = QT_TRANSLATE_NOOP(
    "errors", "This file was already imported on %1 by %2; importing it again would add its "
    "records twice. Nothing was imported.")
ROWS_WITH_PROBLEMS = QT_TRANSLATE_NOOP(
    "errors", "%1 rows have problems (see the preview or the report); correct the file or the "
    "mapping, or choose to skip those rows. Nothing was imported.")
NOTHING_TO_IMPORT = QT_TRANSLATE_NOOP(
    "errors", "No row of the file can be imported. Nothing was imported.")
BAD_PROFILE = QT_TRANSLATE_NOOP(
    "errors", "%1 is not a Madoguchi mapping profile (%2). Nothing was imported.")


class TableImportError(MadoguchiError):
    """The file or the mapping cannot be imported; nothing was changed."""
