"""End to end: the report commands on a demo town, a planted resident's name that must not
leave in the annual report, and the annual report arriving at a real SMTP server."""

from __future__ import annotations

import email
import email.policy
import subprocess
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest
from test_mail import received, smtp_server

from app.records import Accompaniment, Consultation, Resident
from app.reports import build, mail
from app.services import Services
from ui.launcher import main

CANARY = ("Zqxcanary", "錨野鷺太郎", "カナリアタロウ", "canary@example.invalid")


@pytest.fixture
def planted(demo: Services) -> Services:
    rid = demo.residents.save(Resident(
        nationality="VN", family_name=CANARY[1], given_name_latin=CANARY[0], kana=CANARY[2],
        notes=CANARY[3], employer=CANARY[1], district=CANARY[0]))
    for day in ("2025-06-03", "2025-06-20", "2025-11-11"):
        demo.consultations.save(Consultation(
            occurred_at=f"{day}T10:00", language="vi", channel="desk", topics=["medical"],
            resident_id=rid, asked=f"{CANARY[0]} {CANARY[1]}", done=CANARY[3]))
    demo.accompaniments.save(Accompaniment(
        date="2025-06-21", destination_kind="hospital", resident_id=rid,
        facility=CANARY[1], health_details=CANARY[0], purpose=CANARY[2]))
    return demo


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                              text=True, check=True).stdout
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    if path.suffix == ".eml":
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        body = msg.get_body(preferencelist=("plain",))
        assert body is not None
        return f"{msg['Subject']}\n{body.get_content()}\n{path.read_text('latin-1')}"
    return path.read_text(encoding="utf-8-sig")


def test_annual_report_keeps_every_name_in(planted: Services, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          cli_login: list[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    code = main(["report", "annual", "--db", str(planted.store.path), *cli_login,
                 "--fiscal-year", "2025",
                 "--out", str(out), "--format", "pdf,xlsx,csv", "--eml"])
    assert code == 0, capsys.readouterr().err
    files = sorted(out.iterdir())
    suffixes = {f.suffix for f in files}
    assert suffixes == {".pdf", ".xlsx", ".csv", ".eml"}
    assert any(f.name == "令和7年度_外国人相談実績_みさき町.xlsx" for f in files)
    for path in files:
        text = text_of(path)
        assert "令和7年度" in text or path.suffix == ".csv", path.name
        for needle in CANARY:
            assert needle not in text, (path.name, needle)
    pdf_text = text_of(out / "令和7年度_外国人相談実績_みさき町.pdf")
    for label in ("月別実績", "相談分野別・月別件数", "国籍別件数", "特別交付税措置", "町の概要"):
        assert label in pdf_text


def test_monthly_report_command(demo: Services, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str],
                                cli_login: list[str]) -> None:
    code = main(["report", "monthly", "--db", str(demo.store.path), *cli_login,
                 "--month", "2026-10",
                 "--out", str(tmp_path)])
    printed = capsys.readouterr().out.splitlines()
    assert code == 0 and any(p.endswith(".pdf") for p in printed)
    pdf = next(tmp_path.glob("*.pdf"))
    text = text_of(pdf)
    for label in ("担当", "係長", "課長", "前月", "前年同月", "相談分野別件数"):
        assert label in text
    csv = next(tmp_path.glob("*_by_topic.csv"))
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("argv,needle", [
    (["--month", "2026-13"], "is not a month"),
    (["--month", "2026-10", "--format", "docx"], "Unknown format docx"),
])
def test_report_mistakes_are_one_sentence(demo: Services, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          cli_login: list[str],
                                          argv: list[str], needle: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    code = main(["report", "monthly", "--db", str(demo.store.path), *cli_login, "--out",
                 str(out), *argv])
    err = capsys.readouterr().err
    assert code == 2 and needle in err and len(err.strip().splitlines()) == 1
    assert list(out.iterdir()) == []


def test_annual_report_arrives_by_smtp_intact(planted: Services, tmp_path: Path) -> None:
    files = build.make_annual(planted.store, planted.codes, 2025, tmp_path, ["pdf", "xlsx"])
    settings = build.load_mail_settings(planted.store)
    with smtp_server() as (recorder, port):
        settings.smtp_host, settings.smtp_port = "127.0.0.1", port
        settings.smtp_starttls, settings.smtp_user = False, ""
        message = mail.build_message(settings, build.annual_values_for(planted.store, 2025),
                                     files)
        mail.send(message, settings)
        got = received(recorder)
    assert got["Subject"] == "【みさき町】令和7年度 外国人住民相談実績の報告"
    parts = {p.get_filename(): p.get_content() for p in got.iter_attachments()}
    assert parts == {f.name: f.read_bytes() for f in files}
    assert all(n not in recorder.envelopes[0].content.decode("latin-1") for n in CANARY)
