"""Looking at vault files without SQLite: SQLCipher 4 page HMACs and the SQLite WAL.

Used before SQLite touches a file, so that an inspection never changes it (SQLite
recovers and checkpoints a WAL as soon as it opens the database).

- A SQLCipher 4 file (default settings, raw key) is a sequence of 4096-byte pages. Page 1
  starts with the 16-byte salt in clear; every page ends with 80 reserved bytes: a 16-byte
  IV and a 64-byte HMAC-SHA512 over ciphertext, IV and the page number (4 bytes, little
  endian). The HMAC key is PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 iterations). So
  whether a key belongs to a file can be decided on any intact page, and a damaged first
  page is told apart from a foreign key.
- The WAL (https://www.sqlite.org/fileformat2.html#walformat) has a plain 32-byte header
  and plain 24-byte frame headers before each (encrypted) page image. Checksums run
  cumulatively over the header and every frame; SQLite's recovery stops at the first frame
  whose salts or checksum do not match and drops everything after it.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from ..domain.digests import compare_digest, hmac_sha512, pbkdf2_sha512

PAGE_SIZE = 4096
SALT_BYTES = 16
RESERVE = 80
HMAC_BYTES = 64
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"

WAL_HEADER = 32
FRAME_HEADER = 24
WAL_MAGIC_LE, WAL_MAGIC_BE = 0x377F0682, 0x377F0683


# -- database file -------------------------------------------------------------------------
def database_file_problem(path: Path) -> str | None:
    """A German sentence when ``path`` cannot be a vault database by its size or header."""
    size = Path(path).stat().st_size
    if size == 0:
        return ("Die Tresordatei ist leer (0 Byte) und damit beschädigt; sie wurde nicht "
                "verändert. Stellen Sie die letzte Sicherung wieder her.")
    if size % PAGE_SIZE:
        return ("Die Tresordatei ist unvollständig (abgeschnitten) und damit beschädigt; sie "
                "wurde nicht verändert. Stellen Sie die letzte Sicherung wieder her.")
    with open(path, "rb") as fh:
        if fh.read(16) == PLAIN_SQLITE_HEADER:
            return "Die Tresordatei ist nicht verschlüsselt und wird nicht geöffnet."
    return None


def _hmac_key(data_key: bytes | bytearray, salt: bytes) -> bytes:
    return pbkdf2_sha512(bytes(data_key), bytes(b ^ 0x3A for b in salt), 2, 32)


def page_authentic(page: bytes, pgno: int, hmac_key: bytes) -> bool:
    """True if ``page`` (a full page image; page 1 without its salt) carries a valid HMAC."""
    body, mac = page[:-HMAC_BYTES], page[-HMAC_BYTES:]
    expected = hmac_sha512(hmac_key, body + struct.pack("<I", pgno))
    return compare_digest(expected, mac)


def key_fits(path: Path, data_key: bytes | bytearray, pages: int = 8) -> bool:
    """True if ``data_key`` authenticates any of the first ``pages`` pages of ``path``."""
    with open(path, "rb") as fh:
        first = fh.read(PAGE_SIZE)
        if len(first) < PAGE_SIZE:
            return False
        key = _hmac_key(data_key, first[:SALT_BYTES])
        if page_authentic(first[SALT_BYTES:], 1, key):
            return True
        for pgno in range(2, pages + 1):
            page = fh.read(PAGE_SIZE)
            if len(page) < PAGE_SIZE:
                return False
            if page_authentic(page, pgno, key):
                return True
    return False


# -- WAL -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class WalScan:
    frames: int            # complete frames in the file
    recovered: int         # frames SQLite's recovery will use (up to the last valid commit)
    lost_commits: int      # commit frames SQLite's recovery drops: intact ones after the
                           # point where it stops, and a damaged one right there
    header_damaged: bool   # SQLite would ignore the whole WAL

    @property
    def loses_data(self) -> bool:
        return self.header_damaged or self.lost_commits > 0


def _checksum(data: bytes, seed: tuple[int, int], big_endian: bool) -> tuple[int, int]:
    s0, s1 = seed
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


@dataclass(frozen=True)
class _Wal:
    """A WAL file's bytes as its header describes them: frames, their fields and checksums."""

    data: bytes
    magic: int
    page_size: int
    salts: tuple[int, int]
    seed: tuple[int, int]          # the header's checksum, which the frames' chain starts from

    @classmethod
    def of(cls, data: bytes) -> _Wal:
        magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:32])
        return cls(data, magic, page_size, (salt1, salt2), (c0, c1))

    @property
    def big_endian(self) -> bool:
        return self.magic == WAL_MAGIC_BE

    @property
    def valid_size(self) -> bool:
        """A power of two from 512 to 65536, as SQLite's pages are."""
        return 512 <= self.page_size <= 65536 and not self.page_size & (self.page_size - 1)

    @property
    def frame_size(self) -> int:
        return FRAME_HEADER + self.page_size

    @property
    def frames(self) -> int:
        """Complete frames in the file (none when the page size is no page size)."""
        return (len(self.data) - WAL_HEADER) // self.frame_size if self.valid_size else 0

    def header_intact(self) -> bool:
        """SQLite reads the WAL at all: a known magic, a page size and the header's checksum."""
        return (self.magic in (WAL_MAGIC_LE, WAL_MAGIC_BE) and self.valid_size
                and _checksum(self.data[:24], (0, 0), self.big_endian) == self.seed)

    def frame(self, i: int) -> tuple[bytes, bytes]:
        start = WAL_HEADER + i * self.frame_size
        return (self.data[start:start + FRAME_HEADER],
                self.data[start + FRAME_HEADER:start + self.frame_size])

    def fields(self, i: int) -> tuple[bool, bool, tuple[int, int]]:
        """(salts match the header, is a commit frame, stored checksum)."""
        _pgno, commit, fsalt1, fsalt2, f0, f1 = struct.unpack(">6I", self.frame(i)[0])
        return (fsalt1, fsalt2) == self.salts, commit != 0, (f0, f1)

    def checksum(self, i: int, seed: tuple[int, int]) -> tuple[int, int]:
        head, page = self.frame(i)
        return _checksum(head[:8] + page, seed, self.big_endian)


