"""The reasons a row was skipped and the problems that stop it, as translatable templates."""

from __future__ import annotations

from app.marks import QT_TRANSLATE_NOOP
from app.tableimport.headers import IGNORE

SKIP_BLANK = QT_TRANSLATE_NOOP("errors", "Blank row.")
SKIP_TITLE = QT_TRANSLATE_NOOP("errors", "Above the header row (a title or a note).")
SKIP_HEADER = QT_TRANSLATE_NOOP("errors", "The header row.")
SKIP_TOTAL = QT_TRANSLATE_NOOP("errors", "A total row (合計).")
SKIP_STRUCK = QT_TRANSLATE_NOOP("errors", "Struck through: a cancelled entry.")
SKIP_CANCELLED = QT_TRANSLATE_NOOP("errors", "Marked as cancelled (取消).")
SKIP_FORMULAS = QT_TRANSLATE_NOOP("errors", "A summary sheet with formulas.")
SKIP_NO_HEADER = QT_TRANSLATE_NOOP("errors", "No header row with known column names.")
SKIP_HIDDEN = QT_TRANSLATE_NOOP("errors", "A hidden sheet (choose it to import it).")
SKIP_NOT_CHOSEN = QT_TRANSLATE_NOOP("errors", "The sheet was not chosen.")
SKIP_PROBLEM = QT_TRANSLATE_NOOP(
    "errors", "Skipped for its problems, as the mapping asks: %1")
UNMAPPED = QT_TRANSLATE_NOOP("errors", "%1 '%2' has no code: choose one in the mapping.")
NO_VALUE = QT_TRANSLATE_NOOP("errors", "No value for “%1”: map a column to it or set a default "
                                       "in the mapping.")
NO_TOPIC = QT_TRANSLATE_NOOP("errors", "No topic.")
BAD_TIME = QT_TRANSLATE_NOOP("errors", "'%1' is not a time of day.")
BAD_MINUTES = QT_TRANSLATE_NOOP("errors", "'%1' is not a number of minutes.")
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "errors", "The name matches %1 residents; tell them apart in Madoguchi first.")
INVALID = QT_TRANSLATE_NOOP("errors", "Field '%1': %2")
NEW_PERSON = QT_TRANSLATE_NOOP("errors", "New resident.")
MATCHED = QT_TRANSLATE_NOOP("errors", "Matched an existing resident.")
ANONYMOUS = QT_TRANSLATE_NOOP("errors", "Anonymous.")
MISSING_FROM_ROSTER = QT_TRANSLATE_NOOP(
    "errors", "Not on the roster any more (moved out?): not changed, check by hand.")
ROSTER_UPDATE = QT_TRANSLATE_NOOP("errors", "Matched: %1 updated.")
TWICE_ON_ROSTER = QT_TRANSLATE_NOOP(
    "errors", "The same name is already on the roster (sheet '%1', row %2).")
ROSTER_SAME = QT_TRANSLATE_NOOP("errors", "Matched: nothing to change.")

# The import's fields and code lists by name, as the wizard and its messages show them.
FIELD_LABELS = {
    "date": QT_TRANSLATE_NOOP("TableImport", "Date"),
    "time": QT_TRANSLATE_NOOP("TableImport", "Time"),
    "name": QT_TRANSLATE_NOOP("TableImport", "Name"),
    "kana": QT_TRANSLATE_NOOP("TableImport", "Reading (katakana)"),
    "nationality": QT_TRANSLATE_NOOP("TableImport", "Nationality"),
    "language": QT_TRANSLATE_NOOP("TableImport", "Language"),
    "channel": QT_TRANSLATE_NOOP("TableImport", "Channel"),
    "topics": QT_TRANSLATE_NOOP("TableImport", "Topics"),
    "asked": QT_TRANSLATE_NOOP("TableImport", "What was asked"),
    "done": QT_TRANSLATE_NOOP("TableImport", "What was done"),
    "notes": QT_TRANSLATE_NOOP("TableImport", "Notes (kept with what was done)"),
    "minutes": QT_TRANSLATE_NOOP("TableImport", "Minutes"),
    "status": QT_TRANSLATE_NOOP("TableImport", "Status"),
    "interpreter": QT_TRANSLATE_NOOP("TableImport", "Interpreter"),
    "cancelled": QT_TRANSLATE_NOOP("TableImport", "Cancelled mark"),
    "birth_date": QT_TRANSLATE_NOOP("TableImport", "Date of birth"),
    "residence_status": QT_TRANSLATE_NOOP("TableImport", "Residence status"),
    "expiry": QT_TRANSLATE_NOOP("TableImport", "End of the period of stay"),
    "district": QT_TRANSLATE_NOOP("TableImport", "District"),
    "topic": QT_TRANSLATE_NOOP("TableImport", "Topic"),
    IGNORE: QT_TRANSLATE_NOOP("TableImport", "(leave out)"),
}
# validation's keys for a consultation, by the import field that fills them
VALIDATION_FIELDS = {"occurred_at": "date", "resident_id": "name", "sns_app": "channel"}
