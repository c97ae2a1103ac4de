"""Sending the annual report to the prefecture by e-mail, or saving it as an .eml draft.

Attachments go as they are (no zip, no password-protected files). The SMTP password lives only
in a secure OS keyring; without one, the caller asks the user for it each time and passes it in.
The password is never written to a file or a log, nor put into an error message."""

from __future__ import annotations

import contextlib
import copy
import email.policy
import email.utils
import mimetypes
import smtplib
import socket
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import IO

import keyring
import keyring.errors

from app.errors import MadoguchiError
from app.files import write_atomically
from app.marks import QT_TRANSLATE_NOOP

SERVICE = "Madoguchi SMTP"
TIMEOUT = 30  # seconds

# Messages that name a part of the mail (fill_template's `what`, _set_address's `label`),
# each as a whole sentence to translate.
UNKNOWN_PLACEHOLDER = {
    "subject": QT_TRANSLATE_NOOP(
        "errors", "The mail subject uses an unknown placeholder {%1}; known ones are: %2."),
    "body": QT_TRANSLATE_NOOP(
        "errors", "The mail body uses an unknown placeholder {%1}; known ones are: %2."),
    "template": QT_TRANSLATE_NOOP(
        "errors", "The mail template uses an unknown placeholder {%1}; known ones are: %2."),
}
BROKEN_PLACEHOLDER = {
    "subject": QT_TRANSLATE_NOOP(
        "errors", "The mail subject has a broken placeholder; write placeholders as {town} "
        "and a literal brace as {{ or }}."),
    "body": QT_TRANSLATE_NOOP(
        "errors", "The mail body has a broken placeholder; write placeholders as {town} "
        "and a literal brace as {{ or }}."),
    "template": QT_TRANSLATE_NOOP(
        "errors", "The mail template has a broken placeholder; write placeholders as {town} "
        "and a literal brace as {{ or }}."),
}
ADDRESS_EMPTY = {
    "sender": QT_TRANSLATE_NOOP("errors", "The sender address is empty."),
    "recipient": QT_TRANSLATE_NOOP("errors", "The recipient address is empty."),
}
ADDRESS_INVALID = {
    "sender": QT_TRANSLATE_NOOP("errors", "The sender address %1 is not valid."),
    "recipient": QT_TRANSLATE_NOOP("errors", "The recipient address %1 is not valid."),
}

DEFAULT_SUBJECT = "【{town}】{fiscal_label} 外国人住民相談実績の報告"
DEFAULT_BODY = """\
ご担当者様

いつも大変お世話になっております。
{town}の{sender_name}です。

{fiscal_label}（{period}）の外国人住民相談実績を取りまとめましたので、
添付のとおりご報告いたします。
ご査収のほど、よろしくお願いいたします。

内容についてご不明な点がございましたら、お手数ですがご連絡ください。
"""
# The signature (town, department, contact from the report settings) follows the body.

MIME_TYPES = {
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pdf": "application/pdf",
    ".csv": "text/csv",
    ".json": "application/json",
}


@dataclass
class MailSettings:
    to_address: str = ""
    from_address: str = ""
    subject_template: str = DEFAULT_SUBJECT
    body_template: str = DEFAULT_BODY
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_starttls: bool = True
    smtp_user: str = ""


def fill_template(template: str, values: dict[str, str], what: str = "template") -> str:
    """`template.format_map(values)`, with a clear error for an unknown or broken placeholder."""
    try:
        return template.format_map(dict(values))
    except KeyError as exc:
        name = exc.args[0] if exc.args else "?"
        raise MadoguchiError(
            UNKNOWN_PLACEHOLDER[what], name,
            ", ".join("{" + k + "}" for k in sorted(values)) or "none",
        ) from None
    except (IndexError, AttributeError, ValueError):
        raise MadoguchiError(BROKEN_PLACEHOLDER[what]) from None


MONTHLY_MARK = "月報"   # in every monthly report's file name (monthly.build_monthly)


