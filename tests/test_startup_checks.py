"""Nothing whose cost grows with the file runs before the window is usable: login checks page 1,
the schema and each table's first pages; the full check and the day's first backup run in
the background after the window shows, and damage they find is handled at the next login."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import DEMO_PASSWORD
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app import accounts, audit, backup, integrity
from app.services import Services
from ui import startup
from ui.session import Session


def statements(services: Services) -> list[str]:
    seen: list[str] = []
    services.store.conn.set_trace_callback(seen.append)
    return seen


def damage(path: Path) -> None:
    """Flip 512 bytes in the middle of the file (a page no login reads)."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size // 2)
        chunk = fh.read(512)
        fh.seek(size // 2)
        fh.write(bytes(b ^ 0xFF for b in chunk))


def test_login_check_reads_no_more_than_the_first_pages(demo: Services) -> None:
    seen = statements(demo)
    assert startup.after_login(demo) is demo
    demo.store.conn.set_trace_callback(None)
    text = " ".join(seen).lower()
    assert seen and "quick_check" not in text and "integrity_check" not in text
    odd = [s for s in seen if not ("limit 1" in s.lower() or "sqlite_schema" in s.lower()
                                   or "pragma" in s.lower())]
    assert not odd
    assert not backup.list_backups(backup.backup_folder(demo.store))  # no backup at login


def test_background_check_takes_the_days_backup_verified_once(demo: Services) -> None:
    path, key = demo.store.path, demo.store.key
    assert path is not None
    result = integrity.BackgroundCheck(path, key, "admin").run()
    assert result.backup is not None and not result.damaged and result.problem is None
    backup.verify_backup(result.backup, key)  # a sound, complete copy
    assert [b.path for b in backup.list_backups(result.backup.parent)] == [result.backup]
    again = integrity.BackgroundCheck(path, key, "admin").run()  # the same day: a full check
    assert again == integrity.CheckResult()


def test_damage_found_in_the_background_is_handled_at_the_next_login(
        qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    taken = backup.make_backup(services.store, "daily")
    key = services.store.key
    services.close()
    damage(demo_path)
    services = accounts.login(demo_path, "admin", DEMO_PASSWORD)  # page 1 is fine
    assert startup.after_login(services) is services  # the cheap check cannot see it
    result = integrity.BackgroundCheck(demo_path, key, "admin").run()
    assert result.damaged
    assert "damage" in startup.check_message(result)
    integrity.mark_damaged(demo_path)
    services.close()

    offered: list[tuple[Path, Path | None]] = []

    def ask(_parent: object, moved: Path, found: Path | None) -> bool:
        offered.append((moved, found))
        return True

    monkeypatch.setattr(startup, "ask_restore", ask)
    services = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    assert startup.after_login(services) is None  # checked in full: quarantined, restored
    moved, found = offered[0]
    assert found == taken and moved.is_file() and moved != demo_path
    assert not integrity.damage_marked(demo_path)
    assert backup.quick_check(demo_path, key)


def test_session_runs_the_checks_after_the_window_shows(qtbot: QtBot, demo_path: Path) -> None:
    services = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    session = Session(services)
    window: Any = session.window
    qtbot.addWidget(window)
    window.show()
    session.start_background_checks(delay_ms=0)
    assert session.checker.result is None  # nothing ran before the window was shown
    qtbot.waitUntil(lambda: session.checker.result is not None, timeout=20_000)
    qtbot.waitUntil(lambda: "backup" in window.check_label.text(), timeout=5_000)
    result = session.checker.result
    assert result.backup is not None and result.backup.name in window.check_label.text()
    rows = audit.search(services.store, limit=10)
    assert any(r.action == "backup" and result.backup.name in (r.detail or "") for r in rows)
    session.end()
    assert not session.checker.running()


def test_a_check_is_cancelled_and_waited_for(demo_path: Path) -> None:
    services = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    check = integrity.BackgroundCheck(demo_path, services.store.key, "admin")
    check.cancel()
    assert check.run().cancelled
    services.close()


def test_the_lists_first_pages_are_read_ahead_on_the_windows_connection(
        demo: Services) -> None:
    seen = statements(demo)
    warmer = startup.CacheWarmer(demo).start()
    warmer.wait()
    demo.store.conn.set_trace_callback(None)
    assert warmer.done.is_set() and not warmer.thread.is_alive()
    assert any("FROM consultations c" in s and "LIMIT 200" in s for s in seen)


def test_the_residents_list_is_read_ahead_without_the_uis_collator(demo: Services) -> None:
    seen = statements(demo)
    startup.CacheWarmer(demo).start().wait()
    demo.store.conn.set_trace_callback(None)
    residents = [s for s in seen if "FROM residents r" in s]
    assert residents and not any("COLLATE" in s for s in residents)


def test_the_window_is_loaded_while_the_login_screen_waits(qtbot: QtBot) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    screen.show()
    preloader = startup.LoginPreloader(screen).start(0)
    qtbot.waitUntil(lambda: preloader.done == len(preloader.steps))
    assert len(preloader.steps) == 1 + len(startup.AFTER_LOGIN_MODULES) + len(
        startup.SCRIPT_SAMPLES)
    assert all(name in sys.modules for name in startup.AFTER_LOGIN_MODULES)


def test_nothing_is_loaded_once_the_login_screen_is_gone(qtbot: QtBot) -> None:
    screen = QWidget()  # never shown: the password was given, or the login cancelled
    qtbot.addWidget(screen)
    preloader = startup.LoginPreloader(screen).start(0)
    qtbot.wait(50)
    assert preloader.done == 0


def test_the_read_ahead_reads_every_page_the_residents_first_page_needs(
        demo_path: Path) -> None:
    """The residents list sorts its whole table by name, then reads the first page's rows:
    after the read-ahead, none of those pages is read from the file again (a page read
    there is a page decrypted while the user waits)."""
    import apsw

    from app import listing

    services = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    try:
        spec = listing.RESIDENTS
        listing.read_ahead(services.store, spec, startup.READ_AHEAD_ROWS)  # its part alone
        raw = services.store.conn.raw
        before = raw.status(apsw.SQLITE_DBSTATUS_CACHE_MISS)[0]
        listing.count(services.store, spec, listing.ListFilter())
        rows = listing.page(services.store, spec, listing.ListFilter(), spec.default_sort,
                            spec.default_descending, 0, startup.READ_AHEAD_ROWS)
        assert rows
        assert raw.status(apsw.SQLITE_DBSTATUS_CACHE_MISS)[0] == before
    finally:
        services.close()
