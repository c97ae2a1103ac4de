"""Settings → Import from Excel/CSV: the wizard reads, previews and imports off the UI thread."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot
from tablelogs import april_may_workbook

from app.services import Services
from ui.table_import import TableImportWizard

SHOTS = os.environ.get("MADOGUCHI_IMPORT_SHOTS")  # a folder: also save each page as a PNG


def wait_job(qtbot: QtBot, wizard: TableImportWizard) -> None:
    assert wizard.job is not None
    qtbot.waitUntil(wizard.job.finished.is_set, timeout=30_000)
    qtbot.wait(50)


def shot(wizard: TableImportWizard, name: str) -> None:
    if SHOTS:
        wizard.grab().save(str(Path(SHOTS) / f"import-{name}.png"))


def test_wizard_imports_a_log(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    log = april_may_workbook(tmp_path / "相談記録.xlsx", bad_date=True)
    wizard = TableImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.choose_file = lambda: str(log)  # type: ignore[method-assign]
    wizard.show()
    wizard.file_page.choose()
    wait_job(qtbot, wizard)
    assert wizard.file_page.chosen() == ["4月", "5月"]  # 集計 is a formula sheet
    assert wizard.file_page.isComplete()
    shot(wizard, "1-file")

    wizard.next()
    assert wizard.currentPage() is wizard.columns_page
    table = wizard.columns_page.table
    fields = {table.item(r, 2).text(): table.cellWidget(r, 4).currentData()
              for r in range(table.rowCount()) if table.cellWidget(r, 4) is not None}
    assert fields["相談日"] == "date" and fields["相談内容"] == "topics"
    assert fields["備考"] == "notes"
    shot(wizard, "2-columns")

    wizard.next()
    assert wizard.currentPage() is wizard.values_page
    wait_job(qtbot, wizard)
    page = wizard.values_page
    page.default_boxes["language"].setCurrentIndex(page.default_boxes["language"].findData("ja"))
    page.default_boxes["channel"].setCurrentIndex(page.default_boxes["channel"].findData("desk"))
    assert wizard.profile.defaults["language"] == "ja"
    shot(wizard, "3-values")

    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    wait_job(qtbot, wizard)
    preview = wizard.preview_page
    assert "1 with problems" in preview.summary.text()
    assert not preview.isComplete()  # a row with a date that does not exist stops it
    problem = next(r for r in range(preview.model.rowCount())
                   if preview.model.outcome(r) == "problem")
    assert "does not exist" in preview.model.index(problem, 4).data()
    shot(wizard, "4-preview")
    preview.skip.setChecked(True)
    wait_job(qtbot, wizard)
    assert preview.isComplete() and "8 to import" in preview.summary.text()

    wizard.next()  # the Import button: runs the import, then moves on
    wait_job(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=10_000)
    assert wizard.imported is not None and wizard.imported.consultations == 8
    assert "8 consultations were imported" in wizard.done_page.text.text()
    shot(wizard, "5-done")
    assert services.store.query_one("SELECT count(*) FROM consultations")[0] == 8
    report = tmp_path / "report.csv"
    wizard.choose_save_path = lambda *_a: str(report)  # type: ignore[method-assign]
    wizard.save_report(wizard.imported)
    lines = report.read_bytes().decode("utf-8-sig").split("\r\n")
    assert len(lines) == 1 + 1 + 12 + 5 + 1  # header, 4月, 5月, 集計, and the last newline
    assert lines[-2] == "集計,,skip,A summary sheet with formulas.,,"


def test_wizard_says_a_bad_file_in_one_sentence(qtbot: QtBot, services: Services,
                                                tmp_path: Path) -> None:
    bad = tmp_path / "notes.csv"
    bad.write_bytes(b"\x00\x01" * 100)
    wizard = TableImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.file_page.open(bad)
    wait_job(qtbot, wizard)
    assert wizard.file_page.message.text() == (
        "notes.csv is not an Excel workbook (.xlsx, .xls) or a CSV file. Nothing was imported.")
    assert not wizard.file_page.isComplete()


def test_settings_page_opens_the_wizard(qtbot: QtBot, services: Services,
                                        monkeypatch: object) -> None:
    from ui.pages.settings import SettingsPage

    page = SettingsPage(services)
    qtbot.addWidget(page)
    opened: list[TableImportWizard] = []

    def launch(self: TableImportWizard) -> int:
        opened.append(self)
        return 0

    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(TableImportWizard, "launch", launch)
    assert not page.old_records.isHidden()
    page.old_records.button.click()
    assert len(opened) == 1


def test_wizard_updates_residents_from_the_roster(qtbot: QtBot, services: Services,
                                                  tmp_path: Path) -> None:
    from test_tableimport_roster import ROWS, roster_file

    from app.records import Resident

    gone = services.residents.save(Resident(nationality="PH", family_name_latin="Santos"))
    wizard = TableImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.roster_kind.setChecked(True)
    wizard.file_page.open(roster_file(tmp_path / "roster.csv", ROWS))
    wait_job(qtbot, wizard)
    wizard.next()
    table = wizard.columns_page.table
    fields = {table.item(r, 2).text(): table.cellWidget(r, 4).currentData()
              for r in range(table.rowCount()) if table.cellWidget(r, 4) is not None}
    assert fields["在留資格"] == "residence_status" and fields["住所の地区"] == "district"
    wizard.next()
    wait_job(qtbot, wizard)
    assert not wizard.values_page.defaults_box.isVisible()
    wizard.next()
    wait_job(qtbot, wizard)
    page = wizard.preview_page
    assert "2 new residents" in page.summary.text() and "1 residents in Madoguchi" in \
        page.summary.text()
    checks = [r for r in range(page.model.rowCount()) if page.model.outcome(r) == "check"]
    assert [page.model.index(r, 3).data() for r in checks] == ["Santos"]
    shot(wizard, "6-roster")
    wizard.next()
    wait_job(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=10_000)
    assert "2 residents were added" in wizard.done_page.text.text()
    assert services.store.query_one("SELECT count(*) FROM residents")[0] == 3
    assert services.residents.get(gone).nationality == "PH"


def test_staff_do_not_see_the_import(qtbot: QtBot, services: Services) -> None:
    from app import accounts
    from ui.pages.settings import SettingsPage

    accounts.Users(services).add("cir", "a staff password", "staff")
    path = services.store.path
    assert path is not None
    staff = accounts.login(path, "cir", "a staff password")
    try:
        page = SettingsPage(staff)
        qtbot.addWidget(page)
        assert page.old_records.isHidden()
    finally:
        staff.close()
