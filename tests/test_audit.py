"""The append-only audit trail: what is recorded, what is not, and tamper detection."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSWORD
from pytestqt.qtbot import QtBot

from app import accounts, audit, audit_cli, db, exchange, keyslots
from app.errors import MadoguchiError, NotFoundError
from app.jptime import today_local
from app.records import (
    Accompaniment,
    BridgePerson,
    Consultation,
    Organisation,
    Resident,
    Session,
)
from app.reports import build
from app.services import Services
from ui.forms.accompaniment import AccompanimentForm
from ui.pages.audit import AuditPage


def actions(services: Services, user: str | None = None) -> list[tuple[str, str | None]]:
    """(action, kind) of the matching rows, oldest first."""
    return [(r.action, r.record_kind)
            for r in reversed(audit.search(services.store, user=user))]


def new_resident(services: Services, **extra: object) -> int:
    values: dict[str, object] = {"nationality": "VN", "family_name": "Trần",
                                 "family_name_latin": "TRAN", "given_name_latin": "VAN HUNG",
                                 **extra}
    return services.residents.save(Resident(**values))  # type: ignore[arg-type]


@pytest.fixture
def raw(services: Services) -> Iterator[db.Connection]:
    """A connection that bypasses Madoguchi's store, as someone holding the key could open."""
    assert services.store.key is not None and services.store.path is not None
    conn = db.connect(services.store.path, key=services.store.key)
    yield conn
    conn.close()


def test_create_update_delete_record_fields_before_and_after(services: Services) -> None:
    rid = new_resident(services)
    r = services.residents.get(rid)
    r.given_name_latin = "VAN NAM"
    r.district = "北町"
    services.residents.save(r)
    services.residents.delete(rid)

    rows = list(reversed(audit.search(services.store, record=r.uuid)))
    assert [row.action for row in rows] == ["create", "update", "delete"]
    assert {row.user for row in rows} == {"tester"}
    assert {row.record_kind for row in rows} == {"resident"}
    created, updated, deleted = (row.changes for row in rows)
    assert created["family_name_latin"] == [None, "TRAN"] and created["nationality"] == [None,
                                                                                         "VN"]
    assert "id" not in created and "uuid" not in created and "notes" not in created
    assert updated == {"given_name_latin": ["VAN HUNG", "VAN NAM"], "district": ["", "北町"]}
    assert deleted["given_name_latin"] == ["VAN NAM", None] and "notes" not in deleted
    assert audit.verify(services.store) is None


def test_every_record_kind_is_recorded(services: Services) -> None:
    org = services.directory.save_organisation(Organisation(name="市立病院", kind="hospital"))
    bridge = services.directory.save_bridge_person(BridgePerson(name="Hoa", languages=["vi"]))
    rid = new_resident(services)
    cid = services.consultations.save(Consultation(
        occurred_at="2026-11-02T10:30", language="vi", channel="desk",
        topics=["medical"], resident_id=rid))
    aid = services.accompaniments.save(Accompaniment(
        date="2026-11-05", destination_kind="hospital", resident_id=rid))
    sid = services.sessions.save(Session(date="2026-10-10", kind="life_orientation",
                                         attendee_ids=[rid]))
    services.sessions.delete(sid)
    services.accompaniments.delete(aid)
    services.consultations.delete(cid)
    services.directory.delete_bridge_person(bridge)
    services.directory.delete_organisation(org)
    kinds = ("organisation", "bridge_person", "resident", "consultation", "accompaniment",
             "session")
    assert actions(services)[0] == ("create", "user")  # the first administrator
    assert actions(services)[1:] == [("create", k) for k in kinds] + [
        ("delete", k) for k in reversed(kinds) if k != "resident"]


def test_a_failed_write_leaves_no_row(services: Services) -> None:
    rid = new_resident(services)
    r = services.residents.get(rid)
    services.residents.delete(rid)
    before = audit.count(services.store)
    r.notes = "changed"
    with pytest.raises(NotFoundError):
        services.residents.save(r)  # it was deleted in the meantime
    services.residents.delete(rid)  # nothing left to delete: nothing to record
    assert audit.count(services.store) == before


