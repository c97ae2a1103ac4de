"""Reports count each record as it stands on this device and say how many sync conflicts
are open (issue 13): one line in the PDF and the Excel file while there are any, none
once they are resolved, and never in the prefecture's data file."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest

from app.records import Consultation, Resident
from app.services import Services
from app.sync import conflicts
from tests.sync_towns import make_town, send

LINE = "端末間の同期で未解決の競合が 1 件あります。この報告はこの端末の記録で数えています。"
SHORT = "未解決の競合"


@pytest.fixture
def pair(tmp_path: Path) -> list[Services]:
    towns = make_town(tmp_path)
    yield towns
    for town in towns:
        town.close()


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return "".join(text.split())   # a long line wraps on the page


def xlsx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8") for n in z.namelist()
                         if n.endswith(".xml"))


def a_conflict(pc: Services, laptop: Services) -> None:
    """The same consultation edited on both devices since they last exchanged."""
    rid = pc.residents.save(Resident(nationality="VN", family_name="Trần",
                                     family_name_latin="TRAN"))
    cid = pc.consultations.save(Consultation(occurred_at="2026-11-02T10:30", language="vi",
                                             channel="desk", topics=["medical"],
                                             resident_id=rid))
    send(pc, laptop)
    uuid = pc.consultations.get(cid).uuid
    lid = laptop.store.query_one("SELECT id FROM consultations WHERE uuid = ?", (uuid,))[0]
    mine, theirs = pc.consultations.get(cid), laptop.consultations.get(lid)
    mine.channel, theirs.channel = "phone", "visit"
    pc.consultations.save(mine)
    laptop.consultations.save(theirs)
    assert send(laptop, pc).conflicts == 1
    assert conflicts.open_count(pc.store) == 1


def make_both(town: Services, out: Path) -> list[Path]:
    out.mkdir()
    return [*town.reports.make_monthly("2026-11", out, ["pdf", "xlsx", "csv"]),
            *town.reports.make_annual(2026, out, ["pdf", "xlsx", "csv"])]


def test_reports_say_how_many_conflicts_are_open(pair: list[Services],
                                                 tmp_path: Path) -> None:
    pc, laptop = pair
    a_conflict(pc, laptop)
    written = make_both(pc, tmp_path / "open")
    pdfs = [p for p in written if p.suffix == ".pdf"]
    books = [p for p in written if p.suffix == ".xlsx"]
    assert len(pdfs) == 2 and len(books) == 2
    for pdf in pdfs:
        assert "".join(LINE.split()) in pdf_text(pdf), pdf.name
    for book in books:
        assert LINE in xlsx_text(book), book.name
    # the counts are this device's: the consultation counted once, by its channel here
    monthly = pc.reports.monthly_document(2026, 11)
    by_channel = next(t for t in monthly.tables() if t.key == "by_channel")
    assert [r[:2] for r in by_channel.rows] == [["電話", 1]]

    [found] = conflicts.open_conflicts(pc.store)
    conflicts.resolve(pc, found.id, {"channel": "mine"})
    written = make_both(pc, tmp_path / "resolved")
    for path in written:
        text = pdf_text(path) if path.suffix == ".pdf" else xlsx_text(path) \
            if path.suffix == ".xlsx" else path.read_text(encoding="utf-8-sig")
        assert SHORT not in text, path.name


def test_the_data_file_for_the_prefecture_carries_no_conflict_line(
        pair: list[Services], tmp_path: Path) -> None:
    pc, laptop = pair
    pc.store.set_setting("town_name_ja", "みさき町")
    settings = pc.reports.settings()
    settings.municipality_code = "322059"
    pc.reports.save_settings(settings)
    a_conflict(pc, laptop)
    out = tmp_path / "out"
    out.mkdir()
    [data] = pc.reports.make_annual(2026, out, ["data"])
    assert SHORT not in data.read_text(encoding="utf-8")
