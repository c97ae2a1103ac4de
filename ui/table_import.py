"""Settings → Import from Excel/CSV: a wizard that brings in an old consultation log.

Choose the file and its sheets → check each sheet's header row and columns → choose codes for
texts and defaults → preview every row → import all or nothing. Reading, previewing and
importing run off the UI thread (ui.jobs.Job) on a second connection, with progress and
Cancel; no SQL here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import backup
from app.progress import Progress
from app.services import Services
from app.tableimport import messages as m
from app.tableimport.apply import Imported, import_log
from app.tableimport.headers import IGNORE
from app.tableimport.people import Match
from app.tableimport.plan import (
    IMPORT,
    PROBLEM,
    Preview,
    Reason,
    SheetPlan,
    describe,
    sheet_plans,
    suggest_values,
)
from app.tableimport.profile import Profile
from app.tableimport.report import write_report, write_rows
from app.tableimport.roster import (
    REPORT_HEADER,
    RosterPreview,
    apply_roster,
    preview_roster_book,
    roster_report_rows,
)
from app.tableimport.source import Workbook, read_workbook
from app.tableimport.steps import preview_book
from app.tableimport.values import ValueMaps
from ui.jobs import Job
from ui.labels import list_label, message_text, status_label

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
    "birth_date": QT_TRANSLATE_NOOP("TableImport", "Date of birth (checked, not stored)"),
    "residence_status": QT_TRANSLATE_NOOP("TableImport", "Residence status"),
    "expiry": QT_TRANSLATE_NOOP("TableImport", "Expiry of stay (checked, not stored)"),
    "district": QT_TRANSLATE_NOOP("TableImport", "District"),
    IGNORE: QT_TRANSLATE_NOOP("TableImport", "(leave out)"),
}
OUTCOME_LABELS = {
    "import": QT_TRANSLATE_NOOP("TableImport", "Import"),
    "skip": QT_TRANSLATE_NOOP("TableImport", "Skip"),
    "problem": QT_TRANSLATE_NOOP("TableImport", "Problem"),
    "check": QT_TRANSLATE_NOOP("TableImport", "Check"),
}


def _translate(context: str, text: str) -> str:
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
                    describe(reasons, _translate) if index.column() == 4 else "")[
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


class FilePage(QWizardPage):
    def __init__(self, wizard: TableImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Choose the file and its sheets"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx, .xls) or a CSV file of old "
                                 "consultations. Nothing is written until the last step."))
        layout = QVBoxLayout(self)
        kinds = QHBoxLayout()
        self.log_kind = QRadioButton(self.tr("A log of consultations"), self)
        self.roster_kind = QRadioButton(self.tr("The resident roster (住民基本台帳 extract)"),
                                        self)
        self.log_kind.setChecked(True)
        self.roster_kind.toggled.connect(self.kind_changed)
        kinds.addWidget(QLabel(self.tr("The file holds:"), self))
        kinds.addWidget(self.log_kind)
        kinds.addWidget(self.roster_kind)
        kinds.addStretch(1)
        layout.addLayout(kinds)
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        choose = QPushButton(self.tr("Choose file…"), self)
        choose.clicked.connect(self.choose)
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.profile_label = QLabel(self.tr("Mapping profile: none (guessed from the file)"),
                                    self)
        load = QPushButton(self.tr("Load mapping profile…"), self)
        load.clicked.connect(self.load_profile)
        row.addWidget(self.profile_label, 1)
        row.addWidget(load)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Sheets to import:"), self))
        self.sheets = QListWidget(self)
        self.sheets.itemChanged.connect(lambda _item: self.completeChanged.emit())
        layout.addWidget(self.sheets, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def choose(self) -> None:
        path = self.w.choose_file()
        if path:
            self.open(Path(path))

    def open(self, path: Path) -> None:
        self.path.setText(str(path))
        self.message.setText("")
        self.sheets.clear()
        self.w.book = None

        def work(progress: Progress) -> Workbook:
            progress.step(0, 1)
            return read_workbook(path)

        self.w.run(self.tr("Reading the file…"), work, self.opened, self.message.setText)

    def opened(self, book: Workbook) -> None:
        self.w.book = book
        chosen = set(self.w.profile.sheets)
        for plan in sheet_plans(book, Profile.from_json(
                {**self.w.profile.to_json(), "sheets": []})):
            sheet = book.sheet(plan.name)
            rows = len(sheet.rows) if sheet else 0
            item = QListWidgetItem(self.tr("%1 (%2 rows)").replace("%1", plan.name)
                                   .replace("%2", f"{rows:,}"), self.sheets)
            item.setData(Qt.ItemDataRole.UserRole, plan.name)
            usable = not plan.skipped
            on = (plan.name in chosen) if chosen else usable
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            if plan.skipped:
                item.setToolTip(message_text(plan.skipped))
                item.setText(item.text() + " — " + message_text(plan.skipped))
        self.completeChanged.emit()

    def kind_changed(self) -> None:
        kind = "roster" if self.roster_kind.isChecked() else "log"
        if self.w.profile.kind != kind:
            self.w.profile = Profile(kind=kind)
            self.profile_label.setText(self.tr("Mapping profile: none (guessed from the file)"))
            if self.w.book is not None:
                self.sheets.clear()
                self.opened(self.w.book)

    def load_profile(self) -> None:
        path = self.w.choose_profile()
        if not path:
            return
        try:
            profile = Profile.load(Path(path))
        except Exception as exc:  # noqa: BLE001 - shown as one sentence
            from ui.labels import error_text

            self.message.setText(error_text(exc))
            return
        self.w.profile = profile
        self.roster_kind.blockSignals(True)
        (self.roster_kind if profile.kind == "roster" else self.log_kind).setChecked(True)
        self.roster_kind.blockSignals(False)
        self.profile_label.setText(self.tr("Mapping profile: %1").replace("%1", Path(path).name))
        if self.w.book is not None:
            self.sheets.clear()
            self.opened(self.w.book)

    def chosen(self) -> list[str]:
        return [str(self.sheets.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.sheets.count())
                if self.sheets.item(i).checkState() == Qt.CheckState.Checked]

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.w.book is not None and bool(self.chosen())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.w.profile.sheets = self.chosen()
        return True


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: TableImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Header row and columns"))
        self.setSubTitle(self.tr("Each column's field is guessed from its header name; change "
                                 "it where the guess is wrong. Columns Madoguchi does not know "
                                 "are kept in the notes."))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Header row"),
                                              self.tr("Column"), self.tr("Example"),
                                              self.tr("Field")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.fill()

    def fill(self) -> None:
        book = self.w.book
        assert book is not None
        self.plans: list[SheetPlan] = [p for p in sheet_plans(book, self.w.profile)
                                       if p.name in self.w.profile.sheets]
        rows = [(p, c) for p in self.plans for c in range(len(p.names))]
        self.table.setRowCount(len(rows) + sum(1 for p in self.plans if p.header_row is None))
        line = 0
        for plan in self.plans:
            sheet = book.sheet(plan.name)
            assert sheet is not None
            if plan.header_row is None:
                self.table.setItem(line, 0, QTableWidgetItem(plan.name))
                self.table.setItem(line, 2, QTableWidgetItem(message_text(plan.skipped)))
                self.table.setCellWidget(line, 1, self._header_spin(plan, len(sheet.rows)))
                line += 1
                continue
            for col, name in enumerate(plan.names):
                self.table.setItem(line, 0, QTableWidgetItem(plan.name if col == 0 else ""))
                if col == 0:
                    self.table.setCellWidget(line, 1, self._header_spin(plan, len(sheet.rows)))
                self.table.setItem(line, 2, QTableWidgetItem(name))
                self.table.setItem(line, 3, QTableWidgetItem(self._example(sheet.rows, plan,
                                                                           col)))
                box = QComboBox(self.table)
                for field_name in (*self.w.profile.fields(), IGNORE):
                    box.addItem(field_label(field_name), field_name)
                box.setCurrentIndex(box.findData(plan.columns.get(col, IGNORE)))
                box.currentIndexChanged.connect(
                    lambda _i, n=name, b=box: self.w.profile.columns.__setitem__(
                        n, str(b.currentData())))
                self.table.setCellWidget(line, 4, box)
                line += 1

    def _header_spin(self, plan: SheetPlan, rows: int) -> QSpinBox:
        spin = QSpinBox(self.table)
        spin.setRange(1, max(1, min(rows, 50)))
        spin.setValue(plan.header_row or 1)
        spin.editingFinished.connect(lambda p=plan, s=spin: self.header_moved(p.name, s.value()))
        return spin

    def header_moved(self, sheet: str, row: int) -> None:
        if self.w.profile.header_rows.get(sheet) != row:
            self.w.profile.header_rows[sheet] = row
            self.fill()

    @staticmethod
    def _example(rows: list[list[Any]], plan: SheetPlan, col: int) -> str:
        from app.tableimport.cells import text_of

        assert plan.header_row is not None
        for row in rows[plan.header_row:plan.header_row + 20]:
            if col < len(row) and text_of(row[col]):
                return text_of(row[col]).replace("\n", " ")[:40]
        return ""


class ValuesPage(QWizardPage):
    def __init__(self, wizard: TableImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Codes for the file's words"))
        self.setSubTitle(self.tr("Choose a code for each word that is not a code's own name, "
                                 "and the values for what the file has no column for. A word "
                                 "left without a code stops its rows."))
        layout = QVBoxLayout(self)
        self.defaults_box = QWidget(self)
        self.defaults = QFormLayout(self.defaults_box)
        self.defaults.setContentsMargins(0, 0, 0, 0)
        self.default_boxes: dict[str, QComboBox] = {}
        self.maps: ValueMaps | None = None  # made once: it normalises every code's labels
        layout.addWidget(self.defaults_box)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("List"), self.tr("Text in the file"),
                                              self.tr("Rows"), self.tr("Code")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.defaults_box.setVisible(self.w.profile.kind == "log")
        for key, box in self.default_boxes.items():
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(self.w.profile.defaults.get(key, ""))))
            box.blockSignals(False)
        if not self.default_boxes:
            for key, list_name in (("nationality", "nationality"), ("language", "language"),
                                   ("channel", "channel"), ("status", "status"),
                                   ("interpreter", "interpreter")):
                box = self._code_box(list_name, self.w.profile.defaults.get(key, ""))
                box.currentIndexChanged.connect(
                    lambda _i, k=key, b=box: self.w.profile.defaults.__setitem__(
                        k, str(b.currentData() or "")))
                self.default_boxes[key] = box
                self.defaults.addRow(self.tr("%1 where the file has none:").replace(
                    "%1", field_label(key)), box)
        self.w.make_preview(self.show_values, self.message.setText)

    def _code_box(self, list_name: str, current: str) -> QComboBox:
        box = QComboBox(self)
        box.addItem(self.tr("(no code: the row stops)"), "")
        if self.maps is None:
            self.maps = ValueMaps(self.w.services.codes, {})
        for code in self.maps.all_codes(list_name):
            if list_name == "status":
                box.addItem(status_label(code), code)
            else:
                box.addItem(self.w.services.codes.label(list_name, code, _ui_language()), code)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    def show_values(self, preview: Preview | RosterPreview) -> None:
        suggestions = suggest_values(preview, self.w.services)
        lines = [(list_name, text, count)
                 for list_name, texts in preview.unmapped.items()
                 for text, count in texts.items()]
        self.table.setRowCount(len(lines))
        for line, (list_name, text, count) in enumerate(lines):
            self.table.setItem(line, 0, QTableWidgetItem(list_label(list_name)))
            self.table.setItem(line, 1, QTableWidgetItem(text))
            self.table.setItem(line, 2, QTableWidgetItem(str(count)))
            box = self._code_box(list_name, suggestions.get(list_name, {}).get(text, ""))
            self.table.setCellWidget(line, 3, box)
            self._choose(list_name, text, box)
            box.currentIndexChanged.connect(
                lambda _i, n=list_name, t=text, b=box: self._choose(n, t, b))
        self.message.setText(self.tr("Every word of the file has a code.") if not lines
                             else "")

    def _choose(self, list_name: str, text: str, box: QComboBox) -> None:
        code = str(box.currentData() or "")
        self.w.profile.values.setdefault(list_name, {})[text] = code


class PreviewPage(QWizardPage):
    def __init__(self, wizard: TableImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Every row of the file and what will become of it. The "
                                 "import adds all of it, or nothing."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.skip = QCheckBox(self.tr("Import the other rows, and list rows with problems as "
                                      "skipped"), self)
        self.skip.toggled.connect(self.skip_toggled)
        layout.addWidget(self.skip)
        self.view = QTableView(self)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        save_mapping = QPushButton(self.tr("Save mapping profile…"), self)
        save_mapping.clicked.connect(self.save_mapping)
        save_report = QPushButton(self.tr("Save preview as CSV…"), self)
        save_report.clicked.connect(lambda: self.w.save_report(None))
        row.addWidget(save_mapping)
        row.addWidget(save_report)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.skip.setVisible(self.w.profile.kind == "log")
        self.skip.blockSignals(True)
        self.skip.setChecked(self.w.profile.skip_problem_rows)
        self.skip.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self.w.make_preview(self.show_preview, self.message.setText)

    def skip_toggled(self, on: bool) -> None:
        self.w.profile.skip_problem_rows = on
        self.refresh()

    def show_preview(self, preview: Preview | RosterPreview) -> None:
        names = self.w.services.residents.names
        if isinstance(preview, RosterPreview):
            self.model = RowsModel(roster_lines(preview, names(preview.missing)))
            s = preview.summary()
            self.summary.setText(
                self.tr("%1 rows: %2 new residents, %3 to update, %4 unchanged, %5 skipped, %6 "
                        "with problems; %7 residents in Madoguchi are not on the roster (listed "
                        "to check; they are not changed).")
                .replace("%1", f"{s['rows']:,}").replace("%2", f"{s['new']:,}")
                .replace("%3", f"{s['updated']:,}").replace("%4", f"{s['unchanged']:,}")
                .replace("%5", f"{s['skip']:,}").replace("%6", f"{s['problem']:,}")
                .replace("%7", f"{s['missing']:,}"))
            problems = s["problem"]
        else:
            self.model = RowsModel(log_lines(preview, names(list(preview.people.matched))))
            s = preview.summary()
            self.summary.setText(
                self.tr("%1 rows: %2 to import, %3 skipped, %4 with problems. Residents: %5 "
                        "new, %6 already in Madoguchi.")
                .replace("%1", f"{s['rows']:,}").replace("%2", f"{s['import']:,}")
                .replace("%3", f"{s['skip']:,}").replace("%4", f"{s['problem']:,}")
                .replace("%5", f"{s['residents_new']:,}")
                .replace("%6", f"{s['residents_matched']:,}"))
            problems = s["problem"]
        self.view.setModel(self.model)
        self.view.resizeColumnsToContents()
        self.message.setText(self.tr(
            "Rows with problems stop the import: correct the file or the mapping (Back), or "
            "tick the box above.") if problems else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        preview = self.w.preview
        return (preview is not None and preview.count(IMPORT) > 0
                and preview.count(PROBLEM) == 0)

    def save_mapping(self) -> None:
        path = self.w.choose_save_path(self.tr("Save mapping profile"), "mapping.json",
                                       "JSON (*.json)")
        if not path or self.w.preview is None:
            return
        profile = Profile.from_json(self.w.profile.to_json())
        for list_name, texts in suggest_values(self.w.preview, self.w.services).items():
            for text, code in texts.items():
                profile.values.setdefault(list_name, {}).setdefault(text, code)
        profile.save(Path(path))
        self.message.setText(self.tr("Mapping profile saved: %1").replace("%1", path))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.w.finished_import():
            return True  # the import has committed: on to the last page
        return self.w.start_import()


class DonePage(QWizardPage):
    def __init__(self, wizard: TableImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Imported"))
        self.setSubTitle(self.tr("The records are in Madoguchi; each keeps the file, sheet and "
                                 "row it came from."))
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        save = QPushButton(self.tr("Save the import report (CSV)…"), self)
        save.clicked.connect(lambda: self.w.save_report(self.w.imported))
        row = QHBoxLayout()
        row.addWidget(save)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        if self.w.roster_done is not None:
            c = self.w.roster_done
            self.text.setText(
                self.tr("%1 residents were added and %2 updated; %3 not on the roster are "
                        "listed in the report to check. A backup was made first.")
                .replace("%1", f"{c['new']:,}").replace("%2", f"{c['updated']:,}")
                .replace("%3", f"{c['missing']:,}"))
            return
        done = self.w.imported
        if done is None:
            return
        self.text.setText(
            self.tr("%1 consultations were imported; %2 residents were added and %3 already "
                    "known ones were linked. A backup was made first.")
            .replace("%1", f"{done.consultations:,}").replace("%2", f"{done.residents_new:,}")
            .replace("%3", f"{done.residents_matched:,}"))


class TableImportWizard(QWizard):
    """The import wizard. Seams for tests: choose_file, choose_profile, choose_save_path,
    and launch()."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.book: Workbook | None = None
        self.profile = Profile()
        self.preview: Preview | RosterPreview | None = None
        self.imported: Imported | None = None
        self.roster_done: dict[str, int] | None = None
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Import from Excel/CSV"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 620)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.values_page = ValuesPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.columns_page, self.values_page, self.preview_page,
                     self.done_page):
            self.addPage(page)

    def launch(self) -> int:
        return self.exec()

    # -- seams for tests
    def choose_file(self) -> str:
        return QFileDialog.getOpenFileName(
            self, self.tr("Import from Excel/CSV"), "",
            self.tr("Spreadsheets (*.xlsx *.xls *.csv *.txt)"))[0]

    def choose_profile(self) -> str:
        return QFileDialog.getOpenFileName(self, self.tr("Load mapping profile"), "",
                                           "JSON (*.json)")[0]

    def choose_save_path(self, title: str, name: str, kinds: str) -> str:
        return QFileDialog.getSaveFileName(self, title, name, kinds)[0]

    # -- background work
    def run(self, title: str, work: Callable[[Progress], Any],
            done: Callable[[Any], None], failed: Callable[[str], None]) -> None:
        self.job = Job(self, title, work)
        self.job.done.connect(done)
        self.job.failed.connect(failed)
        self.job.start()

    def make_preview(self, then: Callable[[Any], None],
                     failed: Callable[[str], None]) -> None:
        book, profile = self.book, Profile.from_json(self.profile.to_json())
        assert book is not None
        self.preview = None

        def work(progress: Progress) -> Preview | RosterPreview:
            own = self.services.reopen()
            try:
                if profile.kind == "roster":
                    return preview_roster_book(own, book, profile, progress)
                return preview_book(own, book, profile, None, progress)
            finally:
                own.close()

        def shown(preview: Preview | RosterPreview) -> None:
            self.preview = preview
            then(preview)

        self.run(self.tr("Making the preview…"), work, shown, failed)

    def start_import(self) -> bool:
        """Start the import; the wizard moves on to its last page when it is done."""
        preview = self.preview
        if preview is None or self.job is not None and not self.job.finished.is_set():
            return False
        if isinstance(preview, RosterPreview):
            return self._start_roster(preview)

        def work(progress: Progress) -> Imported:
            own = self.services.reopen()
            try:
                return import_log(own, preview, progress=progress,
                                  backup=lambda: backup.make_backup(own.store,
                                                                    "before-import"))
            finally:
                own.close()

        def finished(done: Imported) -> None:
            self.imported = done
            self.services.codes.reload()
            self.next()

        self.run(self.tr("Importing…"), work, finished, self.preview_page.message.setText)
        return False  # the page is left by finished(), once the import has committed

    def _start_roster(self, preview: RosterPreview) -> bool:
        def work(progress: Progress) -> dict[str, int]:
            own = self.services.reopen()
            try:
                return apply_roster(own, preview, progress=progress,
                                    backup=lambda: backup.make_backup(own.store,
                                                                      "before-import"))
            finally:
                own.close()

        def finished(counts: dict[str, int]) -> None:
            self.roster_done = counts
            self.next()

        self.run(self.tr("Updating residents…"), work, finished,
                 self.preview_page.message.setText)
        return False

    def finished_import(self) -> bool:
        return self.imported is not None or self.roster_done is not None

    def save_report(self, imported: Imported | None) -> None:
        if self.preview is None:
            return
        name = (self.book.path.stem if self.book else "import") + ".import-report.csv"
        path = self.choose_save_path(self.tr("Save the import report"), name, "CSV (*.csv)")
        if not path:
            return
        if isinstance(self.preview, RosterPreview):
            write_rows(Path(path), REPORT_HEADER,
                       roster_report_rows(self.preview, self.services, _translate))
        else:
            write_report(Path(path), self.preview, imported, _translate)


def _ui_language() -> str:
    from ui.labels import code_language

    return code_language()


class OldRecordsBox(QGroupBox):
    """Settings → Town and data: where the import wizard starts."""

    imported = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Old records from Excel or CSV"), parent)
        self.services = services
        row = QHBoxLayout(self)
        self.button = QPushButton(self.tr("Import from Excel/CSV…"), self)
        self.button.clicked.connect(self.open_wizard)
        note = QLabel(self.tr("A consultation log kept in Excel or CSV, or the resident roster: "
                              "preview every row first, then import all or nothing."), self)
        note.setWordWrap(True)
        row.addWidget(self.button)
        row.addWidget(note, 1)

    def open_wizard(self) -> None:
        wizard = TableImportWizard(self.services, self)
        wizard.launch()
        if wizard.finished_import():
            self.imported.emit()