def test_opening_health_details_is_logged_but_export_is_not(
        qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    rid = new_resident(services)
    sensitive = services.accompaniments.save(Accompaniment(
        date="2026-11-05", destination_kind="hospital", resident_id=rid,
        health_details="妊婦健診"))
    plain = services.accompaniments.save(Accompaniment(
        date="2026-11-06", destination_kind="town_hall", resident_id=rid))
    uuid = services.accompaniments.get(sensitive, viewer_reason=None).uuid
    assert [r.action for r in audit.search(services.store, record=uuid)] == ["create"]

    form = AccompanimentForm(services, sensitive)
    qtbot.addWidget(form)
    assert form.health_details.toPlainText() == "妊婦健診"
    views = [r for r in audit.search(services.store) if r.action == "view"]
    assert [(v.record_uuid, v.detail, v.user) for v in views] == [
        (uuid, "health_details", "tester")]
    assert "妊婦" not in (views[0].detail or "") and not views[0].changes

    other = AccompanimentForm(services, plain)  # no health details: nothing sensitive shown
    qtbot.addWidget(other)
    counts = exchange.export_file(services.store, tmp_path / "all.json")
    assert counts["accompaniments"] == 2
    rows = audit.search(services.store)
    assert [r.action for r in rows if r.action == "view"] == ["view"]
    assert rows[0].action == "export" and rows[0].record_uuid is None
    assert rows[0].detail is not None and rows[0].detail.startswith("all.json: ")
    assert "accompaniments 2" in rows[0].detail and "Trần" not in rows[0].detail


def test_import_and_report_rows(demo: Services, services: Services, tmp_path: Path) -> None:
    new_resident(services)
    data = exchange.export_data(services.store)
    target, _code = accounts.create_database(tmp_path / "other.db", "clerk", PASSWORD,
                                             kdf=FAST_KDF)
    try:
        exchange.import_data(target.store, data)
        rows = audit.search(target.store)
        assert (rows[0].action, rows[0].user) == ("import", "clerk")
        assert rows[0].detail is not None and "residents 1" in rows[0].detail
    finally:
        target.close()

    files = build.make_monthly(demo.store, demo.codes, "2025-06", tmp_path, ["csv"])
    row = audit.search(demo.store)[0]
    assert (row.action, row.user) == ("report", "admin")
    assert row.detail == f"monthly 2025-06; csv; {len(files)} file(s)"
    assert audit.verify(demo.store) is None


def test_audit_rows_cannot_be_changed_through_sql(services: Services) -> None:
    new_resident(services)
    with pytest.raises(db.DbError, match="cannot be changed"), services.store.write() as conn:
        conn.execute("UPDATE audit SET detail = 'x'")
    with pytest.raises(db.DbError, match="cannot be removed"), services.store.write() as conn:
        conn.execute("DELETE FROM audit")
    assert audit.verify(services.store) is None


def test_verify_names_the_altered_row(services: Services, raw: db.Connection) -> None:
    for i in range(5):
        new_resident(services, notes=f"n{i}")
    assert audit.verify(services.store) is None
    third = audit.search(services.store)[-3].id
    raw.execute("DROP TRIGGER audit_no_update")
    raw.execute("UPDATE audit SET detail = 'harmless?' WHERE id = ?", (third,))
    assert audit.verify(services.store) == third
    raw.execute("UPDATE audit SET detail = NULL WHERE id = ?", (third,))
    assert audit.verify(services.store) is None
    raw.execute("UPDATE audit SET changes = json_set(changes, '$.notes[1]', 'n9') "
                "WHERE id = ?", (third + 1,))
    assert audit.verify(services.store) == third + 1


def test_verify_names_the_removed_row(services: Services, raw: db.Connection) -> None:
    """A removed row is named by its own id (the first id missing from the chain)."""
    for i in range(5):
        new_resident(services, notes=f"n{i}")
    ids = [r.id for r in reversed(audit.search(services.store))]
    raw.execute("DROP TRIGGER audit_no_delete")
    raw.execute("DELETE FROM audit WHERE id = ?", (ids[2],))
    assert audit.verify(services.store) == ids[2]


def test_verify_notices_the_newest_rows_removed_and_rows_slipped_in(
        services: Services, raw: db.Connection) -> None:
    for i in range(3):
        new_resident(services, notes=f"n{i}")
    last = audit.search(services.store)[0]
    raw.execute("DROP TRIGGER audit_no_delete")
    raw.execute("DELETE FROM audit WHERE id = ?", (last.id,))
    assert audit.verify(services.store) == last.id
    # a row put back by hand, with a made-up hash, is out of chain
    raw.execute("INSERT INTO audit (id, at, user, action, prev_hash, hash) "
                "VALUES (?, ?, 'tester', 'login', ?, 'f00')", (last.id, last.at, last.prev_hash))
    assert audit.verify(services.store) == last.id


def test_failed_logins_and_lockout_are_recorded_at_the_next_login(tmp_path: Path) -> None:
    path = tmp_path / "town.db"
    services, _code = accounts.create_database(path, "tester", PASSWORD, kdf=FAST_KDF)
    services.close()
    now = 1_000_000.0
    for _ in range(accounts.DELAY_AFTER):
        with pytest.raises(accounts.LoginRefused, match="not right"):
            accounts.unlock(path, "tester", "wrong password", now=now)
    with pytest.raises(accounts.LoginRefused, match="not right"):
        accounts.unlock(path, "my secret pw", "tester", now=now)  # the boxes swapped
    pending = keyslots.KeyFile.load(keyslots.key_path(path)).pending
    assert [e["action"] for e in pending] == ["login_failed"] * 5 + ["lockout", "login_failed"]
    assert all("my secret pw" not in str(e) for e in pending)

    services = accounts.login(path, "tester", PASSWORD, now=now + accounts.MAX_DELAY_S)
    try:
        rows = list(reversed(audit.search(services.store)))[1:]  # after the admin's creation
        got = [(r.user, r.action) for r in rows]
        assert got == [("tester", "login_failed")] * 5 + [("tester", "lockout"),
                                                          (accounts.UNKNOWN_USER,
                                                           "login_failed"),
                                                          ("tester", "login")]
        assert rows[5].detail == f"30 s; {accounts.KEY_FILE_NOTE}"
        assert rows[0].at < rows[-1].at
        assert keyslots.KeyFile.load(keyslots.key_path(path)).pending == []
        accounts.logout(services)
        assert audit.search(services.store)[0].action == "logout"
        assert audit.verify(services.store) is None
    finally:
        services.close()
    services = accounts.login(path, "tester", PASSWORD, now=now + accounts.MAX_DELAY_S)
    try:  # written once only
        assert [r.action for r in audit.search(services.store)].count("lockout") == 1
    finally:
        services.close()


def test_search_filters_by_user_date_and_record(services: Services) -> None:
    rid = new_resident(services)
    uuid = services.residents.get(rid).uuid
    services.store.user = "someone"
    new_resident(services, notes="second")
    assert audit.users(services.store) == ["someone", "tester"]
    assert actions(services, user="someone") == [("create", "resident")]
    assert len(audit.search(services.store, record=uuid[:8])) == 1
    today = today_local().isoformat()
    assert len(audit.search(services.store, date_from=today, date_to=today)) == 3
    assert audit.search(services.store, date_to="2000-01-01") == []
    services.store.role = "staff"
    with pytest.raises(MadoguchiError, match="administrator"):
        audit.search(services.store)


def test_diff_lists_only_what_changed() -> None:
    before = Organisation(name="A", kind="hospital", languages=["ja"])
    after = Organisation(name="A", kind="hospital", languages=["ja", "vi"], notes="x")
    assert audit.diff(before, after) == {"languages": [["ja"], ["ja", "vi"]],
                                         "notes": ["", "x"]}
    assert audit.diff(None, before) == {"name": [None, "A"], "kind": [None, "hospital"],
                                        "languages": [None, ["ja"]]}
    assert audit.summarise({"notes": ["", "x"]}) == "notes: — → x"


def test_audit_verify_command(services: Services, raw: db.Connection,
                              capsys: pytest.CaptureFixture[str]) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, dest="sub_db")
    common.add_argument("--user", dest="sub_user")
    parser = argparse.ArgumentParser()
    audit_cli.add_arguments(parser.add_subparsers(dest="command"), common)
    args = parser.parse_args(["audit", "verify", "--db", "x.db", "--user", "tester"])
    assert (args.command, args.audit_action, args.sub_user) == ("audit", "verify", "tester")

    new_resident(services)
    new_resident(services)
    assert audit_cli.run(args, services) == 0
    assert capsys.readouterr().out == \
        "audit trail intact (3 rows; checkpoints in 2 places agree)\n"
    raw.execute("DROP TRIGGER audit_no_update")
    raw.execute("UPDATE audit SET user = 'nobody' WHERE id = 1")
    assert audit_cli.run(args, services) == 1
    assert capsys.readouterr().out == (
        "audit trail: row 1 (create by nobody) is signed with a key that was not nobody's at "
        "that time\naudit row 1 was altered or removed\n")


