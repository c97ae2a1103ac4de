"""Old Excel and CSV logs: every shape of them, read, previewed and imported all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from tablelogs import APRIL, CSV_ROWS, MAY, april_may_workbook, csv_bytes

from app.progress import Cancelled, Progress
from app.records import Resident
from app.services import Services
from app.tableimport import messages as m
from app.tableimport.apply import import_log
from app.tableimport.cells import CellProblem, parse_name, parse_when
from app.tableimport.errors import TableImportError
from app.tableimport.plan import IMPORT, PROBLEM, SKIP, describe
from app.tableimport.profile import Profile
from app.tableimport.report import report_rows
from app.tableimport.steps import preview_file


def log_profile(**defaults: str) -> Profile:
    profile = Profile()
    profile.defaults.update({"language": "ja", "channel": "desk", **defaults})
    return profile


def counts(services: Services) -> tuple[int, int, int, int]:
    q = services.store.query_one
    return (q("SELECT count(*) FROM consultations")[0], q("SELECT count(*) FROM residents")[0],
            q("SELECT count(*) FROM audit")[0], q("SELECT count(*) FROM table_imports")[0])


# ------------------------------------------------------------------ cells

@pytest.mark.parametrize(("cell", "expected"), [
    ("R7.4.3", ("2025-04-03", None)),
    ("r07.04.03", ("2025-04-03", None)),
    ("令和7年4月3日", ("2025-04-03", None)),
    ("令和元年5月1日", ("2019-05-01", None)),
    ("H31.4.30", ("2019-04-30", None)),
    ("平成31年4月30日", ("2019-04-30", None)),
    ("2025/4/3", ("2025-04-03", None)),
    ("２０２５／４／３", ("2025-04-03", None)),
    ("2025年4月3日(木)", ("2025-04-03", None)),
    ("2025-04-03T10:30:00", ("2025-04-03", "10:30")),
    ("2025/4/3 9:05", ("2025-04-03", "09:05")),
    ("R7.4.3 14:30", ("2025-04-03", "14:30")),
    (45750, ("2025-04-03", None)),
    (45750.5, ("2025-04-03", "12:00")),
    ("45750", ("2025-04-03", None)),
])
def test_dates_in_every_form(cell: object, expected: tuple[str, str | None]) -> None:
    assert parse_when(cell) == expected


@pytest.mark.parametrize("cell", ["R7.2.30", "令和7年2月29日", "H31.5.1", "R1.4.30",
                                  "2025/13/1", "2025/4/3 25:00"])
def test_dates_that_do_not_exist_are_problems(cell: str) -> None:
    with pytest.raises(CellProblem) as caught:
        parse_when(cell)
    assert caught.value.template == "'%1' is a date that does not exist."


@pytest.mark.parametrize("cell", ["昨日", "4月3日", 12, "", None, True])
def test_what_is_not_a_date(cell: object) -> None:
    with pytest.raises(CellProblem):
        parse_when(cell)


def test_names_in_katakana_latin_or_both() -> None:
    both = parse_name("グエン・ヴァン・アン（Nguyen Van An）")
    assert (both.kana, both.latin, both.other) == ("グエン・ヴァン・アン", "Nguyen Van An", "")
    assert parse_name("ｸﾞｴﾝ").kana == "グエン"
    assert parse_name("Nguyễn Văn An").latin == "Nguyễn Văn An"
    assert parse_name("王 芳").other == "王 芳"
    # the same person written family-name-last, in capitals, without diacritics
    assert set(parse_name("AN NGUYEN VAN").forms()) == set(parse_name("Nguyễn Văn An").forms())
    assert parse_name("グエン ヴァン アン").forms() == parse_name("グエン・ヴァン・アン").forms()


# ------------------------------------------------------------------ the whole log

def test_every_shape_of_an_excel_log(services: Services, tmp_path: Path) -> None:
    path = april_may_workbook(tmp_path / "相談記録.xlsx")
    preview = preview_file(services, path, log_profile())
    by_place = {(r.sheet, r.row): r for r in preview.rows}
    assert by_place[("4月", 1)].reasons == [(m.SKIP_TITLE, ())]
    assert by_place[("4月", 3)].reasons == [(m.SKIP_HEADER, ())]
    expected = {"import": IMPORT, "blank": SKIP, "cancelled": SKIP, "struck": SKIP,
                "total": SKIP}
    reasons = {"blank": m.SKIP_BLANK, "cancelled": m.SKIP_CANCELLED, "struck": m.SKIP_STRUCK,
               "total": m.SKIP_TOTAL}
    for offset, (_cells, kind) in enumerate(APRIL):
        row = by_place[("4月", 4 + offset)]
        assert row.outcome == expected[kind], (offset, describe(row.reasons))
        if kind in reasons:
            assert row.reasons == [(reasons[kind], ())]
    for offset in range(len(MAY)):
        assert by_place[("5月", 2 + offset)].outcome == IMPORT
    summary_sheet = by_place[("集計", 0)]
    assert summary_sheet.outcome == SKIP and summary_sheet.reasons == [(m.SKIP_FORMULAS, ())]
    april = [r.consultation for r in preview.rows if r.sheet == "4月" and r.outcome == IMPORT]
    assert [c.occurred_at for c in april if c] == [
        "2025-04-03T00:00", "2025-04-04T00:00", "2025-04-05T00:00", "2025-04-07T00:00",
        "2025-04-08T14:30"]
    assert [c.topics for c in april if c] == [
        ["medical", "health_insurance"], ["tax_pension"], ["daily_rules"],
        ["housing", "labour"], ["japanese_learning"]]
    may = [r.consultation for r in preview.rows if r.sheet == "5月" and r.outcome == IMPORT]
    assert [(c.occurred_at, c.topics) for c in may if c] == [
        ("2019-04-30T00:00", ["medical"]), ("2025-05-09T00:00", ["tax_pension"]),
        ("2025-05-14T09:05", ["daily_rules"])]

    done = import_log(services, preview)
    assert done.consultations == 8
    # グエン・ヴァン・アン（Nguyen Van An） and Nguyen Van An are one person; so are
    # Siti Aminah / SITI AMINAH and the two サントス; グエン alone is someone else.
    people = services.store.query(
        "SELECT family_name, family_name_latin, kana, nationality FROM residents ORDER BY id")
    assert people == [("", "Nguyen Van An", "グエン・ヴァン・アン", "VN"),
                      ("サントス", "", "サントス", "PH"), ("", "Siti Aminah", "", "ID"),
                      ("グエン", "", "グエン", "VN")]
    anonymous = services.store.query(
        "SELECT nationality, done FROM consultations WHERE resident_id IS NULL")
    assert anonymous == [("PH", "パンフレット\n備考: 匿名・電話")]
    sources = services.store.query(
        "SELECT s.sheet, s.row FROM record_sources s JOIN consultations c ON c.uuid = "
        "s.record_uuid ORDER BY c.id")
    assert sources == [("4月", 4), ("4月", 5), ("4月", 6), ("4月", 8), ("4月", 9),
                       ("5月", 2), ("5月", 3), ("5月", 4)]


def test_import_goes_through_the_save_path(services: Services, tmp_path: Path) -> None:
    """Each record is validated, indexed for search and in the audit trail, as if typed."""
    path = april_may_workbook(tmp_path / "log.xlsx")
    import_log(services, preview_file(services, path, log_profile()))
    created = services.store.query(
        "SELECT record_kind, count(*) FROM audit WHERE action = 'create' "
        "AND record_kind <> 'user' GROUP BY record_kind ORDER BY 1")
    assert created == [("consultation", 8), ("resident", 4)]
    assert [f.title for f in services.find("nguyen van") if f.kind == "resident"] == [
        "Nguyen Van An"]
    assert services.store.query_one(
        "SELECT count(*) FROM audit WHERE action = 'import'")[0] == 1


def test_residents_already_in_the_town_are_reused(services: Services, tmp_path: Path) -> None:
    known = Resident(nationality="VN", family_name_latin="Nguyễn", given_name_latin="Văn An",
                     kana="グエン ヴァン アン")
    services.residents.save(known)
    path = april_may_workbook(tmp_path / "log.xlsx")
    preview = preview_file(services, path, log_profile())
    assert preview.people.matched == {known.id: 2}
    import_log(services, preview)
    assert services.store.query_one(
        "SELECT count(*) FROM consultations WHERE resident_id = ?", (known.id,))[0] == 2
    assert services.store.query_one("SELECT count(*) FROM residents")[0] == 4


def test_a_name_that_fits_two_residents_is_a_problem(services: Services,
                                                      tmp_path: Path) -> None:
    for latin in ("Nguyen Van An", "An Nguyen Van"):
        services.residents.save(Resident(nationality="VN", family_name_latin=latin))
    preview = preview_file(services, april_may_workbook(tmp_path / "log.xlsx"), log_profile())
    problems = [r for r in preview.rows if r.outcome == PROBLEM]
    assert [(r.sheet, r.row) for r in problems] == [("4月", 4), ("4月", 5)]
    assert problems[0].reasons == [(m.AMBIGUOUS, (2,))]


def test_a_date_that_does_not_exist_stops_the_import(services: Services,
                                                     tmp_path: Path) -> None:
    path = april_may_workbook(tmp_path / "log.xlsx", bad_date=True)
    preview = preview_file(services, path, log_profile())
    bad = [r for r in preview.rows if r.outcome == PROBLEM]
    assert [(r.sheet, r.row) for r in bad] == [("5月", 5)]
    assert describe(bad[0].reasons) == "'R7.2.30' is a date that does not exist."
    before = counts(services)
    with pytest.raises(TableImportError, match="1 rows have problems"):
        import_log(services, preview)
    assert counts(services) == before
    # the clerk may choose to import the rest and keep the row listed as skipped
    profile = log_profile()
    profile.skip_problem_rows = True
    preview = preview_file(services, path, profile)
    assert import_log(services, preview).consultations == 8
    line = next(r for r in report_rows(preview, None) if r[:2] == ("5月", "5"))
    assert line[2] == "skip" and "R7.2.30" in line[3]


def test_values_without_a_code_wait_for_the_user(services: Services, tmp_path: Path) -> None:
    """A text that is no code's label is never put into a code by itself; the saved profile
    offers a suggestion, and once the clerk keeps it the row imports."""
    rows = [["R7.4.3", "Tran", "ベトナム", "窓口", "病院の予約、謎の相談", ""]]
    path = tmp_path / "log.csv"
    path.write_bytes(csv_bytes("utf-8", rows))
    preview = preview_file(services, path, log_profile())
    assert preview.unmapped == {"topic": {"病院の予約": 1, "謎の相談": 1}}
    from app.tableimport.plan import suggest_values

    assert suggest_values(preview, services) == {"topic": {"病院の予約": "medical",
                                                           "謎の相談": ""}}
    profile = log_profile()
    profile.values = {"topic": {"病院の予約": "medical", "謎の相談": "other"}}
    saved = tmp_path / "mapping.json"
    profile.save(saved)
    preview = preview_file(services, path, Profile.load(saved))
    row = next(r for r in preview.rows if r.outcome == IMPORT)
    assert row.consultation is not None and row.consultation.topics == ["medical", "other"]


def test_language_and_channel_must_be_chosen(services: Services, tmp_path: Path) -> None:
    preview = preview_file(services, april_may_workbook(tmp_path / "log.xlsx"))
    first = next(r for r in preview.rows if r.sheet == "4月" and r.row == 4)
    assert first.outcome == PROBLEM
    assert first.reasons == [(m.NO_VALUE, ("Language",)), (m.NO_VALUE, ("Channel",))]
    # the field is named as the wizard names it, in the user's language, never "language"
    shown = {("errors", m.NO_VALUE): "「%1」の値がありません。",
             ("TableImport", "Language"): "言語", ("TableImport", "Channel"): "相談方法"}
    assert describe(first.reasons, lambda ctx, text: shown.get((ctx, text), text)) == (
        "「言語」の値がありません。 「相談方法」の値がありません。")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "shift_jis", "utf-16"])
def test_csv_in_utf8_or_shift_jis(services: Services, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"log-{encoding}.csv"
    path.write_bytes(csv_bytes(encoding))
    preview = preview_file(services, path, log_profile(channel=""))
    assert preview.book.encoding == {"shift_jis": "cp932"}.get(encoding, encoding)
    outcomes = [(r.row, r.outcome) for r in preview.rows]
    assert outcomes == [(1, SKIP), (2, SKIP), (3, IMPORT), (4, IMPORT), (5, IMPORT),
                        (6, SKIP), (7, SKIP)]
    done = import_log(services, preview)
    assert done.consultations == 3
    assert services.store.query(
        "SELECT channel, nationality FROM consultations ORDER BY id") == [
        ("desk", None), ("phone", "NP"), ("desk", None)]
    assert services.store.query("SELECT kana FROM residents ORDER BY id") == [
        ("グエン・ヴァン・アン",), ("タパ",)]
    assert len(CSV_ROWS) == 5


def test_old_xls_workbook(services: Services, tmp_path: Path) -> None:
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook()
    sheet = book.add_sheet("H30")
    for col, name in enumerate(["日付", "氏名", "国籍", "分類"]):
        sheet.write(1, col, name)
    style = xlwt.easyxf(num_format_str="yyyy/mm/dd")
    sheet.write(2, 0, 43200, style)   # 2018-04-10
    sheet.write(2, 1, "Nguyen Van An")
    sheet.write(2, 2, "ベトナム")
    sheet.write(2, 3, "病院・保険")
    sheet.write(3, 0, "H30.4.11")
    sheet.write(3, 1, "グエン")
    sheet.write(3, 2, "ベトナム")
    sheet.write(3, 3, "ビザ")
    path = tmp_path / "old.xls"
    book.save(str(path))
    preview = preview_file(services, path, log_profile())
    assert preview.book.kind == "xls"
    rows = [r.consultation for r in preview.rows if r.outcome == IMPORT]
    assert [(c.occurred_at, c.topics) for c in rows if c] == [
        ("2018-04-10T00:00", ["medical", "health_insurance"]),
        ("2018-04-11T00:00", ["residence_procedures"])]


def test_cancel_rolls_the_whole_import_back(services: Services, tmp_path: Path) -> None:
    preview = preview_file(services, april_may_workbook(tmp_path / "log.xlsx"), log_profile())
    before = counts(services)
    steps = [0]

    def cancelled() -> bool:  # Cancel near the end: 4 new people and 5 of 8 rows saved
        steps[0] += 1
        return steps[0] > 9

    with pytest.raises(Cancelled):
        import_log(services, preview, progress=Progress(cancelled=cancelled, every=1))
    assert counts(services) == before
    assert steps[0] == 10


def test_second_import_of_the_same_file_is_refused(services: Services, tmp_path: Path) -> None:
    path = april_may_workbook(tmp_path / "log.xlsx")
    import_log(services, preview_file(services, path, log_profile()))
    before = counts(services)
    copy = tmp_path / "copy of log.xlsx"
    copy.write_bytes(path.read_bytes())
    with pytest.raises(TableImportError, match="already imported"):
        import_log(services, preview_file(services, copy, log_profile()))
    assert counts(services) == before


def test_backup_is_made_first_and_a_failed_backup_stops_everything(
        services: Services, tmp_path: Path) -> None:
    preview = preview_file(services, april_may_workbook(tmp_path / "log.xlsx"), log_profile())
    before = counts(services)

    def failing() -> None:
        raise TableImportError("The backup failed.")

    with pytest.raises(TableImportError, match="backup failed"):
        import_log(services, preview, backup=failing)
    assert counts(services) == before
    made: list[int] = []
    import_log(services, preview, backup=lambda: made.append(counts(services)[0]))
    assert made == [0]


def test_same_katakana_different_latin_are_two_people(services: Services,
                                                      tmp_path: Path) -> None:
    rows = [["R7.4.3", "グエン・アン（Nguyen Van An）", "ベトナム", "窓口", "病院", ""],
            ["R7.4.4", "グエン・アン（Nguyen Thi An）", "ベトナム", "窓口", "病院", ""],
            ["R7.4.5", "グエン・アン", "ベトナム", "窓口", "病院", ""],
            ["R7.4.6", "NGUYEN THI AN", "ベトナム", "窓口", "病院", ""]]
    path = tmp_path / "log.csv"
    path.write_bytes(csv_bytes("utf-8", rows))
    preview = preview_file(services, path, log_profile())
    outcomes = [(r.row, r.outcome, r.reasons) for r in preview.rows if r.row >= 3]
    assert outcomes == [(3, IMPORT, [(m.NEW_PERSON, ())]), (4, IMPORT, [(m.NEW_PERSON, ())]),
                        (5, PROBLEM, [(m.AMBIGUOUS, (2,))]), (6, IMPORT, [(m.NEW_PERSON, ())])]
    assert len(preview.people.new) == 2
    assert preview.rows[-1].match is not None and preview.rows[-1].match.new is not None
    assert preview.rows[-1].match.new.number == 2


def test_merged_dates_time_minutes_status_and_unknown_columns(services: Services,
                                                              tmp_path: Path) -> None:
    """A date merged over the rows of one day belongs to each; 時刻, 所要時間 and 状況 are read;
    a column Madoguchi does not know is kept in the record's text, not dropped."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["日付", "時刻", "氏名", "国籍", "分類", "所要時間", "状況", "担当者", "No."])
    sheet.append(["R7.6.2", "9:30", "Maria Santos", "フィリピン", "保険", 15, "対応中", "佐藤", 1])
    sheet.append([None, "13:05", "Maria Santos", "フィリピン", "年金", "３０", "完了", "鈴木", 2])
    sheet.merge_cells("A2:A3")
    path = tmp_path / "june.xlsx"
    book.save(path)
    preview = preview_file(services, path, log_profile())
    rows = [r.consultation for r in preview.rows if r.outcome == IMPORT]
    assert [(c.occurred_at, c.minutes, c.status, c.done) for c in rows if c] == [
        ("2025-06-02T09:30", 15, "open", "担当者: 佐藤"),
        ("2025-06-02T13:05", 30, "closed", "担当者: 鈴木")]


