"""`madoguchi --selftest`: check this installation, offscreen, on a temporary demo town.

Each step prints "selftest: <step> ... ok" to stdout. The first step that fails prints
"selftest: FAILED at <step>: <one-line reason>" to stderr, and the exit code is 1.

Everything happens in a temporary folder that is deleted at the end: the demo database,
its backups, the reports, and (through MADOGUCHI_HOME) the logs and default folders. Qt's
QSettings point there too while the test runs, so the user's data folder and settings are
never read or written. Nothing here opens a network connection.

The steps also check the files a packaged Madoguchi must carry beside its code: the
migrations (the demo town is built with them), the fonts in app/fonts, the compiled
translations in i18n/ and Qt's own translations (qtbase_ja.qm)."""

from __future__ import annotations

import contextlib
import functools
import os
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QtMsgType

# Where a packaged or installed Madoguchi keeps the data files found next to the code:
# db/migrations, i18n (like app/migrations.py, the folder above app/).
ROOT = Path(__file__).resolve().parent.parent

DEMO_RESIDENTS = 40
DEMO_YEARS = 2
REPORT_FORMATS = "pdf,xlsx,csv"
# A few characters in each script the shipped fonts are for (the PDF reports draw with
# them, and the window falls back to them).
FONT_SAMPLES = {
    "ipaexg.ttf": "窓口相談令和",
    "NotoSans-Regular.ttf": "Nguyễn Ñ",
    "NotoSans-Bold.ttf": "Nguyễn",
    "NotoSansThai-Regular.ttf": "ภาษาไทย",
    "NotoSansThai-Bold.ttf": "ไทย",
    "NotoSansMyanmar-Regular.ttf": "မြန်မာ",
    "NotoSansDevanagari-Regular.ttf": "नेपाली",
}
FONT_LICENCES = ("LICENSE-IPA-Font.txt", "LICENSE-OFL-Noto.txt")


class SelftestError(Exception):
    """A check that did not hold; its message is the reason printed."""


def _check(condition: object, reason: str) -> None:
    if not condition:
        raise SelftestError(reason)


@dataclass
class _Run:
    """What the steps share: the temporary folder and what has been opened in it."""

    folder: Path
    step: str = ""
    password: str = field(default_factory=lambda: secrets.token_urlsafe(12))
    services: Any = None
    window: Any = None
    restore: list[Callable[[], None]] = field(default_factory=list)

    @property
    def db_path(self) -> Path:
        return self.folder / "selftest.db"

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
            _settle()
        if self.services is not None:
            self.services.close()
            self.services = None
        while self.restore:
            self.restore.pop()()


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


# -- the steps -------------------------------------------------------------------------------

