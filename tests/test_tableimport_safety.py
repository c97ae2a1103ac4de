"""Bad files are refused in one sentence with nothing written; the command line; a SIGKILL
in the middle of an import leaves the town as it was."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest
from conftest import FAST_KDF, PASSWORD
from tablelogs import april_may_workbook, big_log, csv_bytes

from app import accounts, cli, db
from app.tableimport import errors as e
from app.tableimport.errors import TableImportError
from app.tableimport.source import read_workbook

CHILD = Path(__file__).with_name("tableimport_child.py")


def refused(path: Path) -> str:
    with pytest.raises(TableImportError) as caught:
        read_workbook(path)
    return caught.value.template


def test_not_a_spreadsheet(tmp_path: Path) -> None:
    pdf = tmp_path / "log.xlsx"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    assert refused(pdf) == e.NOT_A_TABLE
    binary = tmp_path / "log.csv"
    binary.write_bytes(b"\x00\x01\x02" * 1000)
    assert refused(binary) == e.NOT_A_TABLE
    import zipfile

    other_zip = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(other_zip, "w") as zf:
        zf.writestr("photo.jpg", b"\xff\xd8")
    assert refused(other_zip) == e.NOT_A_TABLE
    assert refused(tmp_path / "missing.xlsx") == e.NO_SUCH_FILE


def test_damaged_workbook(tmp_path: Path) -> None:
    """A part that cannot be read is refused: its struck-through rows would be unknown."""
    import zipfile

    good = april_may_workbook(tmp_path / "good.xlsx")
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            out.writestr(item, b"<styleSheet><fonts>" if item.filename == "xl/styles.xml"
                         else data)
    assert refused(damaged) == e.UNREADABLE
    truncated = tmp_path / "truncated.xls"
    truncated.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert refused(truncated) == e.UNREADABLE


def test_password_protected_workbook(tmp_path: Path) -> None:
    ooxml = pytest.importorskip("msoffcrypto.format.ooxml")
    plain = april_may_workbook(tmp_path / "plain.xlsx")
    locked = tmp_path / "locked.xlsx"
    with plain.open("rb") as source, locked.open("wb") as out:
        ooxml.OOXMLFile(source).encrypt("secret", out)
    assert refused(locked) == e.PASSWORD_PROTECTED


def test_file_over_100_mb(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as fh:
        fh.truncate(e.MAX_FILE_BYTES + 1)  # sparse: nothing is written to the disk
    assert refused(big) == e.TOO_BIG


def test_workbook_that_unpacks_too_big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.tableimport import source

    monkeypatch.setattr(source, "MAX_UNPACKED_BYTES", 1024 * 1024)
    bomb = april_may_workbook(tmp_path / "bomb.xlsx")
    import zipfile

    with zipfile.ZipFile(bomb, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/media/padding.bin", b"\0" * (2 * 1024 * 1024))
    assert bomb.stat().st_size < 100_000
    assert refused(bomb) == e.UNPACKS_TOO_BIG


def test_sheet_of_a_million_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_bytes(b"a\n" * (e.MAX_ROWS + 1))
    assert refused(rows) == e.TOO_MANY_ROWS
    # an .xlsx is counted from its XML before it is read (a smaller limit keeps this quick)
    from app.tableimport import source

    monkeypatch.setattr(source, "MAX_ROWS", 10)
    book = openpyxl.Workbook()
    for n in range(11):
        book.active.append([n])
    book.save(tmp_path / "rows.xlsx")
    assert refused(tmp_path / "rows.xlsx") == e.TOO_MANY_ROWS


@pytest.mark.parametrize("size", [e.MAX_CELL_CHARS, 1024 * 1024])
def test_cell_of_a_megabyte(tmp_path: Path, size: int) -> None:
    text = tmp_path / "cell.csv"
    text.write_bytes(b"\xe7\x9b\xb8\xe8\xab\x87\xe6\x97\xa5,x\n2025/4/3," + b"y" * size + b"\n")
    assert refused(text) == e.CELL_TOO_LONG
    book = openpyxl.Workbook()
    book.active.append(["相談日", "氏名"])
    book.active.append(["2025/4/3", "z" * size])
    book.save(tmp_path / "cell.xlsx")
    assert refused(tmp_path / "cell.xlsx") == e.CELL_TOO_LONG


# ------------------------------------------------------------------ the command line

@pytest.fixture
def town(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "town.db"
    services, _code = accounts.create_database(path, "clerk", PASSWORD, kdf=FAST_KDF)
    services.close()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", PASSWORD)
    return path


def totals(path: Path) -> tuple[int, ...]:
    services = accounts.login(path, "clerk", PASSWORD)
    try:
        q = services.store.query_one
        return tuple(q(f"SELECT count(*) FROM {t}")[0]  # noqa: S608
                     for t in ("consultations", "residents", "audit WHERE action <> 'login'",
                               "table_imports"))
    finally:
        services.close()


def test_cli_dry_run_writes_nothing_then_mapping_then_import(
        town: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "log.csv"
    log.write_bytes(csv_bytes("cp932"))
    mapping = tmp_path / "mapping.json"
    before = totals(town)
    backups = set(town.parent.rglob("*before-import*"))
    args = ["import-table", "--db", str(town), "--user", "clerk", str(log)]
    assert cli.main([*args, "--dry-run", "--save-mapping", str(mapping)]) == 0
    out = capsys.readouterr().out
    assert "Rows 7: import 0, skip 4, problems 3" in out
    assert "No value for “Language”" in out and "Dry run: nothing was written." in out
    assert "new resident" not in out  # rows with problems make nobody
    assert totals(town)[:2] == before[:2] and totals(town)[3] == 0
    assert set(town.parent.rglob("*before-import*")) == backups
    # the clerk chooses the language in the saved profile, and imports with it
    import json

    profile = json.loads(mapping.read_text(encoding="utf-8"))
    assert profile["columns"]["相談方法"] == "channel"
    profile["defaults"]["language"] = "ja"
    mapping.write_text(json.dumps(profile, ensure_ascii=False), encoding="utf-8")
    assert cli.main([*args, "--mapping", str(mapping), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "  new resident 1: Nguyen Van An (1 rows, first log.csv!3)" in out
    assert "  new resident 2: タパ (1 rows, first log.csv!5)" in out
    assert cli.main([*args, "--mapping", str(mapping)]) == 0
    out = capsys.readouterr().out
    assert "Imported: consultations 3, residents new 2, matched 0." in out
    report = log.with_name("log.import-report.csv").read_bytes().decode("utf-8-sig")
    assert report.count("\r\n") == 8 and "グエン" not in report
    after = totals(town)
    assert after[0] == 3 and after[3] == 1
    # a second import of the same file adds nothing
    assert cli.main([*args, "--mapping", str(mapping)]) == 2
    assert "already imported" in capsys.readouterr().err
    assert totals(town) == after


def test_cli_refuses_a_bad_file_in_one_sentence(town: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "notes.xlsx"
    bad.write_text("just some words", encoding="utf-8")
    before = totals(town)
    assert cli.main(["import-table", "--db", str(town), "--user", "clerk", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == ("madoguchi: notes.xlsx is not an Excel workbook (.xlsx, .xls) or a CSV "
                   "file. Nothing was imported.")
    assert totals(town) == before


def test_cli_sheet_choice(town: Path, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    log = april_may_workbook(tmp_path / "log.xlsx")
    args = ["import-table", "--db", str(town), "--user", "clerk", str(log), "--dry-run"]
    assert cli.main([*args, "--sheet", "5月"]) == 0
    out = capsys.readouterr().out
    assert "sheet 4月: skipped (The sheet was not chosen.)" in out
    assert "sheet 5月: header row 1" in out
    assert cli.main([*args, "--sheet", "6月"]) == 2
    assert "no sheet named '6月'" in capsys.readouterr().err


def test_cli_init_makes_a_new_town(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.db"
    monkeypatch.setenv("MADOGUCHI_NEW_PASSWORD", "a long new password")
    assert cli.main(["init", "--db", str(path), "--user", "admin", "--town", "みさき町"]) == 0
    lines = capsys.readouterr().out.splitlines()
    code = lines[-1]
    services = accounts.login(path, "admin", "a long new password")
    try:
        assert services.store.setting("town_name_ja") == "みさき町"
        assert services.store.role == "admin"
    finally:
        services.close()
    accounts.recover(path, code)  # the printed code opens the town
    assert cli.main(["init", "--db", str(path), "--user", "admin"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert cli.main(["init", "--db", str(tmp_path / "no folder" / "x.db"), "--user",
                     "admin"]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert cli.main(["init", "--user", "admin"]) == 0  # the user data folder is made
    from app.paths import default_db_path

    assert default_db_path().exists()


# ------------------------------------------------------------------ killed mid-import

@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_sigkill_during_an_import_leaves_the_town_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "town.db"
    services, _code = accounts.create_database(path, "clerk", PASSWORD, kdf=FAST_KDF)
    key = services.store.key
    services.close()
    assert key is not None
    log = big_log(tmp_path / "log.xlsx", 3000)
    env = {**os.environ, "MADOGUCHI_CRASH_KEY": key.hex()}
    rng = random.Random(20261203)
    killed, finished = 0, False
    for _trial in range(4):
        child = subprocess.Popen([sys.executable, str(CHILD), str(path), str(log)], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert child.stdout is not None
        ready = child.stdout.readline()
        assert ready == b"ready\n", child.communicate()[1].decode(errors="replace")[-2000:]
        time.sleep(rng.uniform(0.05, 0.8))
        child.send_signal(signal.SIGKILL)
        out, _err = child.communicate()
        if b"done" in out:
            finished = True
            break  # the import finished before the kill: the town must then have it all
        killed += 1
    assert killed >= 1
    conn = db.connect(path, key=key)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        consultations = conn.execute("SELECT count(*) FROM consultations").fetchone()[0]
        imports = conn.execute("SELECT count(*) FROM table_imports").fetchone()[0]
        residents = conn.execute("SELECT count(*) FROM residents").fetchone()[0]
        sources = conn.execute("SELECT count(*) FROM record_sources").fetchone()[0]
    finally:
        conn.close()
    if not finished:
        assert (imports, consultations, residents, sources) == (0, 0, 0, 0)
    else:  # a trial finished: then every row is there, once
        assert (imports, consultations) == (1, 3000) and sources == 3000 + residents


@pytest.mark.skipif(sys.platform == "win32", reason="the control run uses an rlimit (POSIX)")
def test_an_old_xls_that_kills_the_reader_costs_one_sentence_not_the_window() -> None:
    """tests/fixtures/damaged-aborts-reader.xls is a randomly damaged .xls on which the
    Excel reader asks for 17 GB and aborts its process. Madoguchi reads an old .xls in a
    child process: the child dies, the window's process goes on with one sentence."""
    from app.tableimport import source
    from app.tableimport.errors import TableImportError

    fixture = Path(__file__).with_name("fixtures") / "damaged-aborts-reader.xls"
    direct = subprocess.run(
        [sys.executable, "-c", "import resource, sys; from pathlib import Path; "
         "resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30)); "
         "from app.tableimport import source; "
         "source._read_calamine(Path(sys.argv[1]), Path(sys.argv[1]).read_bytes())",
         str(fixture)], capture_output=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)})
    assert direct.returncode < 0 or direct.returncode > 1, "the fixture no longer kills a reader"
    with pytest.raises(TableImportError, match="damaged-aborts-reader.xls"):
        source.read_workbook(fixture)
