"""The session form: orientations, Japanese classes, consultation fairs, events, drills."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from app.jptime import today_local
from app.records import Session
from app.services import Services
from ui.forms.base import RecordForm
from ui.labels import code_language
from ui.resident_picker import ResidentPicker
from ui.widgets import CodeChecklist, CodeCombo, DateField, NoteEdit, TimeField


class SessionForm(RecordForm):
    record_kind = "session"

    def __init__(self, services: Services, record_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, record_id, parent)
        self.setWindowTitle(self.tr("Session") if record_id is None
                            else self.tr("Session #%1").replace("%1", str(record_id)))

    def build(self) -> None:
        codes = self.services.codes
        self.day = DateField(self)
        self.day.set_value(today_local().isoformat())
        self.add_field("date", self.tr("Date"), self.day)
        self.start_time = TimeField(self)
        self.add_field("start_time", self.tr("Start time"), self.start_time)
        self.kind = CodeCombo(codes, "session_kind", optional=True, parent=self)
        kind_row = QWidget(self)
        row = QHBoxLayout(kind_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind, 1)
        self.copy_last = QPushButton(self.tr("Copy the last session of this kind"), kind_row)
        self.copy_last.setToolTip(self.tr(
            "Title, topics, languages, venue, facilitator and registered attendees of the "
            "most recent session of this kind (for weekly classes)"))
        self.copy_last.clicked.connect(self.copy_from_last)
        self.copy_last.setVisible(self.record_id is None)
        row.addWidget(self.copy_last)
        self.kind.currentIndexChanged.connect(lambda _i: self._enable_copy())
        self.add_field("kind", self.tr("Kind"), kind_row)
        self._enable_copy()
        self.title = QLineEdit(self)
        self.add_field("title", self.tr("Title"), self.title)
        self.topics = CodeChecklist(codes, "session_topic", self)
        self.add_field("topics", self.tr("Topics"), self.topics)
        self.languages = CodeChecklist(codes, "language", self)
        self.add_field("languages", self.tr("Languages"), self.languages)
        self.venue = QLineEdit(self)
        self.add_field("venue", self.tr("Venue"), self.venue)
        self.online = QCheckBox(self.tr("Held online"), self)
        self.add_field("online", self.tr("Online"), self.online)
        self.facilitator = QLineEdit(self)
        self.add_field("facilitator", self.tr("Facilitator"), self.facilitator)
        self.notes = NoteEdit(self)
        self.notes.setMaximumHeight(70)
        self.add_field("notes", self.tr("Notes"), self.notes)

        people = QWidget(self)
        grid = QGridLayout(people)
        grid.setContentsMargins(0, 0, 0, 0)
        self.attendees = QListWidget(people)
        self.attendees.setMaximumHeight(110)
        self.attendees.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.attendee_picker = ResidentPicker(self.services, people, creator=self._new_resident)
        self.attendee_picker.setMinimumWidth(200)  # fits beside its button without scrolling
        add = QPushButton(self.tr("Add"), people)
        remove = QPushButton(self.tr("Remove"), people)
        add.clicked.connect(self._add_attendee)
        # Picking someone, or Enter on a name that finds one person, adds them.
        self.attendee_picker.picked.connect(lambda _c: self._add_attendee())
        self.attendee_picker.returnPressed.connect(self._add_attendee)
        remove.clicked.connect(self._remove_attendees)
        grid.addWidget(self.attendees, 0, 0)
        grid.addWidget(remove, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.attendee_picker, 1, 0)
        grid.addWidget(add, 1, 1)
        grid.setColumnStretch(0, 1)
        self.add_field("attendee_ids", self.tr("Registered attendees"), people)
        sheet = QPushButton(self.tr("Attendance sheet…"), people)
        sheet.setToolTip(self.tr("Print a sheet for attendees to sign (出席簿)"))
        sheet.clicked.connect(self.print_attendance)
        grid.addWidget(sheet, 2, 0, Qt.AlignmentFlag.AlignLeft)

        heads = QWidget(self)
        grid = QGridLayout(heads)
        grid.setContentsMargins(0, 0, 0, 0)
        self.headcounts = QTableWidget(0, 2, heads)
        self.headcounts.setHorizontalHeaderLabels([self.tr("Nationality"), self.tr("Count")])
        header = self.headcounts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.headcounts.setColumnWidth(1, 110)
        self.headcounts.verticalHeader().hide()
        self.headcounts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.headcounts.setMaximumHeight(130)
        self.headcounts.setToolTip(self.tr("People who came but have no resident record"))
        add_row = QPushButton(self.tr("Add row"), heads)
        remove_row = QPushButton(self.tr("Remove row"), heads)
        remove_row.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the row to remove focused
        add_row.clicked.connect(lambda: self._add_headcount(None, 1))
        remove_row.clicked.connect(self._remove_headcount)
        grid.addWidget(self.headcounts, 0, 0, 1, 3)
        grid.addWidget(add_row, 1, 0)
        grid.addWidget(remove_row, 1, 1)
        grid.setColumnStretch(2, 1)
        self.add_field("headcounts", self.tr("Unregistered attendees"), heads)

        self.total = QLabel(self)
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(QLabel(self.tr("Total attendance"), self), self.total)
        self._update_total()

    # -- attendees
    def _attendee_item(self, resident_id: int, name: str) -> None:
        item = QListWidgetItem(name or f"#{resident_id}")
        item.setData(Qt.ItemDataRole.UserRole, resident_id)
        self.attendees.addItem(item)

    def _attendee_ids(self) -> list[int]:
        return [int(self.attendees.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.attendees.count())]

    def _add_attendee(self) -> None:
        rid = self.attendee_picker.resident_id()
        if rid is None:
            return
        if rid not in self._attendee_ids():
            self._attendee_item(rid, self.attendee_picker.currentText())
        self.attendee_picker.set_resident(None)
        self._update_total()

    def _remove_attendees(self) -> None:
        for item in self.attendees.selectedItems():
            self.attendees.takeItem(self.attendees.row(item))
        self._update_total()

    # -- headcounts
    def _add_headcount(self, nationality: str | None, count: int) -> None:
        row = self.headcounts.rowCount()
        self.headcounts.insertRow(row)
        combo = CodeCombo(self.services.codes, "nationality", optional=True,
                          parent=self.headcounts)
        combo.set_code(nationality)
        spin = QSpinBox(self.headcounts)
        spin.setRange(1, 100_000)
        spin.setValue(count)
        combo.currentIndexChanged.connect(lambda _i: self._update_total())
        spin.valueChanged.connect(lambda _v: self._update_total())
        self.headcounts.setCellWidget(row, 0, combo)
        self.headcounts.setCellWidget(row, 1, spin)
        self._update_total()

    def _remove_headcount(self) -> None:
        rows = self.headcounts.rowCount()
        if not rows:
            return
        target = self.headcounts.currentRow()
        focus = QApplication.focusWidget()
        for r in range(rows):
            for c in (0, 1):
                cell = self.headcounts.cellWidget(r, c)
                if focus is not None and cell is not None and (
                        cell is focus or cell.isAncestorOf(focus)):
                    target = r
        self.headcounts.removeRow(target if 0 <= target < rows else rows - 1)
        self._update_total()

    def _headcounts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for r in range(self.headcounts.rowCount()):
            combo = self.headcounts.cellWidget(r, 0)
            spin = self.headcounts.cellWidget(r, 1)
            if not isinstance(combo, CodeCombo) or not isinstance(spin, QSpinBox):
                continue
            code = combo.code() or ""  # a row without a nationality: validation says so
            counts[code] = counts.get(code, 0) + spin.value()
        return counts

    def _update_total(self) -> None:
        registered = self.attendees.count()
        others = sum(self._headcounts().values())
        self.total.setText(self.tr("%1 (%2 registered, %3 unregistered)")
                           .replace("%1", str(registered + others))
                           .replace("%2", str(registered)).replace("%3", str(others)))

    def print_attendance(self) -> bool:
        """出席簿: the registered attendees with a column to sign, and blank lines for
        people who come without a record."""
        from ui.printing import page, print_html, table_html

        ids = self._attendee_ids()
        choices = self.services.residents.choices(ids)
        language = code_language()
        rows = [[str(n), choices[rid].name if rid in choices else f"#{rid}",
                 choices[rid].other_names if rid in choices else "",
                 self.services.codes.label("nationality", choices[rid].nationality, language)
                 if rid in choices else "", ""] for n, rid in enumerate(ids, start=1)]
        rows += [[str(n), "", "", "", ""] for n in range(len(ids) + 1, len(ids) + 11)]
        headers = ["No.", self.tr("Name"), self.tr("Reading"), self.tr("Nationality"),
                   self.tr("Signature")]
        title = " ".join(p for p in (self.day.edit.text(), self.kind.currentText(),
                                     self.title.text()) if p)
        markup = page(self.tr("Attendance sheet") + "　" + title,
                      f"<p>{self.venue.text()}</p>"
                      + table_html(headers, rows, extra_class={4: "sign"}))
        return print_html(self, self.services, markup, "attendance sheet", kind="session",
                          uuid=getattr(self, "_uuid", None) or None)

    # -- copying a weekly class
    def _enable_copy(self) -> None:
        kind = self.kind.code()
        self.copy_last.setEnabled(
            kind is not None and self.services.sessions.last_of_kind(kind) is not None)

    def copy_from_last(self) -> None:
        kind = self.kind.code()
        last = self.services.sessions.last_of_kind(kind) if kind else None
        if last is None:
            return
        day = self.day.value()
        self.attendees.clear()
        self.headcounts.setRowCount(0)
        self._show(last)
        self.day.set_value(day if day and len(day) == 10 else today_local().isoformat())
        self.notes.clear()
        self.headcounts.setRowCount(0)  # who came unregistered differs every time
        self._update_total()

    # -- record
    def load(self, record_id: int) -> None:
        s = self.services.sessions.get(record_id)
        self._show(s)
        self._uuid = s.uuid
        self._update_total()

    def _show(self, s: Session) -> None:
        self.day.set_value(s.date)
        self.start_time.set_value(s.start_time)
        self.kind.set_code(s.kind)
        self.title.setText(s.title)
        self.topics.set_codes(s.topics)
        self.languages.set_codes(s.languages)
        self.venue.setText(s.venue)
        self.online.setChecked(s.online)
        self.facilitator.setText(s.facilitator)
        self.notes.setPlainText(s.notes)
        names = self.services.residents.names(s.attendee_ids)
        for rid in s.attendee_ids:
            self._attendee_item(rid, names.get(rid, ""))
        for nationality, count in sorted(s.headcounts.items()):
            self._add_headcount(nationality, count)

    def collect(self) -> Session:
        return Session(
            date=self.day.value() or "", start_time=self.start_time.value(),
            kind=self.kind.code() or "", title=self.title.text().strip(),
            topics=self.topics.codes(), languages=self.languages.codes(),
            venue=self.venue.text().strip(), online=self.online.isChecked(),
            facilitator=self.facilitator.text().strip(),
            notes=self.notes.toPlainText().strip(), attendee_ids=self._attendee_ids(),
            headcounts=self._headcounts(), id=self.record_id, uuid=getattr(self, "_uuid", ""))

    def store(self, record: Session) -> int:
        return self.services.sessions.save(record)

    def remove(self, record_id: int) -> None:
        self.services.sessions.delete(record_id)
