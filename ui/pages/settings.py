"""Settings: the town, the database, and the code lists (editable labels, new codes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import db
from app.codes import LISTS, CodeItem
from app.errors import ValidationError
from app.services import Services
from ui import i18n
from ui.formats import use_era_dates
from ui.labels import list_label, validation_message
from ui.login import language_box
from ui.pages.backup_box import BackupBox
from ui.pages.conflicts import ConflictsPage
from ui.pages.data_transfer import DataTransferBox
from ui.pages.devices import DevicesBox
from ui.pages.report_settings import ReportSettingsBox
from ui.pages.retention_box import RetentionBox
from ui.session import auto_lock_minutes
from ui.table_import import OldRecordsBox
from ui.widgets import ErrorLabel


class CodeItemDialog(QDialog):
    """Add a code to a list, or change a code's labels, order or whether it is offered."""

    def __init__(self, services: Services, item: CodeItem, parent: QWidget | None = None,
                 *, new: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Code"))
        form = QFormLayout(self)
        self.code = QLineEdit(item.code, self)
        self.code.setReadOnly(not new)
        self.label_ja = QLineEdit(item.label_ja, self)
        self.label_en = QLineEdit(item.label_en, self)
        self.order = QSpinBox(self)
        self.order.setRange(0, 100_000)
        self.order.setValue(item.sort_order)
        self.active = QCheckBox(self.tr("Offered in forms"), self)
        self.active.setChecked(item.active)
        self.error = ErrorLabel(self)
        self.list_name = item.list
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Japanese label"), self.label_ja)
        form.addRow(self.tr("English label"), self.label_en)
        form.addRow(self.tr("Order"), self.order)
        form.addRow("", self.active)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def launch(self) -> int:
        return self.exec()

    def save(self) -> None:
        item = CodeItem(self.list_name, self.code.text().strip(), self.label_ja.text(),
                        self.label_en.text(), self.order.value(), self.active.isChecked())
        try:
            self.services.codes.save(item)
        except ValidationError as exc:
            field, message = next(iter(exc.errors.items()))
            self.error.show_error(f"{field}: {validation_message(message)}")
            return
        self.accept()


class SettingsPage(QWidget):
    auto_lock_changed = Signal(int)  # minutes; 0 = never
    language_changed = Signal(str)  # the user chose another UI language

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        store = services.store
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs)
        general = QWidget(self.tabs)
        layout = QVBoxLayout(general)
        general_scroll = QScrollArea(self.tabs)
        general_scroll.setWidgetResizable(True)
        general_scroll.setWidget(general)
        self.tabs.addTab(general_scroll, self.tr("Town and data"))
        self.reports = ReportSettingsBox(services, self.tabs)
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.reports)
        self.tabs.addTab(scroll, self.tr("Reports"))

        layout.addWidget(self._preferences_box())
        town = QGroupBox(self.tr("Town"), self)
        form = QFormLayout(town)
        self.town_ja = QLineEdit(store.setting("town_name_ja"), town)
        self.town_en = QLineEdit(store.setting("town_name_en"), town)
        save = QPushButton(self.tr("Save"), town)
        save.clicked.connect(self.save_town)
        self.saved_note = QLabel(town)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(self.saved_note)
        buttons.addStretch(1)
        form.addRow(self.tr("Town name (Japanese)"), self.town_ja)
        form.addRow(self.tr("Town name (English)"), self.town_en)
        form.addRow("", buttons)
        layout.addWidget(town)

        about = QGroupBox(self.tr("Database"), self)
        info = QFormLayout(about)
        version = store.migration.new_version if store.migration else 0
        info.addRow(self.tr("File"), QLabel(str(store.path.resolve() if store.path else ""), about))
        info.addRow(self.tr("Schema version"), QLabel(str(version), about))
        info.addRow(self.tr("SQLite"), QLabel(db.sqlite_version(), about))
        info.addRow(self.tr("Recorded as user"), QLabel(store.user, about))
        layout.addWidget(about)
        self.transfer = DataTransferBox(services, self)
        layout.addWidget(self.transfer)

        layout.addStretch(1)
        lists = QWidget(self.tabs)
        self.tabs.addTab(lists, self.tr("Code lists"))
        self.devices = DevicesBox(services, self.tabs)
        self.tabs.addTab(self.devices, self.tr("Devices"))
        self.conflicts = ConflictsPage(services, self.tabs)
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.devices.conflicts_changed.connect(self.conflicts.refresh)
        self.conflicts.resolved.connect(self.devices.refresh)
        column = QVBoxLayout(lists)
        row = QHBoxLayout()
        self.list_choice = QComboBox(lists)
        for name in LISTS:
            self.list_choice.addItem(list_label(name), name)
        self.list_choice.currentIndexChanged.connect(self.show_list)
        add = QPushButton(self.tr("Add code…"), lists)
        add.clicked.connect(self.add_code)
        row.addWidget(QLabel(self.tr("List"), lists))
        row.addWidget(self.list_choice)
        row.addStretch(1)
        row.addWidget(add)
        column.addLayout(row)
        self.table = QTableWidget(0, 5, lists)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Japanese"),
                                              self.tr("English"), self.tr("In this window"),
                                              self.tr("Offered")])
        # Japanese and English are edited here; the other languages ship with Madoguchi.
        self.table.setColumnHidden(3, i18n.current() in ("ja", "en"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda r, _c: self.edit_code(r))
        column.addWidget(self.table)
        self.show_list()
        self._accounts_section(layout, town, scroll, lists)
        self.old_records = OldRecordsBox(services, self)  # administrators only
        self.old_records.imported.connect(self.transfer.imported)
        layout.insertWidget(layout.indexOf(self.transfer) + 1, self.old_records)
        self.old_records.setVisible(self.admin)

    # -- the user's own preferences: anyone may change their own
    def _preferences_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your preferences"), self)
        form = QFormLayout(box)
        self.language = language_box(box)
        self.language.currentIndexChanged.connect(self.save_language)
        form.addRow(self.tr("Language"), self.language)
        self.era_dates = QCheckBox(self.tr("Show dates in the Japanese era (令和) in the "
                                           "Japanese window"), box)
        self.era_dates.setChecked(
            self.services.users.era_dates(self.services.store.user))
        self.era_dates.toggled.connect(self.save_era_dates)
        form.addRow("", self.era_dates)
        return box

    def save_language(self) -> None:
        code = self.language.currentData()
        if not isinstance(code, str) or code == i18n.current():
            return
        self.services.users.set_language(self.services.store.user, code)
        self.language_changed.emit(code)

    def save_era_dates(self, on: bool) -> None:
        self.services.users.set_era_dates(self.services.store.user, on)
        use_era_dates(on)
        self.language_changed.emit(i18n.current())

    def save_town(self) -> None:
        self.services.store.set_setting("town_name_ja", self.town_ja.text().strip())
        self.services.store.set_setting("town_name_en", self.town_en.text().strip())
        self.saved_note.setText(self.tr("Saved."))

    def show_list(self) -> None:
        self.items = self.services.codes.items(str(self.list_choice.currentData()),
                                               active_only=False)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            for col, text in enumerate((item.code, item.label_ja, item.label_en,
                                        item.label(i18n.current()),
                                        "✓" if item.active else "")):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.code)
                self.table.setItem(row, col, cell)

    def add_code(self) -> None:
        name = str(self.list_choice.currentData())
        order = max((i.sort_order for i in self.items), default=0) + 10
        if CodeItemDialog(self.services, CodeItem(name, "", "", "", order), self,
                          new=True).launch():
            self.show_list()

    def edit_code(self, row: int) -> None:
        if 0 <= row < len(self.items) and CodeItemDialog(self.services, self.items[row],
                                                         self).launch():
            self.show_list()

    # -- accounts: the auto-lock setting, and what only an administrator may change
    def _accounts_section(self, layout: QVBoxLayout, town: QWidget, reports_tab: QWidget,
                          lists_tab: QWidget) -> None:
        self.admin = self.services.store.role == "admin"
        box = QGroupBox(self.tr("Security"), self)
        form = QFormLayout(box)
        self.auto_lock = QSpinBox(box)
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setValue(auto_lock_minutes(self.services))
        self.auto_lock.setToolTip(self.tr("After this many minutes without use the window "
                                          "locks and shows the login screen. 0 = never."))
        save = QPushButton(self.tr("Save"), box)
        save.clicked.connect(self.save_auto_lock)
        self.auto_lock_note = QLabel(box)
        row = QHBoxLayout()
        row.addWidget(self.auto_lock)
        row.addWidget(save)
        row.addWidget(self.auto_lock_note)
        row.addStretch(1)
        form.addRow(self.tr("Auto-lock after"), row)
        layout.insertWidget(layout.indexOf(self.transfer) + 1, box)
        self.backups = BackupBox(self.services, self)
        layout.insertWidget(layout.indexOf(box) + 1, self.backups)
        self.retention = RetentionBox(self.services, self)
        layout.insertWidget(layout.indexOf(self.backups) + 1, self.retention)
        self.retention.setVisible(self.admin)
        if self.admin:
            return
        self.role_note = QLabel(self.tr(
            "Only an administrator can change these settings, the report settings and the "
            "code lists, or export and import all records."), self)
        self.role_note.setWordWrap(True)
        self.role_note.setStyleSheet("background: #eef3fb; padding: 6px;")
        layout.insertWidget(0, self.role_note)
        town.setEnabled(False)
        box.setEnabled(False)
        self.transfer.hide()  # every record, with personal data: administrators only
        index = self.tabs.indexOf(reports_tab)
        self.tabs.setTabEnabled(index, False)
        self.tabs.setTabToolTip(index, self.tr("Only an administrator can change these."))
        for button in lists_tab.findChildren(QPushButton):
            button.setEnabled(False)
        self.table.cellDoubleClicked.disconnect()
        self.table.setToolTip(self.tr("Only an administrator can change the code lists."))

    def save_auto_lock(self) -> None:
        if not self.admin:
            return
        minutes = self.auto_lock.value()
        self.services.store.set_setting("auto_lock_minutes", str(minutes))
        self.auto_lock_note.setText(self.tr("Saved."))
        self.auto_lock_changed.emit(minutes)
