"""Settings › Retention: anonymise residents with no activity for N years (administrator).
A preview comes first; the counts in past reports stay as they were."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app import retention
from app.errors import MadoguchiError
from app.services import Services
from ui.labels import error_text


class RetentionBox(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Retention"), parent)
        self.services = services
        self.found: list[retention.Candidate] = []
        form = QFormLayout(self)
        self.years = QSpinBox(self)
        self.years.setRange(1, 50)
        self.years.setValue(5)
        self.years.setSuffix(self.tr(" years"))
        preview = QPushButton(self.tr("Preview"), self)
        preview.clicked.connect(self.preview)
        self.apply_button = QPushButton(self.tr("Anonymise…"), self)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        row = QHBoxLayout()
        row.addWidget(self.years)
        row.addWidget(preview)
        row.addWidget(self.apply_button)
        row.addStretch(1)
        form.addRow(self.tr("No activity for"), row)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(110)
        self.note = QLabel(self.tr(
            "Anonymising blanks names, contacts, notes and free text, after a backup. "
            "Nationality, languages and residence status stay, so past reports keep their "
            "numbers."), self)
        self.note.setWordWrap(True)
        form.addRow(self.list)
        form.addRow(self.note)

    def confirm(self, count: int) -> bool:
        """Seam for tests."""
        return QMessageBox.question(
            self, self.tr("Anonymise"),
            self.tr("Anonymise %1 residents? This cannot be undone (a backup is made first).")
            .replace("%1", str(count))) == QMessageBox.StandardButton.Yes

    def preview(self) -> None:
        self.found = self.services.retention.preview(self.years.value())
        self.list.clear()
        for c in self.found:
            self.list.addItem(f"{c.name}  —  {c.last_activity or ''}")
        self.note.setText(self.tr("%1 residents have had no activity for %2 years or more.")
                          .replace("%1", str(len(self.found)))
                          .replace("%2", str(self.years.value())))
        self.apply_button.setEnabled(bool(self.found))

    def apply(self) -> None:
        if not self.found or not self.confirm(len(self.found)):
            return
        try:
            done = self.services.retention.anonymise([c.id for c in self.found])
        except MadoguchiError as exc:
            self.note.setText(error_text(exc))
            return
        self.found = []
        self.list.clear()
        self.apply_button.setEnabled(False)
        self.note.setText(self.tr("%1 residents anonymised.").replace("%1", str(done)))
