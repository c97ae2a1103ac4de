"""The accompaniment form (同行支援): going with a resident to a hospital, office or school."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.jptime import today_local
from app.records import Accompaniment
from app.services import Services
from ui.forms.base import RecordForm
from ui.resident_picker import ResidentPicker
from ui.widgets import CodeCombo, DateField, NoteEdit, TimeField


class AccompanimentForm(RecordForm):
    record_kind = "accompaniment"

    def __init__(self, services: Services, record_id: int | None = None,
                 parent: QWidget | None = None, resident_id: int | None = None) -> None:
        self._preset_resident = resident_id
        self._consultation_id: int | None = None
        super().__init__(services, record_id, parent)
        self.setWindowTitle(self.tr("Accompaniment") if record_id is None
                            else self.tr("Accompaniment #%1").replace("%1", str(record_id)))

    def build(self) -> None:
        codes = self.services.codes
        self.day = DateField(self)
        self.day.set_value(today_local().isoformat())
        self.add_field("date", self.tr("Date"), self.day)
        self.time_out = TimeField(self)
        self.time_out.setToolTip(self.tr("When you left the office"))
        self.add_field("time_out", self.tr("Time out"), self.time_out)
        self.time_back = TimeField(self)
        self.time_back.setToolTip(self.tr("When you were back at the office"))
        self.add_field("time_back", self.tr("Time back"), self.time_back)
        self.resident = ResidentPicker(self.services, self, creator=self._new_resident)
        self.add_field("resident_id", self.tr("Resident"), self.resident)
        self.destination_kind = CodeCombo(codes, "destination_kind", optional=True, parent=self)
        self.add_field("destination_kind", self.tr("Destination"), self.destination_kind)
        self.organisation = QComboBox(self)
        self.add_field("organisation_id", self.tr("Organisation"), self.organisation)
        self._fill_organisations(None)
        self.destination_kind.currentIndexChanged.connect(
            lambda _i: self._fill_organisations(self.organisation.currentData()))
        self.organisation.currentIndexChanged.connect(self._organisation_chosen)
        self.facility = QLineEdit(self)
        self.facility.setPlaceholderText(self.tr("Facility or counter"))
        self.add_field("facility", self.tr("Facility"), self.facility)
        self.department = QLineEdit(self)
        self.department.setPlaceholderText(self.tr("e.g. 内科, 住民課"))
        self.add_field("department", self.tr("Department"), self.department)
        self.accompanied_by = QLineEdit(self)
        self.accompanied_by.setPlaceholderText(self.tr("Who went with the resident"))
        self.add_field("accompanied_by", self.tr("Accompanied by"), self.accompanied_by)
        self.interpreter = CodeCombo(codes, "interpreter", optional=True, parent=self)
        self.add_field("interpreter", self.tr("Interpreter"), self.interpreter)
        self.purpose = QLineEdit(self)
        self.add_field("purpose", self.tr("Purpose"), self.purpose)
        self.outcome = NoteEdit(self)
        self.outcome.setMaximumHeight(80)
        self.add_field("outcome", self.tr("Outcome"), self.outcome)
        self.health_details = NoteEdit(self)
        self.health_details.setMaximumHeight(80)
        sensitive = self.tr(
            "Sensitive personal information (要配慮個人情報): diagnoses, symptoms and treatment. "
            "Write only what the follow-up needs, and only with the resident's consent.")
        self.health_details.setToolTip(sensitive)
        self.add_field("health_details", self.tr("Health details (sensitive)"),
                       self.health_details)
        box = self.health_details.parentWidget()
        caption = self.form.labelForField(box) if box is not None else None
        if caption is not None:
            caption.setToolTip(sensitive)
        self.distance_km = QDoubleSpinBox(self)
        self.distance_km.setRange(0, 5000)
        self.distance_km.setDecimals(1)
        self.distance_km.setSuffix(self.tr(" km"))
        self.add_field("distance_km", self.tr("Distance (round trip)"), self.distance_km)
        self.transport_cost = QSpinBox(self)
        self.transport_cost.setRange(0, 10_000_000)
        self.transport_cost.setSingleStep(100)
        self.transport_cost.setGroupSeparatorShown(True)
        self.transport_cost.setSuffix(self.tr(" yen"))
        self.add_field("transport_cost", self.tr("Transport cost"), self.transport_cost)
        self.follow_up = DateField(self)
        self.add_field("follow_up_date", self.tr("Follow-up date"), self.follow_up)
        if self._preset_resident is not None:
            name = self.services.residents.names([self._preset_resident]).get(
                self._preset_resident, "")
            self.resident.set_resident(self._preset_resident, name)

    def _fill_organisations(self, keep: int | None) -> None:
        """Only the organisations of the chosen kind of destination (and the one chosen)."""
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItem("—", None)
        shown = self.services.directory.organisations_for(self.destination_kind.code())
        if keep is not None and keep not in [o[0] for o in shown]:
            shown += [o for o in self.services.directory.organisations() if o[0] == keep]
        for oid, name, _kind in shown:
            self.organisation.addItem(name, oid)
        self.organisation.setCurrentIndex(max(self.organisation.findData(keep), 0))
        self.organisation.blockSignals(False)

    def _organisation_chosen(self, _index: int) -> None:
        """The facility starts as the organisation's name."""
        if self.organisation.currentData() is not None and not self.facility.text().strip():
            self.facility.setText(self.organisation.currentText())

    def load(self, record_id: int) -> None:
        a = self.services.accompaniments.get(record_id)
        self.day.set_value(a.date)
        self.time_out.set_value(a.time_out)
        self.time_back.set_value(a.time_back)
        if a.resident_id is not None:
            names = self.services.residents.names([a.resident_id])
            self.resident.set_resident(a.resident_id, names.get(a.resident_id, ""))
        else:
            self.resident.set_resident(None)
        self.destination_kind.set_code(a.destination_kind)
        self._fill_organisations(a.organisation_id)
        self.facility.setText(a.facility)
        self.department.setText(a.department)
        self.accompanied_by.setText(a.accompanied_by)
        self.interpreter.set_code(a.interpreter)
        self.purpose.setText(a.purpose)
        self.outcome.setPlainText(a.outcome)
        self.health_details.setPlainText(a.health_details)
        self.distance_km.setValue(float(a.distance_km or 0))
        self.transport_cost.setValue(int(a.transport_cost or 0))
        self.follow_up.set_value(a.follow_up_date)
        self._consultation_id = a.consultation_id  # not shown here, but kept on save
        self._uuid = a.uuid

    def collect(self) -> Accompaniment:
        return Accompaniment(
            date=self.day.value() or "",
            time_out=self.time_out.value(), time_back=self.time_back.value(),
            resident_id=self.resident.resident_id(),
            consultation_id=self._consultation_id,
            destination_kind=self.destination_kind.code() or "",
            organisation_id=self.organisation.currentData(),
            facility=self.facility.text().strip(), purpose=self.purpose.text().strip(),
            outcome=self.outcome.toPlainText().strip(),
            health_details=self.health_details.toPlainText().strip(),
            distance_km=round(self.distance_km.value(), 1),
            transport_cost=self.transport_cost.value(),
            follow_up_date=self.follow_up.value(), department=self.department.text().strip(),
            accompanied_by=self.accompanied_by.text().strip(),
            interpreter=self.interpreter.code(), id=self.record_id,
            uuid=getattr(self, "_uuid", ""))

    def store(self, record: Accompaniment) -> int:
        return self.services.accompaniments.save(record)

    def remove(self, record_id: int) -> None:
        self.services.accompaniments.delete(record_id)
