"""The window starts without what it does not show yet: pages are built when first shown, and
the report, PDF, image, keyring and mail modules are imported when first used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import DEMO_PASSWORD

ROOT = Path(__file__).resolve().parent.parent
LATER = ("reportlab", "uharfbuzz", "PIL", "keyring", "smtplib", "app.reports.mail",
         "app.reports.pdf", "app.reports.build", "app.handover", "openpyxl", "xlsxwriter")

# The start path of ui.main.run_window, with the login screen's work done directly.
CHILD = r"""
import json, sys
from pathlib import Path
from ui import launcher  # noqa: F401  (what the Start-menu shortcut runs)
from ui.main import application
from ui.startup import after_login, before_login
from app import accounts
from ui.session import Session
from PySide6.QtWidgets import QApplication

app = application()
db, password, later = Path(sys.argv[1]), sys.argv[2], sys.argv[3].split(",")
lock = before_login(db)
services = after_login(accounts.login(db, "admin", password))
session = Session(services)
session.window.show()
QApplication.processEvents()
before = {"loaded": [m for m in later if m in sys.modules], "pages": list(session.window.pages)}
session.window.show_page("reports")
QApplication.processEvents()
after = {"loaded": [m for m in later if m in sys.modules], "pages": list(session.window.pages)}
print("RESULT " + json.dumps({"before": before, "after": after}), flush=True)
session.end()
lock.release()
"""


def test_the_window_starts_without_reports_pdf_keyring_or_mail(demo_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", CHILD, str(demo_path), DEMO_PASSWORD,
                           ",".join(LATER)], env=env, capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    result = json.loads(line.removeprefix("RESULT "))
    assert result["before"] == {"loaded": [], "pages": ["today"]}
    # ...and they come when the page that needs them is first shown
    assert "reports" in result["after"]["pages"]
    assert "reportlab" in result["after"]["loaded"] or "app.reports.build" in \
        result["after"]["loaded"]


def test_the_window_asks_for_python_3_12() -> None:
    from ui.launcher import window_python_problem

    assert window_python_problem((3, 12)) is None and window_python_problem((3, 13)) is None
    problem = window_python_problem((3, 11))
    assert problem is not None and "3.12" in problem and "3.11" in problem


# Counts the Python enum classes made from here on (PySide6 makes one per Qt enum, lazily).
COUNT_ENUMS = r"""
import enum
made = []
new = enum.EnumType.__new__
def counting(metacls, name, *args, **kwargs):
    made.append(name)
    return new(metacls, name, *args, **kwargs)
"""

# The start up to the login screen on the screen, through the entry point the Start-menu
# shortcut runs (the command line's parser, then ui.main.run_window).
LOGIN_CHILD = COUNT_ENUMS + r"""
import json, sys
enum.EnumType.__new__ = counting
from ui import launcher, login
from PySide6.QtWidgets import QApplication

def launch(self):
    self.show()
    QApplication.processEvents()
    loaded = sorted(m for m in sys.modules
                    if m.startswith(("app.", "cryptography", "argon2", "logging.")))
    print("RESULT " + json.dumps({"loaded": loaded, "enums": made}), flush=True)
    return 0

login.LoginDialog.launch = launch
sys.exit(launcher.main(["--db", sys.argv[1], "--user", "admin"]))
"""
DOMAIN = ("app.services", "app.accounts", "app.store", "app.audit", "app.codes", "app.demo",
          "app.search", "app.migrations", "cryptography", "argon2",
          "logging.handlers")  # app.crash is there (a crash at login is written down), light


def test_the_login_screen_draws_before_the_domain_is_loaded(demo_path: Path) -> None:
    """The services, the store, the ciphers and the rest load while the password is typed
    (ui.startup.LoginPreloader); the login screen waits only for the key file's reader."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", LOGIN_CHILD, str(demo_path)], env=env,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    result = json.loads(line.removeprefix("RESULT "))
    loaded = result["loaded"]
    assert "app.keyslots" in loaded        # the demo note and the key file's check
    assert [m for m in DOMAIN if m in loaded] == []
    # nothing on the screen uses an enum of Qt's namespace, whose first use makes all ≈ 95
    # of them (12-20 ms): QDialogButtonBox(self) did, QDialogButtonBox(parent=self) does not
    assert "GlobalColor" not in result["enums"]


# The window's first drawing after the login screen's preloader ran; counts the Python enum
# classes PySide6 makes meanwhile.
SHOW_CHILD = COUNT_ENUMS + r"""
import json, sys
from pathlib import Path
from ui import launcher  # noqa: F401
from ui.main import application
from ui.login import LoginDialog
from ui.startup import LoginPreloader, after_login, before_login
from PySide6.QtWidgets import QApplication

app = application()
db, password = Path(sys.argv[1]), sys.argv[2]
lock = before_login(db)
dialog = LoginDialog(db)
dialog.show()
QApplication.processEvents()
preloader = LoginPreloader(dialog)
for step in preloader.steps:  # what the event loop runs while the password is typed
    step()
dialog.hide()
from app import accounts
from ui.session import Session
services = after_login(accounts.login(db, "admin", password))
session = Session(services)
enum.EnumType.__new__ = counting
session.window.show()
QApplication.processEvents()
enum.EnumType.__new__ = new
print("RESULT " + json.dumps(made), flush=True)
session.end()
lock.release()
"""


def test_the_window_draws_without_making_qts_enum_classes(demo_path: Path) -> None:
    """PySide6 made ≈ 140 enum classes (20-30 ms) at the first Qt-private object the
    session's activity filter received; the preloader pays that on the login screen."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SHOW_CHILD, str(demo_path), DEMO_PASSWORD],
                          env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    made = json.loads(line.removeprefix("RESULT "))
    assert len(made) < 20, made


def test_the_command_lines_parser_loads_no_domain() -> None:
    """`madoguchi --help` and every command build the parser of all commands; the commands'
    modules load the domain, the reports, keyring and mail only when they run."""
    code = ("import sys; from app import cli; cli._parser(); "
            "print(sorted(m for m in ('app.services', 'app.store', 'app.audit', "
            "'app.reports.build', 'app.reports.mail', 'keyring', 'app.rollup.report', "
            "'app.sync.engine', 'app.tableimport.profile') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
