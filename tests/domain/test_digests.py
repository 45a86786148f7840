"""The OpenSSL-free digests (``domain.digests``) give what ``hashlib``/``hmac`` give."""

from __future__ import annotations

import hashlib
import hmac

from hypothesis import given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import digests


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.binary(max_size=5000))
def test_hmac_sha512_is_rfc_2104(key, message):
    assert digests.hmac_sha512(key, message) == hmac.new(key, message, hashlib.sha512).digest()


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200), st.binary(max_size=40), st.integers(1, 5),
       st.integers(1, 200))
def test_pbkdf2_sha512_is_rfc_8018(password, salt, iterations, length):
    assert (digests.pbkdf2_sha512(password, salt, iterations, length)
            == hashlib.pbkdf2_hmac("sha512", password, salt, iterations, length))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200), st.binary(max_size=2000))
def test_hmac_sha256_is_rfc_2104(key, message):
    assert digests.hmac_sha256(key, message) == hmac.new(key, message, hashlib.sha256).digest()


@given(st.binary(max_size=1000))
def test_sha2_digests(data):
    assert digests.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    assert digests.sha512(data).digest() == hashlib.sha512(data).digest()


def test_compare_digest():
    assert digests.compare_digest(b"abc", b"abc")
    assert not digests.compare_digest(b"abc", b"abd")
    assert not digests.compare_digest(b"abc", b"ab")