def test_audit_page_shows_rows_and_verifies(qtbot: QtBot, services: Services) -> None:
    rid = new_resident(services)
    r = services.residents.get(rid)
    r.notes = "moved"
    services.residents.save(r)
    page = AuditPage(services)
    qtbot.addWidget(page)
    page.show()
    assert page.table.rowCount() == 3  # and the first administrator's creation
    cells = [page.table.cell_text(0, col) for col in range(6)]
    assert cells[4:] == [r.display_name(), "Notes: — → moved"]
    assert page.rows_model.tooltips[(0, 4)] == r.uuid
    assert page.user.count() == 2  # any user, tester
    page.record.setText("no-such-record")
    page.refresh()
    assert page.table.rowCount() == 0
    page.verify_button.click()
    assert "intact" in page.verify_result.text()


def test_user_management_is_recorded(services: Services) -> None:
    users = accounts.Users(services)
    users.add("cir", PASSWORD)
    users.set_password("cir", PASSWORD + "!")
    users.set_language("cir", "vi")
    users.unlock("cir")
    users.disable("cir")
    rows = [(r.action, r.record_kind, r.record_uuid, r.changes, r.detail)
            for r in reversed(audit.search(services.store))]
    assert rows == [
        ("create", "user", "tester", {"role": [None, "admin"]}, None),
        ("create", "user", "cir", {"role": [None, "staff"]}, None),
        ("update", "user", "cir", {}, "password changed"),
        ("update", "user", "cir", {"language": ["", "vi"]}, None),
        ("unlock", "user", "cir", {}, None),
        ("update", "user", "cir", {"disabled": [False, True]}, None),
        ("rekey", None, None, {}, "cir disabled; the database has a new key")]
    assert all(PASSWORD not in str(r) for r in rows)


