"""The scanner folder on a real vault and a real temporary folder: new files of an
accepted format are offered once, by content (services/scanner.py)."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import documents as d
from ssa_desktop.domain.errors import UserError
from ssa_desktop.services import documents, scanner
from ssa_desktop.storage import repositories as repo
from tests.support import document_files as f


def test_without_a_folder_nothing_is_offered(conn):
    assert scanner.new_scans(conn) == []


def test_files_dropped_in_are_offered_once_by_content(conn, pupil, tmp_path):
    inbox = tmp_path / "Scans"
    inbox.mkdir()
    scanner.set_folder(conn, inbox)
    pdf = f.pdf()
    (inbox / "a.pdf").write_bytes(pdf)
    (inbox / "notiz.txt").write_text("kein Dokument")          # not an accepted format
    (inbox / "rechnung.pdf").write_bytes(b"MZ\x90\x00" + b"\0" * 200)   # an .exe by content
    (inbox / "unterordner").mkdir()
    assert [s.path.name for s in scanner.new_scans(conn)] == ["a.pdf"]
    first = scanner.new_scans(conn)[0]
    scanner.mark_offered(conn, first)            # offered and declined
    assert scanner.new_scans(conn) == []
    # the same bytes under another name are not new; other bytes are
    (inbox / "kopie.pdf").write_bytes(pdf)
    png = f.image("PNG", size=(32, 32))
    (inbox / "b.png").write_bytes(png)
    assert [s.path.name for s in scanner.new_scans(conn)] == ["b.png"]
    # a file already kept as a document is not offered either
    documents.add_document(conn, d.Owner("person", pupil.id), "other", "Bild",
                           date(2026, 3, 2), png, "b.png")
    assert scanner.new_scans(conn) == []


def test_the_digests_offered_are_kept_in_the_vault(conn, tmp_path):
    scanner.set_folder(conn, tmp_path)
    (tmp_path / "a.pdf").write_bytes(f.pdf())
    scan = scanner.new_scans(conn)[0]
    scanner.mark_offered(conn, scan)
    assert repo.get_setting(conn, scanner.OFFERED_KEY) == f'["{scan.sha256}"]'


def test_a_folder_that_is_not_there_is_refused(conn, tmp_path):
    with pytest.raises(UserError, match="kein Ordner"):
        scanner.set_folder(conn, tmp_path / "fehlt")
    assert scanner.folder(conn) is None


def test_a_synced_folder_is_warned_about(tmp_path, monkeypatch):
    assert scanner.folder_warning(tmp_path) == ""
    cloud = tmp_path / "OneDrive - Träger"
    (cloud / "Scans").mkdir(parents=True)
    monkeypatch.setenv("OneDriveCommercial", str(cloud))
    assert "jeder Scan darin würde in die Cloud kopiert" in scanner.folder_warning(cloud / "Scans")