def build_message(
    settings: MailSettings, values: dict[str, str], attachments: list[Path]
) -> EmailMessage:
    """An RFC 5322 message with a Japanese subject and body and the files attached as they are."""
    subject = " ".join(fill_template(settings.subject_template, values, "subject").split())
    body = fill_template(settings.body_template, values, "body")
    if values.get("data_note"):   # whether the attached data file's counts are exact
        body = f"{body.rstrip()}\n\n{values['data_note']}\n"
    if values.get("signature"):
        body = f"{body.rstrip()}\n\n-- \n{values['signature']}\n"
    msg = EmailMessage(policy=email.policy.SMTP)
    sender = settings.from_address
    name = " ".join(v for v in (values.get("town", ""), values.get("sender_name", "")) if v)
    if name and "<" not in sender and sender.strip():
        sender = email.utils.formataddr((name, sender.strip()))
    _set_address(msg, "From", sender, "sender")
    _set_address(msg, "To", settings.to_address, "recipient")
    msg["Subject"] = subject
    msg["Date"] = email.utils.formatdate(localtime=True)
    msg["Message-ID"] = email.utils.make_msgid(domain=msg["From"].addresses[0].domain)
    msg.set_content(body, charset="utf-8", cte="base64")
    for path in attachments:
        if MONTHLY_MARK in path.stem:
            # The monthly report is internal and not suppressed (docs/reports.md).
            raise MadoguchiError(QT_TRANSLATE_NOOP(
                "errors", "%1 is a monthly report, for use inside the town hall only; it is "
                "never attached to the mail to the prefecture."), path.name)
        if path.suffix.lower() == ".zip":
            raise MadoguchiError(QT_TRANSLATE_NOOP(
                "errors", "%1: files are attached as they are, never zipped."), path.name)
        try:
            data = path.read_bytes()
        except OSError:
            raise MadoguchiError(QT_TRANSLATE_NOOP(
                "errors", "The attachment %1 could not be read."), path.name) from None
        maintype, subtype = mime_type(path).split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=path.name)
    return msg


def mime_type(path: Path) -> str:
    known = MIME_TYPES.get(path.suffix.lower())
    return known or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def _set_address(msg: EmailMessage, header: str, value: str, label: str) -> None:
    if not value.strip():
        raise MadoguchiError(ADDRESS_EMPTY[label])
    try:
        msg[header] = value
        parsed = msg[header]
        addresses = parsed.addresses
    except (ValueError, TypeError, AttributeError, IndexError):
        raise MadoguchiError(ADDRESS_INVALID[label], repr(value)) from None
    if not addresses or any(not a.username or not a.domain for a in addresses):
        raise MadoguchiError(ADDRESS_INVALID[label], repr(value))


def write_eml(message: EmailMessage, target: Path, draft: bool = True) -> None:
    """Save the message as an .eml file; a draft carries `X-Unsent: 1` (Outlook opens it as a
    draft ready to send). `message` itself is not changed."""
    out = copy.deepcopy(message)
    del out["X-Unsent"]
    if draft:
        out["X-Unsent"] = "1"
    data = out.as_bytes(policy=email.policy.SMTP)

    def write(fh: IO[bytes]) -> None:
        fh.write(data)

    write_atomically(target, write)


# --- the password: only in a secure OS keyring ---


def _is_secure_backend(backend: object) -> bool:
    from keyring.backends import chainer, fail, null

    if backend is None or isinstance(backend, fail.Keyring | null.Keyring):
        return False
    for cls in type(backend).__mro__:
        module = cls.__module__ or ""
        if "alt" in module.split(".") or "plaintext" in f"{module}.{cls.__name__}".casefold():
            return False
    try:
        priority = float(backend.priority)  # type: ignore[attr-defined]
    except Exception:  # a backend that cannot tell is not used
        return False
    if priority < 1:
        return False
    if isinstance(backend, chainer.ChainerBackend):
        members = list(backend.backends)
        return bool(members) and all(_is_secure_backend(m) for m in members)
    return True


def secure_keyring_available() -> bool:
    """True when the active keyring backend keeps secrets safely (not a null, failing or
    plaintext backend, nor a chain that includes one)."""
    try:
        return _is_secure_backend(keyring.get_keyring())
    except Exception:
        return False


def get_password(user: str) -> str | None:
    """The saved SMTP password for `user`, or None (also when no secure keyring exists)."""
    if not user or not secure_keyring_available():
        return None
    try:
        password = keyring.get_password(SERVICE, user)
    except Exception:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "The password could not be read from the system keyring.")) from None
    return password if isinstance(password, str) else None


def set_password(user: str, password: str) -> None:
    """Save the SMTP password in the OS keyring; refuses when no secure keyring is available."""
    if not user:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "Enter the SMTP user name before saving a password."))
    if not secure_keyring_available():
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "No secure keyring is available on this computer, so the password "
            "cannot be saved; it will be asked for each time."))
    try:
        keyring.set_password(SERVICE, user, password)
    except Exception:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "The password could not be saved in the system keyring.")) from None


def delete_password(user: str) -> None:
    """Forget the saved SMTP password for `user` (nothing happens when none is saved)."""
    if not user or not secure_keyring_available():
        return
    try:
        keyring.delete_password(SERVICE, user)
    except keyring.errors.PasswordDeleteError:
        pass
    except Exception:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "The password could not be removed from the system keyring.")) from None


# --- sending ---


def _tls_context() -> ssl.SSLContext:
    return ssl.create_default_context()