def test_a_purge_can_blank_values_but_nothing_else(services: Services,
                                                    raw: db.Connection) -> None:
    """Retention blanks a purged record's values here too (audit.redact); the chain still
    verifies, a "redact" row says who did it, and blanking without one is tampering."""
    rid = new_resident(services, notes="Kanariyama")
    other = new_resident(services, notes="stays")
    uuid, other_uuid = (services.residents.get(i).uuid for i in (rid, other))
    r = services.residents.get(rid)
    r.notes = "Kanariyama 2"
    services.residents.save(r)
    with pytest.raises(db.DbError, match="cannot be changed"), services.store.write() as conn:
        conn.execute("UPDATE audit SET changes = '{}' WHERE record_uuid = ?", (uuid,))
    with services.store.write() as conn:
        assert audit.redact(conn, "tester", [uuid, uuid]) == 2
    assert audit.verify(services.store) is None
    rows = audit.search(services.store)
    assert (rows[0].action, rows[0].record_uuid, rows[0].detail) == ("redact", uuid, "2 row(s)")
    assert all("Kanariyama" not in str(row) for row in rows)
    assert [row.redacted for row in rows if row.record_uuid == uuid] == [False, True, True]
    # blanking by hand, with no redact row, shows
    raw.execute("UPDATE audit SET changes = NULL WHERE record_uuid = ?", (other_uuid,))
    assert audit.verify(services.store) == audit.search(services.store, record=other_uuid)[0].id


