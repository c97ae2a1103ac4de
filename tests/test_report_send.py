"""Sending the annual report to the prefecture (app/reports/send.py) from the command line,
to a real SMTP server (aiosmtpd) on 127.0.0.1 with STARTTLS, as the window does."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from conftest import DEMO_PASSWORD
from test_mail import (  # noqa: F401 (fixtures)
    PASSWORD,
    USER,
    certificate,
    memory_keyring,
    smtp_server,
    trust_certificate,
)

from app import accounts
from app.reports import build
from app.reports.mail import MailSettings
from ui.launcher import main


def set_mail(demo_path: Path, port: int) -> None:
    services = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    try:
        build.save_mail_settings(services.store, MailSettings(
            to_address="kokusai@pref.example.jp", from_address=f"みさき町 <{USER}>",
            smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=True, smtp_user=USER))
    finally:
        services.close()


@pytest.mark.usefixtures("trust_certificate")
def test_report_send_mails_the_annual_report_and_an_extra_file(
        demo_path: Path, certificate: tuple[Path, Path], tmp_path: Path,  # noqa: F811
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    data_file = tmp_path / "annual-data.json"
    data_file.write_text('{"format": "test"}', encoding="utf-8")
    with smtp_server(certificate) as (recorder, port):
        set_mail(demo_path, port)
        monkeypatch.setenv("MADOGUCHI_PASSWORD", DEMO_PASSWORD)
        monkeypatch.setenv("MADOGUCHI_SMTP_PASSWORD", PASSWORD)
        capsys.readouterr()
        code = main(["report", "send", "--db", str(demo_path), "--user", "admin",
                     "--fiscal-year", "2025", "--attach", str(data_file)])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert out.startswith("sent to kokusai@pref.example.jp")
        assert recorder.logins == [(USER, PASSWORD, True)]  # over TLS
        assert len(recorder.envelopes) == 1
        msg = email.message_from_bytes(recorder.envelopes[0].content,
                                       policy=email.policy.default)
        assert isinstance(msg, EmailMessage) and msg["To"] == "kokusai@pref.example.jp"
        names = [p.get_filename() or "" for p in msg.iter_attachments()]
        assert [Path(n).suffix for n in names] == [".pdf", ".xlsx", ".json"]
        assert names[2] == "annual-data.json"
    services = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    try:
        rows = services.store.query("SELECT detail FROM audit WHERE action = 'report'")
        assert any("sent by mail; 3 attachment(s)" in (r[0] or "") for r in rows)
    finally:
        services.close()


def test_report_send_without_mail_settings_is_one_sentence_and_sends_nothing(
        demo_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    services = accounts.login(demo_path, "admin", DEMO_PASSWORD)
    try:
        build.save_mail_settings(services.store, MailSettings())  # nothing set up
    finally:
        services.close()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", DEMO_PASSWORD)
    capsys.readouterr()
    code = main(["report", "send", "--db", str(demo_path), "--user", "admin",
                 "--fiscal-year", "2025"])
    err = capsys.readouterr().err
    assert code != 0
    assert "Set the prefecture's address and the mail server in Settings first." in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.usefixtures("trust_certificate", "memory_keyring")
def test_a_wrong_smtp_password_sends_nothing(
        demo_path: Path, certificate: tuple[Path, Path],  # noqa: F811
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with smtp_server(certificate) as (recorder, port):
        set_mail(demo_path, port)
        monkeypatch.setenv("MADOGUCHI_PASSWORD", DEMO_PASSWORD)
        monkeypatch.setenv("MADOGUCHI_SMTP_PASSWORD", "wrong")
        capsys.readouterr()
        code = main(["report", "send", "--db", str(demo_path), "--user", "admin",
                     "--fiscal-year", "2025"])
        err = capsys.readouterr().err
        assert code != 0 and len(err.strip().splitlines()) == 1
        assert recorder.envelopes == []


@pytest.mark.usefixtures("trust_certificate")
def test_the_window_sends_through_the_same_workflow(
        qtbot: object, demo_path: Path, certificate: tuple[Path, Path],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.pages.reports import ReportsPage

    with smtp_server(certificate) as (recorder, port):
        set_mail(demo_path, port)
        services = accounts.login(demo_path, "admin", DEMO_PASSWORD)
        page = ReportsPage(services)
        qtbot.addWidget(page)  # type: ignore[attr-defined]
        page.annual.setChecked(True)
        page.year.setCurrentIndex(page.year.findData(2025))
        page.ask_password = lambda: PASSWORD  # type: ignore[method-assign]
        monkeypatch.setattr(QMessageBox, "question",
                            staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
        page.send_report()
        assert page.job is not None
        qtbot.waitUntil(page.job.finished.is_set, timeout=60_000)  # type: ignore[attr-defined]
        assert page.status.text().startswith("Sent to kokusai@pref.example.jp"), \
            page.status.text()
        assert len(recorder.envelopes) == 1
        services.close()
