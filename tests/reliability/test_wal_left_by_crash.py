"""Issue 7 item 5: a WAL left by a killed writer is inspected without changing the
database or the WAL; damage in either is refused with both files byte-identical."""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path

import pytest

from ssa_desktop.storage.errors import CorruptDatabase
from ssa_desktop.storage.file_format import FRAME_HEADER, PAGE_SIZE, WAL_HEADER
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE

from .crash import COMMITS, crash_rows


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> dict[str, str]:
    return {name: _digest(folder / name) for name in ("vault.ssadb", "vault.ssadb-wal")}


def _pages_in_wal(folder: Path) -> set[int]:
    data = (folder / "vault.ssadb-wal").read_bytes()
    size = FRAME_HEADER + PAGE_SIZE
    return {struct.unpack(">I", data[off:off + 4])[0]
            for off in range(WAL_HEADER, len(data) - size + 1, size)}


def test_an_intact_crash_left_vault_opens_with_every_commit(crashed_vault):
    with Vault(crashed_vault).unlock(PASSPHRASE) as session:
        assert crash_rows(session) == COMMITS
        assert session.notices == []


def test_wal_with_a_damaged_page_is_refused_and_both_files_stay(crashed_vault):
    db = crashed_vault / "vault.ssadb"
    pages = db.stat().st_size // PAGE_SIZE
    victim = max(set(range(2, pages + 1)) - _pages_in_wal(crashed_vault))
    data = bytearray(db.read_bytes())
    data[(victim - 1) * PAGE_SIZE + 200] ^= 0x01
    db.write_bytes(bytes(data))
    before = _files(crashed_vault)
    with pytest.raises(CorruptDatabase, match="nicht verändert"):
        Vault(crashed_vault).unlock(PASSPHRASE)
    assert _files(crashed_vault) == before
    assert sorted(p.name for p in crashed_vault.iterdir() if p.name.startswith(".")) == []


def test_wal_with_a_truncated_database_is_refused_and_both_files_stay(crashed_vault):
    db = crashed_vault / "vault.ssadb"
    pages = db.stat().st_size // PAGE_SIZE
    keep = min(set(range(2, pages + 1)) - _pages_in_wal(crashed_vault)) - 1
    with open(db, "r+b") as fh:
        fh.truncate(keep * PAGE_SIZE)
    before = _files(crashed_vault)
    with pytest.raises(CorruptDatabase, match="nicht verändert"):
        Vault(crashed_vault).unlock(PASSPHRASE)
    assert _files(crashed_vault) == before
