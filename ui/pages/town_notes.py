"""Town notes: what the next person at this desk should know (who to call at the city hall,
how the local rules work, what the forms are called here), and the handover pack that
carries them with the knowledge base and the directory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import MadoguchiError, ValidationError
from app.progress import Progress
from app.services import Services
from ui import file_dialogs
from ui.jobs import Job
from ui.labels import error_text, validation_message


class TownNotesPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.job: Job | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Town notes"), self)
        heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        layout.addWidget(heading)
        intro = QLabel(self.tr(
            "What the next person at this desk should know: who to call, how things are done "
            "in this town, what to watch out for. The notes go into the handover pack."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(self.tr(
            "For example: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。"))
        layout.addWidget(self.edit, 1)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save notes"), self)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.saved_note = QLabel(self)
        row.addWidget(self.saved_note, 1)
        layout.addLayout(row)

        box = QGroupBox(self.tr("Handover pack"), self)
        column = QVBoxLayout(box)
        explanation = QLabel(self.tr(
            "A folder for whoever takes over this desk: a handover document with these "
            "notes, the open consultations, the regular duties, the directory and the "
            "published knowledge base, plus the directory as spreadsheets. Residents appear "
            "by case number and initials only, unless personal data is included."), box)
        explanation.setWordWrap(True)
        column.addWidget(explanation)
        pack_row = QHBoxLayout()
        self.personal = QCheckBox(self.tr("Include personal data (residents' full names)"),
                                  box)
        admin = services.store.role == "admin"
        self.personal.setEnabled(admin)
        self.personal.setToolTip(
            self.tr("Without it, open cases show initials and the case number.") + " "
            + self.tr("Only an administrator can include personal data."))
        self.pack_button = QPushButton(self.tr("Make handover pack…"), box)
        self.pack_button.clicked.connect(self.make_pack)
        pack_row.addWidget(self.pack_button)
        pack_row.addWidget(self.personal)
        pack_row.addStretch(1)
        column.addLayout(pack_row)
        self.result = QLabel(box)
        self.result.setWordWrap(True)
        column.addWidget(self.result)
        layout.addWidget(box)

        self.edit.setPlainText(self.stored_notes())

    # -- seams for tests
    def choose_folder(self) -> str:
        return file_dialogs.choose_folder(self, self.tr("Make the handover pack in"),
                                          "handover")

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- behaviour
    def stored_notes(self) -> str:
        return self.services.handover.town_notes()

    def refresh(self) -> None:
        if not self.is_dirty():
            self.edit.setPlainText(self.stored_notes())

    def is_dirty(self) -> bool:
        return self.edit.toPlainText() != self.stored_notes()

    def save(self) -> bool:
        try:
            self.services.handover.set_town_notes(self.edit.toPlainText())
        except ValidationError as exc:
            self.saved_note.setText(" ".join(validation_message(m)
                                             for m in exc.errors.values()))
            return False
        except MadoguchiError as exc:
            self.saved_note.setText(error_text(exc))
            return False
        stored = self.stored_notes()  # saved tidied: no trailing spaces or blank lines
        if stored != self.edit.toPlainText():
            self.edit.setPlainText(stored)
        self.saved_note.setText(self.tr("Saved."))
        return True

    def make_pack(self) -> None:
        if self.is_dirty() and not self.save():
            return  # the pack carries the notes as they are shown
        folder = self.choose_folder()
        if not folder:
            return
        personal = self.personal.isEnabled() and self.personal.isChecked()

        def work(own: Services, _progress: Progress) -> list[Path]:
            return own.handover.make_pack(Path(folder), personal=personal)

        self.result.setText("")
        self.job = Job.on_connection(self, self.tr("Making the handover pack…"),
                                     self.services, work)

        def done(paths: list[Path]) -> None:
            self.result.setText(self.tr("Saved:") + "\n" + "\n".join(str(p) for p in paths))
            if paths:
                first = paths[0]
                self.open_folder(first if first.is_dir() else first.parent)

        self.job.done.connect(done)
        self.job.failed.connect(self.result.setText)
        self.job.start()
