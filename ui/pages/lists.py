"""The record lists: residents, consultations, accompaniments, sessions, directory."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app import kinds, listing
from app.services import Services
from ui.opener import RecordOpener
from ui.pages.list_page import ListPage


def list_headers(spec: listing.ListSpec) -> list[tuple[str, str]]:
    """(column key, untranslated header) of a list, as the kind's definition gives them."""
    return [(c.key, c.label) for c in spec.columns]


class ResidentsPage(ListPage):
    kind = "resident"
    spec = listing.RESIDENTS
    header_context = kinds.RESIDENT.list_context
    filters = ("date", "language", "nationality")
    headers = list_headers(listing.RESIDENTS)


class ConsultationsPage(ListPage):
    kind = "consultation"
    spec = listing.CONSULTATIONS
    header_context = kinds.CONSULTATION.list_context
    filters = ("date", "status", "topic", "language", "nationality")
    headers = list_headers(listing.CONSULTATIONS)


class AccompanimentsPage(ListPage):
    kind = "accompaniment"
    spec = listing.ACCOMPANIMENTS
    header_context = kinds.ACCOMPANIMENT.list_context
    filters = ("date", "language", "nationality")
    headers = list_headers(listing.ACCOMPANIMENTS)


class SessionsPage(ListPage):
    kind = "session"
    spec = listing.SESSIONS
    header_context = kinds.SESSION.list_context
    filters = ("date", "topic", "language")
    topic_list = "session_topic"
    headers = list_headers(listing.SESSIONS)


class OrganisationsList(ListPage):
    kind = "organisation"
    spec = listing.ORGANISATIONS
    header_context = kinds.ORGANISATION.list_context
    filters = ("language",)
    headers = list_headers(listing.ORGANISATIONS)


class BridgePersonsList(ListPage):
    kind = "bridge_person"
    spec = listing.BRIDGE_PERSONS
    header_context = kinds.BRIDGE_PERSON.list_context
    filters = ("language",)
    headers = list_headers(listing.BRIDGE_PERSONS)


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
