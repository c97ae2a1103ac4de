"""A resident's page: who they are, their household, and one timeline of everything."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.errors import NotFoundError
from app.services import Services
from ui.changes import RESIDENT_VIEW_KINDS
from ui.formats import date_text, when_text
from ui.labels import code_language, kind_label

if TYPE_CHECKING:
    from ui.opener import RecordOpener

CODE_LIST_OF_KIND = {"consultation": "topic", "accompaniment": "destination_kind",
                     "session": "session_kind"}


class ResidentView(QDialog):
    def __init__(self, services: Services, resident_id: int, opener: RecordOpener,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.resident_id = resident_id
        self.opener = opener
        self.changed = False
        self.stale = False
        opener.changes.changed.connect(self._records_changed)
        self.resize(820, 620)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        layout.addWidget(self.heading)
        self.facts = QFormLayout()
        layout.addLayout(self.facts)
        layout.addWidget(QLabel(self.tr("Timeline"), self))
        self.timeline = QTableWidget(0, 4, self)
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Kind"), self.tr("What"), self.tr("Summary")])
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.timeline.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.cellDoubleClicked.connect(self._open_entry)
        layout.addWidget(self.timeline)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for text, slot in ((self.tr("Edit resident…"), self._edit),
                           (self.tr("New consultation…"), lambda: self._new("consultation")),
                           (self.tr("New accompaniment…"), lambda: self._new("accompaniment")),
                           (self.tr("Print…"), self.print_history)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def launch(self) -> int:
        return self.exec()

    def _records_changed(self, changes: Changes) -> None:
        """A write anywhere (a form opened from here, an import, a sync): read again what
        this page shows, now if nothing is open over it, else once that closes."""
        if not changes.affects(RESIDENT_VIEW_KINDS):
            return
        if changes.affects({"resident"}):  # the resident may be gone (deleted, purged)
            try:
                self.services.residents.get(self.resident_id)
            except NotFoundError:
                QDialog.done(self, 0)
                return
        self.stale = True
        if QApplication.activeModalWidget() in (None, self):
            self.reload()

    def _reload_if_stale(self) -> None:
        if self.stale:
            self.reload()

    def reload(self) -> None:
        self.stale = False
        services, lang = self.services, code_language()
        r = services.residents.get(self.resident_id)
        self.setWindowTitle(r.display_name())
        self.heading.setText(r.display_name() + (f"  {r.kana}" if r.kana else ""))
        while self.facts.rowCount():
            self.facts.removeRow(0)
        codes = services.codes
        household = services.residents.names([link.related_id for link in r.links])
        rows = [
            (self.tr("Nationality"), codes.label("nationality", r.nationality, lang)),
            (self.tr("Residence status"), codes.label("residence_status", r.residence_status,
                                                      lang)),
            (self.tr("Languages"), ", ".join(codes.label("language", x, lang)
                                             for x in r.languages)),
            (self.tr("Employer or host"), r.employer),
            (self.tr("District"), r.district),
            (self.tr("SNS"), ", ".join(f"{codes.label('sns_app', s.app, lang)}: {s.handle}"
                                       for s in r.sns)),
            (self.tr("Arrived"), date_text(r.arrival_date or "")),
            (self.tr("Consent"), " ".join(filter(None, (
                date_text(r.consent_date or ""),
                codes.label("consent_method", r.consent_method, lang))))),
            (self.tr("Household"), ", ".join(
                f"{codes.label('relation', link.relation, lang)}: "
                f"{household.get(link.related_id, '?')}" for link in r.links)),
        ]
        self._facts = [(caption, value) for caption, value in rows if value]
        for caption, value in rows:
            if value:
                label = QLabel(value, self)
                label.setWordWrap(True)
                self.facts.addRow(caption, label)
        entries = services.residents.timeline(self.resident_id)
        self.timeline.setRowCount(len(entries))
        self._entries = entries
        for row, entry in enumerate(entries):
            what = codes.label(CODE_LIST_OF_KIND[entry.kind], entry.code, lang)
            for col, text in enumerate((when_text(entry.when), kind_label(entry.kind),
                                        what, entry.summary)):
                self.timeline.setItem(row, col, QTableWidgetItem(text))

    def print_history(self) -> bool:
        """The resident and everything done with them, on paper."""
        from ui.printing import fields_html, page, print_html, table_html

        headers = [_text(self.timeline.horizontalHeaderItem(c)) for c in range(4)]
        rows = [[_text(self.timeline.item(r, c)) for c in range(4)]
                for r in range(self.timeline.rowCount())]
        markup = page(self.heading.text(), fields_html(self._facts)
                      + "<h2>" + self.tr("Timeline") + "</h2>" + table_html(headers, rows))
        uuid = self.services.residents.get(self.resident_id).uuid
        return print_html(self, self.services, markup, "resident history", kind="resident",
                          uuid=uuid)

    def _open_entry(self, row: int, _column: int) -> None:
        entry = self._entries[row]
        if self.opener.open(entry.kind, entry.id):
            self.changed = True
            self._reload_if_stale()

    def _edit(self) -> None:
        if self.opener.form("resident", self.resident_id).launch():
            self.changed = True
            self._reload_if_stale()

    def _new(self, kind: str) -> None:
        if self.opener.new(kind, resident_id=self.resident_id):
            self.changed = True
            self._reload_if_stale()


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""