def test_the_audit_page_names_people_records_and_fields_as_a_reviewer_knows_them(
        qtbot: QtBot, services: Services) -> None:
    """Not UUIDs and column names: the resident's name, a consultation's case number and
    person, field labels and code labels in the reader's language."""
    from app.records import Consultation
    from ui import i18n

    i18n.apply("ja")
    rid = new_resident(services)
    name = services.residents.get(rid).display_name()
    cid = services.consultations.save(Consultation(
        occurred_at="2026-11-20T10:00", resident_id=rid, language="vi", channel="desk",
        topics=["housing"], asked="家賃", status="open"))
    c = services.consultations.get(cid)
    c.status = "closed"
    services.consultations.save(c)
    page = AuditPage(services)
    qtbot.addWidget(page)
    page.show()
    first = [page.table.cell_text(0, col) for col in range(6)]
    assert first[4] == f"#{cid} {name}"
    assert first[5] == "対応状況: 対応中 → 完了"
    created = [page.table.cell_text(1, col) for col in range(6)]
    assert f"相談者: — → {name}" in created[5] and "相談分類: — → 住宅" in created[5]
    assert c.uuid not in " ".join(first + created)


def test_rows_cannot_be_slipped_in_through_the_key_file(tmp_path: Path) -> None:
    """The key file is not protected against its holder: a forged "export" or "purge", a
    backdated failure or one for a made-up user is refused and counted, never chained in as
    if it had happened."""
    path = tmp_path / "town.db"
    services, _code = accounts.create_database(path, "tester", PASSWORD, kdf=FAST_KDF)
    services.close()
    with pytest.raises(accounts.LoginRefused):
        accounts.unlock(path, "tester", "wrong password")
    key_file = keyslots.KeyFile.load(keyslots.key_path(path))
    genuine = list(key_file.pending)
    forged = [{"at": "2026-01-01T00:00:00.000000Z", "user": "tester", "action": "export",
               "detail": "all records"},
              {"at": genuine[0]["at"], "user": "tester", "action": "purge", "detail": "x"},
              {"at": "2020-01-01T00:00:00.000000Z", "user": "tester",
               "action": "login_failed", "detail": "failure 1"},
              {"at": genuine[0]["at"], "user": "Nguyen Thi Lan", "action": "login_failed",
               "detail": "failure 1"},
              {"at": genuine[0]["at"], "user": "tester", "action": "login_failed",
               "detail": "failure 1 by the staff member Tran"}]
    key_file.pending = forged + genuine
    key_file.save()
    services = accounts.login(path, "tester", PASSWORD)
    try:
        rows = list(reversed(audit.search(services.store)))
        actions = [r.action for r in rows]
        assert "export" not in actions and "purge" not in actions
        assert all(r.at >= rows[0].at for r in rows)
        assert [r.action for r in rows[1:]] == ["login_failed", "key_file_refused", "login"]
        assert rows[2].detail is not None and rows[2].detail.startswith("5 ")
        assert "Nguyen" not in str(rows) and "Tran" not in str(rows)
        assert audit.verify(services.store) is None
    finally:
        services.close()
