"""Settings › Devices and the Conflicts page, offscreen."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.records import Resident
from app.sync import conflicts, folder
from tests.sync_towns import make_town, send
from ui.pages.conflicts import EDIT, THEIRS, ConflictsPage
from ui.pages.devices import DevicesBox

SHOTS = os.environ.get("MADOGUCHI_SHOTS")  # a folder: the tests leave PNGs there to look at


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))  # type: ignore[attr-defined]


def test_devices_box_syncs_through_the_folder_and_shows_each_device(
        qtbot: QtBot, tmp_path: Path) -> None:
    pc, laptop = make_town(tmp_path)
    try:
        share = tmp_path / "share"
        share.mkdir()
        folder.set_folder(pc, share)
        folder.set_folder(laptop, share)
        laptop.residents.save(Resident(nationality="VN", family_name="Trần"))
        folder.exchange(laptop, share)
        box = DevicesBox(pc)
        qtbot.addWidget(box)
        box.resize(900, 620)
        assert box.table.rowCount() == 2 and box.sync_now.isEnabled()
        job = box.start_sync()
        assert job is not None
        qtbot.waitUntil(job.finished.is_set, timeout=20000)
        qtbot.waitUntil(lambda: "1 added" in box.status_line.text(), timeout=5000)
        assert pc.store.query_one("SELECT count(*) FROM residents")[0] == 1
        heard = box.table.item(1, 2).text()
        assert heard[:4].isdigit()  # a time, not "never"
        _shot(box, "settings-devices.png")
    finally:
        pc.close()
        laptop.close()


def test_conflicts_page_resolves_field_by_field(qtbot: QtBot, tmp_path: Path) -> None:
    pc, laptop = make_town(tmp_path)
    try:
        rid = pc.residents.save(Resident(nationality="VN", family_name="Trần",
                                         family_name_latin="TRAN"))
        send(pc, laptop)
        uuid = pc.residents.get(rid).uuid
        lid = laptop.store.query_one("SELECT id FROM residents WHERE uuid = ?", (uuid,))[0]
        mine = pc.residents.get(rid)
        mine.notes, mine.district = "窓口で相談", "北町"
        pc.residents.save(mine)
        theirs = laptop.residents.get(lid)
        theirs.notes, theirs.district = "SNSで相談", "南町"
        laptop.residents.save(theirs)
        send(laptop, pc)
        from ui.forms.resident import ResidentForm

        form = ResidentForm(pc, rid)
        qtbot.addWidget(form)
        assert "open conflict" in form.conflict_badge.text()
        _shot(form, "resident-form-conflict.png")
        other = ResidentForm(pc, pc.residents.save(Resident(nationality="PH",
                                                             family_name="Santos")))
        qtbot.addWidget(other)
        assert not hasattr(other, "conflict_badge")
        page = ConflictsPage(pc)
        qtbot.addWidget(page)
        page.resize(1000, 560)
        assert page.list.rowCount() == 1 and len(page.choices) == 2
        _shot(page, "settings-conflicts.png")
        for name, combo, edit in page.choices:
            if name == "district":
                combo.setCurrentIndex(THEIRS)
            else:
                combo.setCurrentIndex(EDIT)
                edit.setText("窓口とSNSで相談")
        page.resolve()
        assert conflicts.open_count(pc.store) == 0 and page.list.rowCount() == 0
        done = pc.residents.get(rid)
        assert (done.notes, done.district) == ("窓口とSNSで相談", "南町")
    finally:
        pc.close()
        laptop.close()


def test_the_exchange_at_logout_waits_for_the_packet_and_skips_an_unreachable_folder(
        qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.sync_jobs import exchange_and_wait, start_exchange

    pc, laptop = make_town(tmp_path)
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        assert start_exchange(parent, pc) is None  # no folder set: nothing runs
        share = tmp_path / "share"
        share.mkdir()
        folder.set_folder(pc, share)
        pc.residents.save(Resident(nationality="VN", family_name="Trần"))
        exchange_and_wait(parent, pc)
        assert len(list(share.glob("*.madosync"))) == 1
        share.rename(tmp_path / "unplugged")  # the USB stick is gone
        assert start_exchange(parent, pc) is None
    finally:
        pc.close()
        laptop.close()


def test_the_reports_page_says_how_many_conflicts_are_open(
        qtbot: QtBot, tmp_path: Path) -> None:
    from ui.pages.reports import ReportsPage

    pc, laptop = make_town(tmp_path)
    try:
        rid = pc.residents.save(Resident(nationality="VN", family_name="Trần"))
        send(pc, laptop)
        uuid = pc.residents.get(rid).uuid
        for town, note in ((pc, "a"), (laptop, "b")):
            r = town.residents.get(town.store.query_one(
                "SELECT id FROM residents WHERE uuid = ?", (uuid,))[0])
            r.notes = note
            town.residents.save(r)
        page = ReportsPage(pc)
        qtbot.addWidget(page)
        page.show_open_conflicts()
        assert page.conflicts_note.isHidden()
        send(laptop, pc)
        page.show_open_conflicts()
        assert not page.conflicts_note.isHidden()
        assert page.conflicts_note.text().startswith("Records with open sync conflicts: 1.")
    finally:
        pc.close()
        laptop.close()
