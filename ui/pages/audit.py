"""The Audit page (administrators): the audit trail filtered by user, date and record, and a
check of its hash chain."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import audit
from app.errors import MadoguchiError
from app.marks import QT_TRANSLATE_NOOP
from app.services import Services
from ui.audit_text import changes_text, record_text, resident_ids
from ui.labels import error_text, kind_label
from ui.table_model import RowsModel
from ui.table_view import DataTable
from ui.widgets import DateField, ErrorLabel

ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("AuditAction", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditAction", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditAction", "Deleted"),
    "view": QT_TRANSLATE_NOOP("AuditAction", "Viewed"),
    "export": QT_TRANSLATE_NOOP("AuditAction", "Exported"),
    "import": QT_TRANSLATE_NOOP("AuditAction", "Imported"),
    "report": QT_TRANSLATE_NOOP("AuditAction", "Report made"),
    "print": QT_TRANSLATE_NOOP("AuditAction", "Printed"),
    "backup": QT_TRANSLATE_NOOP("AuditAction", "Backup"),
    "restore": QT_TRANSLATE_NOOP("AuditAction", "Restore"),
    "login": QT_TRANSLATE_NOOP("AuditAction", "Logged in"),
    "logout": QT_TRANSLATE_NOOP("AuditAction", "Logged out"),
    "login_failed": QT_TRANSLATE_NOOP("AuditAction", "Failed login"),
    "lockout": QT_TRANSLATE_NOOP("AuditAction", "Locked out"),
    "unlock": QT_TRANSLATE_NOOP("AuditAction", "Unlocked"),
    "purge": QT_TRANSLATE_NOOP("AuditAction", "Anonymised"),
    "redact": QT_TRANSLATE_NOOP("AuditAction", "Values removed"),
}
KIND_USER = QT_TRANSLATE_NOOP("AuditPage", "User account")
ROW_LIMIT = 500


def action_label(action: str) -> str:
    return QCoreApplication.translate("AuditAction", str(ACTION_LABELS.get(action, action)))


class AuditPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.loaded = False
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        layout.addLayout(bar)
        self.user = QComboBox(self)
        self.user.setMinimumWidth(140)
        bar.addWidget(QLabel(self.tr("User"), self))
        bar.addWidget(self.user)
        self.date_from, self.date_to = DateField(self), DateField(self)
        bar.addWidget(QLabel(self.tr("From"), self))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to"), self))
        bar.addWidget(self.date_to)
        self.record = QLineEdit(self)
        self.record.setPlaceholderText(self.tr("Record ID (uuid; in a record's tooltip)"))
        self.record.setClearButtonEnabled(True)
        bar.addWidget(self.record, 1)
        show = QPushButton(self.tr("Show"), self)
        show.clicked.connect(self.refresh)
        bar.addWidget(show)
        for field in (self.date_from, self.date_to):
            field.edit.editingFinished.connect(self.refresh)
            field.calendar.clicked.connect(lambda _d: self.refresh())
        self.record.returnPressed.connect(self.refresh)
        self.user.currentIndexChanged.connect(lambda _i: self.refresh() if self.loaded else None)

        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.table = DataTable(self, widths_key=f"{services.store.user}/audit")
        self.rows_model = RowsModel([
            self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Kind"),
            self.tr("Record"), self.tr("Changes")], self)
        self.table.setModel(self.rows_model)
        layout.addWidget(self.table, 1)

        foot = QHBoxLayout()
        layout.addLayout(foot)
        self.count_label = QLabel(self)
        foot.addWidget(self.count_label)
        foot.addStretch(1)
        self.verify_result = QLabel(self)
        foot.addWidget(self.verify_result)
        self.verify_button = QPushButton(self.tr("Verify chain"), self)
        self.verify_button.setToolTip(self.tr(
            "Check that no audit row was altered or removed since it was written"))
        self.verify_button.clicked.connect(self.verify)
        foot.addWidget(self.verify_button)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        self.refresh()  # rows are added while the window stays open
        super().showEvent(event)

    def _fill_users(self) -> None:
        chosen = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("Any user"), None)
        for name in self.services.audit.users():
            self.user.addItem(name, name)
        self.user.setCurrentIndex(max(self.user.findData(chosen), 0) if chosen else 0)
        self.user.blockSignals(False)

    @staticmethod
    def _date(field: DateField) -> str | None:
        value = field.value()
        return value if value and len(value) == 10 and value[4] == "-" else None

    def refresh(self) -> None:
        try:
            self._fill_users()
            rows = self.services.audit.search(user=self.user.currentData(),
                                date_from=self._date(self.date_from),
                                date_to=self._date(self.date_to),
                                record=self.record.text().strip() or None, limit=ROW_LIMIT)
        except MadoguchiError as exc:
            self.error.show_error(error_text(exc))
            return
        self.error.show_error("")
        self.loaded = True
        self.fill(rows)

    def fill(self, rows: list[audit.AuditRow]) -> None:
        """One model reset: no widget work per cell (see ui.table_view)."""
        codes = self.services.codes
        names = self.services.audit.record_names(rows)
        people = self.services.audit.resident_names(resident_ids(rows))
        texts: list[tuple[str, ...]] = []
        tooltips: dict[tuple[int, int], str] = {}
        for i, row in enumerate(rows):
            changes = changes_text(row, codes, people) if row.changes else (row.detail or "")
            if row.redacted:
                changes = self.tr("(values removed when the record was purged)")
            texts.append((row.local_time(), row.user, action_label(row.action),
                          self._kind(row.record_kind), record_text(row, names, codes),
                          changes))
            if row.record_uuid:
                tooltips[(i, 4)] = row.record_uuid
            if row.changes:
                tooltips[(i, 5)] = changes_text(row, codes, people, "\n")
        self.rows_model.set_rows(texts, tooltips)
        if len(rows) >= ROW_LIMIT:
            self.count_label.setText(self.tr("The newest %1 rows; narrow the filter to see "
                                             "older ones.").replace("%1", str(ROW_LIMIT)))
        else:
            self.count_label.setText(QCoreApplication.translate(
                "AuditPage", "%Ln row(s)", "", len(rows)))

    @staticmethod
    def _kind(kind: str | None) -> str:
        if kind == "user":
            return QCoreApplication.translate("AuditPage", str(KIND_USER))
        return kind_label(kind) if kind else ""

    def verify(self) -> None:
        broken = self.services.audit.verify()
        if broken is None:
            self.verify_result.setStyleSheet("")
            self.verify_result.setText(self.tr("The audit trail is intact (%1 rows).")
                                       .replace("%1", str(self.services.audit.count())))
        else:
            self.verify_result.setStyleSheet("color: #b00020; font-weight: bold;")
            self.verify_result.setText(self.tr("Audit row %1 was altered or removed.")
                                       .replace("%1", str(broken)))
