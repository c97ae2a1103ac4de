"""The import wizard's words and its preview table: field and outcome labels, and every row
of a preview with its person and reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.marks import QT_TRANSLATE_NOOP
from app.tableimport import messages as m
from app.tableimport.messages import FIELD_LABELS
from app.tableimport.people import Match
from app.tableimport.plan import PROBLEM, Preview, Reason, describe
from app.tableimport.roster import RosterPreview

OUTCOME_LABELS = {
    "import": QT_TRANSLATE_NOOP("TableImport", "Import"),
    "skip": QT_TRANSLATE_NOOP("TableImport", "Skip"),
    "problem": QT_TRANSLATE_NOOP("TableImport", "Problem"),
    "check": QT_TRANSLATE_NOOP("TableImport", "Check"),
}


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_label(name: str) -> str:
    return QCoreApplication.translate("TableImport", FIELD_LABELS.get(name, name))


def outcome_label(outcome: str) -> str:
    return QCoreApplication.translate("TableImport", OUTCOME_LABELS.get(outcome, outcome))


_ROOT = QModelIndex()


Line = tuple[str, int, str, str, list[Reason]]  # sheet, row, outcome, person, reasons


class RowsModel(QAbstractTableModel):
    """Every row of the preview: sheet, row, outcome, person, reason (20,000 rows stay cheap:
    the reason text is made when a row is shown)."""

    def __init__(self, lines: list[Line] | None = None) -> None:
        super().__init__()
        self.lines = lines or []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Sheet"), self.tr("Row"), self.tr("Outcome"), self.tr("Person"),
                    self.tr("Reason"))[section]
        return None

    def outcome(self, row: int) -> str:
        return self.lines[row][2]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        sheet, number, outcome, person, reasons = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (sheet, str(number) if number else "", outcome_label(outcome), person,
                    describe(reasons, translate) if index.column() == 4 else "")[
                index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and outcome in (PROBLEM, "check"):
            return QColor("#fde2e1" if outcome == PROBLEM else "#fff4cc")
        return None


def log_lines(preview: Preview, known: dict[int, str]) -> list[Line]:
    """Who each row is about: a resident already in Madoguchi (`known`: id → name), or a new
    one, numbered so that one person's rows can be told together."""
    def person(match: Match | None) -> str:
        if match is None:
            return ""
        if match.existing is not None:
            return known.get(match.existing, "")
        if match.new is not None:
            return QCoreApplication.translate("TableImport", "new %1: %2").replace(
                "%1", str(match.new.number)).replace("%2", match.new.resident().display_name())
        return ""

    return [(r.sheet, r.row, r.outcome, person(r.match), r.reasons) for r in preview.rows]


def roster_lines(preview: RosterPreview, known: dict[int, str]) -> list[Line]:
    lines: list[Line] = [(r.sheet, r.row, r.outcome,
                          r.resident.display_name() if r.resident is not None else "",
                          r.reasons) for r in preview.rows]
    lines += [("", 0, "check", known.get(rid, ""), [(m.MISSING_FROM_ROSTER, ())])
              for rid in preview.missing]
    return lines


