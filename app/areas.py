"""The areas of work beyond the record kinds, as the window and the command line reach them:
`services.reports`, `services.backups`, `services.audit`, `services.exchange`,
`services.handover`, `services.retention`, `services.kb_packs`, `services.sync`,
`services.table_import`. One shape for every service:
an attribute of Services with methods, like `services.residents.save(...)`.

Each method is a thin door to the module that does the work (app/backup.py,
app/reports/build.py, …; those functions stay, taking a Store, for the command line and the
tests). The modules are imported when first used, so that opening a database loads none of
reportlab, openpyxl or the mail code."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.progress import NO_PROGRESS, Progress

if TYPE_CHECKING:
    from app.audit import AuditRow
    from app.audit_names import RecordName
    from app.devices import Revoked
    from app.kbpack import PackPreview
    from app.reports.categories import CategoryMapping
    from app.reports.config import ReportSettings
    from app.reports.mail import MailSettings
    from app.reports.model import ReportDocument
    from app.reports.send import SendPlan
    from app.retention import Candidate
    from app.services import Services
    from app.sync.conflicts import Conflict
    from app.sync.folder import Exchanged, Status
    from app.tableimport.apply import Imported
    from app.tableimport.plan import Preview, Unmapped
    from app.tableimport.profile import Profile
    from app.tableimport.roster import RosterPreview
    from app.tableimport.source import Workbook


class Area:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.store = services.store


class Reports(Area):
    """The monthly and annual reports, their settings, and sending to the prefecture."""

    def monthly_document(self, year: int, month: int) -> ReportDocument:
        from app.reports.monthly import build_monthly

        return build_monthly(self.store, self.services.codes, year, month)

    def annual_document(self, fiscal_year: int) -> ReportDocument:
        from app.reports.annual import build_annual

        return build_annual(self.store, self.services.codes, fiscal_year)

    def categories(self) -> CategoryMapping:
        """The town's mapping of its topics to another body's categories."""
        from app.reports import categories

        return categories.load(self.store)

    def save_categories(self, mapping: CategoryMapping) -> None:
        from app.reports import categories

        known = {i.code for i in self.services.codes.items("topic", active_only=False)}
        categories.save(self.store, mapping, known)

    def make_monthly(self, month: str, out: Path, formats: list[str],
                     progress: Progress = NO_PROGRESS) -> list[Path]:
        from app.reports import build

        return build.make_monthly(self.store, self.services.codes, month, out, formats,
                                  progress)

    def make_annual(self, fiscal_year: int, out: Path, formats: list[str], *,
                    eml: bool = False, cut_off: date | None = None,
                    progress: Progress = NO_PROGRESS) -> list[Path]:
        from app.reports import build

        return build.make_annual(self.store, self.services.codes, fiscal_year, out, formats,
                                 eml=eml, cut_off=cut_off, progress=progress)

    def settings(self) -> ReportSettings:
        from app.reports import config

        return config.load(self.store)

    def save_settings(self, settings: ReportSettings) -> None:
        from app.reports import config

        config.save(self.store, settings)

    def mail_settings(self) -> MailSettings:
        from app.reports import build

        return build.load_mail_settings(self.store)

    def save_mail_settings(self, settings: MailSettings) -> None:
        from app.reports import build

        build.save_mail_settings(self.store, settings)

    def send_plan(self, fiscal_year: int) -> SendPlan:
        from app.reports import send

        return send.plan(self.store, fiscal_year)

    def send_annual(self, fiscal_year: int, password: str | None, *,
                    attachments: Sequence[Path] = (), cut_off: date | None = None,
                    with_data: bool = False, progress: Progress = NO_PROGRESS) -> list[str]:
        from app.reports import send

        return send.send_annual(self.store, self.services.codes, fiscal_year, password,
                                attachments=attachments, cut_off=cut_off,
                                with_data=with_data, progress=progress)


class Backups(Area):
    def folder(self) -> Path:
        from app import backup

        return backup.backup_folder(self.store)

    def set_folder(self, folder: Path | str) -> Path:
        from app import backup

        return backup.set_backup_folder(self.store, folder)

    def make(self, reason: str, folder: Path | None = None, now: datetime | None = None, *,
             record: bool = True) -> Path:
        from app import backup

        return backup.make_backup(self.store, reason, folder, now, record=record)

    def verify(self, path: Path) -> None:
        """Raise unless `path` is a backup of this database that opens and checks sound."""
        from app import backup

        backup.verify_backup(path, self.store.key)

    def record(self, reason: str, made: Path) -> None:
        """The audit row of a backup made on another connection (the daily one)."""
        from app import backup

        backup.record_backup(self.store, reason, made)


class AuditTrail(Area):
    def search(self, user: str | None = None, date_from: str | None = None,
               date_to: str | None = None, record: str | None = None,
               limit: int = 500) -> list[AuditRow]:
        from app import audit

        return audit.search(self.store, user, date_from, date_to, record, limit)

    def users(self) -> list[str]:
        from app import audit

        return audit.users(self.store)

    def count(self) -> int:
        from app import audit

        return audit.count(self.store)

    def verify(self) -> int | None:
        from app import audit

        return audit.verify(self.store)

    def record_names(self, rows: Iterable[AuditRow]) -> dict[str, RecordName]:
        """uuid → how to name the record, for the rows about records that still exist."""
        from app import audit_names

        return audit_names.record_names(self.store, rows)

    def resident_names(self, ids: Iterable[int | str]) -> dict[int | str, str]:
        from app import audit_names

        return audit_names.resident_names(self.store, ids)


class Exchange(Area):
    """Every record as one JSON file, and back (all or nothing, after a backup)."""

    def export_file(self, out: Path, progress: Progress = NO_PROGRESS) -> dict[str, int]:
        from app import exchange

        return exchange.export_file(self.store, out, progress)

    def import_file(self, source: Path, progress: Progress = NO_PROGRESS) -> dict[str, int]:
        from app import backup, exchange

        data = exchange.load_file(source)
        return exchange.import_data(self.store, data, progress,
                                    backup=lambda: backup.make_backup(self.store,
                                                                      "before-import"))


class Handover(Area):
    def town_notes(self) -> str:
        from app import handover

        return handover.town_notes(self.store)

    def set_town_notes(self, text: str) -> None:
        from app import handover

        handover.set_town_notes(self.store, text)

    def make_pack(self, out: Path, *, personal: bool = False) -> list[Path]:
        from app import handover

        return handover.make_handover(self.services, out, personal=personal)


class Retention(Area):
    def preview(self, years: int, today: date | None = None) -> list[Candidate]:
        from app import retention

        return retention.preview(self.store, years, today)

    def anonymise(self, ids: Iterable[int]) -> int:
        from app import retention

        return retention.anonymise(self.store, ids, user_role=self.store.role)


class KbPacks(Area):
    """Knowledge packs shared between towns (never residents)."""

    def export_pack(self, out: Path) -> int:
        from app import kbpack

        return kbpack.export_pack(self.store, self.services.knowledge, out)

    def preview(self, data: dict[str, Any]) -> PackPreview:
        from app import kbpack

        return kbpack.preview(self.store, data)

    def import_pack(self, data: dict[str, Any], *, dry_run: bool = False,
                    backup: Callable[[], object] | None = None) -> PackPreview:
        from app import kbpack

        return kbpack.import_pack(self.store, self.services.knowledge, data,
                                  dry_run=dry_run, backup=backup)


class Sync(Area):
    """The town's other devices, the shared folder through which they exchange, and the
    records changed on two devices since they last exchanged (app/sync/, app/devices.py)."""

    def status(self) -> Status:
        from app.sync import folder

        return folder.status(self.services)

    def set_folder(self, where: Path) -> None:
        from app.sync import folder

        folder.set_folder(self.services, where)

    def exchange(self, where: Path, progress: Progress = NO_PROGRESS) -> Exchanged:
        from app.sync import folder

        return folder.exchange(self.services, where, progress)

    def add_device(self, out: Path, name: str = "") -> str:
        from app import devices

        return devices.add_device(self.services, out, name)

    def revoke(self, device_id: str) -> Revoked:
        """Refuse the device's packets from now on and re-key this database."""
        from app import devices

        return devices.revoke(self.services, device_id)

    def has_conflict(self, kind: str, record_id: int) -> bool:
        from app.sync import conflicts

        return conflicts.record_has_conflict(self.store, kind, record_id)

    def resolve(self, conflict_id: int, choices: dict[str, Any] | None = None, *,
                keep: str | None = None) -> None:
        from app.sync import conflicts

        conflicts.resolve(self.services, conflict_id, choices, keep=keep)

    def conflicts(self) -> list[Conflict]:
        from app.sync import conflicts

        return conflicts.open_conflicts(self.store)

    def open_count(self) -> int:
        from app.sync import conflicts

        return conflicts.open_count(self.store)


