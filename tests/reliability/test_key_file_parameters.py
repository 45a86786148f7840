"""Issue 7 item 10: the key file's derivation parameters are authenticated, bounded and
recalibrated on every re-wrap; version-1 key files are upgraded at the next unlock that
writes the vault anyway (a migration)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

import ssa_desktop.storage.vault as vault_module
from ssa_desktop import cli
from ssa_desktop.cli_commands import common
from ssa_desktop.services import vault_admin
from ssa_desktop.storage.errors import KeyFileDamaged, WrongPassphrase
from ssa_desktop.storage.keyfile import KdfParams, KeyFile
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

# What a stubbed calibration "chooses": distinct from FAST_KDF, so that a re-wrap that
# kept the stored parameters is told apart from one that recalibrated.
CALIBRATED = KdfParams(time_cost=2, memory_kib=9216, parallelism=1)
V1_FIXTURE = Path(__file__).resolve().parents[1] / "data" / "vaults" / "v1"


@pytest.fixture
def calibrated(monkeypatch):
    monkeypatch.setattr(vault_module, "calibrate", lambda: CALIBRATED)


def _doc(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def _write_with_checksum(path: Path, doc: dict) -> None:
    """What an attacker with write access does: change fields, recompute the checksum."""
    body = {k: v for k, v in doc.items() if k != "checksum"}
    doc["checksum"] = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
    path.write_text(json.dumps(doc), "utf-8")


@pytest.fixture
def vault(vault_dir):
    Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)[0].lock()
    return vault_dir


@pytest.mark.parametrize("field,value", [
    ("parallelism", 0), ("memory_kib", -8), ("memory_kib", 8), ("time_cost", 100000),
    ("time_cost", 0), ("parallelism", 1000), ("time_cost", True), ("memory_kib", "65536"),
])
def test_parameters_out_of_bounds_are_a_damaged_key_file(vault, field, value):
    path = vault / "vault.key"
    doc = _doc(path)
    doc["kdf"][field] = value
    _write_with_checksum(path, doc)
    # refused on reading, before any derivation (time_cost 100000 would hang the unlock)
    with pytest.raises(KeyFileDamaged, match="Schlüsseldatei des Tresors ist beschädigt"):
        KeyFile.load(path)


def test_unlock_with_zero_parallelism_says_damaged_key_file(vault):
    path = vault / "vault.key"
    doc = _doc(path)
    doc["kdf"]["parallelism"] = 0
    _write_with_checksum(path, doc)
    with pytest.raises(KeyFileDamaged, match="Schlüsseldatei des Tresors ist beschädigt"):
        Vault(vault).unlock(PASSPHRASE)


def test_changing_the_authenticated_header_breaks_the_unwrap(vault):
    path = vault / "vault.key"
    doc = _doc(path)
    assert doc["version"] == 2
    keyfile = KeyFile.from_json(path.read_bytes())
    # Same key-encryption key, different header: only the associated data can notice.
    header = dict(doc, vault_uuid="00000000-0000-4000-8000-000000000000")
    _write_with_checksum(path, header)
    with pytest.raises(WrongPassphrase):
        KeyFile.load(path).unwrap(PASSPHRASE)
    assert keyfile.unwrap(PASSPHRASE)


def test_emergency_recovery_does_not_keep_lowered_parameters(vault, calibrated, monkeypatch,
                                                            capsys):
    session = Vault(vault).unlock(PASSPHRASE)
    emergency = session.emergency_key()
    session.lock()
    path = vault / "vault.key"
    doc = _doc(path)
    doc["kdf"].update(time_cost=1, memory_kib=8192, parallelism=1)  # cheap, within bounds
    _write_with_checksum(path, doc)
    monkeypatch.setenv("SSA_NEW_PASSPHRASE", "Neue-Wolke-Birke-81")
    monkeypatch.setattr(common, "interactive", lambda: True)
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt: emergency)
    assert cli.main(["passwd", "--vault", str(vault), "--use-emergency-key"]) == 0
    assert KeyFile.load(path).params == CALIBRATED


def test_passphrase_change_recalibrates(vault, calibrated):
    with Vault(vault).unlock(PASSPHRASE) as session:
        vault_admin.change_passphrase(session, "Neue-Wolke-Birke-81")
    assert KeyFile.load(vault / "vault.key").params == CALIBRATED


def test_new_emergency_key_recalibrates(vault, calibrated):
    with Vault(vault).unlock(PASSPHRASE) as session:
        session.rekey(PASSPHRASE)
    assert KeyFile.load(vault / "vault.key").params == CALIBRATED


def _v1_key_file(data_key: bytes, vault_uuid: str, params: KdfParams) -> dict:
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(params.derive(PASSPHRASE, salt)).encrypt(nonce, data_key, vault_uuid.encode())
    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    return {"format": "ssa-desktop-keyfile", "version": 1, "vault_uuid": vault_uuid,
            "kdf": {"name": "argon2id", "time_cost": params.time_cost,
                    "memory_kib": params.memory_kib, "parallelism": params.parallelism,
                    "salt": b64(salt)},
            "cipher": "AES-256-GCM", "nonce": b64(nonce), "wrapped_key": b64(wrapped)}


def test_version_1_key_file_stays_while_the_vault_is_not_written(vault, calibrated, capsys,
                                                                  monkeypatch):
    """An older build that reads only version 1 can still open the vault: the key file is
    re-wrapped only when the unlock migrates the database (which locks that build out
    anyway) or the passphrase changes; ``info`` leaves it byte-identical."""
    with Vault(vault).unlock(PASSPHRASE) as session:
        data_key, vault_uuid = bytes(session.data_key), session.uuid
    _write_with_checksum(vault / "vault.key", _v1_key_file(data_key, vault_uuid, FAST_KDF))
    before = (vault / "vault.key").read_bytes()
    Vault(vault).unlock(PASSPHRASE).lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    assert cli.main(["info", "--vault", str(vault)]) == 0
    assert (vault / "vault.key").read_bytes() == before
    with Vault(vault).unlock(PASSPHRASE) as session:
        assert bytes(session.data_key) == data_key
        session.set_passphrase(PASSPHRASE, FAST_KDF)
    assert KeyFile.load(vault / "vault.key").version == 2


def test_the_shipped_version_1_fixture_is_upgraded(tmp_path, calibrated):
    folder = shutil.copytree(V1_FIXTURE, tmp_path / "v1")
    info = json.loads((folder / "fixture.json").read_text("utf-8"))
    assert _doc(folder / "vault.key")["version"] == 1
    Vault(folder).unlock(info["passphrase"]).lock()  # migrates schema 1: written anyway
    assert _doc(folder / "vault.key")["version"] == 2
    Vault(folder).unlock(info["passphrase"]).lock()
