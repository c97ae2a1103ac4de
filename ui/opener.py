"""Opens any record in its form (or a resident in their page), from any page."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import MadoguchiError
from app.services import Services
from ui.changes import ChangeHub
from ui.labels import error_text


class RecordOpener:
    """Every form is opened here, whichever page asks. What a save changed reaches every
    page through `changes` (the window's ChangeHub), whoever saved it."""

    def __init__(self, services: Services, parent: QWidget | None = None,
                 changes: ChangeHub | None = None) -> None:
        self.services = services
        self.parent = parent
        self.changes = changes if changes is not None else ChangeHub(services.store, parent)

    def form(self, kind: str, record_id: int | None = None, **preset: Any) -> Any:
        from ui.forms.accompaniment import AccompanimentForm
        from ui.forms.consultation import ConsultationForm
        from ui.forms.directory import BridgePersonForm, OrganisationForm
        from ui.forms.resident import ResidentForm
        from ui.forms.session import SessionForm

        forms: dict[str, Any] = {
            "resident": ResidentForm, "consultation": ConsultationForm,
            "accompaniment": AccompanimentForm, "session": SessionForm,
            "organisation": OrganisationForm, "bridge_person": BridgePersonForm}
        return forms[kind](self.services, record_id, self.parent, **preset)

    def open(self, kind: str, record_id: int) -> bool:
        """Show the record; True when something may have changed."""
        try:
            if kind == "resident":
                from ui.resident_view import ResidentView

                view = ResidentView(self.services, record_id, self, self.parent)
                view.launch()
                return view.changed
            return bool(self.form(kind, record_id).launch())
        except MadoguchiError as exc:
            QMessageBox.warning(self.parent, "Madoguchi", error_text(exc))
            return True

    def new(self, kind: str, **preset: Any) -> bool:
        return bool(self.form(kind, None, **preset).launch())
