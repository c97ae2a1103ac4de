"""Excel and CSV renderings of a report: plain values, no formulas or macros, written atomically."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.files import OutputError
from app.reports.csvout import render_csv
from app.reports.excel import SUMMARY_TITLE, render_xlsx
from app.reports.model import (
    SUPPRESSED,
    Chart,
    Paragraph,
    ReportDocument,
    Section,
    Table,
)


def sample_doc() -> ReportDocument:
    by_topic = Table(
        key="by_topic",
        title="相談分野別件数",
        columns=["分野", "件数", "割合（％）"],
        rows=[["在留手続", 42, 35.0], ["医療・福祉", 30, 25.0], ["その他", SUPPRESSED, None]],
        total_row=["合計", 120, 100.0],
        note="「x」は少数のため非表示。",
    )
    by_language = Table(
        key="by_language",
        title="言語別件数：上位[5]/全体*",       # characters a sheet title may not hold
        columns=["言語", "4月", "5月"],
        rows=[["ベトナム語", 10, 12], ["=HYPERLINK(\"http://evil\")", 1, 2]],
        total_row=["合計", 11, 14],
    )
    # Same title as the first table: the sheet falls back to this table's key.
    by_topic_again = Table(
        key="by_topic_prev",
        title="相談分野別件数",
        columns=["分野", "件数"],
        rows=[["在留手続", 40]],
    )
    chart = Chart(kind="bar", title="月別件数", labels=["4月", "5月"],
                  series=[("件数", [10.0, 12.0])])
    return ReportDocument(
        kind="annual",
        title="令和8年度 外国人住民相談実績報告",
        town="みさき町",
        period="令和8年度（2026年4月～2027年3月）",
        made_on="2027年4月10日",
        file_stem="令和8年度_外国人相談実績_みさき町",
        sections=[
            Section("1. 相談件数", [Paragraph("相談件数は前年度より増加した。"), by_topic, chart]),
            Section("2. 言語", [by_language, by_topic_again]),
        ],
    )


def test_xlsx_sheets_values_and_safety(tmp_path: Path) -> None:
    doc = sample_doc()
    target = tmp_path / f"{doc.file_stem}.xlsx"
    render_xlsx(doc, target)

    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames[0] == SUMMARY_TITLE
    assert len(wb.sheetnames) == 1 + len(doc.tables()) == 4
    assert len(set(wb.sheetnames)) == 4
    for name in wb.sheetnames:
        assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
    assert wb.sheetnames[1] == "相談分野別件数"
    assert wb.sheetnames[3] == "by_topic_prev"
    assert wb.properties.creator == "Madoguchi"
    assert wb.properties.title == doc.title

    ws = wb[wb.sheetnames[1]]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    flat = [v for r in rows for v in r]
    assert doc.title in flat and doc.town in flat
    assert any(isinstance(v, str) and doc.period in v for v in flat)
    assert any(isinstance(v, str) and doc.made_on in v for v in flat)
    header_at = next(i for i, r in enumerate(rows) if r[:3] == ["分野", "件数", "割合（％）"])
    header = ws.cell(row=header_at + 1, column=1)
    assert header.font.b and header.fill.fill_type == "solid"
    assert ws.freeze_panes == f"A{header_at + 2}"
    body = rows[header_at + 1: header_at + 5]
    assert body[0][:3] == ["在留手続", 42, 35.0] and type(body[0][1]) is int
    assert body[2][1] == SUPPRESSED
    suppressed = ws.cell(row=header_at + 4, column=2)
    assert suppressed.data_type == "s" and suppressed.alignment.horizontal == "right"
    assert body[3][:3] == ["合計", 120, 100.0]
    assert ws.cell(row=header_at + 5, column=1).font.b
    assert "「x」は少数のため非表示。" in flat
    assert ws.column_dimensions["A"].width >= 10      # 「医療・福祉」 is five wide characters

    summary = [c.value for row in wb[SUMMARY_TITLE].iter_rows() for c in row]
    for expected in ("1. 相談件数", "2. 言語", "相談分野別件数", wb.sheetnames[2]):
        assert expected in summary

    # No formulas anywhere: text that looks like one is stored as text.
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    assert cell.value == "=HYPERLINK(\"http://evil\")" and cell.data_type == "s"
    assert not wb.defined_names

    with zipfile.ZipFile(target) as zf:
        names = zf.namelist()
        assert not any("vbaProject" in n or "externalLink" in n for n in names)
        for name in names:
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in zf.read(name) and b"<f " not in zf.read(name)
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_csv_files(tmp_path: Path) -> None:
    doc = sample_doc()
    paths = render_csv(doc, tmp_path)
    assert [p.name for p in paths] == [
        f"{doc.file_stem}_by_topic.csv",
        f"{doc.file_stem}_by_language.csv",
        f"{doc.file_stem}_by_topic_prev.csv",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)

    raw = paths[0].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows == [
        ["分野", "件数", "割合（％）"],
        ["在留手続", "42", "35.0"],
        ["医療・福祉", "30", "25.0"],
        ["その他", "x", ""],
        ["合計", "120", "100.0"],
    ]
    # A label a spreadsheet would run as a formula is defused.
    lang = list(csv.reader(io.StringIO(paths[1].read_bytes().decode("utf-8-sig"), newline="")))
    assert lang[2][0] == "'=HYPERLINK(\"http://evil\")"


def test_failed_xlsx_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_save(self: object, filename: object) -> None:
        Path(str(filename)).write_bytes(b"half a workbook")
        raise OSError("disk full")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    target = tmp_path / "report.xlsx"
    with pytest.raises(OutputError, match="could not be written"):
        render_xlsx(sample_doc(), target)
    assert list(tmp_path.iterdir()) == []


def test_existing_xlsx_survives_failed_write(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.xlsx"
    render_xlsx(sample_doc(), target)
    before = target.read_bytes()

    def broken_save(self: object, filename: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(OutputError, match="could not be written"):
        render_xlsx(sample_doc(), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
