from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "en_US.UTF-8")

import pytest  # noqa: E402

from app import accounts, keyslots  # noqa: E402
from app.demo import make_demo  # noqa: E402
from app.keyslots import Kdf  # noqa: E402
from app.knowledge import KbEntry, KbText  # noqa: E402
from app.services import Services  # noqa: E402

# Every test database is a real SQLCipher file. The argon2id cost is lowered for speed in
# most tests; test_accounts.py checks the production parameters themselves.
FAST_KDF = Kdf(memory_kib=1024, time_cost=1, parallelism=1)
PASSWORD = "correct horse"
DEMO_PASSWORD = "demo-pass"


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory,
                 monkeypatch: pytest.MonkeyPatch) -> Path:
    """Default backups, quarantine and logs go to a temporary folder, never the real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MADOGUCHI_HOME", str(home))
    from PySide6.QtCore import QSettings

    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(home / "settings"))
    return home


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """A test that switches the UI language leaves English behind for the next one."""
    yield
    from ui import i18n

    i18n.reset()


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    svc, _code = accounts.create_database(tmp_path / "town.db", "tester", PASSWORD,
                                          kdf=FAST_KDF)
    yield svc
    svc.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    make_demo(path, residents=120, years=2, seed=7, password=DEMO_PASSWORD, kdf=FAST_KDF)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the small demo town and its key file (the template is never
    changed)."""
    target = tmp_path / "demo.db"
    shutil.copy(demo_template, target)
    shutil.copy(keyslots.key_path(demo_template), keyslots.key_path(target))
    return target


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Services]:
    svc = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    yield svc
    svc.close()


@pytest.fixture
def cli_login(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """`--user admin` with the demo password in the environment, for CLI tests."""
    monkeypatch.setenv("MADOGUCHI_PASSWORD", DEMO_PASSWORD)
    return ["--user", "admin"]


def kb_entry(topic: str, ja_q: str, ja_a: str, *others: tuple[str, str, str],
          status: str = "published", reviewed: str | None = "2026-06-01") -> KbEntry:
    """A knowledge entry with a Japanese text and, optionally, others."""
    return KbEntry(topic=topic, status=status, reviewed_on=reviewed,
                   texts=[KbText("ja", ja_q, ja_a), *(KbText(*o) for o in others)])


@pytest.fixture
def kb(services: Services) -> dict[str, int]:
    """Two published entries (garbage, night clinic) and a draft."""
    k = services.knowledge
    return {
        "garbage": k.save(kb_entry("daily_rules", "ゴミの分別と出し方がわからない",
                                "地区の収集カレンダーと分別表を渡す。",
                                ("vi", "Cách phân loại rác?", "Đưa lịch thu gom rác."))),
        "clinic": k.save(kb_entry("medical", "夜間に子どもが熱を出した",
                               "休日夜間急患センターを案内する。", reviewed="2024-01-10")),
        "draft": k.save(kb_entry("daily_rules", "粗大ごみの出し方", "予約制。", status="draft")),
    }
