"""„Ohne Schlüssel ist kein Inhalt lesbar, auch keine Namen“ (the breach draft's protective
measures): every file of the vault folder, read as bytes without the key, holds neither a
name nor a note – in the database and in its write-ahead log."""

from __future__ import annotations

from ssa_desktop.domain.entities import Person
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.connection import checkpoint

WORDS = ("Zaunkoenigin", "Wiesenschmaetzer", "Schulhofstreit")


def _raw(folder) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_no_name_and_no_note_in_any_file_of_the_vault_folder(open_vault, vault_dir):
    conn = open_vault.conn
    repo.PERSONS.insert(conn, Person("K-1", first_name=WORDS[0], last_name=WORDS[1],
                                     note=WORDS[2], school_id="school-1"))
    in_wal = _raw(vault_dir)
    checkpoint(conn)
    in_db = _raw(vault_dir)
    assert len(in_db) > 4096
    for word in WORDS:
        for encoded in (word.encode("utf-8"), word.encode("utf-16-le")):
            assert encoded not in in_wal and encoded not in in_db, word
