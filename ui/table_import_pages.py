"""The pages of the import wizard (ui/table_import.py): file and sheets, header row and
columns, codes and defaults, preview, done."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
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

from app.progress import Progress
from app.tableimport.headers import IGNORE
from app.tableimport.plan import IMPORT, PROBLEM, Preview, SheetPlan, sheet_plans
from app.tableimport.profile import Profile
from app.tableimport.roster import RosterPreview
from app.tableimport.source import Workbook, read_workbook
from app.tableimport.values import ValueMaps
from ui.labels import code_language, error_text, list_label, message_text, status_label
from ui.table_import_rows import RowsModel, field_label, log_lines, roster_lines

if TYPE_CHECKING:
    from ui.table_import import TableImportWizard


class FilePage(QWizardPage):
    def __init__(self, wizard: TableImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Choose the file and its sheets"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx, .xls) or a CSV file: an old log of "
                                 "consultations, or the resident roster. Nothing is written "
                                 "until the last step."))
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
                box.addItem(self.w.services.codes.label(list_name, code, code_language()), code)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    def show_values(self, preview: Preview | RosterPreview) -> None:
        suggestions = self.w.services.table_import.suggest_values(preview)
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
        for list_name, texts in self.w.services.table_import.suggest_values(self.w.preview).items():
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