def scan_wal(path: Path) -> WalScan:
    """Walk the WAL like SQLite's recovery does (``_recovery``) and look past the point
    where it stops (``_lost_commits``)."""
    data = Path(path).read_bytes()
    if len(data) < WAL_HEADER:
        return WalScan(0, 0, 0, header_damaged=False)  # empty or torn before the header
    wal = _Wal.of(data)
    if not wal.header_intact():
        return WalScan(wal.frames, 0, 0, header_damaged=len(data) > WAL_HEADER)
    recovered, stop, chain = _recovery(wal)
    lost = 0 if stop == wal.frames else _lost_commits(wal, stop, chain)
    return WalScan(wal.frames, recovered, lost, header_damaged=False)


def _recovery(wal: _Wal) -> tuple[int, int, tuple[int, int]]:
    """SQLite's recovery: frames count while salts and the running checksum match. The
    frames it recovers (up to the last commit frame), the frame where it stops (all
    frames: none) and the running checksum there."""
    chain, recovered = wal.seed, 0
    for i in range(wal.frames):
        ours, commit, stored = wal.fields(i)
        chain = wal.checksum(i, chain)
        if not ours or chain != stored:
            return recovered, i, chain
        if commit:
            recovered = i + 1
    return recovered, wal.frames, chain


def _lost_commits(wal: _Wal, stop: int, chain: tuple[int, int]) -> int:
    """The commit frames the recovery drops. The frame where it stopped: a commit frame of
    this generation (salts match) whose content is damaged, or one whose checksum
    continues our chain but whose salts were damaged (a stale frame of an older
    generation never continues it). Later frames: intact frames of this generation verify
    from their predecessor's stored checksum (whatever broke before) or from the running
    checksum (when only a stored checksum was damaged); every intact commit among them is
    lost data."""
    ours, commit, stored = wal.fields(stop)
    lost = int(commit and (ours or chain == stored))
    for i in range(stop + 1, wal.frames):
        previous_stored = wal.fields(i - 1)[2]
        chain = wal.checksum(i, chain)
        ours, commit, stored = wal.fields(i)
        if ours and commit and stored in (chain, wal.checksum(i, previous_stored)):
            lost += 1
    return lost