def step_qt(run: _Run) -> None:
    """Start Qt (offscreen unless a platform was chosen), with QSettings in the folder."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QStandardPaths, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    from ui.main import application

    fmt = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(run.folder / "settings"))

    def restore_settings() -> None:
        if sys.platform == "win32":
            default = os.environ.get("APPDATA", "")
        else:
            default = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.GenericConfigLocation)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, default)
        QSettings.setDefaultFormat(fmt)

    run.restore.append(restore_settings)
    previous = qInstallMessageHandler(functools.partial(_on_qt_message, run))

    def restore_handler() -> None:
        qInstallMessageHandler(previous)

    run.restore.append(restore_handler)
    application()
    _check(QGuiApplication.platformName(), "Qt started without a platform plugin")


def _on_qt_message(run: _Run, kind: QtMsgType, _context: object, message: str) -> None:
    """Qt's warnings go to stderr, where they do not mix with the step lines (the offscreen
    platform's "cannot raise or resize" ones are expected and dropped). A fatal message,
    such as a platform plugin that cannot load, would abort the process: report the step,
    remove the folder and exit 1 instead."""
    from PySide6.QtCore import QtMsgType

    if kind == QtMsgType.QtFatalMsg:
        print(f"selftest: FAILED at {run.step or 'qt'}: Qt: {_one_line(message)}",
              file=sys.stderr, flush=True)
        with contextlib.suppress(OSError):
            _remove(run.folder)
        os._exit(1)
    if "This plugin does not support" not in message:
        print(f"selftest: (qt) {message}", file=sys.stderr)


def step_demo(run: _Run) -> None:
    from app.demo import make_demo

    stats = make_demo(run.db_path, residents=DEMO_RESIDENTS, years=DEMO_YEARS, seed=1,
                      password=run.password)
    _check(stats.get("residents") == DEMO_RESIDENTS and stats.get("consultations", 0) > 0,
           f"the demo town came out wrong: {stats}")


def step_login(run: _Run) -> None:
    from app import accounts

    run.services = accounts.login(run.db_path, "admin", run.password)
    _check(run.services.store.role == "admin", "admin did not log in as an administrator")


def step_pages(run: _Run) -> None:
    """Every page of the main window, the administrator's pages, the settings tabs, a
    report preview and a search."""
    from ui.main_window import ADMIN_PAGES, PAGES, MainWindow

    run.window = window = MainWindow(run.services)
    window.show()
    keys = window.page_keys()
    expected = [key for key, _ in (*PAGES, *ADMIN_PAGES)]
    _check(keys == expected, f"the window has the pages {keys}, not {expected}")
    for key in keys:
        page: Any = window.show_page(key)
        if key == "reports":
            page.preview()
        _settle()
        _check(window.stack.currentWidget() is page, f"the page {key} did not open")
        _check(not window.grab().isNull(), f"the page {key} could not be drawn")
    settings_page: Any = window.pages["settings"]
    tabs = settings_page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        _settle()
    window.search_box.setText("nguyen")
    window.run_search()
    _settle()


def step_forms(run: _Run) -> None:
    """A form for one record of each kind, and a resident's timeline."""
    from app.demo import first_ids
    from ui.resident_view import ResidentView

    opener = run.window.opener
    ids = first_ids(run.services.store)
    for kind, table in (("resident", "residents"), ("consultation", "consultations"),
                        ("accompaniment", "accompaniments"), ("session", "sessions"),
                        ("organisation", "organisations")):
        record_id = ids[table]
        _check(record_id, f"the demo town has no {table}")
        assert record_id is not None
        form = opener.form(kind, record_id)
        form.show()
        _settle()
        form.hide()
        form.deleteLater()
        if kind == "resident":
            view = ResidentView(run.services, record_id, opener, run.window)
            view.show()
            _settle()
            view.hide()
            view.deleteLater()
    _settle()


def _busiest(run: _Run, period: str) -> str:
    from app.demo import busiest

    found = busiest(run.services.store, period)
    _check(found, "the demo town has no consultations")
    assert found is not None
    return found


def _check_report_files(paths: list[Path], formats: list[str], what: str) -> None:
    suffixes = sorted(p.suffix.lstrip(".") for p in paths)
    # a CSV report may be one file per table; PDF and Excel are one file each
    for fmt in formats:
        _check(fmt in suffixes, f"the {what} has no {fmt} file")
    for path in paths:
        _check(path.is_file() and path.stat().st_size > 0, f"{path.name} is missing or empty")
        head = path.read_bytes()[:4]
        if path.suffix == ".pdf":
            _check(head == b"%PDF", f"{path.name} is not a PDF")
        elif path.suffix == ".xlsx":
            _check(head == b"PK\x03\x04", f"{path.name} is not an Excel file")
        elif path.suffix == ".csv":
            path.read_text(encoding="utf-8-sig")


def step_reports(run: _Run) -> None:
    """The monthly report of the busiest month, the annual report of the busiest fiscal
    year, as PDF, Excel and CSV."""
    from app.reports import build

    formats = build.parse_formats(REPORT_FORMATS)
    reports = run.services.reports
    month = _busiest(run, "month")
    out = run.folder / "reports"
    (out / "monthly").mkdir(parents=True)
    (out / "annual").mkdir()
    monthly = reports.make_monthly(month, out / "monthly", formats)
    _check_report_files(monthly, formats, f"monthly report {month}")
    fiscal_year = int(_busiest(run, "fiscal_year"))
    annual = reports.make_annual(fiscal_year, out / "annual", formats)
    _check_report_files(annual, formats, f"annual report FY{fiscal_year}")


def step_backup(run: _Run) -> None:
    folder = run.folder / "backups"
    folder.mkdir()
    path = run.services.backups.make("selftest", folder)
    _check(path.is_file() and path.stat().st_size > 0, "the backup file is missing or empty")
    _check(path.resolve().is_relative_to(run.folder.resolve()),
           f"the backup was written outside the test folder: {path}")
    run.services.backups.verify(path)