def test_a_header_row_chosen_by_hand(services: Services, tmp_path: Path) -> None:
    """A header Madoguchi does not recognise: the profile names its row and columns."""
    path = tmp_path / "log.csv"
    path.write_bytes("年月日,だれ,くに,なに\nR7.4.3,Tran,ベトナム,病院\n".encode())
    assert preview_file(services, path, log_profile()).rows[0].reasons == [
        (m.SKIP_NO_HEADER, ())]
    profile = log_profile()
    profile.header_rows = {"log.csv": 1}
    profile.columns = {"だれ": "name", "くに": "nationality", "なに": "topics"}
    preview = preview_file(services, path, profile)
    assert [r.outcome for r in preview.rows] == [SKIP, IMPORT]


def test_a_file_that_is_not_a_profile(tmp_path: Path) -> None:
    bad = tmp_path / "profile.json"
    bad.write_text('{"format": "madoguchi-table-mapping", "version": 1, '
                   '"columns": {"相談日": "birthday"}}', encoding="utf-8")
    with pytest.raises(TableImportError, match=r"profile.json is not a Madoguchi mapping "
                                               r"profile \(columns\)"):
        Profile.load(bad)
    bad.write_text("[1, 2", encoding="utf-8")
    with pytest.raises(TableImportError, match="not JSON"):
        Profile.load(bad)


