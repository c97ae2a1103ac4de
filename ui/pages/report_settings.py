"""Settings for reports: suppression threshold, town profile, the special allocation tax
measures, and how the annual report goes to the prefecture."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import MadoguchiError, ValidationError
from app.reports import config, mail
from app.services import Services
from ui.labels import error_text, validation_message
from ui.widgets import CodeChecklist, ErrorLabel

RULE_LISTS = (("topics", "topic"), ("interpreters", "interpreter"),
              ("session_kinds", "session_kind"), ("session_topics", "session_topic"),
              ("destination_kinds", "destination_kind"))


def _left(widget: QWidget) -> QHBoxLayout:
    """A button at its natural width, not stretched across the form."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


class MeasuresDialog(QDialog):
    """Which topics, interpreters, session kinds and topics, and destinations count under
    each special allocation tax measure."""

    def __init__(self, services: Services, measures: dict[str, config.MeasureRule],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Special allocation tax measures"))
        self.resize(720, 560)
        self.lists: dict[str, dict[str, CodeChecklist]] = {}
        tabs = QTabWidget(self)
        captions = {"topics": self.tr("Consultation topics"),
                    "interpreters": self.tr("Consultations with interpreter"),
                    "session_kinds": self.tr("Session kinds"),
                    "session_topics": self.tr("Session topics"),
                    "destination_kinds": self.tr("Accompaniment destinations")}
        for key, title in config.MEASURES.items():
            page = QWidget(tabs)
            form = QFormLayout(page)
            self.lists[key] = {}
            for field, list_name in RULE_LISTS:
                checklist = CodeChecklist(services.codes, list_name, page)
                checklist.set_codes(getattr(measures[key], field))
                form.addRow(captions[field], checklist)
                self.lists[key][field] = checklist
            tabs.addTab(page, title[:14])
            tabs.setTabToolTip(tabs.count() - 1, title)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def launch(self) -> int:
        return self.exec()

    def measures(self) -> dict[str, config.MeasureRule]:
        return {key: config.MeasureRule(**{f: c.codes() for f, c in fields.items()})
                for key, fields in self.lists.items()}


class ReportSettingsBox(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = services.reports.settings()
        self.mail = services.reports.mail_settings()
        layout = QVBoxLayout(self)

        reports = QGroupBox(self.tr("Reports"), self)
        form = QFormLayout(reports)
        self.threshold = QSpinBox(reports)
        self.threshold.setRange(1, 100)
        self.threshold.setValue(self.settings.threshold)
        self.threshold.setToolTip(self.tr(
            "Counts from 1 to one less than this are hidden as x in the annual report."))
        self.population = QSpinBox(reports)
        self.foreign = QSpinBox(reports)
        for box, value in ((self.population, self.settings.population),
                           (self.foreign, self.settings.foreign_residents)):
            box.setRange(0, 10_000_000)
            box.setSpecialValueText("—")
            box.setValue(value or 0)
        self.protection_width = QSpinBox(reports)
        self.protection_width.setRange(0, 1000)
        self.protection_width.setSpecialValueText(self.tr("same as above"))
        self.protection_width.setValue(self.settings.protection_width or 0)
        self.protection_width.setToolTip(self.tr(
            "A hidden count is protected when a reader of every table published this year "
            "cannot narrow it to a range narrower than this."))
        self.municipality = QComboBox(reports)
        self.municipality.addItem(self.tr("from the town's name"), "")
        for kind in ("町", "村", "市"):
            self.municipality.addItem(kind, kind)
        self.municipality.setCurrentIndex(
            max(self.municipality.findData(self.settings.municipality_type), 0))
        self.code = QLineEdit(self.settings.municipality_code, reports)
        self.code.setPlaceholderText("131016")
        self.code.setMaxLength(6)
        self.code.setMaximumWidth(160)
        self.code.setToolTip(self.tr(
            "全国地方公共団体コード: six digits, the last one a check digit."))
        self.data_counts = QComboBox(reports)
        self.data_counts.addItem(self.tr("suppressed counts, as in the report"), "suppressed")
        self.data_counts.addItem(self.tr("exact counts, for the prefecture to suppress"),
                                 "exact")
        self.data_counts.setMaximumWidth(420)
        self.data_counts.setCurrentIndex(
            max(self.data_counts.findData(self.settings.data_counts), 0))
        self.department = QLineEdit(self.settings.department, reports)
        self.contact = QLineEdit(self.settings.contact, reports)
        self.contact.setPlaceholderText("TEL 0123-45-6789 / kokusai@town.example")
        measures = QPushButton(self.tr("Special allocation tax measures…"), reports)
        measures.clicked.connect(self.edit_measures)
        external = QPushButton(self.tr("Other bodies' categories…"), reports)
        external.clicked.connect(self.edit_categories)
        for box in (self.threshold, self.protection_width, self.population, self.foreign):
            box.setMaximumWidth(160)
        self.municipality.setMaximumWidth(260)
        form.addRow(self.tr("Hide counts below"), self.threshold)
        form.addRow(self.tr("Protection width"), self.protection_width)
        form.addRow(self.tr("Municipality"), self.municipality)
        form.addRow(self.tr("Municipality code"), self.code)
        form.addRow(self.tr("The annual data file carries"), self.data_counts)
        form.addRow(self.tr("Town population"), self.population)
        form.addRow(self.tr("Foreign residents"), self.foreign)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Contact (mail signature)"), self.contact)
        form.addRow("", _left(measures))
        form.addRow("", _left(external))
        layout.addWidget(reports)

        sending = QGroupBox(self.tr("Sending to the prefecture"), self)
        form = QFormLayout(sending)
        self.to_address = QLineEdit(self.mail.to_address, sending)
        self.from_address = QLineEdit(self.mail.from_address, sending)
        self.subject = QLineEdit(self.mail.subject_template, sending)
        self.body = QPlainTextEdit(self.mail.body_template, sending)
        self.body.setMaximumHeight(120)
        self.host = QLineEdit(self.mail.smtp_host, sending)
        self.port = QSpinBox(sending)
        self.port.setRange(1, 65535)
        self.port.setValue(self.mail.smtp_port)
        self.starttls = QCheckBox(self.tr("Use STARTTLS"), sending)
        self.starttls.setChecked(self.mail.smtp_starttls)
        self.user = QLineEdit(self.mail.smtp_user, sending)
        forget = QPushButton(self.tr("Forget the saved password"), sending)
        forget.clicked.connect(self.forget_password)
        server = QHBoxLayout()
        server.addWidget(self.host, 1)
        server.addWidget(self.port)
        server.addWidget(self.starttls)
        form.addRow(self.tr("Prefecture's address"), self.to_address)
        form.addRow(self.tr("From address"), self.from_address)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Message"), self.body)
        form.addRow(self.tr("Mail server (SMTP)"), server)
        form.addRow(self.tr("User"), self.user)
        self.keyring_note = QLabel(sending)  # filled when first shown: finding the keyring
        self.keyring_note.setWordWrap(True)  # takes a tenth of a second
        form.addRow("", self.keyring_note)
        self.forget = forget
        form.addRow("", _left(forget))
        layout.addWidget(sending)

        self.port.setMaximumWidth(90)
        row = QHBoxLayout()
        save = QPushButton(self.tr("Save report settings"), self)
        save.clicked.connect(self.save)
        self.message = ErrorLabel(self)
        row.addWidget(save)
        row.addWidget(self.message, 1)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        if not self.keyring_note.text():
            secure = mail.secure_keyring_available()
            self.keyring_note.setText(
                self.tr("The password is kept only in this computer's keyring, never in a file.")
                if secure else
                self.tr("No secure keyring here: Madoguchi asks for the password every time."))
            self.forget.setEnabled(secure)
        super().showEvent(event)

    def edit_measures(self) -> None:
        dialog = MeasuresDialog(self.services, self.settings.measures, self)
        if dialog.launch():
            self.settings.measures = dialog.measures()

    def edit_categories(self) -> None:
        from ui.pages.categories_dialog import CategoriesDialog

        CategoriesDialog(self.services, self).launch()

    def forget_password(self) -> None:
        try:
            mail.delete_password(self.user.text().strip())
        except MadoguchiError as exc:
            self.message.show_error(error_text(exc))

    def save(self) -> bool:
        s = self.settings
        s.threshold = self.threshold.value()
        s.population = self.population.value() or None
        s.foreign_residents = self.foreign.value() or None
        s.department = self.department.text().strip()
        s.protection_width = self.protection_width.value() or None
        s.municipality_type = str(self.municipality.currentData() or "")
        s.contact = self.contact.text().strip()
        s.municipality_code = self.code.text().strip()
        s.data_counts = str(self.data_counts.currentData() or "suppressed")
        m = self.mail
        m.to_address, m.from_address = self.to_address.text().strip(), \
            self.from_address.text().strip()
        m.subject_template, m.body_template = self.subject.text(), self.body.toPlainText()
        m.smtp_host, m.smtp_port = self.host.text().strip(), self.port.value()
        m.smtp_starttls, m.smtp_user = self.starttls.isChecked(), self.user.text().strip()
        try:
            self.services.reports.save_settings(s)
        except ValidationError as exc:
            field, text = next(iter(exc.errors.items()))
            self.message.show_error(f"{field}: {validation_message(text)}")
            return False
        self.services.reports.save_mail_settings(m)
        self.message.setStyleSheet("")
        self.message.show_error(self.tr("Saved."))
        return True
