"""The post's handover re-keys the database and every document's file: an old backup kept
outside the vault folder holds only the old document keys, and they open no file any more.
A run cut off between the files and the rows is finished by the next one, and no document
is unreadable meanwhile (services/documents.rekey_files, services/post_handover.py)."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import clock
from ssa_desktop.domain import documents as d
from ssa_desktop.domain.entities import Document
from ssa_desktop.services import documents
from ssa_desktop.services import post_handover as handover
from ssa_desktop.storage import documents_repo
from ssa_desktop.storage.vault import Vault
from tests.support import document_files as f
from tests.support.vaults import FAST_KDF, PASSPHRASE

DAY = date(2026, 3, 2)
NEW = "Wiesenklee-Ofenbank-Segelboot-93"


def _opens_under(conn, doc: Document, key: str) -> bool:
    try:
        documents_repo.read_content(conn, Document(**{**doc.__dict__, "content_key": key}))
    except documents_repo.DocumentUnreadable:
        return False
    return True


def test_the_post_handover_re_encrypts_every_document(open_vault, pupil):
    conn = open_vault.conn
    data = f.pdf(text="Schweigepflichtentbindung")
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "release", "SPE", DAY, data)
    old_key = doc.content_key     # what an old backup outside the folder would hold
    folder = open_vault.vault.folder
    with clock.frozen(date(2026, 11, 23)):
        handover.hand_over_post(open_vault, PASSPHRASE, NEW, progress=lambda *_: None,
                                params=FAST_KDF)
    open_vault.lock()
    again = Vault(folder).unlock(NEW)
    try:
        now = documents.get_document(again.conn, doc.id)
        assert now.content_key != old_key
        assert documents.read_content(again.conn, now) == data
        assert not _opens_under(again.conn, now, old_key)
        assert documents.check_documents(again.conn) == []
        assert [p.name for p in (folder / "dokumente").iterdir()] == [f"{doc.id}.ssadoc"]
    finally:
        again.lock()


def test_a_run_cut_off_after_the_files_is_finished_by_the_next(conn, pupil, monkeypatch):
    data = f.pdf()
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief", DAY, data)
    old_key = doc.content_key

    def cut_off(*_args):
        raise KeyboardInterrupt   # the power went after the files, before the rows

    monkeypatch.setattr(documents_repo, "set_key", cut_off)
    try:
        documents.rekey_files(conn)
    except KeyboardInterrupt:
        pass
    monkeypatch.undo()
    row = documents.get_document(conn, doc.id)
    assert row.content_key == old_key and not _opens_under(conn, row, old_key)
    assert documents.read_content(conn, row) == data          # the pending key opens it
    assert documents.rekey_files(conn) == 1
    row = documents.get_document(conn, doc.id)
    assert row.content_key != old_key and documents.read_content(conn, row) == data
    assert documents.check_documents(conn) == []
