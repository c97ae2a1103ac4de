"""The consultation form (生活相談)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from app.codes import STATUSES
from app.jptime import now_local
from app.records import Consultation
from app.residents import ResidentChoice
from app.services import Services
from ui.forms.base import RecordForm
from ui.forms.suggestions import SuggestionsPanel
from ui.labels import status_label
from ui.resident_picker import ResidentPicker
from ui.widgets import CodeChecklist, CodeCombo, DateField, NoteEdit, TimeField


class ConsultationForm(RecordForm):
    record_kind = "consultation"

    def __init__(self, services: Services, record_id: int | None = None,
                 parent: QWidget | None = None, resident_id: int | None = None) -> None:
        self._preset_resident = resident_id
        super().__init__(services, record_id, parent)
        self.setWindowTitle(self.tr("Consultation") if record_id is None
                            else self.tr("Consultation #%1").replace("%1", str(record_id)))

    def build(self) -> None:
        codes = self.services.codes
        when = QWidget(self)
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        self.day = DateField(when)
        self.time = TimeField(when)
        now = now_local()
        self.day.set_value(now.strftime("%Y-%m-%d"))
        self.time.set_value(now.strftime("%H:%M"))
        row.addWidget(self.day)
        row.addWidget(self.time)
        row.addStretch(1)  # the time sits beside the date, not at the far edge
        self.add_field("occurred_at", self.tr("Date and time"), when)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.add_field("minutes", self.tr("Time spent"), self.minutes)

        person = QWidget(self)
        row = QHBoxLayout(person)
        row.setContentsMargins(0, 0, 0, 0)
        self.resident = ResidentPicker(self.services, person, creator=self._new_resident)
        self.anonymous = QCheckBox(self.tr("Anonymous"), person)
        row.addWidget(self.resident, 1)
        row.addWidget(self.anonymous)
        self.add_field("resident_id", self.tr("Resident"), person)
        self.nationality = CodeCombo(codes, "nationality", optional=True, parent=self)
        self.add_field("nationality", self.tr("Nationality (anonymous)"), self.nationality)
        self.anonymous.toggled.connect(self._anonymous_changed)
        self.resident.picked.connect(self._resident_picked)

        self.language = CodeCombo(codes, "language", optional=True, parent=self)
        self.add_field("language", self.tr("Language used"), self.language)
        self.channel = CodeCombo(codes, "channel", optional=True, parent=self)
        self.add_field("channel", self.tr("Channel"), self.channel)
        self.sns_app = CodeCombo(codes, "sns_app", optional=True, parent=self)
        self.add_field("sns_app", self.tr("SNS app"), self.sns_app)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.interpreter = CodeCombo(codes, "interpreter", parent=self)
        self.add_field("interpreter", self.tr("Interpreter"), self.interpreter)
        self.topics = CodeChecklist(codes, "topic", self)
        self.add_field("topics", self.tr("Topics"), self.topics)
        self.asked_edit = NoteEdit(self)
        self.asked_edit.setMaximumHeight(80)
        self.add_field("asked", self.tr("What was asked"), self.asked_edit)
        self._build_suggestions()
        self.done_edit = NoteEdit(self)
        self.done_edit.setMaximumHeight(80)
        self.add_field("done", self.tr("What was done"), self.done_edit)
        self.referral = QComboBox(self)
        self.referral.addItem("—", None)
        for oid, name, _kind in self.services.directory.organisations():
            self.referral.addItem(name, oid)
        self.add_field("referral_org_id", self.tr("Referred to"), self.referral)
        self.status = QComboBox(self)
        for code in STATUSES:
            self.status.addItem(status_label(code), code)
        self.add_field("status", self.tr("Status"), self.status)
        self.follow_up = DateField(self)
        self.add_field("follow_up_date", self.tr("Follow-up date"), self.follow_up)
        if self._preset_resident is not None:
            name = self.services.residents.names([self._preset_resident]).get(
                self._preset_resident, "")
            self.resident.set_resident(self._preset_resident, name)
        self._anonymous_changed(False)
        self._channel_changed()

    # -- suggested answers from the knowledge base; "answered with" is saved with the record
    def _build_suggestions(self) -> None:
        self._answered: list[int] = []
        self.suggestions = SuggestionsPanel(
            self.services, self.topics.codes, lambda: self.asked_edit.toPlainText(),
            self.language.code, self)
        self.add_field("answered_with", self.tr("Suggested answers"), self.suggestions)
        self.topics.changed.connect(self.suggestions.schedule)
        self.asked_edit.textChanged.connect(self.suggestions.schedule)

    def is_dirty(self) -> bool:
        return super().is_dirty() or self.suggestions.checked() != self._answered

    def _resident_picked(self, choice: ResidentChoice) -> None:
        """A record starts from what is known of the person: the language they use."""
        if choice.language and self.language.code() is None:
            self.language.set_code(choice.language)

    def _anonymous_changed(self, anonymous: bool) -> None:
        self.resident.setEnabled(not anonymous)
        self.nationality.setEnabled(anonymous)

    def _channel_changed(self) -> None:
        self.sns_app.setEnabled(self.channel.code() == "sns")

    def load(self, record_id: int) -> None:
        c = self.services.consultations.get(record_id)
        self.day.set_value(c.occurred_at[:10])
        self.time.set_value(c.occurred_at[11:16])
        self.minutes.setValue(c.minutes)
        self.anonymous.setChecked(c.resident_id is None)
        if c.resident_id is not None:
            names = self.services.residents.names([c.resident_id])
            self.resident.set_resident(c.resident_id, names.get(c.resident_id, ""))
        self.nationality.set_code(c.nationality)
        self.language.set_code(c.language)
        self.channel.set_code(c.channel)
        self.sns_app.set_code(c.sns_app)
        self.interpreter.set_code(c.interpreter)
        self.topics.set_codes(c.topics)
        self.asked_edit.setPlainText(c.asked)
        self.done_edit.setPlainText(c.done)
        self.referral.setCurrentIndex(max(self.referral.findData(c.referral_org_id), 0))
        self.status.setCurrentIndex(max(self.status.findData(c.status), 0))
        self.follow_up.set_value(c.follow_up_date)
        self._uuid = c.uuid
        self._answered = self.services.knowledge.answers_of(record_id)
        self.suggestions.set_checked(self._answered)
        self.suggestions.update_now()

    def collect(self) -> Consultation:
        day, time = self.day.value(), self.time.value()
        anonymous = self.anonymous.isChecked()
        channel = self.channel.code() or ""
        return Consultation(
            occurred_at=f"{day}T{time}" if day and time else (day or ""),
            minutes=self.minutes.value(),
            resident_id=None if anonymous else self.resident.resident_id(),
            nationality=self.nationality.code() if anonymous else None,
            language=self.language.code() or "", channel=channel,
            sns_app=self.sns_app.code() if channel == "sns" else None,
            interpreter=self.interpreter.code() or "none", topics=self.topics.codes(),
            asked=self.asked_edit.toPlainText().strip(), done=self.done_edit.toPlainText().strip(),
            referral_org_id=self.referral.currentData(), status=str(self.status.currentData()),
            follow_up_date=self.follow_up.value(), id=self.record_id,
            uuid=getattr(self, "_uuid", ""))

    def store(self, record: Consultation) -> int:
        new_id = self.services.consultations.save(record)
        answered = self.suggestions.checked()
        if answered or self._answered:
            self.services.knowledge.answered_with(new_id, answered)
        self._answered = answered
        return new_id

    def remove(self, record_id: int) -> None:
        self.services.consultations.delete(record_id)
