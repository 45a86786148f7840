"""The key file: the vault's data key wrapped with a passphrase-derived key.

Format (JSON, version 1)::

    {"format": "ssa-desktop-keyfile", "version": 1, "vault_uuid": "...",
     "kdf": {"name": "argon2id", "time_cost": t, "memory_kib": m, "parallelism": p,
             "salt": "<b64>"},
     "cipher": "AES-256-GCM", "nonce": "<b64>", "wrapped_key": "<b64>",
     "checksum": "<sha256 hex of the canonical JSON without this field>"}

The AES-GCM associated data binds the wrapped key to the vault UUID. The checksum lets
us tell a damaged file apart from a wrong passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import KeyFileDamaged, KeyFileMissing, WrongPassphrase
from .files import atomic_write_bytes

FORMAT = "ssa-desktop-keyfile"
VERSION = 1
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 2

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            passphrase.encode("utf-8"), salt, time_cost=self.time_cost,
            memory_cost=self.memory_kib, parallelism=self.parallelism,
            hash_len=KEY_BYTES, type=Type.ID,
        )


def calibrate(target_seconds: float = 0.5, memory_kib: int = 65536) -> KdfParams:
    """Choose Argon2id parameters so that one derivation takes about ``target_seconds``.

    Measures twice: a first estimate from a short run, then a correction from a run at
    the estimated cost (the first pass of Argon2 is dominated by memory setup).
    """

    def timed(params: KdfParams) -> float:
        start = time.perf_counter()
        params.derive("calibration", os.urandom(16))
        return max(time.perf_counter() - start, 1e-4)

    cost = 2
    for _ in range(2):
        elapsed = timed(KdfParams(time_cost=cost, memory_kib=memory_kib))
        cost = max(2, min(64, round(cost * target_seconds / elapsed)))
    return KdfParams(time_cost=cost, memory_kib=memory_kib)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _checksum(doc: dict) -> str:
    body = {k: v for k, v in doc.items() if k != "checksum"}
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class KeyFile:
    vault_uuid: str
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    @classmethod
    def wrap(cls, data_key: bytes, passphrase: str, vault_uuid: str, params: KdfParams) -> KeyFile:
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = params.derive(passphrase, salt)
        wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), vault_uuid.encode())
        return cls(vault_uuid, params, salt, nonce, wrapped)

    def unwrap(self, passphrase: str) -> bytearray:
        kek = self.params.derive(passphrase, self.salt)
        try:
            return bytearray(AESGCM(kek).decrypt(self.nonce, self.wrapped_key, self.vault_uuid.encode()))
        except InvalidTag:
            raise WrongPassphrase() from None

    def to_json(self) -> bytes:
        doc = {
            "format": FORMAT, "version": VERSION, "vault_uuid": self.vault_uuid,
            "kdf": {"name": "argon2id", "time_cost": self.params.time_cost,
                    "memory_kib": self.params.memory_kib,
                    "parallelism": self.params.parallelism, "salt": _b64(self.salt)},
            "cipher": "AES-256-GCM", "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }
        doc["checksum"] = _checksum(doc)
        return json.dumps(doc, indent=2, sort_keys=True).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> KeyFile:
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != FORMAT or doc.get("checksum") != _checksum(doc):
                raise ValueError("format or checksum")
            if doc["version"] != VERSION or doc["kdf"]["name"] != "argon2id":
                raise ValueError("version")
            kdf = doc["kdf"]
            params = KdfParams(int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"]))
            return cls(str(doc["vault_uuid"]), params, _unb64(kdf["salt"]), _unb64(doc["nonce"]),
                       _unb64(doc["wrapped_key"]))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError):
            raise KeyFileDamaged() from None

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileMissing() from None
        return cls.from_json(raw)

    def save(self, path: Path) -> None:
        atomic_write_bytes(path, self.to_json())
