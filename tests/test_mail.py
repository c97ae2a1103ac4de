"""Mailing the report: a real SMTP server (aiosmtpd) on 127.0.0.1, STARTTLS with a self-signed
certificate made in the test, AUTH checked against the password in an in-memory keyring."""

from __future__ import annotations

import contextlib
import datetime
import email
import email.policy
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import keyring
import keyring.core
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from app.errors import MadoguchiError
from app.reports import mail
from app.reports.mail import MailSettings

USER = "tabunka@town.misaki.example"
PASSWORD = "s3cret-Pa55word!"
XLSX_BYTES = b"PK\x03\x04 fake workbook \x00\x01\x02\xff" * 50
PDF_BYTES = b"%PDF-1.7\n fake report \x00\xfe\xff\n%%EOF\n" * 50
VALUES = {"town": "みさき町", "fiscal_label": "令和8年度",
          "period": "2026年4月～2027年3月", "sender_name": "多文化共生係 山田"}
SUBJECT = "【みさき町】令和8年度 外国人住民相談実績の報告"


class MemoryKeyring(KeyringBackend):
    """A keyring backend over a dict (keyring's own interface)."""

    viable = False  # never chosen by keyring's automatic backend detection

    @properties.classproperty
    def priority(cls) -> float:
        return 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


class PlaintextKeyring(MemoryKeyring):
    """Looks like keyrings.alt's file backend: must be refused."""


class LowPriorityKeyring(MemoryKeyring):
    @properties.classproperty
    def priority(cls) -> float:
        return 0.5


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    # Restores keyring's previous backend (even "not chosen yet") after the test.
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    return ring