def test_time_cells_and_honorifics() -> None:
    from datetime import time

    from app.tableimport.cells import parse_time_cell

    assert parse_time_cell(time(9, 30)) == "09:30"
    assert parse_time_cell(0.5625) == "13:30"
    assert parse_time_cell("９時５分") == "09:05"
    assert parse_time_cell("10:30:00") == "10:30"
    with pytest.raises(ValueError):
        parse_time_cell("25:00")
    assert parse_name("グエン・アン様").forms() == parse_name("グエン・アン").forms()
    assert parse_name("Maria Santos さん").latin == "Maria Santos"


def test_days_without_a_year_take_the_fiscal_year_of_the_title(services: Services,
                                                               tmp_path: Path) -> None:
    import openpyxl

    from app.tableimport.cells import NO_YEAR

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "4月"
    sheet.append(["令和7年度 外国人相談記録"])
    sheet.append(["日付", "氏名", "国籍", "分類"])
    sheet.append(["4/3", "Tran", "ベトナム", "病院"])
    sheet.append(["1月10日(土)", "Tran", "ベトナム", "税"])
    bare = book.create_sheet("その他")
    bare.append(["日付", "氏名", "国籍", "分類"])
    bare.append(["5/1", "Tran", "ベトナム", "病院"])
    path = tmp_path / "log.xlsx"
    book.save(path)
    preview = preview_file(services, path, log_profile())
    dated = [(r.sheet, r.consultation.occurred_at) for r in preview.rows
             if r.outcome == IMPORT and r.consultation]
    assert dated == [("4月", "2025-04-03T00:00"), ("4月", "2026-01-10T00:00")]
    stopped = [r for r in preview.rows if r.outcome == PROBLEM]
    assert [(r.sheet, r.reasons) for r in stopped] == [("その他", [(NO_YEAR, ("5/1",))])]
    profile = log_profile()
    profile.fiscal_year = 2024
    preview = preview_file(services, path, profile)
    assert [r.consultation.occurred_at for r in preview.rows
            if r.outcome == IMPORT and r.consultation] == [
        "2024-04-03T00:00", "2025-01-10T00:00", "2024-05-01T00:00"]


