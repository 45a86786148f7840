"""The emergency key (Notfallschlüssel): the raw SQLCipher data key as 64 hex digits.

Shown in groups of 8 so that it can be read aloud and typed from the printed sheet;
any SQLCipher 4 tool accepts it as ``PRAGMA key = "x'<64 hex digits>'"``.
"""

from __future__ import annotations

import re

from .errors import InvalidEmergencyKey

_HEX = re.compile(r"^[0-9a-fA-F]{64}$")


def format_key(data_key: bytes | bytearray) -> str:
    digits = bytes(data_key).hex().upper()
    return " ".join(digits[i:i + 8] for i in range(0, len(digits), 8))


def parse_key(text: str) -> bytearray:
    """Accept grouped or plain hex, optionally wrapped as x'…'; raise InvalidEmergencyKey."""
    cleaned = re.sub(r"[\s\-]", "", text or "")
    if cleaned[:2].lower() == "x'" and cleaned.endswith("'"):
        cleaned = cleaned[2:-1]
    if not _HEX.match(cleaned):
        raise InvalidEmergencyKey()
    return bytearray(bytes.fromhex(cleaned))


def sqlcipher_raw_key(data_key: bytes | bytearray) -> str:
    """The literal SQLCipher takes as a raw key (passed to set_key, never into SQL text)."""
    return "x'" + bytes(data_key).hex() + "'"