class Recorder:
    """aiosmtpd handler and authenticator: keeps envelopes and the passwords that arrived."""

    def __init__(self) -> None:
        self.envelopes: list[Any] = []
        self.logins: list[tuple[str, str, bool]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted"

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str,
                 auth_data: Any) -> AuthResult:
        assert isinstance(auth_data, LoginPassword)
        login, password = auth_data.login.decode(), auth_data.password.decode()
        self.logins.append((login, password, session.ssl is not None))
        ok = (login, password) == (USER, PASSWORD)
        return AuthResult(success=ok, handled=False)  # aiosmtpd answers 535 on failure


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    pytest.importorskip("cryptography")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_path, key_path = folder / "server.pem", folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@contextlib.contextmanager
def smtp_server(tls: tuple[Path, Path] | None = None) -> Iterator[tuple[Recorder, int]]:
    recorder = Recorder()
    port = free_port()
    kwargs: dict[str, Any] = {"authenticator": recorder, "auth_require_tls": tls is not None}
    if tls is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*tls)
        kwargs.update(tls_context=context, require_starttls=True)
    controller = Controller(recorder, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    try:
        yield recorder, port
    finally:
        controller.stop()


@pytest.fixture
def tls_server(certificate: tuple[Path, Path]) -> Iterator[tuple[Recorder, int]]:
    with smtp_server(certificate) as server:
        yield server


@pytest.fixture
def trust_certificate(certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """The client trusts the test certificate (and verifies it like any other)."""
    monkeypatch.setattr(mail, "_tls_context",
                        lambda: ssl.create_default_context(cafile=str(certificate[0])))


@pytest.fixture
def attachments(tmp_path: Path) -> list[Path]:
    xlsx = tmp_path / "令和8年度_外国人相談実績_みさき町.xlsx"
    pdf = tmp_path / "令和8年度_外国人相談実績_みさき町.pdf"
    xlsx.write_bytes(XLSX_BYTES)
    pdf.write_bytes(PDF_BYTES)
    return [xlsx, pdf]


def settings_for(port: int, *, starttls: bool = True, user: str = USER) -> MailSettings:
    return MailSettings(to_address="kokusai@pref.example.jp",
                        from_address=f"みさき町 多文化共生係 <{USER}>",
                        smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=starttls,
                        smtp_user=user)


def received(recorder: Recorder) -> EmailMessage:
    assert len(recorder.envelopes) == 1
    msg = email.message_from_bytes(recorder.envelopes[0].content, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def check_message(msg: EmailMessage, attachments: list[Path]) -> None:
    assert msg["Subject"] == SUBJECT
    assert msg["Date"] and msg["Message-ID"]
    assert msg["To"] == "kokusai@pref.example.jp"
    body = msg.get_body(preferencelist=("plain",))
    assert body is not None and "みさき町" in body.get_content()
    parts = list(msg.iter_attachments())
    assert [p.get_filename() for p in parts] == [a.name for a in attachments]
    assert [p.get_content_type() for p in parts] == [
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"]
    assert [p.get_content() for p in parts] == [XLSX_BYTES, PDF_BYTES]


@pytest.mark.usefixtures("trust_certificate")
def test_send_over_starttls_with_keyring_password(
    tls_server: tuple[Recorder, int], memory_keyring: MemoryKeyring, attachments: list[Path],
    tmp_path: Path,
) -> None:
    recorder, port = tls_server
    assert mail.secure_keyring_available()
    mail.set_password(USER, PASSWORD)
    assert memory_keyring.store == {(mail.SERVICE, USER): PASSWORD}
    settings = settings_for(port)
    message = mail.build_message(settings, VALUES, attachments)

    draft = tmp_path / "draft.eml"
    mail.write_eml(message, draft)
    mail.send(message, settings)

    assert recorder.logins == [(USER, PASSWORD, True)]        # the keyring's, over TLS
    sent = received(recorder)
    check_message(sent, attachments)
    assert "X-Unsent" not in sent
    assert recorder.envelopes[0].rcpt_tos == ["kokusai@pref.example.jp"]

    raw = draft.read_bytes()
    assert b"X-Unsent: 1\r\n" in raw and PASSWORD.encode() not in raw
    saved = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(saved, EmailMessage)
    check_message(saved, attachments)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

    final = tmp_path / "final.eml"
    mail.write_eml(message, final, draft=False)
    assert b"X-Unsent" not in final.read_bytes()


@pytest.mark.usefixtures("trust_certificate")
def test_wrong_password_is_a_clear_error(tls_server: tuple[Recorder, int],
                                         memory_keyring: MemoryKeyring,
                                         attachments: list[Path]) -> None:
    recorder, port = tls_server
    mail.set_password(USER, "wrong-password")
    message = mail.build_message(settings_for(port), VALUES, attachments)
    with pytest.raises(MadoguchiError, match="user name or password") as err:
        mail.send(message, settings_for(port))
    assert "wrong-password" not in str(err.value) and err.value.__cause__ is None
    assert recorder.envelopes == []


@pytest.mark.usefixtures("memory_keyring")
def test_untrusted_certificate_is_refused(tls_server: tuple[Recorder, int],
                                          attachments: list[Path]) -> None:
    recorder, port = tls_server
    message = mail.build_message(settings_for(port), VALUES, attachments)
    with pytest.raises(MadoguchiError, match="certificate"):
        mail.send(message, settings_for(port), password=PASSWORD)
    assert recorder.logins == [] and recorder.envelopes == []


def test_plain_server_without_login(attachments: list[Path]) -> None:
    with smtp_server() as (recorder, port):
        settings = settings_for(port, starttls=False, user="")
        mail.send(mail.build_message(settings, VALUES, attachments), settings)
    check_message(received(recorder), attachments)


def test_starttls_not_offered(attachments: list[Path]) -> None:
    with smtp_server() as (recorder, port):
        settings = settings_for(port, user="")
        with pytest.raises(MadoguchiError, match="STARTTLS"):
            mail.send(mail.build_message(settings, VALUES, attachments), settings)
    assert recorder.envelopes == []


def test_password_never_sent_unencrypted(attachments: list[Path]) -> None:
    with smtp_server() as (recorder, port):
        settings = settings_for(port, starttls=False)
        with pytest.raises(MadoguchiError, match="unencrypted"):
            mail.send(mail.build_message(settings, VALUES, attachments), settings, PASSWORD)
    assert recorder.logins == [] and recorder.envelopes == []


def test_non_ascii_password_is_a_clear_error(attachments: list[Path]) -> None:
    settings = settings_for(free_port())
    with pytest.raises(MadoguchiError, match="non-ASCII"):
        mail.send(mail.build_message(settings, VALUES, attachments), settings, "ｐａｓｓ")


def test_connection_refused(attachments: list[Path]) -> None:
    settings = settings_for(free_port(), user="")
    with pytest.raises(MadoguchiError, match="refused the connection"):
        mail.send(mail.build_message(settings, VALUES, attachments), settings)


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring, PlaintextKeyring,
                                     LowPriorityKeyring])
@pytest.mark.usefixtures("trust_certificate")
def test_insecure_keyring_fails_closed(
    backend: type[KeyringBackend], memory_keyring: MemoryKeyring,
    tls_server: tuple[Recorder, int], attachments: list[Path],
) -> None:
    ring = backend()
    keyring.set_keyring(ring)
    assert not mail.secure_keyring_available()
    if isinstance(ring, MemoryKeyring):
        ring.set_password(mail.SERVICE, USER, PASSWORD)   # stored there, still never read
    assert mail.get_password(USER) is None
    with pytest.raises(MadoguchiError, match="secure keyring"):
        mail.set_password(USER, PASSWORD)

    recorder, port = tls_server
    settings = settings_for(port)
    message = mail.build_message(settings, VALUES, attachments)
    with pytest.raises(MadoguchiError, match="No password .* no secure keyring"):
        mail.send(message, settings)
    assert recorder.logins == []

    mail.send(message, settings, password=PASSWORD)     # asked for, typed in: it sends
    assert recorder.logins == [(USER, PASSWORD, True)]
    check_message(received(recorder), attachments)


def test_unknown_placeholder_is_named() -> None:
    settings = MailSettings(to_address="a@example.jp", from_address="b@example.jp",
                            subject_template="【{town}】{fiscal_year} の報告")
    with pytest.raises(MadoguchiError, match=r"\{fiscal_year\}"):
        mail.build_message(settings, VALUES, [])
    settings.subject_template = "{town"
    with pytest.raises(MadoguchiError, match="placeholder"):
        mail.build_message(settings, VALUES, [])


def test_defaults_fill_and_bad_address() -> None:
    settings = MailSettings(to_address="kokusai@pref.example.jp", from_address=USER)
    msg = mail.build_message(settings, VALUES, [])
    assert msg["Subject"] == SUBJECT
    body = msg.get_body()
    assert body is not None and "多文化共生係 山田" in body.get_content()
    assert "{" not in body.get_content()
    with pytest.raises(MadoguchiError, match="recipient"):
        mail.build_message(MailSettings(to_address="not an address", from_address=USER),
                           VALUES, [])
