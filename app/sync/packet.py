"""The sync packet file: a small clear header (town, device, packet id, schema version; no
names) and a body encrypted with AES-GCM under a key derived from the town key (HKDF), the
header bound to it as associated data. A packet of another town, or made with another key,
or altered on the way, is refused with one sentence."""

from __future__ import annotations

import json
import os
import zlib
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import MadoguchiError
from app.marks import QT_TRANSLATE_NOOP

MAGIC = b"MADOGUCHI-SYNC\n"
SUFFIX = ".madosync"
MAX_PACKET_BYTES = 512 * 1024 * 1024      # as stored (compressed, encrypted)
MAX_BODY_BYTES = 2 * 1024 * 1024 * 1024   # once decompressed
_HEADER_MAX = 4096
HEADER_KEYS = ("town_id", "device_id", "packet_id", "schema_version", "made_at")

NOT_A_PACKET = QT_TRANSLATE_NOOP("errors", "%1 is not a Madoguchi sync packet.")
OTHER_TOWN = QT_TRANSLATE_NOOP(
    "errors", "%1 is a sync packet of another town; nothing was changed.")
OTHER_KEY = QT_TRANSLATE_NOOP(
    "errors", "%1 was made with another key, or was changed after it was written; nothing "
    "was changed.")
TOO_BIG = QT_TRANSLATE_NOOP("errors", "%1 is too large for a sync packet; nothing was changed.")


class PacketError(MadoguchiError):
    """The packet cannot be read or does not belong here; nothing was changed."""


def packet_key(town_key: bytes, town_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=town_id.encode("utf-8"),
                info=b"madoguchi sync packet v1").derive(town_key)


def seal(header: dict[str, Any], body: dict[str, Any], town_key: bytes) -> bytes:
    head = json.dumps({k: header[k] for k in HEADER_KEYS}, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")
    nonce = os.urandom(12)
    plain = zlib.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":"))
                          .encode("utf-8"), 6)
    sealed = AESGCM(packet_key(town_key, str(header["town_id"]))).encrypt(nonce, plain, head)
    return MAGIC + len(head).to_bytes(4, "big") + head + nonce + sealed


def read_header(data: bytes, name: str) -> tuple[dict[str, Any], int]:
    """The clear header and where the sealed part begins."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise PacketError(NOT_A_PACKET, name)
    size = int.from_bytes(data[len(MAGIC):len(MAGIC) + 4], "big")
    start = len(MAGIC) + 4
    if not 0 < size <= _HEADER_MAX or len(data) < start + size + 12 + 16:
        raise PacketError(NOT_A_PACKET, name)
    try:
        header = json.loads(data[start:start + size].decode("utf-8"))
    except ValueError:
        raise PacketError(NOT_A_PACKET, name) from None
    if not isinstance(header, dict) or set(header) != set(HEADER_KEYS) or not all(
            isinstance(header[k], str) for k in HEADER_KEYS if k != "schema_version") \
            or not isinstance(header["schema_version"], int):
        raise PacketError(NOT_A_PACKET, name)
    return header, start + size


def unseal(data: bytes, name: str, town_key: bytes, town_id: str
           ) -> tuple[dict[str, Any], dict[str, Any]]:
    """(header, body) of a packet of this town made with this key."""
    if len(data) > MAX_PACKET_BYTES:
        raise PacketError(TOO_BIG, name)
    header, at = read_header(data, name)
    if header["town_id"] != town_id:
        raise PacketError(OTHER_TOWN, name)
    head = data[len(MAGIC) + 4:at]
    try:
        plain = AESGCM(packet_key(town_key, town_id)).decrypt(data[at:at + 12], data[at + 12:],
                                                              head)
    except InvalidTag:
        raise PacketError(OTHER_KEY, name) from None
    inflate = zlib.decompressobj()
    try:
        text = inflate.decompress(plain, MAX_BODY_BYTES)
    except zlib.error:
        raise PacketError(NOT_A_PACKET, name) from None
    if inflate.unconsumed_tail:
        raise PacketError(TOO_BIG, name)
    try:
        body = json.loads(text.decode("utf-8"))
    except ValueError:
        raise PacketError(NOT_A_PACKET, name) from None
    if not isinstance(body, dict):
        raise PacketError(NOT_A_PACKET, name)
    return header, body
