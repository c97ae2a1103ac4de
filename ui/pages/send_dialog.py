"""Sending the annual report to the prefecture over SMTP: confirm, get the password (from
the OS keyring, or asked each time when no secure keyring exists), then send off the UI
thread with app/reports/send.py."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from app.errors import MadoguchiError
from app.progress import Progress
from app.reports import mail
from app.reports.era import fiscal_year_label
from app.services import Services
from ui.labels import error_text

if TYPE_CHECKING:
    from ui.pages.reports import ReportsPage

translate = QCoreApplication.translate  # the page's own context, as its tr() would use


class PasswordDialog(QDialog):
    def __init__(self, user: str, host: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("SMTP password"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Password for %1 at %2").replace("%1", user)
                           .replace("%2", host), self))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Password"), self.password)
        self.remember = QCheckBox(self.tr("Remember it in this computer's keyring"), self)
        secure = mail.secure_keyring_available()
        self.remember.setEnabled(secure)
        if not secure:
            self.remember.setToolTip(self.tr(
                "No secure keyring is available, so Madoguchi asks every time."))
        form.addRow(self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def launch(self) -> int:
        return self.exec()


def ask_password(parent: QWidget, services: Services) -> str | None:
    """The password to use, or None to cancel. A saved one is used without asking."""
    settings = services.reports.mail_settings()
    saved = mail.get_password(settings.smtp_user) if settings.smtp_user else None
    if saved:
        return saved
    dialog = PasswordDialog(settings.smtp_user, settings.smtp_host, parent)
    if not dialog.launch():
        return None
    password = dialog.password.text()
    if dialog.remember.isChecked():
        mail.set_password(settings.smtp_user, password)
    return password


def send_annual(page: ReportsPage, services: Services, fiscal_year: int,
                attachments: Sequence[Path] = ()) -> None:
    """Confirm, get the password, and send off the UI thread (app/reports/send.py does the
    work, as `madoguchi report send` does)."""
    try:
        plan = services.reports.send_plan(fiscal_year)
    except MadoguchiError as exc:
        page.status.setText(error_text(exc))
        return
    formats = page.mail_formats()
    question = (translate("ReportsPage",
                          "Send the %1 report (PDF, Excel and the annual data file) to %2?")
                if "data" in formats else
                translate("ReportsPage", "Send the %1 report (PDF and Excel) to %2?"))
    answer = QMessageBox.question(
        page, translate("ReportsPage", "Send to the prefecture"),
        question.replace("%1", fiscal_year_label(fiscal_year)).replace("%2", plan.to_address))
    if answer != QMessageBox.StandardButton.Yes:
        return
    password = page.ask_password() if plan.smtp_user else ""
    if password is None:
        return
    extra = list(attachments)

    def work(own: Services, progress: Progress) -> list[Path]:
        own.reports.send_annual(fiscal_year, password or None, attachments=extra,
                                with_data="data" in formats, progress=progress)
        return []

    sent = translate("ReportsPage", "Sent to %1.").replace("%1", plan.to_address)
    page._run(translate("ReportsPage", "Sending…"), work, sent)  # noqa: SLF001
