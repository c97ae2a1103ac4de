"""The record lists: residents, consultations, accompaniments, sessions, directory."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app import listing
from app.marks import QT_TRANSLATE_NOOP
from app.services import Services
from ui.opener import RecordOpener
from ui.pages.list_page import ListPage


class ResidentsPage(ListPage):
    kind = "resident"
    spec = listing.RESIDENTS
    header_context = "ResidentsPage"
    filters = ("date", "language", "nationality")
    headers = [
        ("name", QT_TRANSLATE_NOOP("ResidentsPage", "Name")),
        ("latin", QT_TRANSLATE_NOOP("ResidentsPage", "Name (Latin)")),
        ("kana", QT_TRANSLATE_NOOP("ResidentsPage", "Reading")),
        ("nationality", QT_TRANSLATE_NOOP("ResidentsPage", "Nationality")),
        ("residence_status", QT_TRANSLATE_NOOP("ResidentsPage", "Residence status")),
        ("card_expiry", QT_TRANSLATE_NOOP("ResidentsPage", "Stay ends")),
        ("card_number", QT_TRANSLATE_NOOP("ResidentsPage", "Card number")),
        ("district", QT_TRANSLATE_NOOP("ResidentsPage", "District")),
        ("employer", QT_TRANSLATE_NOOP("ResidentsPage", "Employer or host")),
        ("arrival_date", QT_TRANSLATE_NOOP("ResidentsPage", "Arrived")),
    ]


class ConsultationsPage(ListPage):
    kind = "consultation"
    spec = listing.CONSULTATIONS
    header_context = "ConsultationsPage"
    filters = ("date", "status", "topic", "language", "nationality")
    headers = [
        ("occurred_at", QT_TRANSLATE_NOOP("ConsultationsPage", "Date and time")),
        ("person", QT_TRANSLATE_NOOP("ConsultationsPage", "Resident")),
        ("person_latin", QT_TRANSLATE_NOOP("ConsultationsPage", "Name (Latin)")),
        ("asked", QT_TRANSLATE_NOOP("ConsultationsPage", "What was asked")),
        ("nationality", QT_TRANSLATE_NOOP("ConsultationsPage", "Nationality")),
        ("language", QT_TRANSLATE_NOOP("ConsultationsPage", "Language")),
        ("channel", QT_TRANSLATE_NOOP("ConsultationsPage", "Channel")),
        ("topics", QT_TRANSLATE_NOOP("ConsultationsPage", "Topics")),
        ("status", QT_TRANSLATE_NOOP("ConsultationsPage", "Status")),
        ("follow_up_date", QT_TRANSLATE_NOOP("ConsultationsPage", "Follow-up")),
        ("minutes", QT_TRANSLATE_NOOP("ConsultationsPage", "Minutes")),
    ]


class AccompanimentsPage(ListPage):
    kind = "accompaniment"
    spec = listing.ACCOMPANIMENTS
    header_context = "AccompanimentsPage"
    filters = ("date", "language", "nationality")
    headers = [
        ("date", QT_TRANSLATE_NOOP("AccompanimentsPage", "Date")),
        ("time_out", QT_TRANSLATE_NOOP("AccompanimentsPage", "Out")),
        ("time_back", QT_TRANSLATE_NOOP("AccompanimentsPage", "Back")),
        ("person", QT_TRANSLATE_NOOP("AccompanimentsPage", "Resident")),
        ("person_latin", QT_TRANSLATE_NOOP("AccompanimentsPage", "Name (Latin)")),
        ("destination_kind", QT_TRANSLATE_NOOP("AccompanimentsPage", "Destination")),
        ("facility", QT_TRANSLATE_NOOP("AccompanimentsPage", "Facility")),
        ("department", QT_TRANSLATE_NOOP("AccompanimentsPage", "Department")),
        ("transport_cost", QT_TRANSLATE_NOOP("AccompanimentsPage", "Transport (yen)")),
    ]


class SessionsPage(ListPage):
    kind = "session"
    spec = listing.SESSIONS
    header_context = "SessionsPage"
    filters = ("date", "topic", "language")
    topic_list = "session_topic"
    headers = [
        ("date", QT_TRANSLATE_NOOP("SessionsPage", "Date")),
        ("kind", QT_TRANSLATE_NOOP("SessionsPage", "Kind")),
        ("title", QT_TRANSLATE_NOOP("SessionsPage", "Title")),
        ("venue", QT_TRANSLATE_NOOP("SessionsPage", "Venue")),
        ("online", QT_TRANSLATE_NOOP("SessionsPage", "Online")),
        ("attendance", QT_TRANSLATE_NOOP("SessionsPage", "Attendance")),
        ("facilitator", QT_TRANSLATE_NOOP("SessionsPage", "Facilitator")),
    ]


class OrganisationsList(ListPage):
    kind = "organisation"
    spec = listing.ORGANISATIONS
    header_context = "OrganisationsList"
    filters = ("language",)
    headers = [
        ("name", QT_TRANSLATE_NOOP("OrganisationsList", "Name")),
        ("kind", QT_TRANSLATE_NOOP("OrganisationsList", "Kind")),
        ("phone", QT_TRANSLATE_NOOP("OrganisationsList", "Phone")),
        ("interpreter", QT_TRANSLATE_NOOP("OrganisationsList", "Interpreter")),
        ("languages", QT_TRANSLATE_NOOP("OrganisationsList", "Languages")),
        ("address", QT_TRANSLATE_NOOP("OrganisationsList", "Address")),
    ]


class BridgePersonsList(ListPage):
    kind = "bridge_person"
    spec = listing.BRIDGE_PERSONS
    header_context = "BridgePersonsList"
    filters = ("language",)
    headers = [
        ("name", QT_TRANSLATE_NOOP("BridgePersonsList", "Name")),
        ("languages", QT_TRANSLATE_NOOP("BridgePersonsList", "Languages")),
        ("phone", QT_TRANSLATE_NOOP("BridgePersonsList", "Phone")),
        ("area", QT_TRANSLATE_NOOP("BridgePersonsList", "Area")),
    ]


class DirectoryPage(QWidget):
    """Organisations (関係機関) and bridge persons (ブリッジ人材), one tab each."""

    def __init__(self, services: Services, opener: RecordOpener,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.organisations = OrganisationsList(services, opener, self.tabs)
        self.bridge_persons = BridgePersonsList(services, opener, self.tabs)
        self.tabs.addTab(self.organisations, self.tr("Organisations"))
        self.tabs.addTab(self.bridge_persons, self.tr("Bridge persons"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def new_record(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, ListPage):
            page.new_record()

    def refresh(self) -> None:
        self.organisations.refresh()
        self.bridge_persons.refresh()
