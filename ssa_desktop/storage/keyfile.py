"""The key file: the vault's data key wrapped with a passphrase-derived key.

Format (JSON, version 2)::

    {"format": "ssa-desktop-keyfile", "version": 2, "vault_uuid": "...",
     "kdf": {"name": "argon2id", "time_cost": t, "memory_kib": m, "parallelism": p,
             "salt": "<b64>"},
     "cipher": "AES-256-GCM", "nonce": "<b64>", "wrapped_key": "<b64>",
     "checksum": "<sha256 hex of the canonical JSON without this field>"}

Version 2 authenticates everything that decides how the key is derived: the AES-GCM
associated data is the canonical JSON of format, version, vault UUID, cipher and all KDF
parameters with the salt. Whoever can write the file cannot lower the cost without the
unwrap failing. (Version 1 bound only the vault UUID; such files are still read and are
re-wrapped as version 2 with freshly calibrated parameters at the next unlock.)

Format and version are read first: a key file of a later version (``version`` an integer
beyond ``VERSION``, whatever else it holds) is ``KeyFileNewer`` („neuere Version“), never
damaged.

The unkeyed checksum only tells a damaged file apart from a wrong passphrase. Parameters
outside ``FLOOR``..``CEILING`` (a zero parallelism, negative memory, a time cost that
would hang the unlock) are refused as a damaged key file before any derivation.
"""

from __future__ import annotations

import base64
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain import strict_json
from ..domain.digests import sha256
from .errors import KeyFileDamaged, KeyFileMissing, KeyFileNewer, WrongPassphrase
from .files import atomic_write_bytes

FORMAT = "ssa-desktop-keyfile"
VERSION = 2
READABLE_VERSIONS = (1, 2)
KEY_BYTES = 32
SALT_BYTES, NONCE_BYTES = 16, 12


def canonical_uuid(text: str) -> str:
    """``str(uuid.UUID(text))``: the vault's UUID as 36 lower-case characters, or
    ValueError. Parsed as ``uuid.UUID`` parses it, without the ``uuid`` module, which
    loads ``platform`` into the GUI at every unlock (≈ 0.35 MB held all day;
    ``tests/storage/test_keyfile_uuid.py``)."""
    digits = text.replace("urn:", "").replace("uuid:", "").strip("{}").replace("-", "")
    if len(digits) != 32:
        raise ValueError("badly formed hexadecimal UUID string")
    digits = f"{int(digits, 16):032x}"
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 2

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        # imported here, not at the top: the GUI derives in a child process
        # (``unwrap_child``) and never loads argon2
        from argon2.low_level import Type, hash_secret_raw

        return hash_secret_raw(
            passphrase.encode("utf-8"), salt, time_cost=self.time_cost,
            memory_cost=self.memory_kib, parallelism=self.parallelism,
            hash_len=KEY_BYTES, type=Type.ID,
        )


# What a key file may ask for. The floor is far below what ``calibrate`` chooses (64 MiB,
# at least 2 passes) and only refuses the absurd; every re-wrap recalibrates anyway.
FLOOR = KdfParams(time_cost=1, memory_kib=8192, parallelism=1)
CEILING = KdfParams(time_cost=64, memory_kib=1024 * 1024, parallelism=16)


def _within_bounds(params: KdfParams) -> bool:
    return all(isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi
               for v, lo, hi in zip(
                   (params.time_cost, params.memory_kib, params.parallelism),
                   (FLOOR.time_cost, FLOOR.memory_kib, FLOOR.parallelism),
                   (CEILING.time_cost, CEILING.memory_kib, CEILING.parallelism), strict=True))


def _timed(params: KdfParams) -> float:
    """Seconds one real derivation under ``params`` takes on this machine."""
    start = time.perf_counter()
    params.derive("calibration", os.urandom(16))
    return time.perf_counter() - start


