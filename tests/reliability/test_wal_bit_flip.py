"""Issue 7 item 6: one flipped bit in a WAL frame would make SQLite drop every later
commit. It is found before recovery, both files are copied, and the user is told."""

from __future__ import annotations

import struct

import pytest

from ssa_desktop.cli import main
from ssa_desktop.storage.file_format import FRAME_HEADER, PAGE_SIZE, WAL_HEADER, scan_wal
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE

FRAME = FRAME_HEADER + PAGE_SIZE


def _flip(wal, frame: int, offset: int) -> None:
    data = bytearray(wal.read_bytes())
    data[WAL_HEADER + frame * FRAME + offset] ^= 0x04
    wal.write_bytes(bytes(data))


def test_scan_of_an_intact_wal_finds_every_commit(crashed_vault):
    scan = scan_wal(crashed_vault / "vault.ssadb-wal")
    assert scan.frames > 10 and scan.recovered == scan.frames
    assert not scan.loses_data


def test_bit_flip_in_a_frame_page_is_detected(crashed_vault):
    wal = crashed_vault / "vault.ssadb-wal"
    _flip(wal, 3, FRAME_HEADER + 1000)
    scan = scan_wal(wal)
    assert scan.recovered <= 3 and scan.lost_commits > 5


def test_bit_flip_in_a_frame_checksum_is_detected(crashed_vault):
    wal = crashed_vault / "vault.ssadb-wal"
    _flip(wal, 3, 17)  # inside checksum-1 of the frame header
    assert scan_wal(wal).lost_commits > 5


def test_bit_flip_in_the_wal_header_is_detected(crashed_vault):
    wal = crashed_vault / "vault.ssadb-wal"
    data = bytearray(wal.read_bytes())
    data[9] ^= 0x01  # page size field
    wal.write_bytes(bytes(data))
    assert scan_wal(wal).header_damaged


def test_unlock_keeps_a_copy_and_tells_the_user(crashed_vault, monkeypatch, capsys):
    wal = crashed_vault / "vault.ssadb-wal"
    _flip(wal, 3, FRAME_HEADER + 1000)
    original = {name: (crashed_vault / name).read_bytes() for name in ("vault.ssadb", "vault.ssadb-wal")}
    with Vault(crashed_vault).unlock(PASSPHRASE) as session:
        assert len(session.notices) == 1 and "beschädigt" in session.notices[0]
    rescue = [p for p in crashed_vault.iterdir() if p.name.startswith("rettungskopie-")]
    assert len(rescue) == 1
    assert {p.name: p.read_bytes() for p in rescue[0].iterdir()} == original
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    assert main(["check", "--vault", str(crashed_vault)]) == 1
    assert "rettungskopie-" in capsys.readouterr().err


def test_frames_are_parsed_with_the_header_byte_order(crashed_vault):
    magic = struct.unpack(">I", (crashed_vault / "vault.ssadb-wal").read_bytes()[:4])[0]
    assert magic in (0x377F0682, 0x377F0683)


@pytest.mark.parametrize("offset", [FRAME_HEADER + 2000, 9, 17], ids=["page", "salt", "checksum"])
def test_scan_agrees_with_sqlite_recovery_for_a_flip_in_every_frame(crashed_vault, tmp_path,
                                                                    offset):
    """For a bit flipped in each frame in turn (in the page image, a salt or a stored
    checksum): the scan reports lost data exactly when SQLite's own recovery (a copy opened
    with the key) comes back with fewer commits."""
    import shutil

    import sqlcipher3

    from ssa_desktop.storage.emergency import sqlcipher_raw_key
    from ssa_desktop.storage.keyfile import KeyFile

    from .crash import COMMITS

    key = KeyFile.load(crashed_vault / "vault.key").unwrap(PASSPHRASE)
    frames = scan_wal(crashed_vault / "vault.ssadb-wal").frames
    disagreements = []
    for index in range(frames):
        copy = tmp_path / f"f{index}"
        copy.mkdir()
        for name in ("vault.ssadb", "vault.ssadb-wal"):
            shutil.copyfile(crashed_vault / name, copy / name)
        _flip(copy / "vault.ssadb-wal", index, offset)
        reported = scan_wal(copy / "vault.ssadb-wal").loses_data
        conn = sqlcipher3.connect(str(copy / "vault.ssadb"))
        conn.set_key(sqlcipher_raw_key(key))
        try:
            rows = conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'crash-%'").fetchone()[0]
        except sqlcipher3.DatabaseError:
            rows = -1  # the recovered state does not even read: certainly lost
        conn.close()
        shutil.rmtree(copy)
        if reported != (rows < COMMITS):
            disagreements.append((index, reported, rows))
    assert frames > 40 and disagreements == []
