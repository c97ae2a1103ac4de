"""The whole of a log import for the command line and the window's background jobs:
read → stage → guess the mapping → preview → import."""

from __future__ import annotations

from pathlib import Path

from app.progress import NO_PROGRESS, Progress
from app.services import Services
from app.tableimport.cells import forget
from app.tableimport.errors import NO_SUCH_SHEET, TableImportError
from app.tableimport.plan import Preview, guess_profile, make_preview
from app.tableimport.profile import Profile
from app.tableimport.source import Workbook, read_workbook
from app.tableimport.staging import Staging


def choose_sheets(book: Workbook, profile: Profile, sheets: list[str] | None) -> Profile:
    if sheets:
        for name in sheets:
            if book.sheet(name) is None:
                raise TableImportError(NO_SUCH_SHEET, name)
        profile.sheets = list(sheets)
    return profile


def preview_book(services: Services, book: Workbook, profile: Profile | None = None,
                 sheets: list[str] | None = None, progress: Progress = NO_PROGRESS
                 ) -> Preview:
    """The preview of `book` with `profile` (completed by guesses for what it does not
    say). The staging database lives only while the preview is made."""
    staging = Staging(book)
    try:
        full = choose_sheets(book, guess_profile(book, profile), sheets)
        return make_preview(book, staging, services, full, progress)
    finally:
        staging.close()
        forget()


def preview_file(services: Services, path: Path, profile: Profile | None = None,
                 sheets: list[str] | None = None, progress: Progress = NO_PROGRESS
                 ) -> Preview:
    return preview_book(services, read_workbook(path), profile, sheets, progress)
