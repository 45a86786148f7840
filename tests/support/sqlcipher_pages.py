"""An independent reader of SQLCipher 4 files for tests: decrypts every page of a
database file and of its WAL with the raw data key (the emergency key), so a test can
prove that no page – free pages and old WAL frames included – still holds a text.

SQLCipher 4 page format (default settings, raw key ``x'…'``, so no key derivation for
the cipher key): page size 4096; the last 80 bytes of every page are reserved –
16 bytes IV followed by 64 bytes HMAC-SHA512; the bytes before them are AES-256-CBC
encrypted with that IV. On page 1 the first 16 bytes are the file's salt and the
encrypted part starts at offset 16 (its plaintext starts with the rest of the SQLite
header). A WAL is a 32-byte header and frames of a 24-byte header plus one page.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80
IV_SIZE = 16
SALT_SIZE = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


@dataclass(frozen=True)
class Page:
    source: str      # "db" or "wal"
    number: int      # page number (db: position; wal: the frame's page number)
    index: int       # position in the file (page or frame index)
    plain: bytes


def decrypt_page(raw: bytes, number: int, key: bytes) -> bytes:
    """The plaintext of one encrypted page (page 1 without its salt: offset 16 on)."""
    if len(raw) != PAGE_SIZE:
        raise ValueError("page has the wrong size")
    start = SALT_SIZE if number == 1 else 0
    end = PAGE_SIZE - RESERVE
    iv = raw[end:end + IV_SIZE]
    decryptor = Cipher(algorithms.AES(bytes(key)), modes.CBC(iv)).decryptor()
    return decryptor.update(raw[start:end]) + decryptor.finalize()


def db_pages(path: Path, key: bytes) -> Iterator[Page]:
    data = Path(path).read_bytes()
    for index in range(len(data) // PAGE_SIZE):
        raw = data[index * PAGE_SIZE:(index + 1) * PAGE_SIZE]
        yield Page("db", index + 1, index, decrypt_page(raw, index + 1, key))


def wal_pages(path: Path, key: bytes) -> Iterator[Page]:
    path = Path(path)
    if not path.exists():
        return
    data = path.read_bytes()
    frame = WAL_FRAME_HEADER + PAGE_SIZE
    for index in range((len(data) - WAL_HEADER) // frame if len(data) > WAL_HEADER else 0):
        offset = WAL_HEADER + index * frame
        number = int.from_bytes(data[offset:offset + 4], "big")
        raw = data[offset + WAL_FRAME_HEADER:offset + frame]
        yield Page("wal", number, index, decrypt_page(raw, number, key))


def all_pages(db_path: Path, key: bytes) -> Iterator[Page]:
    """Every page of the database file and every frame of its WAL, decrypted."""
    yield from db_pages(db_path, key)
    yield from wal_pages(Path(f"{db_path}-wal"), key)


def pages_holding(db_path: Path, key: bytes, words: list[str]) -> list[tuple[str, int, str]]:
    """(source, page number, word) for every decrypted page that contains a word
    (UTF-8, case-sensitive and lower-cased as FTS5 stores tokens)."""
    needles = {}
    for word in words:
        for variant in {word, word.lower()}:
            needles[variant.encode("utf-8")] = word
    hits = []
    for page in all_pages(db_path, key):
        for needle, word in needles.items():
            if needle in page.plain:
                hits.append((page.source, page.number, word))
    return hits


SQLITE_HEADER = b"SQLite format 3\x00"


def write_plain_copy(db_path: Path, key: bytes, target: Path) -> Path:
    """The database file decrypted page by page (reserved bytes zeroed, page 1 with the
    plain SQLite header instead of the salt): a plain SQLite file any SQLite opens. It
    proves the reader right, independently of SQLCipher. Test data only."""
    with open(target, "wb") as out:
        for page in db_pages(db_path, key):
            head = SQLITE_HEADER if page.number == 1 else b""
            out.write(head + page.plain + bytes(RESERVE))
    return Path(target)


def folder_hits(folder: Path, key: bytes, words: list[str]) -> list[tuple[str, str, str]]:
    """(file relative to ``folder``, how it was read, word) for every file anywhere in the
    vault folder – database, WAL, ``-shm``, journals, staged copies, backups, key and
    device files, probe and rescue folders – that holds a word: in its raw bytes, and,
    for a file of whole pages (or a WAL), in any page decrypted with the data key
    (issue 22: the raw-page scan covers every file in the vault folder)."""
    folder = Path(folder)
    needles = {}
    for word in words:
        for variant in {word, word.lower()}:
            needles[variant.encode("utf-8")] = word
    hits = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = str(path.relative_to(folder))
        data = path.read_bytes()
        views = [("raw", data)]
        if path.name.endswith("-wal"):
            views += [("wal", page.plain) for page in wal_pages(path, key)]
        elif data and len(data) % PAGE_SIZE == 0 and not data.startswith(SQLITE_HEADER):
            views += [("page", page.plain) for page in db_pages(path, key)]
        for how, plain in views:
            for needle, word in needles.items():
                if needle in plain:
                    hits.append((name, how, word))
    return hits


def files_scanned(folder: Path) -> int:
    return sum(1 for p in Path(folder).rglob("*") if p.is_file())