class TableImport(Area):
    """Old records from a spreadsheet (app/tableimport/): a preview first, then all or
    nothing; a roster updates residents instead of adding consultations."""

    def preview(self, book: Workbook, profile: Profile | None = None,
                sheets: list[str] | None = None, progress: Progress = NO_PROGRESS
                ) -> Preview:
        from app.tableimport.steps import preview_book

        return preview_book(self.services, book, profile, sheets, progress)

    def preview_roster(self, book: Workbook, profile: Profile | None = None,
                       progress: Progress = NO_PROGRESS) -> RosterPreview:
        from app.tableimport.roster import preview_roster_book

        return preview_roster_book(self.services, book, profile, progress)

    def suggest_values(self, preview: Unmapped) -> dict[str, dict[str, str]]:
        from app.tableimport.plan import suggest_values

        return suggest_values(preview, self.services)

    def import_rows(self, preview: Preview, *, progress: Progress = NO_PROGRESS,
                    backup: Callable[[], object] | None = None) -> Imported:
        from app.tableimport.apply import import_log

        return import_log(self.services, preview, progress=progress, backup=backup)

    def apply_roster(self, preview: RosterPreview, *, progress: Progress = NO_PROGRESS,
                     backup: Callable[[], object] | None = None) -> dict[str, int]:
        from app.tableimport.roster import apply_roster

        return apply_roster(self.services, preview, progress=progress, backup=backup)

    def roster_report_rows(self, preview: RosterPreview,
                           translate: Callable[[str, str], str] | None = None
                           ) -> list[tuple[str, ...]]:
        from app.tableimport.roster import roster_report_rows

        return roster_report_rows(preview, self.services, translate)