def step_translations(run: _Run) -> None:
    """Madoguchi's compiled translations load (their content is not checked), and so does
    Qt's own Japanese file."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from app.languages import LANGUAGES
    from ui.i18n import qm_file

    _check(qm_file("ja") is not None, "madoguchi_ja.qm is missing")
    for code in LANGUAGES:
        path = qm_file(code)
        if path is not None:
            _check(QTranslator().load(str(path)), f"{path.name} does not load")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_ja = QTranslator()
    _check(qt_ja.load("qtbase_ja", qt_dir) and not qt_ja.isEmpty(),
           f"Qt's qtbase_ja.qm does not load from {qt_dir}")


def step_fonts(run: _Run) -> None:
    """The fonts in app/fonts are there with their licences, Qt can read each of them, and
    each has the letters of its script (for the reports' PDF fonts too)."""
    from PySide6.QtGui import QRawFont

    from app.reports import fonts

    for name in FONT_LICENCES:
        _check((fonts.FONT_DIR / name).is_file(), f"the licence {name} is missing")
    fonts.register_fonts()
    for reportlab_name, filename in fonts.FONT_FILES.items():
        path = fonts.FONT_DIR / filename
        _check(path.is_file() and path.stat().st_size > 0, f"the font {filename} is missing")
        raw = QRawFont(str(path), 12)
        _check(raw.isValid(), f"Qt cannot read the font {filename}")
        sample = FONT_SAMPLES.get(filename, "A")
        missing = [c for c in sample if c.strip() and not raw.supportsCharacter(ord(c))]
        _check(not missing, f"{filename} has no glyph for {''.join(missing)!r} in Qt")
        missing = [c for c in sample if c.strip() and not fonts.has_glyph(reportlab_name, c)]
        _check(not missing, f"{filename} has no glyph for {''.join(missing)!r} in reportlab")
    from PySide6.QtGui import QIcon

    from ui.main import ICON

    _check(not QIcon(str(ICON)).isNull(), f"the window icon {ICON.name} is missing")


def step_keyring(run: _Run) -> None:
    """Windows: the Credential Manager keyring, where the mail password can be kept, is
    found (keyring finds its back ends through package metadata, which a bundle must
    carry). Nothing is read or written in it."""
    from app.reports import mail

    _check(mail.secure_keyring_available(),
           "no secure keyring (Windows Credential Manager) was found")


STEPS: list[tuple[str, Callable[[_Run], None]]] = [
    ("qt", step_qt),
    # the data files a bundle must carry, first: a missing one is named here, not found
    # later as a failing report
    ("translations", step_translations),
    ("fonts", step_fonts),
    ("demo", step_demo),
    ("login", step_login),
    ("pages", step_pages),
    ("forms", step_forms),
    ("reports", step_reports),
    ("backup", step_backup),
]
if sys.platform == "win32":
    STEPS.append(("keyring", step_keyring))


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:297] + "..."


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    if not isinstance(exc, SelftestError):
        text = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return _one_line(text)


def _remove(folder: Path) -> None:
    """Delete the temporary folder; Windows may hold a just-closed file for a moment."""
    for attempt in range(5):
        try:
            shutil.rmtree(folder)
            return
        except FileNotFoundError:
            return
        except OSError:
            if attempt == 4:
                raise
            time.sleep(0.2)


def run_selftest() -> int:
    started = time.monotonic()
    folder = Path(tempfile.mkdtemp(prefix="madoguchi-selftest-"))
    saved_home = os.environ.get("MADOGUCHI_HOME")
    os.environ["MADOGUCHI_HOME"] = str(folder / "home")
    run = _Run(folder)
    failed: tuple[str, BaseException] | None = None
    try:
        for name, step in STEPS:
            run.step = name
            try:
                step(run)
            except Exception as exc:
                failed = (name, exc)
                break
            print(f"selftest: {name} ... ok", flush=True)
    finally:
        try:
            run.close()
        except Exception as exc:
            failed = failed or ("cleanup", exc)
        if saved_home is None:
            os.environ.pop("MADOGUCHI_HOME", None)
        else:
            os.environ["MADOGUCHI_HOME"] = saved_home
        try:
            _remove(folder)
        except OSError as exc:
            failed = failed or ("cleanup", exc)
    if failed is not None:
        print(f"selftest: FAILED at {failed[0]}: {_reason(failed[1])}", file=sys.stderr,
              flush=True)
        return 1
    print(f"selftest: cleanup ... ok\nselftest: passed ({len(STEPS)} steps, "
          f"{time.monotonic() - started:.1f} s)", flush=True)
    return 0
