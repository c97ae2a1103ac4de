"""Plaintext canary: a planted resident name does not appear in the bytes of the database,
its WAL, or a backup; nor in the log files or in error messages (which the window shows in
its dialogs as they are)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import DEMO_PASSWORD

from app import exchange, search
from app.backup import make_backup
from app.records import Accompaniment, Consultation, Resident
from app.services import Services
from app.store import open_store
from ui.launcher import main

NATIVE, GIVEN = "Qủynhcanary", "Thịxylophon"
LATIN, GIVEN_LATIN = "QUYNHCANARYZ", "THIXYLOPHON"
KANA = "クインカナリーゼット ティサイロフォン"
NOTE = "Kanariyama-mill-backroom"
FORMS = [NATIVE, GIVEN, LATIN, GIVEN_LATIN, "クインカナリーゼット", "ティサイロフォン", NOTE]


def needles() -> list[bytes]:
    """Every form, as stored and as indexed for search, in UTF-8 and UTF-16-LE."""
    texts = set(FORMS) | {search.normalise(f) for f in FORMS}
    return [t.encode(enc) for t in sorted(texts) for enc in ("utf-8", "utf-16-le")]


def found_in(path: Path) -> list[str]:
    data = path.read_bytes()
    return [n.decode("utf-8", "replace") for n in needles() if n in data]


def plant(services: Services) -> int:
    rid = services.residents.save(Resident(
        nationality="VN", family_name=NATIVE, given_name=GIVEN, family_name_latin=LATIN,
        given_name_latin=GIVEN_LATIN, kana=KANA, languages=["vi"], notes=f"lives by {NOTE}"))
    for day in range(1, 6):
        services.consultations.save(Consultation(
            occurred_at=f"2026-05-0{day}T10:00", language="vi", channel="desk",
            topics=["housing"], resident_id=rid, asked=f"{LATIN} asks about the flat",
            done=f"Called {NATIVE}'s landlord"))
    services.accompaniments.save(Accompaniment(
        date="2026-05-02", destination_kind="hospital", resident_id=rid,
        purpose=f"check-up for {GIVEN_LATIN}", health_details=f"{NATIVE}: asthma"))
    return rid


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Data (backups) and logs go under tmp_path, so that every file can be read."""
    monkeypatch.setattr("app.paths.data_dir", lambda: tmp_path / "data")
    monkeypatch.setattr("app.paths.log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr("app.crash.log_dir", lambda: tmp_path / "logs")
    for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / "xdg"))
    return tmp_path


def test_the_check_can_see_a_plaintext_name(tmp_path: Path) -> None:
    """The same records in an unencrypted file do show, so the check below means something."""
    plain = Services(open_store(tmp_path / "plain.db", create=True, user="clerk"))
    try:
        plant(plain)
        seen = found_in(tmp_path / "plain.db") + found_in(tmp_path / "plain.db-wal")
    finally:
        plain.close()
    assert NATIVE in seen and LATIN in seen and NOTE in seen


def test_no_name_in_the_database_wal_or_key_file(services: Services, tmp_path: Path) -> None:
    plant(services)
    wal = tmp_path / "town.db-wal"
    assert wal.exists() and wal.stat().st_size > 0  # the records are (also) in the WAL
    files = [tmp_path / "town.db", wal, tmp_path / "town.db-shm", tmp_path / "town.db.keys"]
    assert {f: found_in(f) for f in files if f.exists()} == {f: [] for f in files if f.exists()}
    services.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert found_in(tmp_path / "town.db") == []


def test_no_name_in_a_backup(services: Services, tmp_path: Path) -> None:
    plant(services)
    target = Path(make_backup(services.store, "manual"))
    assert target.exists() and target.stat().st_size > 0
    made = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert target in made  # the backup went under tmp_path, so every file is checked here
    assert {p: found_in(p) for p in made} == {p: [] for p in made}


CANARY_RESIDENT = {"uuid": "0b9c2a4e-3f1d-4c2b-9a7e-5d6f8e1a2b3c", "nationality": "VN",
                   "family_name": NATIVE, "given_name": GIVEN, "family_name_latin": LATIN,
                   "given_name_latin": GIVEN_LATIN, "kana": KANA, "notes": NOTE,
                   "languages": ["vi"]}


