"""The Prefecture page: roll up towns' annual data files into the prefecture's report. It
needs no town database: `madoguchi prefecture` opens it alone, and the login screen has a
button for it. The work is app/rollup/; the checks and writing run off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileInfo, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import MadoguchiError
from app.progress import Progress
from app.reports.era import fiscal_year_label
from app.rollup.inputs import read_towns
from app.rollup.report import make_rollup
from ui import file_dialogs
from ui.jobs import Job
from ui.labels import error_text


class PrefecturePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files: list[Path] = []
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Madoguchi — prefecture roll-up"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Add the annual data files (.json) the towns sent, check them, then make the "
            "prefecture's report (PDF, Excel and CSV). No town database is needed."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add files…"), self)
        add.clicked.connect(self.add_files)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self.remove_selected)
        clear = QPushButton(self.tr("Remove all"), self)
        clear.clicked.connect(self.clear)
        for button in (add, remove, clear):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("File"), self.tr("Town"), self.tr("Municipality code"),
            self.tr("Counts"), self.tr("Version")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.provisional = QCheckBox(self.tr("Accept provisional files (the roll-up is then "
                                             "provisional)"), self)
        self.threshold = QSpinBox(self)
        self.threshold.setRange(1, 100)
        self.threshold.setValue(5)
        self.threshold.setMaximumWidth(120)
        self.threshold.setToolTip(self.tr(
            "Counts from 1 to one less than this are hidden as x in the prefecture's report."))
        form.addRow("", self.provisional)
        form.addRow(self.tr("Hide counts below"), self.threshold)
        layout.addLayout(form)
        actions = QHBoxLayout()
        check = QPushButton(self.tr("Check the files"), self)
        check.clicked.connect(self.check)
        self.make = QPushButton(self.tr("Make the prefecture's report…"), self)
        self.make.clicked.connect(self.make_report)
        actions.addWidget(check)
        actions.addWidget(self.make)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.resize(860, 560)

    # -- seams for tests
    def choose_files(self) -> list[str]:
        start = file_dialogs.start_folder("rollup")
        chosen = QFileDialog.getOpenFileNames(self, self.tr("Annual data files"), str(start),
                                              self.tr("Annual data files (*.json)"))[0]
        if chosen:
            file_dialogs.remember("rollup", chosen[0])
        return list(chosen)

    def choose_folder(self) -> str:
        return file_dialogs.choose_folder(self, self.tr("Save the prefecture's report in"),
                                          "rollup-out")

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- behaviour
    def add_files(self, paths: list[str] | None = None) -> None:
        for name in paths if paths is not None else self.choose_files():
            path = Path(name)
            if path not in self.files:
                self.files.append(path)
        self._fill(None)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self.files[row]
        self._fill(None)

    def clear(self) -> None:
        self.files = []
        self._fill(None)

    def _fill(self, towns: list[list[str]] | None) -> None:
        self.table.setRowCount(len(self.files))
        for row, path in enumerate(self.files):
            values = [QFileInfo(str(path)).fileName(), *(towns[row] if towns else [""] * 4)]
            for col, text in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def check(self) -> bool:
        """Read and check every file (quick: no suppression yet); one sentence if one is
        refused."""
        try:
            year, towns = read_towns(self.files, provisional=self.provisional.isChecked())
        except MadoguchiError as exc:
            self.status.setText(error_text(exc))
            return False
        self._fill([[t.name, t.code, self.tr("exact") if t.exact else self.tr("suppressed"),
                     (self.tr("provisional to %1").replace("%1", t.cut_off)
                      if t.provisional else self.tr("final"))] for t in towns])
        self.status.setText(self.tr("%1 files of %2 are ready to roll up.")
                            .replace("%1", str(len(towns)))
                            .replace("%2", fiscal_year_label(year)))
        return True

    def make_report(self) -> None:
        if not self.check():
            return
        folder = self.choose_folder()
        if not folder:
            return
        files, provisional = list(self.files), self.provisional.isChecked()
        threshold = self.threshold.value()

        def work(progress: Progress) -> list[Path]:
            return make_rollup(files, Path(folder), provisional=provisional,
                               threshold=threshold, progress=progress)

        self.job = Job(self, self.tr("Making the prefecture's report…"), work)

        def done(paths: list[Path]) -> None:
            self.status.setText(self.tr("Saved:") + "\n" + "\n".join(str(p) for p in paths))
            if paths:
                self.open_folder(paths[0].parent)

        self.job.done.connect(done)
        self.job.failed.connect(self.status.setText)
        self.job.start()


def run_prefecture() -> int:
    """`madoguchi prefecture`: the page as a window of its own, no database."""
    from ui.main import application

    app = application()
    page = PrefecturePage()
    page.show()
    return app.exec()