def test_a_row_that_fails_validation_makes_nobody(services: Services, tmp_path: Path) -> None:
    """A skipped row's person is not created: only imported rows make residents."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["日付", "氏名", "国籍", "分類", "所要時間"])
    book.active.append(["R7.4.3", "Tran Thi Mai", "ベトナム", "病院", 2000])  # > 24 hours
    book.active.append(["R7.4.4", "Le Van Binh", "ベトナム", "病院", 20])
    path = tmp_path / "log.xlsx"
    book.save(path)
    profile = log_profile()
    profile.skip_problem_rows = True
    preview = preview_file(services, path, profile)
    bad = next(r for r in preview.rows if r.row == 2)
    assert bad.outcome == SKIP and "'Minutes'" in describe(bad.reasons)
    assert [p.name.latin for p in preview.people.new] == ["Le Van Binh"]
    import_log(services, preview)
    assert services.store.query("SELECT family_name_latin FROM residents") == [("Le Van Binh",)]


def test_a_header_of_two_rows_with_merged_cells(services: Services, tmp_path: Path) -> None:
    """相談日 merged over two header rows, 相談者 over 氏名 and 国籍 below it."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["相談記録"])
    sheet.append(["相談日", "相談者", None, "分類"])
    sheet.append([None, "氏名", "国籍", None])
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("B2:C2")
    sheet.merge_cells("D2:D3")
    sheet.append(["R7.7.1", "Tran", "ベトナム", "病院"])
    path = tmp_path / "log.xlsx"
    book.save(path)
    preview = preview_file(services, path, log_profile())
    plan = preview.sheets[0]
    assert plan.header_row == 3
    assert {plan.names[c]: f for c, f in plan.columns.items()} == {
        "相談日": "date", "氏名": "name", "国籍": "nationality", "分類": "topics"}
    assert [r.outcome for r in preview.rows] == [SKIP, SKIP, SKIP, IMPORT]


def test_a_hidden_sheet_is_left_out_unless_chosen(services: Services, tmp_path: Path) -> None:
    path = april_may_workbook(tmp_path / "log.xlsx")
    import openpyxl

    book = openpyxl.load_workbook(path)
    lists = book.create_sheet("リスト")
    lists.append(["分類", "相談方法"])
    lists.append(["病院", "窓口"])
    lists.sheet_state = "hidden"
    book.save(path)
    preview = preview_file(services, path, log_profile())
    assert [r.reasons for r in preview.rows if r.sheet == "リスト"] == [[(m.SKIP_HIDDEN, ())]]
