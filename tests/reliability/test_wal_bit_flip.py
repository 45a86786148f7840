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


# -- the header and the generations, as SQLite's WAL format defines them ---------------------------
LE, BE = 0x377F0682, 0x377F0683


def _sqlite_checksum(data: bytes, seed: tuple[int, int], big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum (walChecksumBytes) over 32-bit words of the given byte order."""
    s0, s1 = seed
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def _seal_header(data: bytearray, *, magic: int | None = None, page_size: int | None = None,
                 salt1: int | None = None) -> None:
    """Set header fields and write the header checksum that fits them (as a writer does)."""
    for offset, value in ((0, magic), (8, page_size), (16, salt1)):
        if value is not None:
            data[offset:offset + 4] = struct.pack(">I", value)
    big_endian = struct.unpack(">I", data[:4])[0] == BE
    data[24:32] = struct.pack(">2I", *_sqlite_checksum(bytes(data[:24]), (0, 0), big_endian))


def _chain_frames(data: bytearray, first: int, seed: tuple[int, int], big_endian: bool,
                  salts: tuple[int, int] | None = None) -> None:
    """Frames ``first``… with ``salts`` (None: as they are) and each stored checksum
    continuing the chain from ``seed``: valid frames of one generation."""
    chain = seed
    for index in range((len(data) - WAL_HEADER) // FRAME - first):
        start = WAL_HEADER + (first + index) * FRAME
        if salts is not None:
            data[start + 8:start + 16] = struct.pack(">2I", *salts)
        chain = _sqlite_checksum(bytes(data[start:start + 8] + data[start + FRAME_HEADER:start + FRAME]),
                                 chain, big_endian)
        data[start + 16:start + 24] = struct.pack(">2I", *chain)


def test_a_flip_in_the_header_salt_is_detected(crashed_vault):
    """The header's own checksum: a salt that no longer fits it makes SQLite ignore the WAL."""
    wal = crashed_vault / "vault.ssadb-wal"
    data = bytearray(wal.read_bytes())
    data[17] ^= 0x01
    wal.write_bytes(bytes(data))
    assert scan_wal(wal).header_damaged


def test_a_wal_torn_right_after_a_damaged_header_loses_nothing(crashed_vault):
    wal = crashed_vault / "vault.ssadb-wal"
    data = bytearray(wal.read_bytes()[:WAL_HEADER])
    data[17] ^= 0x01
    wal.write_bytes(bytes(data))
    scan = scan_wal(wal)
    assert (scan.frames, scan.header_damaged, scan.loses_data) == (0, False, False)


@pytest.mark.parametrize("page_size", [256, 6144, 131072])
def test_a_header_naming_no_page_size_is_damaged_even_when_sealed(crashed_vault, page_size):
    """SQLite's pages are a power of two from 512 to 65536 bytes; any other size in a
    header with a fitting checksum is still no WAL it reads."""
    wal = crashed_vault / "vault.ssadb-wal"
    data = bytearray(wal.read_bytes())
    _seal_header(data, page_size=page_size)
    wal.write_bytes(bytes(data))
    assert scan_wal(wal).header_damaged


def test_a_big_endian_wal_reads_like_its_little_endian_twin(crashed_vault):
    """A WAL written with big-endian checksums (magic 0x377F0683) is read in that order."""
    wal = crashed_vault / "vault.ssadb-wal"
    before = scan_wal(wal)
    data = bytearray(wal.read_bytes())
    _seal_header(data, magic=BE)
    _chain_frames(data, 0, struct.unpack(">2I", data[24:32]), big_endian=True)
    wal.write_bytes(bytes(data))
    after = scan_wal(wal)
    assert (after.frames, after.recovered, after.lost_commits, after.header_damaged) == \
        (before.frames, before.frames, 0, False)


def test_an_older_generations_commits_behind_the_last_frame_are_no_loss(crashed_vault):
    """After a checkpoint SQLite writes the WAL again from the start with new salts; the
    older generation's frames behind the new ones are valid among themselves (their own
    salts and chain) but none of them is data lost."""
    wal = crashed_vault / "vault.ssadb-wal"
    data = bytearray(wal.read_bytes())
    big_endian = struct.unpack(">I", data[:4])[0] == BE
    salt1, salt2 = struct.unpack(">2I", data[16:24])
    _chain_frames(data, 20, (11, 22), big_endian, salts=((salt1 - 1) & 0xFFFFFFFF, salt2))
    wal.write_bytes(bytes(data))
    scan = scan_wal(wal)
    assert scan.recovered <= 20 and scan.lost_commits == 0 and not scan.loses_data
