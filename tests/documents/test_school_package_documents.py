"""A school package carries a document only when she ticked it (docs/documents.md): the
ticked documents' bytes travel inside the encrypted package, the successor's vault keeps
them under fresh keys, digest checked; the unticked stay home; a tombstoned one never
comes back; a failed receive leaves no file and no row."""

from __future__ import annotations

import pytest

from ssa_desktop.domain import documents as d
from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import Person
from ssa_desktop.services import documents, handover_school, tombstones
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import documents_repo
from ssa_desktop.storage import repositories as repo
from tests.services.test_handover import TODAY
from tests.support import document_files as f
from tests.support.vaults import fresh_vault


def _three(conn):
    anna = repo.PERSONS.insert(conn, Person("P-Anna", grade=7, school_id="school-1"))
    datas = [f.pdf(text=f"Dokument {n}") for n in range(3)]
    docs = [documents.add_document(conn, d.Owner("person", anna.id), "release", f"Blatt {n}",
                                   TODAY, data, f"b{n}.pdf") for n, data in enumerate(datas)]
    return docs, datas


def _package(conn, tmp_path, ticked):
    return handover_school.create_school_package(
        conn, "school-1", rules.Deputy("Mara Ott"), tmp_path / "aus", today=TODAY,
        documents=[doc.id for doc in ticked])


def test_two_ticked_of_three_arrive_with_their_bytes_under_fresh_keys(conn, tmp_path):
    docs, datas = _three(conn)
    result = _package(conn, tmp_path, docs[:2])
    assert result.counts["Dokumente"] == 2
    [disclosure] = repo.DISCLOSURES.all(conn)   # her disclosure names the documents
    assert rules.DOCUMENT_CATEGORY in disclosure.categories
    pkg, _ = svc.open_package(result.path, result.key_text, today=TODAY)
    try:   # no vault key travels: the package's own key protects the bytes
        assert {r[0] for r in pkg.execute("SELECT content_key FROM document")} == {""}
    finally:
        pkg.close()
    with fresh_vault() as successor:
        handover_school.receive_school_package(successor.conn, result.path, result.key_text,
                                               tmp_path / "quittung", today=TODAY)
        got = {doc.id: doc for doc in documents_repo.every(successor.conn)}
        assert sorted(got) == sorted(doc.id for doc in docs[:2])
        for doc, data in zip(docs[:2], datas[:2], strict=True):
            assert documents_repo.read_content(successor.conn, got[doc.id]) == data
            assert got[doc.id].content_key != doc.content_key
            assert got[doc.id].title == doc.title
        assert not documents_repo.content_path(successor.conn, docs[2].id).exists()
        assert documents.check_documents(successor.conn) == []


def test_a_changed_byte_refuses_the_package_and_nothing_is_written(conn, tmp_path):
    docs, _ = _three(conn)
    result = _package(conn, tmp_path, docs[:1])
    pkg, _ = svc.open_package(result.path, result.key_text, today=TODAY, writable=True)
    try:
        pkg.execute("UPDATE document_file SET data = data || x'00'")
    finally:
        pkg.close()
    with fresh_vault() as successor:
        with pytest.raises(svc.PackageError, match="Dokument"):
            handover_school.receive_school_package(successor.conn, result.path, result.key_text,
                                                   tmp_path / "quittung", today=TODAY)
        assert documents_repo.every(successor.conn) == []
        assert repo.PERSONS.all(successor.conn) == []
        folder = documents_repo.folder(successor.conn)
        assert folder is None or not folder.exists() or list(folder.iterdir()) == []


def test_a_tombstoned_document_never_comes_back(conn, tmp_path):
    docs, _ = _three(conn)
    result = _package(conn, tmp_path, docs[:1])
    with fresh_vault() as successor:
        tombstones.deleted(successor.conn, documents.TOMBSTONE_KIND, docs[0].id, TODAY)
        handover_school.receive_school_package(successor.conn, result.path, result.key_text,
                                               tmp_path / "quittung", today=TODAY)
        assert documents_repo.every(successor.conn) == []
        assert not documents_repo.content_path(successor.conn, docs[0].id).exists()


def test_the_cli_carries_the_documents_named_with_document(open_vault, tmp_path, capsys,
                                                          monkeypatch):
    from ssa_desktop.storage.vault import Vault
    from tests.conftest import PASSPHRASE
    from tests.handover.test_cli_package import _run
    from tests.handover.test_school_receipt import _handed_over_by_cli

    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    docs, datas = _three(open_vault.conn)
    _folder, successor, _out_dir, package = _handed_over_by_cli(
        open_vault, tmp_path, capsys, monkeypatch,
        "--document", docs[0].id, "--document", docs[2].id)
    code, out, err = _run(capsys, "package", "receive", "--vault", successor, "--package",
                          package, "--receipt-out", tmp_path)
    assert code == 0, err
    session = Vault(successor).unlock(PASSPHRASE)
    try:
        got = {doc.id: doc for doc in documents_repo.every(session.conn)}
        assert sorted(got) == sorted([docs[0].id, docs[2].id])
        assert documents_repo.read_content(session.conn, got[docs[2].id]) == datas[2]
    finally:
        session.lock()
