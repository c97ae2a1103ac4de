"""The resident roster (住民基本台帳 extract): new people added, known ones updated, people
no longer on it flagged, all after a preview and all or nothing."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from app.records import Resident
from app.services import Services
from app.tableimport import messages as m
from app.tableimport.errors import TableImportError
from app.tableimport.plan import IMPORT, PROBLEM, describe
from app.tableimport.roster import apply_roster, preview_roster

HEADER = ["氏名", "カナ", "生年月日", "国籍", "在留資格", "在留期間満了日", "住所の地区"]


def roster_file(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["住民基本台帳 外国人住民一覧 令和7年12月1日現在"])
    writer.writerow(HEADER)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("cp932"))
    return path


@pytest.fixture
def known(services: Services) -> tuple[int, int]:
    an = Resident(nationality="VN", family_name_latin="Nguyen", given_name_latin="Van An",
                  kana="グエン ヴァン アン", residence_status="technical_intern_training",
                  district="東区")
    maria = Resident(nationality="PH", family_name_latin="Santos", given_name_latin="Maria")
    return services.residents.save(an), services.residents.save(maria)


ROWS = [
    ["NGUYEN VAN AN", "グエン ヴァン アン", "1995/3/1", "ベトナム", "特定技能", "2027/3/31",
     "西区"],
    ["WANG FANG", "ワン ファン", "2001/7/7", "中国", "留学", "R8.9.30", "東区"],
]


def test_roster_adds_updates_and_flags(services: Services, known: tuple[int, int],
                                       tmp_path: Path) -> None:
    an, maria = known
    preview = preview_roster(services, roster_file(tmp_path / "roster.csv", ROWS))
    assert preview.summary() == {"rows": 4, "new": 1, "updated": 1, "unchanged": 0,
                                 "skip": 2, "problem": 0, "missing": 1}
    assert preview.missing == [maria]
    updated = next(r for r in preview.rows if r.resident_id == an)
    assert updated.changes == ("residence_status", "district", "birth_date", "card_expiry")
    assert updated.reasons == [(m.ROSTER_UPDATE, (
        "residence_status, district, birth_date, card_expiry",))]
    apply_roster(services, preview)
    record = services.residents.get(an)
    assert (record.residence_status, record.district) == ("specified_skilled_worker", "西区")
    assert (record.birth_date, record.card_expiry) == ("1995-03-01", "2027-03-31")
    assert services.store.query(
        "SELECT family_name_latin, kana, nationality, residence_status, district, birth_date, "
        "card_expiry FROM residents WHERE id NOT IN (?, ?)", (an, maria)) == [
        ("WANG FANG", "ワン ファン", "CN", "student", "東区", "2001-07-07", "2026-09-30")]
    assert services.residents.get(maria).nationality == "PH"  # flagged, never changed
    # the same roster again: everyone matched, nothing to change
    again = preview_roster(services, roster_file(tmp_path / "roster.csv", ROWS))
    assert again.summary()["new"] == 0 and again.summary()["updated"] == 0
    assert again.summary()["unchanged"] == 2


def test_roster_problem_stops_everything(services: Services, known: tuple[int, int],
                                         tmp_path: Path) -> None:
    rows = [*ROWS, ["LE THI HOA", "レ ティ ホア", "1999/1/1", "ベトナム", "技能実習", "R7.2.30",
                    ""]]
    preview = preview_roster(services, roster_file(tmp_path / "roster.csv", rows))
    bad = [r for r in preview.rows if r.outcome == PROBLEM]
    assert len(bad) == 1 and bad[0].reasons[0][1] == ("R7.2.30",)
    assert sum(1 for r in preview.rows if r.outcome == IMPORT) == 2
    before = services.store.query("SELECT * FROM residents ORDER BY id")
    with pytest.raises(TableImportError, match="1 rows have problems"):
        apply_roster(services, preview)
    assert services.store.query("SELECT * FROM residents ORDER BY id") == before


def test_roster_from_the_command_line(services: Services, known: tuple[int, int],
                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    from conftest import PASSWORD

    from app import cli

    path = services.store.path
    assert path is not None
    services.close()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", PASSWORD)
    roster = roster_file(tmp_path / "roster.csv", ROWS)
    mapping = tmp_path / "roster.json"
    args = ["import-table", "--db", str(path), "--user", "tester", "--roster", str(roster)]
    assert cli.main([*args, "--dry-run", "--save-mapping", str(mapping)]) == 0
    out = capsys.readouterr().out
    assert "new 1, updated 1, unchanged 0, skip 2, problems 0" in out
    assert "not on the roster: resident" in out and "Dry run" in out
    import json

    saved = json.loads(mapping.read_text(encoding="utf-8"))
    assert saved["kind"] == "roster" and saved["columns"]["在留期間満了日"] == "expiry"
    assert cli.main([*args, "--mapping", str(mapping)]) == 0
    assert "Residents updated from the roster." in capsys.readouterr().out
    assert cli.main([*args, "--dry-run"]) == 0
    assert "new 0, updated 0, unchanged 2" in capsys.readouterr().out


def test_a_person_twice_on_the_roster_is_a_problem(services: Services,
                                                   tmp_path: Path) -> None:
    rows = [ROWS[1], ["Wang Fang", "ワン ファン", "2001/7/7", "中国", "留学", "", "西区"]]
    preview = preview_roster(services, roster_file(tmp_path / "roster.csv", rows))
    assert [r.outcome for r in preview.rows if r.row > 2] == [IMPORT, PROBLEM]
    assert preview.rows[-1].reasons == [(m.TWICE_ON_ROSTER, ("roster.csv", 3))]


def test_roster_rows_with_problems_may_be_skipped(services: Services, known: tuple[int, int],
                                                  tmp_path: Path) -> None:
    from app.tableimport.profile import Profile

    rows = [*ROWS, ["LE THI HOA", "レ ティ ホア", "1999/1/1", "ベトナム", "技能実習", "R7.2.30",
                    ""]]
    profile = Profile(kind="roster", skip_problem_rows=True)
    preview = preview_roster(services, roster_file(tmp_path / "roster.csv", rows), profile)
    assert preview.summary()["problem"] == 0 and preview.summary()["skip"] == 3
    assert "R7.2.30" in describe(preview.rows[-1].reasons)
    apply_roster(services, preview)
    assert services.store.query_one(
        "SELECT count(*) FROM residents WHERE family_name_latin = 'LE THI HOA'")[0] == 0
