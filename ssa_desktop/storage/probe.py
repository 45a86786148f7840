"""Probes of the database driver for ``ssa-desktop self-test``: a throw-away encrypted
file in a temporary folder, never a vault of the user."""

from __future__ import annotations

import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from .connection import PLAIN_SQLITE_HEADER, GuardedConnection
from .emergency import sqlcipher_raw_key


@dataclass(frozen=True)
class CipherProbe:
    cipher_version: str
    sqlite_version: str
    encrypted: bool      # the file written does not start with the plain SQLite header


def sqlcipher() -> CipherProbe:
    with tempfile.TemporaryDirectory(prefix="ssa-selftest-") as folder:
        path = Path(folder) / "probe.db"
        key = bytearray(secrets.token_bytes(32))
        conn = sqlcipher3.connect(str(path), factory=GuardedConnection)
        try:
            conn.set_key(sqlcipher_raw_key(key))
            version = conn.execute("PRAGMA cipher_version").fetchone()
            conn.execute("CREATE TABLE t(x)")
            conn.execute("INSERT INTO t VALUES ('Probe')")
            conn.commit()
            sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
        finally:
            conn.close()
            key[:] = bytes(len(key))
        header = path.read_bytes()[:16]
    return CipherProbe(str(version[0]) if version and version[0] else "", sqlite,
                       header != PLAIN_SQLITE_HEADER)


def fts5_with_secure_delete() -> bool:
    conn = sqlcipher3.connect(":memory:", factory=GuardedConnection)
    try:
        conn.execute("CREATE VIRTUAL TABLE f USING fts5(x)")
        conn.execute("INSERT INTO f(f, rank) VALUES ('secure-delete', 1)")
        conn.execute("INSERT INTO f(x) VALUES ('Kastanie')")
        return conn.execute("SELECT count(*) FROM f WHERE f MATCH 'Kastanie'").fetchone()[0] == 1
    finally:
        conn.close()
