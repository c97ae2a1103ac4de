"""Sending the annual report to the prefecture: the same steps from the window and from the
command line (`madoguchi report send`). Check the mail settings, make the report (PDF and
Excel, after the disclosure audit) in a temporary folder, attach any extra files (the annual
data file), send over SMTP, and record it. Nothing is kept on disk; a failure at any step is
one sentence and nothing was sent."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app import audit
from app.codes import CodeBook
from app.errors import MadoguchiError
from app.marks import QT_TRANSLATE_NOOP
from app.progress import NO_PROGRESS, Progress
from app.reports import build, config, datafile, mail
from app.store import Store

NOT_SET_UP = QT_TRANSLATE_NOOP(
    "errors", "Set the prefecture's address and the mail server in Settings first.")
NO_ATTACHMENT = QT_TRANSLATE_NOOP("errors", "There is no file to attach at %1.")
FORMATS = ["pdf", "xlsx"]


@dataclass(frozen=True)
class SendPlan:
    """What the sender is asked to confirm: where it goes, and whether a password is needed
    (a user is set and the keyring holds no password for them)."""

    fiscal_year: int
    to_address: str
    smtp_user: str
    saved_password: str | None

    @property
    def needs_password(self) -> bool:
        return bool(self.smtp_user) and not self.saved_password


def plan(store: Store, fiscal_year: int) -> SendPlan:
    """Check the settings before anything is made; raises NOT_SET_UP when incomplete."""
    build.check_fiscal_year(fiscal_year)
    settings = build.load_mail_settings(store)
    if not settings.to_address.strip() or not settings.smtp_host.strip():
        raise MadoguchiError(NOT_SET_UP)
    saved = mail.get_password(settings.smtp_user) if settings.smtp_user else None
    return SendPlan(fiscal_year, settings.to_address, settings.smtp_user, saved)


def send_annual(store: Store, codes: CodeBook, fiscal_year: int, password: str | None, *,
                attachments: Sequence[Path] = (), cut_off: date | None = None,
                with_data: bool = False, progress: Progress = NO_PROGRESS) -> list[str]:
    """Make and send the annual report; `with_data` adds the annual data file (JSON), and
    `attachments` are sent after the report's own files. `password` None means the
    keyring's. Returns the attached files' names."""
    settings = build.load_mail_settings(store)
    if not settings.to_address.strip() or not settings.smtp_host.strip():
        raise MadoguchiError(NOT_SET_UP)
    extra = [Path(p) for p in attachments]
    for path in extra:
        if not path.is_file():
            raise MadoguchiError(NO_ATTACHMENT, path)
    values = build.annual_values_for(store, fiscal_year)
    if with_data:  # the mail says whether the data file's counts are exact
        values["data_note"] = datafile.data_note(config.load(store).data_counts)
    mail.build_message(settings, values, [])  # a mistake in the templates, before any work
    with tempfile.TemporaryDirectory(prefix="madoguchi-send-") as folder:
        files = build.make_annual(store, codes, fiscal_year, Path(folder),
                                  [*FORMATS, "data"] if with_data else FORMATS,
                                  cut_off=cut_off, progress=progress)
        message = mail.build_message(settings, values, [*files, *extra])
        progress.step(0, 1)  # the last chance to cancel before it leaves
        mail.send(message, settings, password)
        names = [p.name for p in [*files, *extra]]
    audit.log(store, "report", detail=f"annual FY{fiscal_year} sent by mail; "
                                      f"{len(names)} attachment(s)")
    return names
