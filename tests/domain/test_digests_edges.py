"""The OpenSSL-free digests at the edges the generated inputs of ``test_digests.py``
seldom reach: keys of exactly one hash block and longer (hashed first, RFC 2104), the
PBKDF2 output at and around a block of 64 bytes, and the refusal of zero iterations or
an empty output. Compared with ``hashlib``/``hmac``."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from ssa_desktop.domain import digests

MESSAGE = b"Seite 17 der Tresordatei"


@pytest.mark.parametrize("size", [0, 1, 63, 64, 65, 127, 128, 129, 200, 300])
def test_hmac_with_keys_around_the_block_size(size):
    key = bytes(range(7, 7 + size % 249)) * (size // 249 + 1)
    key = key[:size]
    assert digests.hmac_sha512(key, MESSAGE) == hmac.new(key, MESSAGE, hashlib.sha512).digest()
    assert digests.hmac_sha256(key, MESSAGE) == hmac.new(key, MESSAGE, hashlib.sha256).digest()


@pytest.mark.parametrize(("password_size", "iterations", "length"), [
    (32, 2, 32), (32, 1, 64), (32, 2, 63), (32, 2, 65), (32, 3, 128), (128, 2, 32),
    (129, 2, 32), (200, 1, 129),
])
def test_pbkdf2_at_block_edges_of_key_and_output(password_size, iterations, length):
    password = bytes((3 * n + 1) % 256 for n in range(password_size))
    salt = b"salz-16-bytes-xx"
    assert (digests.pbkdf2_sha512(password, salt, iterations, length)
            == hashlib.pbkdf2_hmac("sha512", password, salt, iterations, length))


@pytest.mark.parametrize(("iterations", "length"), [(0, 32), (32, 0), (0, 0), (-1, 32)])
def test_pbkdf2_refuses_zero_iterations_or_an_empty_output(iterations, length):
    with pytest.raises(ValueError, match="^iterations and length must be positive$"):
        digests.pbkdf2_sha512(b"passwort", b"salz", iterations, length)
