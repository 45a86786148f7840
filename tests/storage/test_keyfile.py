"""The key file: round trip, tamper detection, KDF calibration."""

from __future__ import annotations

import json
import os

import pytest

from ssa_desktop.storage.errors import KeyFileDamaged, KeyFileMissing, WrongPassphrase
from ssa_desktop.storage.keyfile import KdfParams, KeyFile, calibrate
from tests.conftest import FAST_KDF

UUID = "0b6f7f0e-5c55-4b8e-9d0e-3f1f4c2b9a11"


def test_round_trip(tmp_path):
    data_key = os.urandom(32)
    path = tmp_path / "vault.key"
    KeyFile.wrap(data_key, "geheim ÄÖÜ ß 🙂", UUID, FAST_KDF).save(path)
    loaded = KeyFile.load(path)
    assert loaded.vault_uuid == UUID
    assert loaded.params == FAST_KDF
    assert loaded.unwrap("geheim ÄÖÜ ß 🙂") == bytearray(data_key)
    assert (path.stat().st_mode & 0o777) == 0o600
    assert data_key.hex() not in path.read_text()
    doc = json.loads(path.read_bytes())
    assert doc["format"] == "ssa-desktop-keyfile" and doc["kdf"]["name"] == "argon2id"


def test_wrong_passphrase(tmp_path):
    kf = KeyFile.wrap(os.urandom(32), "richtig", UUID, FAST_KDF)
    with pytest.raises(WrongPassphrase):
        kf.unwrap("Richtig")


def test_wrap_is_randomised():
    key = os.urandom(32)
    a = KeyFile.wrap(key, "p", UUID, FAST_KDF)
    b = KeyFile.wrap(key, "p", UUID, FAST_KDF)
    assert a.salt != b.salt and a.nonce != b.nonce and a.wrapped_key != b.wrapped_key


def test_key_is_bound_to_vault_uuid():
    kf = KeyFile.wrap(os.urandom(32), "p", UUID, FAST_KDF)
    moved = KeyFile("another-uuid", kf.params, kf.salt, kf.nonce, kf.wrapped_key)
    with pytest.raises(WrongPassphrase):
        moved.unwrap("p")


@pytest.mark.parametrize("field,value", [
    ("vault_uuid", "11111111-2222-3333-4444-555555555555"),
    ("nonce", "AAAAAAAAAAAAAAAA"),
    ("kdf", {"name": "argon2id", "time_cost": 1, "memory_kib": 8192, "parallelism": 2,
             "salt": "AAAAAAAAAAAAAAAAAAAAAA=="}),
    ("version", 1),
])
def test_tampered_field_with_stale_checksum_is_damaged(field, value):
    doc = json.loads(KeyFile.wrap(os.urandom(32), "p", UUID, FAST_KDF).to_json())
    doc[field] = value
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_json(json.dumps(doc).encode())


@pytest.mark.parametrize("raw", [b"", b"\xff\xfe", b"[]", b"null", b'{"format": "x"}',
                                 b"{" * 10])
def test_garbage_is_damaged(raw):
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_json(raw)


def test_missing(tmp_path):
    with pytest.raises(KeyFileMissing):
        KeyFile.load(tmp_path / "nope.key")


def test_calibrate_aims_at_half_a_second_within_2_to_64_passes():
    """Calibration from given figures (no clock): 0.02 s of memory setup plus 0.05 s a
    pass. At 2 passes 0.12 s → round(2 × 0.5 / 0.12) = 8; at 8 passes 0.42 s →
    round(8 × 0.5 / 0.42) = 10 passes (0.52 s)."""
    seen = []

    def measure(params):
        seen.append(params.time_cost)
        return 0.02 + 0.05 * params.time_cost

    params = calibrate(measure=measure)
    assert (params.time_cost, params.memory_kib, seen) == (10, 65536, [2, 8])
    assert calibrate(measure=lambda p: 0.0).time_cost == 64          # a very fast machine
    assert calibrate(measure=lambda p: 10.0).time_cost == 2          # a very slow one


def test_calibrate_with_real_derivations_stays_within_its_bounds():
    params = calibrate()
    assert isinstance(params, KdfParams) and 2 <= params.time_cost <= 64


def test_a_key_twice_is_damaged_even_when_the_last_one_is_right():
    """Strict JSON: ``json`` would keep the last ``wrapped_key`` and open the vault; a key
    file with a key twice is crafted, not written by us."""
    raw = KeyFile.wrap(os.urandom(32), "p", UUID, FAST_KDF).to_json()
    assert KeyFile.from_json(raw).vault_uuid == UUID
    crafted = raw.replace(b"{", b'{\n  "wrapped_key": "AAAA",', 1)
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_json(crafted)
