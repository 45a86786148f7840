"""SHA-2, HMAC-SHA256/-SHA512 and PBKDF2-HMAC-SHA512 without OpenSSL.

``hashlib`` and ``hmac`` load OpenSSL's libcrypto as soon as they are imported (3.4 MB
resident in the GUI, for a few digests). The product's uses are small: the key file's
checksum, the statistics tokens, record ids (random bytes), and the page HMACs of a SQLCipher file (``file_format``: whether a key fits a
file, read before SQLite opens it). Python's built-in SHA-2 modules (no OpenSSL) serve
them; HMAC (RFC 2104) and PBKDF2 (RFC 8018) are a few lines on top. The constant-time
comparison is the one ``hmac.compare_digest`` uses when OpenSSL is absent.
"""

from __future__ import annotations

from _operator import _compare_digest as compare_digest

try:  # Python 3.12 and later: one module for SHA-2
    from _sha2 import sha256, sha512  # type: ignore[import-not-found]
except ImportError:  # Python 3.11
    from _sha256 import sha256  # type: ignore[import-not-found]
    from _sha512 import sha512  # type: ignore[import-not-found]

__all__ = ["compare_digest", "hmac_sha256", "hmac_sha512", "pbkdf2_sha512", "sha256", "sha512"]

_INNER = bytes(b ^ 0x36 for b in range(256))
_OUTER = bytes(b ^ 0x5C for b in range(256))


class _Hmac:
    """HMAC with a fixed key: the padded key's two states are hashed once."""

    def __init__(self, key: bytes, digest=sha512, block: int = 128) -> None:
        if len(key) > block:
            key = digest(key).digest()
        key = key.ljust(block, b"\x00")
        self._inner = digest(key.translate(_INNER))
        self._outer = digest(key.translate(_OUTER))

    def digest(self, message: bytes) -> bytes:
        inner = self._inner.copy()
        inner.update(message)
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.digest()


def hmac_sha512(key: bytes, message: bytes) -> bytes:
    """HMAC-SHA512 (RFC 2104) of ``message`` under ``key``."""
    return _Hmac(bytes(key)).digest(message)


def hmac_sha256(key: bytes, message: bytes) -> bytes:
    """HMAC-SHA256 (RFC 2104) of ``message`` under ``key``."""
    return _Hmac(bytes(key), sha256, 64).digest(message)


def pbkdf2_sha512(password: bytes, salt: bytes, iterations: int, length: int) -> bytes:
    """PBKDF2-HMAC-SHA512 (RFC 8018): as ``hashlib.pbkdf2_hmac("sha512", …)``."""
    if iterations < 1 or length < 1:
        raise ValueError("iterations and length must be positive")
    mac = _Hmac(bytes(password))
    out = bytearray()
    block = 1
    while len(out) < length:
        u = mac.digest(bytes(salt) + block.to_bytes(4, "big"))
        result = int.from_bytes(u, "big")
        for _ in range(iterations - 1):
            u = mac.digest(u)
            result ^= int.from_bytes(u, "big")
        out += result.to_bytes(64, "big")
        block += 1
    return bytes(out[:length])
