"""No personal text in any file the app leaves behind: vault, WAL, key file, backups,
temp folder, home and XDG folders — in UTF-8 or UTF-16."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from ssa_desktop.domain.entities import Contact, GroupActivity, Person
from ssa_desktop.services.activities import record_contact, save_group
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.backup import export_database
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

from .helpers import all_files, encodings, files_containing

MARKERS = ["Zebrafink4711", "Quokkamond0815", "Wendeltreppe2342", "Pfauenauge9876",
           "Schlüsselblümchen555"]


def test_no_marker_leaks_anywhere(tmp_path, _isolated_home):
    temp_root = Path(tempfile.gettempdir())
    temp_before = all_files(temp_root)
    home_before = all_files(_isolated_home)
    folder = tmp_path / "tresor"
    backups = tmp_path / "sicherungen"

    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    conn = session.conn
    person = repo.PERSONS.insert(conn, Person(
        "K-77", first_name=MARKERS[0], last_name=MARKERS[1], guardian_contact=MARKERS[4]))
    contact = record_contact(conn, Contact(date(2026, 2, 3), "EB", 30, person_id=person.id,
                                           note=MARKERS[2], observation=MARKERS[3]))
    save_group(conn, GroupActivity(f"Gruppe {MARKERS[0]}", 2025, note=MARKERS[1]))
    assert repo.search(conn, MARKERS[0][:8])  # the text is really there, and indexed
    assert repo.CONTACTS.get(conn, contact.id).observation == MARKERS[3]
    # searching, updating and deleting exercise FTS, temp b-trees and freed pages
    conn.execute("UPDATE contact SET note = 'neu' WHERE id = ?", (contact.id,))
    rows = conn.execute("SELECT first_name FROM person ORDER BY last_name || first_name").fetchall()
    assert rows == [(MARKERS[0],)]
    export_database(conn, session.data_key, backups / "sicherung.ssabak")

    # while open: database, WAL, SHM and key file are ciphertext
    open_files = [p for p in folder.iterdir() if p.is_file()]
    assert any(p.name.endswith("-wal") for p in open_files)
    assert files_containing(open_files, MARKERS) == []
    session.lock()

    vault_files = all_files(folder) | all_files(backups)
    assert len(vault_files) >= 3
    assert files_containing(vault_files, MARKERS) == []

    new_temp = all_files(temp_root) - temp_before
    new_temp = {p for p in new_temp if folder not in p.parents and backups not in p.parents}
    assert files_containing(new_temp, MARKERS) == []
    home_files = all_files(_isolated_home)
    assert files_containing(home_files, MARKERS) == []
    assert files_containing(home_files - home_before, MARKERS) == []


def test_scanner_finds_a_marker(tmp_path):
    """The scan itself must be able to fail."""
    (tmp_path / "a.txt").write_bytes(MARKERS[0].encode("utf-16-le"))
    (tmp_path / "b.txt").write_bytes(b"xx" + MARKERS[4].encode("utf-8") + b"yy")
    hits = files_containing(all_files(tmp_path), MARKERS)
    assert sorted((p.name, m) for p, m in hits) == [("a.txt", MARKERS[0]), ("b.txt", MARKERS[4])]
    assert len(encodings("x")) == 3
