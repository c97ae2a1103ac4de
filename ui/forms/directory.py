"""Directory forms: organisations (関係機関) and bridge persons (ブリッジ人材)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QWidget

from app.records import BridgePerson, Organisation, SnsContact
from app.services import Services
from ui.forms.base import RecordForm
from ui.widgets import CodeChecklist, CodeCombo, NoteEdit

SNS_ROWS = 2


class OrganisationForm(RecordForm):
    record_kind = "organisation"

    def __init__(self, services: Services, record_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, record_id, parent)
        self.setWindowTitle(self.tr("Organisation") if record_id is None
                            else self.tr("Organisation #%1").replace("%1", str(record_id)))

    def build(self) -> None:
        codes = self.services.codes
        self.name = QLineEdit(self)
        self.add_field("name", self.tr("Name"), self.name)
        self.kind = CodeCombo(codes, "org_kind", optional=True, parent=self)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.phone = QLineEdit(self)
        self.add_field("phone", self.tr("Phone"), self.phone)
        self.email = QLineEdit(self)
        self.add_field("email", self.tr("Email"), self.email)
        self.address = QLineEdit(self)
        self.add_field("address", self.tr("Address"), self.address)
        self.languages = CodeChecklist(codes, "language", self)
        self.add_field("languages", self.tr("Languages spoken"), self.languages)
        self.interpreter_available = QCheckBox(self.tr("An interpreter can be arranged"), self)
        self.add_field("interpreter_available", self.tr("Interpreter"),
                       self.interpreter_available)
        self.notes = NoteEdit(self)
        self.notes.setMaximumHeight(80)
        self.add_field("notes", self.tr("Notes"), self.notes)

    def load(self, record_id: int) -> None:
        o = self.services.directory.organisation(record_id)
        self.name.setText(o.name)
        self.kind.set_code(o.kind)
        self.phone.setText(o.phone)
        self.email.setText(o.email)
        self.address.setText(o.address)
        self.languages.set_codes(o.languages)
        self.interpreter_available.setChecked(o.interpreter_available)
        self.notes.setPlainText(o.notes)
        self._uuid = o.uuid

    def collect(self) -> Organisation:
        return Organisation(
            name=self.name.text().strip(), kind=self.kind.code() or "",
            phone=self.phone.text().strip(), email=self.email.text().strip(),
            address=self.address.text().strip(), languages=self.languages.codes(),
            interpreter_available=self.interpreter_available.isChecked(),
            notes=self.notes.toPlainText().strip(), id=self.record_id,
            uuid=getattr(self, "_uuid", ""))

    def store(self, record: Organisation) -> int:
        return self.services.directory.save_organisation(record)

    def remove(self, record_id: int) -> None:
        self.services.directory.delete_organisation(record_id)


class BridgePersonForm(RecordForm):
    record_kind = "bridge_person"

    def __init__(self, services: Services, record_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, record_id, parent)
        self.setWindowTitle(self.tr("Bridge person") if record_id is None
                            else self.tr("Bridge person #%1").replace("%1", str(record_id)))

    def build(self) -> None:
        codes = self.services.codes
        self.name = QLineEdit(self)
        self.add_field("name", self.tr("Name"), self.name)
        self.languages = CodeChecklist(codes, "language", self)
        self.add_field("languages", self.tr("Languages"), self.languages)
        self.phone = QLineEdit(self)
        self.add_field("phone", self.tr("Phone"), self.phone)
        self.email = QLineEdit(self)
        self.add_field("email", self.tr("Email"), self.email)
        self.sns_box = QWidget(self)
        self.sns_grid = QGridLayout(self.sns_box)
        self.sns_grid.setContentsMargins(0, 0, 0, 0)
        self.sns_rows: list[tuple[CodeCombo, QLineEdit]] = []
        for _ in range(SNS_ROWS):
            self._add_sns_row()
        self.add_field("sns", self.tr("SNS contacts"), self.sns_box)
        self.area = QLineEdit(self)
        self.area.setPlaceholderText(self.tr("Where they can help, e.g. a district"))
        self.add_field("area", self.tr("Area"), self.area)
        self.notes = NoteEdit(self)
        self.notes.setMaximumHeight(80)
        self.add_field("notes", self.tr("Notes"), self.notes)

    def _add_sns_row(self) -> None:
        app = CodeCombo(self.services.codes, "sns_app", optional=True, parent=self.sns_box)
        handle = QLineEdit(self.sns_box)
        handle.setPlaceholderText(self.tr("ID or phone number"))
        row = len(self.sns_rows)
        self.sns_grid.addWidget(app, row, 0)
        self.sns_grid.addWidget(handle, row, 1)
        self.sns_rows.append((app, handle))

    def load(self, record_id: int) -> None:
        b = self.services.directory.bridge_person(record_id)
        self.name.setText(b.name)
        self.languages.set_codes(b.languages)
        self.phone.setText(b.phone)
        self.email.setText(b.email)
        while len(self.sns_rows) < len(b.sns):  # never drop a stored contact
            self._add_sns_row()
        for (app, handle), contact in zip(self.sns_rows, b.sns, strict=False):
            app.set_code(contact.app)
            handle.setText(contact.handle)
        self.area.setText(b.area)
        self.notes.setPlainText(b.notes)
        self._uuid = b.uuid

    def collect(self) -> BridgePerson:
        sns = [SnsContact(app.code() or "", handle.text().strip())
               for app, handle in self.sns_rows if app.code() or handle.text().strip()]
        return BridgePerson(
            name=self.name.text().strip(), languages=self.languages.codes(),
            phone=self.phone.text().strip(), email=self.email.text().strip(), sns=sns,
            area=self.area.text().strip(), notes=self.notes.toPlainText().strip(),
            id=self.record_id, uuid=getattr(self, "_uuid", ""))

    def store(self, record: BridgePerson) -> int:
        return self.services.directory.save_bridge_person(record)

    def remove(self, record_id: int) -> None:
        self.services.directory.delete_bridge_person(record_id)
