"""The resident form (在留外国人)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from app.records import HouseholdLink, Resident, SnsContact
from app.residents import ResidentChoice
from app.services import Services
from ui.forms.base import RecordForm
from ui.labels import code_language
from ui.resident_picker import ResidentPicker
from ui.widgets import (
    CardNumberEdit,
    CodeChecklist,
    CodeCombo,
    DateField,
    KanaEdit,
    NoteEdit,
)

SNS_ROWS = 3


class ResidentForm(RecordForm):
    record_kind = "resident"

    def __init__(self, services: Services, record_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, record_id, parent)
        self.setWindowTitle(self.tr("Resident") if record_id is None
                            else self.tr("Resident #%1").replace("%1", str(record_id)))

    def build(self) -> None:
        codes = self.services.codes
        self.family_name = self._line("family_name", self.tr("Family name (native script)"))
        self.given_name = self._line("given_name", self.tr("Given name (native script)"))
        self.family_name_latin = self._line("family_name_latin",
                                            self.tr("Family name (Latin letters)"))
        self.given_name_latin = self._line("given_name_latin",
                                           self.tr("Given name (Latin letters)"))
        self.kana = KanaEdit(self)
        self.kana.setPlaceholderText(self.tr("Hiragana becomes katakana"))
        self.add_field("kana", self.tr("Reading (katakana)"), self.kana)
        self.birth_date = DateField(self)
        self.add_field("birth_date", self.tr("Date of birth"), self.birth_date)
        self.nationality = CodeCombo(codes, "nationality", optional=True, parent=self)
        self.add_field("nationality", self.tr("Nationality"), self.nationality)
        self.languages = CodeChecklist(codes, "language", self)
        self.add_field("languages", self.tr("Languages"), self.languages)
        self.residence_status = CodeCombo(codes, "residence_status", optional=True, parent=self)
        self.add_field("residence_status", self.tr("Residence status"), self.residence_status)
        self.card_expiry = DateField(self)
        self.add_field("card_expiry", self.tr("Period of stay ends (在留期間満了日)"),
                       self.card_expiry)
        self.card_number = CardNumberEdit(self)
        self.add_field("card_number", self.tr("Residence card number"), self.card_number)
        self.phone = self._line("phone", self.tr("Phone"))
        self.employer = self._line("employer", self.tr("Employer or host organisation"))
        self.district = self._line("district", self.tr("District"))

        sns = QWidget(self)
        grid = QGridLayout(sns)
        grid.setContentsMargins(0, 0, 0, 0)
        self.sns_rows: list[tuple[CodeCombo, QLineEdit]] = []
        for i in range(SNS_ROWS):
            app = CodeCombo(codes, "sns_app", optional=True, parent=sns)
            handle = QLineEdit(sns)
            handle.setPlaceholderText(self.tr("ID or phone number"))
            grid.addWidget(app, i, 0)
            grid.addWidget(handle, i, 1)
            self.sns_rows.append((app, handle))
        self.add_field("sns", self.tr("SNS contacts"), sns)
        self.arrival_date = DateField(self)
        self.add_field("arrival_date", self.tr("Arrival date"), self.arrival_date)
        self.consent_date = DateField(self)
        self.add_field("consent_date", self.tr("Consent to keep a record: date"),
                       self.consent_date)
        self.consent_method = CodeCombo(codes, "consent_method", optional=True, parent=self)
        self.add_field("consent_method", self.tr("Consent: how"), self.consent_method)
        self.notes = NoteEdit(self)
        self.notes.setMaximumHeight(70)
        self.add_field("notes", self.tr("Notes"), self.notes)

        household = QWidget(self)
        column = QGridLayout(household)
        column.setContentsMargins(0, 0, 0, 0)
        self.links = QListWidget(household)
        self.links.setMaximumHeight(90)
        self.link_picker = ResidentPicker(self.services, household)
        self.link_relation = CodeCombo(codes, "relation", parent=household)
        add = QPushButton(self.tr("Link"), household)
        remove = QPushButton(self.tr("Unlink"), household)
        add.clicked.connect(self._add_link)
        remove.clicked.connect(self._remove_link)
        column.addWidget(self.links, 0, 0, 1, 4)
        column.addWidget(self.link_picker, 1, 0)
        column.addWidget(self.link_relation, 1, 1)
        column.addWidget(add, 1, 2)
        column.addWidget(remove, 1, 3)
        self.add_field("links", self.tr("Household"), household)

    def _line(self, name: str, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        self.add_field(name, label, edit)
        return edit

    def _link_item(self, link: HouseholdLink, name: str) -> None:
        relation = self.services.codes.label("relation", link.relation, code_language())
        item = QListWidgetItem(f"{relation}: {name}")
        item.setData(Qt.ItemDataRole.UserRole, (link.related_id, link.relation))
        self.links.addItem(item)

    def _add_link(self) -> None:
        rid = self.link_picker.resident_id()
        relation = self.link_relation.code()
        if rid is None or relation is None:
            return
        self._link_item(HouseholdLink(rid, relation), self.link_picker.currentText())
        self.link_picker.set_resident(None)

    def _remove_link(self) -> None:
        for item in self.links.selectedItems():
            self.links.takeItem(self.links.row(item))

    def load(self, record_id: int) -> None:
        r = self.services.residents.get(record_id)
        for name in ("family_name", "given_name", "family_name_latin", "given_name_latin",
                     "kana", "employer", "district", "phone", "card_number"):
            getattr(self, name).setText(getattr(r, name))
        self.birth_date.set_value(r.birth_date)
        self.card_expiry.set_value(r.card_expiry)
        self.nationality.set_code(r.nationality)
        self.languages.set_codes(r.languages)
        self.residence_status.set_code(r.residence_status)
        for (app, handle), contact in zip(self.sns_rows, r.sns, strict=False):
            app.set_code(contact.app)
            handle.setText(contact.handle)
        self.arrival_date.set_value(r.arrival_date)
        self.consent_date.set_value(r.consent_date)
        self.consent_method.set_code(r.consent_method)
        self.notes.setPlainText(r.notes)
        names = self.services.residents.names([link.related_id for link in r.links])
        for link in r.links:
            self._link_item(link, names.get(link.related_id, "?"))
        self._uuid = r.uuid

    def collect(self) -> Resident:
        links = []
        for i in range(self.links.count()):
            related, relation = self.links.item(i).data(Qt.ItemDataRole.UserRole)
            links.append(HouseholdLink(int(related), str(relation)))
        sns = [SnsContact(app.code() or "", handle.text().strip())
               for app, handle in self.sns_rows if app.code() or handle.text().strip()]
        return Resident(
            family_name=self.family_name.text().strip(),
            given_name=self.given_name.text().strip(),
            family_name_latin=self.family_name_latin.text().strip(),
            given_name_latin=self.given_name_latin.text().strip(),
            kana=self.kana.text().strip(), nationality=self.nationality.code() or "",
            languages=self.languages.codes(), residence_status=self.residence_status.code(),
            employer=self.employer.text().strip(), district=self.district.text().strip(),
            sns=sns, arrival_date=self.arrival_date.value(),
            consent_date=self.consent_date.value(), consent_method=self.consent_method.code(),
            notes=self.notes.toPlainText().strip(), phone=self.phone.text().strip(),
            birth_date=self.birth_date.value(), card_number=self.card_number.text().strip(),
            card_expiry=self.card_expiry.value(), links=links, id=self.record_id,
            uuid=getattr(self, "_uuid", ""))

    def store(self, record: Resident) -> int:
        return self.services.residents.save(record)

    def remove(self, record_id: int) -> None:
        self.services.residents.delete(record_id)


def prefill_name(form: ResidentForm, typed: str) -> None:
    """What was typed in a picker goes where it belongs: a katakana reading, Latin letters
    (family name first, as the desk writes them), or the native-script name."""
    text = typed.strip()
    if not text:
        return
    if all(("\u3040" <= ch <= "\u30ff") or ch in " \u3000・" for ch in text):
        form.kana.setText(text)
        form.kana.convert()
    elif text.isascii():
        family, _, given = text.partition(" ")
        form.family_name_latin.setText(family)
        form.given_name_latin.setText(given.strip())
    else:
        family, _, given = text.replace("\u3000", " ").partition(" ")
        form.family_name.setText(family)
        form.given_name.setText(given.strip())


def new_resident(services: Services, typed: str, parent: QWidget | None = None
                 ) -> ResidentChoice | None:
    """A first-time walk-in: the resident form, started from what was typed in a picker."""
    form = ResidentForm(services, parent=parent)
    prefill_name(form, typed)
    form.mark_clean()
    if not form.launch() or form.record_id is None:
        return None
    return services.residents.choice(form.record_id)