@pytest.mark.parametrize("case,change,field", [
    ("bad code", {"nationality": "ZZ"}, "nationality"),
    ("name as reading", {"kana": LATIN}, "kana"),
    ("name as date", {"arrival_date": NATIVE}, "arrival_date"),
    ("name of the wrong type", {"family_name": [NATIVE]}, "family_name"),
    ("name as uuid", {"uuid": f"{LATIN}-{NATIVE}", "nationality": "ZZ"}, "uuid"),
    ("link to nobody", {"links": [{"related": LATIN, "relation": "spouse"}]}, "links"),
    ("name as format version", {"format_version": NATIVE}, "format version"),
    ("name as sort order", {"code_items": [{"list": "topic", "code": "x", "label_ja": "x",
                                            "label_en": "x", "sort_order": LATIN}]},
     "sort_order"),
])
def test_a_failed_import_names_record_and_field_but_not_the_value(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, case: str, change: dict[str, object],
        field: str) -> None:
    monkeypatch.setenv("MADOGUCHI_PASSWORD", DEMO_PASSWORD)
    data: dict[str, object] = {"format": exchange.FORMAT,
                               "format_version": exchange.FORMAT_VERSION}
    resident = dict(CANARY_RESIDENT)
    for key, value in change.items():
        (data if key in ("format_version", "code_items") else resident)[key] = value
    data["residents"] = [resident]
    source = tmp_path / "incoming.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    code = main(["import", "--db", str(demo_path), "--user", "admin", str(source)])
    out, err = capsys.readouterr()
    assert code == 2, err  # a clear message, not "an unexpected error"
    assert field in err and "Nothing was imported" in err
    if field != "format version":
        assert "residents[0]" in err or "code_items[0]" in err
    leaks = [f for f in FORMS if f in out + err]
    logs = [p for p in (tmp_path / "logs").rglob("*") if p.is_file()]
    assert leaks == [] and {p: found_in(p) for p in logs} == {p: [] for p in logs}, case


def test_a_crash_log_keeps_no_values(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch, demo_path: Path) -> None:
    """An unexpected error (a bug) goes to the crash log. Python's own messages often carry
    the value that broke them (int('…'), KeyError('…')), so the log must not copy them."""
    monkeypatch.setenv("MADOGUCHI_PASSWORD", DEMO_PASSWORD)

    def broken(path: Path) -> dict[str, object]:
        return {"n": int(LATIN)}  # ValueError: invalid literal for int() …: 'QUYNHCANARYZ'

    monkeypatch.setattr(exchange, "load_file", broken)
    code = main(["import", "--db", str(demo_path), "--user", "admin", "x.json"])
    _out, err = capsys.readouterr()
    assert code == 70 and "ValueError" in err and LATIN not in err
    logs = [p for p in (tmp_path / "logs").rglob("*") if p.is_file()]
    assert logs and "ValueError" in logs[0].read_text(encoding="utf-8")
    assert {p.name: found_in(p) for p in logs} == {p.name: [] for p in logs}


def readable_bytes(path: Path) -> bytes:
    """A file's bytes, and the text inside a PDF or a workbook (both are compressed)."""
    import subprocess
    import zipfile

    data = path.read_bytes()
    if path.suffix == ".pdf":
        data += subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                               check=True).stdout
    elif path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as z:
            data += b"".join(z.read(n) for n in z.namelist())
    return data


def test_no_name_in_any_file_madoguchi_writes(services: Services, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file under tmp_path after a working day: the database and its side files, the
    key file after failed logins that typed a resident's name in either box, backups, a
    report in every format, a handover pack without names, a knowledge pack, the lock file
    and a crash log. (A full export and a handover pack with names hold personal data by
    design and are not made here.)"""
    import shutil

    from app import accounts, backup, handover, instance, kbpack
    from app.reports import build

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    path = tmp_path / "town.db"
    plant(services)
    lock = instance.acquire(path)
    for user, password in [(LATIN, NATIVE), ("tester", GIVEN_LATIN), (NATIVE, "tester"),
                           ("tester", KANA)]:
        with pytest.raises(accounts.LoginRefused):
            accounts.unlock(path, user, password)
    assert keyslots_pending(path)  # the failures are waiting there
    found = {"key file after failed logins": found_in(path.with_name("town.db.keys"))}
    out = tmp_path / "out"
    out.mkdir()
    backup.make_backup(services.store, "manual")
    backup.daily_backup_if_needed(services.store)
    build.make_monthly(services.store, services.codes, "2026-05", out, ["pdf", "xlsx", "csv"])
    handover.make_handover(services, out)
    services.store.set_setting("town_name_ja", "みさき町")
    kbpack.export_pack(services.store, services.knowledge, out / "kb.json")
    lock.release()
    services.close()
    second = accounts.login(path, "tester", "correct horse")  # the failures go into the trail
    second.close()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", "correct horse")

    def broken(_path: Path) -> dict[str, object]:
        return {"n": int(LATIN)}

    monkeypatch.setattr(exchange, "load_file", broken)
    assert main(["import", "--db", str(path), "--user", "tester", "x.json"]) == 70
    capsys.readouterr()
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    kinds = {p.suffix for p in files}
    assert {".db", ".keys", ".pdf", ".xlsx", ".csv", ".json", ".txt", ".lock", ".log"} <= kinds
    for p in files:
        data = readable_bytes(p)
        hits = [n.decode("utf-8", "replace") for n in needles() if n in data]
        if hits:
            found[str(p.relative_to(tmp_path))] = hits
    assert {k: v for k, v in found.items() if v} == {}


def keyslots_pending(path: Path) -> list[dict[str, str]]:
    from app import keyslots

    return keyslots.KeyFile.load(keyslots.key_path(path)).pending