def calibrate(target_seconds: float = 0.5, memory_kib: int = 65536, *,
              measure: Callable[[KdfParams], float] = _timed) -> KdfParams:
    """Choose Argon2id parameters so that one derivation takes about ``target_seconds``
    (``measure``: seconds of one derivation; a real one unless a test gives its figures).

    Measures twice: a first estimate from a short run, then a correction from a run at
    the estimated cost (the first pass of Argon2 is dominated by memory setup). The cost
    stays within 2 … 64 passes.
    """
    cost = 2
    for _ in range(2):
        elapsed = max(measure(KdfParams(time_cost=cost, memory_kib=memory_kib)), 1e-4)
        cost = max(2, min(64, round(cost * target_seconds / elapsed)))
    return KdfParams(time_cost=cost, memory_kib=memory_kib)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _refuse_newer(doc: object) -> None:
    """A key file of a later format version, told by format and version alone."""
    if isinstance(doc, dict) and doc.get("format") == FORMAT:
        version = doc.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            raise KeyFileNewer()


def _checksum(doc: dict) -> str:
    body = {k: v for k, v in doc.items() if k != "checksum"}
    return sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class KeyFile:
    vault_uuid: str
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    version: int = VERSION

    @classmethod
    def wrap(cls, data_key: bytes, passphrase: str, vault_uuid: str, params: KdfParams) -> KeyFile:
        if not _within_bounds(params):
            raise ValueError("key-derivation parameters out of bounds")
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
        unsealed = cls(vault_uuid, params, salt, nonce, b"")
        kek = params.derive(passphrase, salt)
        wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), unsealed.associated_data())
        return cls(vault_uuid, params, salt, nonce, wrapped)

    def associated_data(self) -> bytes:
        """What GCM authenticates besides the key: v2 the whole header, v1 the UUID."""
        if self.version == 1:
            return self.vault_uuid.encode()
        return json.dumps(self._header(), sort_keys=True, separators=(",", ":")).encode()

    def _header(self) -> dict:
        return {"format": FORMAT, "version": self.version, "vault_uuid": self.vault_uuid,
                "kdf": {"name": "argon2id", "time_cost": self.params.time_cost,
                        "memory_kib": self.params.memory_kib,
                        "parallelism": self.params.parallelism, "salt": _b64(self.salt)},
                "cipher": "AES-256-GCM"}

    @property
    def needs_upgrade(self) -> bool:
        return self.version < VERSION

    def unwrap(self, passphrase: str) -> bytearray:
        """The data key, derived and decrypted in this process (the CLI, the tests, the
        rare paths); the GUI asks a child process instead (``unwrap_child``)."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        kek = self.params.derive(passphrase, self.salt)
        try:
            return bytearray(AESGCM(kek).decrypt(self.nonce, self.wrapped_key,
                                                 self.associated_data()))
        except InvalidTag:
            raise WrongPassphrase() from None

    def to_json(self) -> bytes:
        doc = {**self._header(), "nonce": _b64(self.nonce), "wrapped_key": _b64(self.wrapped_key)}
        doc["checksum"] = _checksum(doc)
        return json.dumps(doc, indent=2, sort_keys=True).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> KeyFile:
        try:
            doc = strict_json.loads(raw.decode("utf-8"))
            _refuse_newer(doc)
            if doc.get("format") != FORMAT or doc.get("checksum") != _checksum(doc):
                raise ValueError("format or checksum")
            if doc["version"] not in READABLE_VERSIONS or doc["kdf"]["name"] != "argon2id":
                raise ValueError("version")
            if doc.get("cipher", "AES-256-GCM") != "AES-256-GCM":
                raise ValueError("cipher")
            kdf = doc["kdf"]
            params = KdfParams(kdf["time_cost"], kdf["memory_kib"], kdf["parallelism"])
            if not _within_bounds(params):
                raise ValueError("parameters out of bounds")
            keyfile = cls(canonical_uuid(doc["vault_uuid"]), params, _unb64(kdf["salt"]),
                          _unb64(doc["nonce"]), _unb64(doc["wrapped_key"]), doc["version"])
            if (len(keyfile.salt), len(keyfile.nonce), len(keyfile.wrapped_key)) != \
                    (SALT_BYTES, NONCE_BYTES, KEY_BYTES + 16):
                raise ValueError("lengths")
            return keyfile
        except KeyFileNewer:
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError,
                RecursionError):
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