def _password_for(settings: MailSettings, password: str | None) -> str:
    if password is not None:
        return password
    if not secure_keyring_available():
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "No password was given and no secure keyring is available on this "
            "computer; enter the SMTP password to send."))
    saved = get_password(settings.smtp_user)
    if saved is None:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "No password was given and none is saved in the keyring for %1; enter "
            "the SMTP password to send."), settings.smtp_user)
    return saved


def send(message: EmailMessage, settings: MailSettings, password: str | None = None) -> None:
    """Send through the configured SMTP server (STARTTLS, then login when a user is set).
    The password is the one given, else the keyring's; every failure is a MadoguchiError."""
    if not settings.smtp_host.strip():
        raise MadoguchiError(QT_TRANSLATE_NOOP("errors", "No mail server (SMTP host) is set."))
    secret = _password_for(settings, password) if settings.smtp_user else None
    if secret is not None and not settings.smtp_starttls:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "The password would travel unencrypted; turn on STARTTLS."))
    if secret is not None and not (secret.isascii() and settings.smtp_user.isascii()):
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "SMTP login cannot send a user name or password with non-ASCII "
            "characters (e.g. full-width letters); check what was typed."))
    outgoing = message
    if "X-Unsent" in message:
        outgoing = copy.deepcopy(message)
        del outgoing["X-Unsent"]

    where = f"{settings.smtp_host}:{settings.smtp_port}"
    stage = "connect"
    try:
        smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=TIMEOUT)
        try:
            if settings.smtp_starttls:
                stage = "tls"
                smtp.starttls(context=_tls_context())
            if secret is not None:
                stage = "login"
                smtp.login(settings.smtp_user, secret)
            stage = "send"
            smtp.send_message(outgoing)
            with contextlib.suppress(smtplib.SMTPException, OSError):
                smtp.quit()  # the message was accepted; a rough goodbye does not matter
        finally:
            smtp.close()
    except (smtplib.SMTPException, OSError, UnicodeError) as exc:
        raise _explain(exc, stage, where, settings) from None


def _explain(exc: Exception, stage: str, where: str, settings: MailSettings) -> MadoguchiError:
    """One sentence for the user; never the password, never a traceback. `where` is the
    server as host:port."""
    def error(template: str, *params: object) -> MadoguchiError:
        return MadoguchiError(template, where, *params)

    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return error(QT_TRANSLATE_NOOP(
            "errors", "The mail server %1 did not accept the user name or password."))
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        if stage == "tls":
            return error(QT_TRANSLATE_NOOP(
                "errors", "The mail server %1 does not offer STARTTLS encryption; nothing was "
                "sent."))
        if stage == "login":
            return error(QT_TRANSLATE_NOOP(
                "errors", "The mail server %1 does not accept a login (SMTP AUTH)."))
        return error(QT_TRANSLATE_NOOP("errors", "The mail server %1 cannot take this message."))
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return error(QT_TRANSLATE_NOOP(
            "errors", "The mail server %1 refused the recipient address %2."),
            settings.to_address)
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return error(QT_TRANSLATE_NOOP(
            "errors", "The mail server %1 refused the sender address %2."),
            settings.from_address)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return error(QT_TRANSLATE_NOOP(
            "errors", "The certificate of %1 could not be verified; nothing was sent."))
    if isinstance(exc, ssl.SSLError) or stage == "tls":
        return error(QT_TRANSLATE_NOOP(
            "errors", "The encrypted connection (TLS) to %1 failed; nothing was sent."))
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return error(QT_TRANSLATE_NOOP(
            "errors", "The mail server %1 closed the connection unexpectedly."))
    if stage == "login" and not isinstance(exc, smtplib.SMTPResponseException | OSError):
        return error(QT_TRANSLATE_NOOP(
            "errors", "The mail server %1 offers no login method Madoguchi can use."))
    if isinstance(exc, smtplib.SMTPResponseException):
        return error(QT_TRANSLATE_NOOP(
            "errors", "The mail server %1 answered with error %2; nothing was sent."),
            exc.smtp_code)
    if isinstance(exc, ConnectionRefusedError):
        return error(QT_TRANSLATE_NOOP(
            "errors", "The mail server %1 refused the connection; check the server name and "
            "port."))
    if isinstance(exc, socket.gaierror):
        return MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "The mail server name %1 could not be found."), settings.smtp_host)
    if isinstance(exc, TimeoutError):
        return error(QT_TRANSLATE_NOOP(
            "errors", "The mail server %1 did not answer within %2 seconds."), TIMEOUT)
    if isinstance(exc, smtplib.SMTPException):
        return error(QT_TRANSLATE_NOOP(
            "errors", "Sending through the mail server %1 failed."))
    return error(QT_TRANSLATE_NOOP("errors", "Could not connect to the mail server %1."))
